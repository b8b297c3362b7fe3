// ExportDialog: the preview is what the exporter writes; delimiter, byte-order mark, column
// choice and filters reach the file; the preview is highlighted with the CSV definition in a
// theme that follows the palette.
#include "io/corpusseeder.h"
#include "application.h"
#include "dialogs/exportdialog.h"
#include "io/annotationexporter.h"
#include "io/referencedata.h"
#include "settings.h"
#include "store/project.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QScopeGuard>
#include <QFile>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Entente;
using namespace Qt::StringLiterals;

class TestExportDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_people = 0;

    QByteArray readFile(const QString &name)
    {
        QFile f(name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::setEnabled(false);
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"export.entente"_s);
        QString error;
        QVERIFY2(CorpusSeeder::createProject(path, QStringLiteral(ENTENTE_TEST_CORPUS), &error), qPrintable(error));
        m_project = std::make_unique<Project>();
        QVERIFY2(m_project->open(path), qPrintable(m_project->errorString()));
        m_people = m_project->ensureTagPath(u"people/iraq"_s);
        const qint64 places = m_project->ensureTagPath(u"places"_s);
        QVERIFY(m_people && places);
        // Notes that need quoting, and one a spreadsheet would run as a formula.
        QVERIFY(m_project->addAnnotation(u"khamenei-rashid-2023"_s, 0, 20, {m_people}, u"a, b \"quoted\"\nnext line"_s));
        QVERIFY(m_project->addAnnotation(u"khamenei-rashid-2023"_s, 30, 45, {m_people, places}, u"=SUM(A1)"_s));
        QVERIFY(m_project->addAnnotation(u"shamkhani-salih-baghdad-2020"_s, 10, 30, {places}));
        QVERIFY(m_project->addAnnotation(u"kazimi-iranian-journalists-2021"_s, 5, 9, {m_people}, u"\u0627\u0644\u0639\u0631\u0627\u0642 \U0001F600"_s));
    }

    void previewMatchesExporter()
    {
        ExportDialog dialog(m_project.get());
        AnnotationExporter exporter(m_project.get());
        const QString expected = exporter.toCsv(ExportDialog::PreviewRows);
        QCOMPARE(dialog.csvText(ExportDialog::PreviewRows), expected);
        QString shown = expected;
        shown.replace(u"\r\n"_s, u"\n"_s);
        shown.chop(1);
        QCOMPARE(dialog.previewText(), shown);
        QVERIFY(dialog.previewText().contains(u"'=SUM(A1)"_s)); // neutralised
        QVERIFY(dialog.previewText().startsWith(AnnotationExporter::columns().join(u',')));
    }

    void writesFile_data()
    {
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<bool>("bom");
        QTest::newRow("comma, no BOM") << QChar(u',') << false;
        QTest::newRow("comma, BOM") << QChar(u',') << true;
        QTest::newRow("semicolon") << QChar(u';') << false;
        QTest::newRow("tab, BOM") << QChar(u'\t') << true;
    }

    void writesFile()
    {
        QFETCH(QChar, delimiter);
        QFETCH(bool, bom);
        ExportDialog dialog(m_project.get());
        dialog.setDelimiter(delimiter);
        dialog.setByteOrderMark(bom);
        QCOMPARE(dialog.delimiter(), delimiter);
        const QString file = m_dir.filePath(u"out-%1.csv"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'_'));
        QVERIFY2(dialog.exportTo(file), qPrintable(dialog.errorString()));
        const QByteArray bytes = readFile(file);
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
        // The same as the exporter writes with these options.
        AnnotationExporter exporter(m_project.get());
        exporter.setDelimiter(delimiter);
        exporter.setByteOrderMark(bom);
        const QString reference = m_dir.filePath(u"reference.csv"_s);
        QFile::remove(reference);
        QVERIFY(exporter.writeFile(reference));
        QCOMPARE(bytes, readFile(reference));
        QByteArray header("annotation_id");
        header += QString(delimiter).toUtf8();
        header += "article_id";
        QVERIFY(bytes.contains(header));
        QVERIFY(bytes.contains("\r\n"));
        // The preview uses the delimiter too.
        dialog.updatePreview();
        QVERIFY(dialog.previewText().section(u'\n', 0, 0).contains(delimiter));
    }

    void columnsAndFilters()
    {
        ExportDialog dialog(m_project.get());
        for (const QString &c : AnnotationExporter::columns())
            dialog.setColumnChecked(c, c == u"annotation_id"_s || c == u"quote"_s || c == u"tag_path"_s);
        QCOMPARE(dialog.selectedColumns(), QStringList({u"annotation_id"_s, u"tag_path"_s, u"quote"_s}));
        dialog.setTagFilter(m_people);
        dialog.updatePreview();
        const QStringList lines = dialog.previewText().split(u'\n');
        QCOMPARE(lines.first(), u"annotation_id,tag_path,quote"_s);
        AnnotationExporter exporter(m_project.get());
        exporter.setFilter({m_people, 0, QString()});
        const qsizetype rows = exporter.rows().size();
        QCOMPARE(rows, 3); // three annotations carry people/iraq
        const QString csv = dialog.csvText();
        QCOMPARE(csv.count(u"people/iraq"_s), 3);
        QVERIFY(!csv.contains(u",places,"_s));
        // Year and article filters.
        dialog.setTagFilter(0);
        dialog.setYearFilter(2023);
        exporter.setFilter({0, 2023, QString()});
        QCOMPARE(dialog.csvText().count(u"\r\n"_s) - 1, exporter.rows().size());
        dialog.setYearFilter(0);
        dialog.setArticleFilter(u"shamkhani-salih-baghdad-2020"_s);
        QCOMPARE(dialog.csvText().count(u"\r\n"_s) - 1, 1);
    }

    void highlightedWithCsvDefinition_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light palette") << false;
        QTest::newRow("dark palette") << true;
    }

    void highlightedWithCsvDefinition()
    {
        QFETCH(bool, dark);
        applyColorScheme(dark ? ColorScheme::Dark : ColorScheme::Light);
        const auto restore = qScopeGuard([] { applyColorScheme(ColorScheme::System); });
        ExportDialog dialog(m_project.get());
        QCOMPARE(dialog.highlighter()->definition().name(), u"CSV"_s);
        const KSyntaxHighlighting::Theme theme = dialog.highlighter()->theme();
        QVERIFY(theme.isValid());
        const QColor background = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
        QCOMPARE(background.lightness() < 128, dark);
        dialog.updatePreview();
        // The header line carries highlighting formats.
        const QTextBlock first = dialog.preview()->document()->firstBlock();
        QVERIFY(!first.layout()->formats().isEmpty());
        // Switching the palette while open switches the theme.
        applyColorScheme(dark ? ColorScheme::Light : ColorScheme::Dark);
        QApplication::processEvents();
        const QColor switched = QColor::fromRgba(dialog.highlighter()->theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
        QCOMPARE(switched.lightness() < 128, !dark);
        applyColorScheme(dark ? ColorScheme::Dark : ColorScheme::Light);
        QApplication::processEvents();

        // For the README: ENTENTE_SCREENSHOT_DIR=dir saves the dialog as a PNG.
        const QString shots = qEnvironmentVariable("ENTENTE_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            dialog.resize(960, 640);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(QDir(shots).filePath(dark ? u"export-dialog-dark.png"_s : u"export-dialog-light.png"_s)));
        }
    }

    void officialsColumn()
    {
        ReferenceData reference;
        QVERIFY(reference.loadOfficials(QStringLiteral(ENTENTE_TEST_CORPUS) + u"/officials.json"_s));
        QVERIFY(reference.setProjectArticles(*m_project));
        const QString id = u"shamkhani-salih-baghdad-2020"_s;
        const QString text = m_project->article(id).text;
        const qsizetype at = QStringView(text).left(text.indexOf(u"Ali Shamkhani"_s)).toUcs4().size();
        const qint64 annotation = m_project->addAnnotation(id, at, at + 13, {m_people});
        QVERIFY(annotation);
        ExportDialog dialog(m_project.get());
        for (const QString &c : AnnotationExporter::columns())
            dialog.setColumnChecked(c, c == u"annotation_id"_s || c == u"officials"_s);
        dialog.setArticleFilter(id);
        QVERIFY(!dialog.csvText().contains(u"ali-shamkhani"_s)); // no gazetteer, no officials
        dialog.setReferenceData(&reference);
        QVERIFY2(dialog.csvText().contains(u"%1,ali-shamkhani\r\n"_s.arg(annotation)), qPrintable(dialog.csvText()));
        QVERIFY(m_project->removeAnnotation(annotation));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
