#include "cli/cli.h"
#include "cli/commandline.h"
#include "cli/commands.h"
#include "store/project.h"

namespace Entente::Cli {

int tagCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Entente::Cli", "Tag a span of an article. Prints the new annotation's id once it is saved."));
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("Entente::Cli", "The project file."));
    const QCommandLineOption article(QStringLiteral("article"), QCoreApplication::translate("Entente::Cli", "Article id."), QStringLiteral("id"));
    const QCommandLineOption start(QStringLiteral("start"), QCoreApplication::translate("Entente::Cli", "First code point of the span."), QStringLiteral("n"));
    const QCommandLineOption end(QStringLiteral("end"), QCoreApplication::translate("Entente::Cli", "Code point after the span."), QStringLiteral("m"));
    const QCommandLineOption tag(QStringLiteral("tag"), QCoreApplication::translate("Entente::Cli", "Tag path such as a/b; missing tags are created."), QStringLiteral("path"));
    const QCommandLineOption note(QStringLiteral("note"), QCoreApplication::translate("Entente::Cli", "A note on the annotation."), QStringLiteral("text"));
    // Hidden: tags the same span N times, printing each id as it is committed (crash tests).
    QCommandLineOption repeat(QStringLiteral("repeat"), QString(), QStringLiteral("n"), QStringLiteral("1"));
    repeat.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({article, start, end, tag, note, repeat});
    if (const int rc = parseCommandLine(parser, QStringLiteral("tag"), arguments, 1, 1); rc >= 0)
        return rc;
    for (const QCommandLineOption &required : {article, start, end, tag}) {
        if (!parser.isSet(required)) {
            err() << QCoreApplication::translate("Entente::Cli", "entente tag: --%1 is required").arg(required.names().constFirst())
                  << Qt::endl;
            return 2;
        }
    }
    bool okStart = false, okEnd = false, okRepeat = false;
    const qsizetype from = parser.value(start).toLongLong(&okStart);
    const qsizetype to = parser.value(end).toLongLong(&okEnd);
    const int times = parser.value(repeat).toInt(&okRepeat);
    if (!okStart || !okEnd || !okRepeat || times < 1) {
        err() << QCoreApplication::translate("Entente::Cli", "entente tag: --start, --end and --repeat take whole numbers") << Qt::endl;
        return 2;
    }
    Project project;
    if (!project.open(parser.positionalArguments().constFirst())) {
        err() << project.errorString() << Qt::endl;
        return 1;
    }
    if (!project.hasArticle(parser.value(article))) {
        err() << QCoreApplication::translate("Entente::Cli", "entente tag: no article with the id '%1' in the project")
                     .arg(parser.value(article)) << Qt::endl;
        return 1;
    }
    const qint64 tagId = project.ensureTagPath(parser.value(tag));
    if (tagId == 0) {
        err() << project.errorString() << Qt::endl;
        return 1;
    }
    for (int i = 0; i < times; ++i) {
        const qint64 id = project.addAnnotation(parser.value(article), from, to, {tagId}, parser.value(note));
        if (id == 0) {
            err() << project.errorString() << Qt::endl;
            return 1;
        }
        out() << id << Qt::endl; // committed before it is printed
    }
    return 0;
}

} // namespace Entente::Cli
