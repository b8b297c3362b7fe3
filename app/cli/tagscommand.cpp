#include "cli/cli.h"
#include "cli/commandline.h"
#include "cli/commands.h"
#include "store/project.h"

namespace Entente::Cli {

namespace {
QString oneLine(QString text)
{
    return text.replace(u'\\', QStringLiteral("\\\\")).replace(u'\n', QStringLiteral("\\n")).replace(u'\t', QStringLiteral("\\t"));
}
} // namespace

int tagsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Entente::Cli", "List the annotations of a project, one per line, tab-separated:\n"
                        "id, article, start, end, tags (;-separated paths), quote, note."));
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("Entente::Cli", "The project file."));
    const QCommandLineOption article(QStringLiteral("article"), QCoreApplication::translate("Entente::Cli", "Only this article."), QStringLiteral("id"));
    parser.addOption(article);
    if (const int rc = parseCommandLine(parser, QStringLiteral("tags"), arguments, 1, 1); rc >= 0)
        return rc;
    Project project;
    if (!project.open(parser.positionalArguments().constFirst(), Project::OpenMode::ReadOnly)) {
        err() << project.errorString() << Qt::endl;
        return 1;
    }
    out() << "id\tarticle\tstart\tend\ttags\tquote\tnote\n";
    for (const Annotation &a : project.annotations(parser.value(article))) {
        QStringList paths;
        for (qint64 t : a.tagIds)
            paths.append(project.tagPath(t));
        out() << a.id << u'\t' << a.articleId << u'\t' << a.start << u'\t' << a.end << u'\t' << paths.join(u';') << u'\t'
              << oneLine(a.exact) << u'\t' << oneLine(a.note) << u'\n';
    }
    out().flush();
    return 0;
}

} // namespace Entente::Cli
