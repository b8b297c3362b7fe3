#include "cli/checkedread.h"
#include "cli/cli.h"
#include "io/gazetteerreader.h"
#include "cli/commandline.h"
#include "cli/commands.h"
#include "io/annotationexporter.h"
#include "reference/gazetteer.h"
#include "io/referencedata.h"
#include "store/project.h"

namespace Entente::Cli {

int exportCsvCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Entente::Cli", "Export the annotations as CSV (RFC 4180, UTF-8, CRLF), one row per annotation and tag."));
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("Entente::Cli", "The project file."));
    parser.addPositionalArgument(QStringLiteral("out"), QCoreApplication::translate("Entente::Cli", "The CSV file to write, or - for standard output."));
    const QCommandLineOption tag(QStringLiteral("tag"), QCoreApplication::translate("Entente::Cli", "Only this tag path (with the tags below it)."), QStringLiteral("path"));
    const QCommandLineOption year(QStringLiteral("year"), QCoreApplication::translate("Entente::Cli", "Only articles published in this year."), QStringLiteral("year"));
    const QCommandLineOption article(QStringLiteral("article"), QCoreApplication::translate("Entente::Cli", "Only this article."), QStringLiteral("id"));
    const QCommandLineOption bom(QStringLiteral("bom"), QCoreApplication::translate("Entente::Cli", "Start with a UTF-8 byte-order mark (for Excel)."));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), QCoreApplication::translate("Entente::Cli", "Field delimiter: one character, or 'tab' (default ',')."), QStringLiteral("c"), QStringLiteral(","));
    parser.addOptions({tag, year, article, bom, delimiter});
    if (const int rc = parseCommandLine(parser, QStringLiteral("export-csv"), arguments, 2, 2); rc >= 0)
        return rc;
    QString d = parser.value(delimiter);
    if (d == QLatin1StringView("tab"))
        d = QStringLiteral("\t");
    if (d.size() != 1 || d == QLatin1StringView("\"") || d == QLatin1StringView("\n") || d == QLatin1StringView("\r")) {
        err() << QCoreApplication::translate("Entente::Cli", "entente export-csv: the delimiter must be one character other than a quote or a line end") << Qt::endl;
        return 2;
    }
    AnnotationExporter::Filter filter;
    if (parser.isSet(year)) {
        bool ok = false;
        filter.year = parser.value(year).toInt(&ok);
        if (!ok || filter.year <= 0) {
            err() << QCoreApplication::translate("Entente::Cli", "entente export-csv: --year takes a year such as 2021") << Qt::endl;
            return 2;
        }
    }
    Project project;
    CheckedRead checked;
    if (!checked.open(project, parser.positionalArguments().constFirst())) {
        err() << project.errorString() << Qt::endl;
        return 1;
    }
    if (parser.isSet(tag)) {
        filter.tagId = project.tagIdForPath(parser.value(tag));
        if (filter.tagId == 0) {
            err() << QCoreApplication::translate("Entente::Cli", "entente export-csv: no tag '%1' in the project").arg(parser.value(tag)) << Qt::endl;
            return 1;
        }
    }
    if (parser.isSet(article)) {
        if (!project.hasArticle(parser.value(article))) {
            err() << QCoreApplication::translate("Entente::Cli", "entente export-csv: no article '%1' in the project").arg(parser.value(article)) << Qt::endl;
            return 1;
        }
        filter.articleId = parser.value(article);
    }
    // The `officials` column: the bundled gazetteer with the project's own officials edits,
    // matched over the project's articles.
    ReferenceData reference;
    if (!reference.loadOfficials(GazetteerReader::bundledPath())) {
        err() << reference.errorString() << Qt::endl;
        return 1;
    }
    if (!reference.setOfficialsEdits(project.officialsEdits())) {
        for (const QString &problem : reference.officialsEditErrors())
            err() << QCoreApplication::translate("Entente::Cli", "entente export-csv: warning: %1 (skipped)").arg(problem) << Qt::endl;
    }
    if (!reference.setProjectArticles(project)) {
        err() << project.errorString() << Qt::endl;
        return 1;
    }
    AnnotationExporter exporter(&project);
    exporter.setOfficialsProvider(reference.officialsProvider());
    exporter.setFilter(filter);
    exporter.setDelimiter(d.at(0));
    exporter.setByteOrderMark(parser.isSet(bom));
    out().flush();
    if (!exporter.writeFile(parser.positionalArguments().at(1), checked.gate())) {
        err() << exporter.errorString() << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace Entente::Cli
