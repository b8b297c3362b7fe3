// The bulk import in the window: the review dialog scans on a worker thread, shows what it
// found (duplicates, failures, a spreadsheet's rows), takes edits for many rows at once and
// unticked rows, imports on the worker with each batch written on the GUI thread, as one
// undo step (also when cancelled or when the dialog goes away mid-import: whole articles
// only); "Columns…" reads spreadsheets again; files dropped on the library are imported;
// "same story" versions open side by side from the library and the reader; without a project
// open for writing, importing says so. Renders the review for the README
// (ENTENTE_SCREENSHOT_DIR=DIR also writes DIR/bulk-import-review.png, as in docs/screenshots).
#include "fixtures.h"

#include "dialogs/bulkimportdialog.h"
#include "dialogs/columnmappingdialog.h"
#include "library/librarypane.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "models/importreviewmodel.h"
#include "projectcontroller.h"
#include "reader/articleview.h"
#include "reader/readerarea.h"
#include "settings.h"
#include "store/project.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

constexpr int LongWait = 120000; // a debug build under a sanitizer on a busy machine

// About a hundred words drawn from @p words by a generator seeded with @p seed, with
// numbered markers, so two seeds share no run of five words.
QString storyIn(int seed, const QStringList &words)
{
    quint32 x = quint32(seed) * 2654435761u + 97u;
    QStringList out;
    for (int i = 0; i < 96; ++i) {
        x = x * 1664525u + 1013904223u;
        out << words.at(int((x >> 16) % quint32(words.size())));
        if (i % 12 == 11)
            out << u"s%1n%2"_s.arg(seed).arg(i);
    }
    return out.join(u' ') + u'.';
}

QString arabicStory(int seed)
{
    static const QStringList words = {
        u"الوزير"_s, u"الوفد"_s, u"المحادثات"_s, u"الحدود"_s, u"التجارة"_s, u"الاتفاق"_s, u"الزيارة"_s, u"المسؤولون"_s,
        u"قال"_s, u"الأمن"_s, u"الكهرباء"_s, u"الغاز"_s, u"الديون"_s, u"الزوار"_s, u"المعبر"_s, u"الاجتماع"_s,
        u"البيان"_s, u"التعاون"_s, u"المنطقة"_s, u"البرلمان"_s, u"العاصمة"_s, u"المياه"_s, u"المشاريع"_s, u"الاستثمار"_s};
    return storyIn(seed, words);
}

QString persianStory(int seed)
{
    static const QStringList words = {
        u"وزیر"_s, u"هیئت"_s, u"گفتگو"_s, u"مرز"_s, u"تجارت"_s, u"توافق"_s, u"سفر"_s, u"مقامات"_s, u"گفت"_s,
        u"امنیت"_s, u"برق"_s, u"گاز"_s, u"بدهی"_s, u"زائران"_s, u"گذرگاه"_s, u"دیدار"_s, u"بیانیه"_s,
        u"همکاری"_s, u"منطقه"_s, u"مجلس"_s, u"پایتخت"_s, u"آب"_s, u"پروژه‌ها"_s, u"سرمایه‌گذاری"_s};
    return storyIn(seed, words);
}

QString story(int seed)
{
    static const QStringList words = {
        u"minister"_s, u"delegation"_s, u"talks"_s, u"border"_s, u"trade"_s, u"agreement"_s, u"visit"_s,
        u"officials"_s, u"said"_s, u"security"_s, u"electricity"_s, u"gas"_s, u"debts"_s, u"pilgrims"_s,
        u"crossing"_s, u"railway"_s, u"meeting"_s, u"statement"_s, u"cooperation"_s, u"region"_s,
        u"parliament"_s, u"envoy"_s, u"capital"_s, u"council"_s, u"water"_s, u"projects"_s, u"banks"_s,
        u"sanctions"_s, u"investment"_s, u"summit"_s};
    return storyIn(seed, words);
}

// Another outlet's copy of story(@p seed): a word changed and a sentence added.
QString edited(int seed)
{
    QStringList w = story(seed).split(u' ');
    w[40] = u"reportedly"_s;
    return w.join(u' ') + u" Officials declined to comment further."_s;
}

QByteArray page(const QString &title, const QString &outlet, const QString &date, const QString &body,
                const QString &lang = u"en"_s)
{
    return uR"(<!DOCTYPE html><html lang="%5"><head><meta charset="utf-8"><title>%1</title>
<meta property="og:title" content="%1"><meta property="og:site_name" content="%2">
<meta property="article:published_time" content="%3"></head>
<body><article><h1>%1</h1><p>%4</p></article></body></html>)"_s
        .arg(title.toHtmlEscaped(), outlet.toHtmlEscaped(), date, body.toHtmlEscaped(), lang)
        .toUtf8();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString csvField(const QString &s)
{
    QString q = s;
    q.replace(u"\""_s, u"\"\""_s);
    return u'"' + q + u'"';
}

int articleCount(const Project &project)
{
    return int(project.articleIds().size());
}

// The proxy row of the item whose file name (and place) is @p fileText.
int proxyRow(const BulkImportDialog &dialog, const QString &fileText)
{
    const QSortFilterProxyModel *proxy = dialog.proxyModel();
    for (int r = 0; r < proxy->rowCount(); ++r)
        if (proxy->index(r, ImportReviewModel::FileColumn).data().toString() == fileText)
            return r;
    return -1;
}

const ImportItem *itemFor(const BulkImportDialog &dialog, const QString &fileText)
{
    for (const ImportItem &item : dialog.model()->items())
        if (ImportReviewModel::fileText(item) == fileText)
            return &item;
    return nullptr;
}

// What the review holds, for a failure message.
QString describe(const BulkImportDialog &dialog)
{
    QStringList lines;
    for (const ImportItem &item : dialog.model()->items())
        lines << ImportReviewModel::fileText(item) + u": "_s + item.title + u" | "_s + ImportReviewModel::duplicateText(item);
    for (const ImportFailure &f : dialog.scanFailures())
        lines << f.file + u" failed: "_s + f.error;
    return lines.join(u'\n');
}

void selectRows(BulkImportDialog &dialog, const QList<int> &rows)
{
    QItemSelectionModel *selection = dialog.view()->selectionModel();
    selection->clearSelection();
    for (const int r : rows)
        selection->select(dialog.proxyModel()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    dialog.view()->setCurrentIndex(dialog.proxyModel()->index(rows.first(), ImportReviewModel::TitleColumn));
    for (const int r : rows) // setCurrentIndex() may have replaced the selection
        selection->select(dialog.proxyModel()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

} // namespace

class TestBulkImportDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // Seven articles in six files and a broken one: a page, an Arabic page, a CSV with three
    // rows, an exact copy of the page and another outlet's edit of it.
    QString writeMixedFolder(const QString &name)
    {
        const QString in = m_dir.filePath(name);
        bool ok = writeFile(in + u"/a-envoy.html"_s, page(u"Envoy visits Baghdad"_s, u"Tehran Times"_s, u"2021-02-06"_s, story(1)));
        ok = ok && writeFile(in + u"/b-arabic.html"_s,
                             page(u"وزير الخارجية يزور بغداد"_s, u"المدى"_s, u"2021-02-07"_s, arabicStory(2), u"ar"_s));
        QString csv = u"title,text,date,source,language\n"_s;
        for (int i = 0; i < 3; ++i)
            csv += u"%1,%2,2021-06-0%3,,\n"_s.arg(csvField(u"Wire report %1"_s.arg(i + 1)), csvField(story(3 + i))).arg(i + 1);
        ok = ok && writeFile(in + u"/c-wire.csv"_s, csv.toUtf8());
        ok = ok && writeFile(in + u"/d-copy.html"_s, page(u"Envoy visits Baghdad"_s, u"Tehran Times"_s, u"2021-02-06"_s, story(1)));
        ok = ok && writeFile(in + u"/e-other-outlet.html"_s, page(u"Iranian envoy in Baghdad"_s, u"Shafaq News"_s, u"2021-02-06"_s, edited(1)));
        ok = ok && writeFile(in + u"/f-broken.pdf"_s, QByteArray("%PDF-1.4 this is not really a PDF at all"));
        return ok ? in : QString();
    }

    QString writeManyPages(const QString &name, int count)
    {
        const QString in = m_dir.filePath(name);
        for (int i = 0; i < count; ++i) {
            if (!writeFile(in + u"/p%1.html"_s.arg(i, 4, 10, QChar(u'0')),
                           page(u"Report %1"_s.arg(i), u"Wire"_s, u"2022-01-01"_s, story(100 + i))))
                return QString();
        }
        return in;
    }

    static bool waitForReview(BulkImportDialog &dialog)
    {
        return QTest::qWaitFor([&] { return dialog.phase() != BulkImportDialog::Phase::Scanning; }, LongWait)
               && dialog.phase() == BulkImportDialog::Phase::Review;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::setEnabled(false);
        QVERIFY(m_dir.isValid());
    }

    void reviewEditImportUndo()
    {
        const QString in = writeMixedFolder(u"mixed"_s);
        QVERIFY(!in.isEmpty());
        const QString path = m_dir.filePath(u"mixed.entente"_s);
        const QString created = TestFixtures::createBundledProject(path);
        QVERIFY2(created.isEmpty(), qPrintable(created));
        Project project;
        QVERIFY(project.open(path));
        QCOMPARE(articleCount(project), 5);

        BulkImportDialog dialog(&project, {in});
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(waitForReview(dialog));
        QVERIFY2(dialog.model()->rowCount() == 7, qPrintable(describe(dialog)));
        QCOMPARE(articleCount(project), 5); // nothing written by the scan

        // What the review shows.
        const ImportItem *copy = itemFor(dialog, u"d-copy.html"_s);
        const ImportItem *envoy = itemFor(dialog, u"a-envoy.html"_s);
        const ImportItem *other = itemFor(dialog, u"e-other-outlet.html"_s);
        QVERIFY(copy && envoy && other);
        QVERIFY(copy->isExactDuplicate());
        QCOMPARE(copy->duplicateOf, envoy->id);
        QVERIFY(!copy->include);
        QVERIFY(other->near);
        QCOMPARE(other->duplicateOf, envoy->id);
        QVERIFY(dialog.model()->index(proxyRow(dialog, u"e-other-outlet.html"_s), 0).isValid());
        const QString nearText = dialog.proxyModel()
                                     ->index(proxyRow(dialog, u"e-other-outlet.html"_s), ImportReviewModel::DuplicateColumn)
                                     .data()
                                     .toString();
        QVERIFY2(nearText.startsWith(u"same story as "_s + envoy->id + u" ("_s), qPrintable(nearText));
        QCOMPARE(dialog.proxyModel()->index(proxyRow(dialog, u"d-copy.html"_s), ImportReviewModel::DuplicateColumn).data().toString(),
                 u"exact: "_s + envoy->id);
        QCOMPARE(itemFor(dialog, u"b-arabic.html"_s)->title, u"وزير الخارجية يزور بغداد"_s);
        QCOMPARE(itemFor(dialog, u"c-wire.csv, row 3"_s)->title, u"Wire report 2"_s);
        const QString summary = dialog.summaryLabel()->text();
        QVERIFY2(summary.contains(u"5 new"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"1 exact duplicate"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"1 near-duplicate"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"1 file"_s), qPrintable(summary));
        QCOMPARE(dialog.failureList()->topLevelItemCount(), 1);
        QCOMPARE(dialog.failureList()->topLevelItem(0)->text(0), u"f-broken.pdf"_s);
        QVERIFY(dialog.failureList()->isVisible());
        QVERIFY(dialog.columnsButton()->isVisible()); // a spreadsheet is among the files
        QVERIFY(dialog.importButton()->isEnabled());
        QVERIFY2(dialog.importButton()->text().remove(u'&').startsWith(u"Import 6 Article"_s), qPrintable(dialog.importButton()->text()));

        // Bulk edit: the three spreadsheet rows get an outlet and a language.
        const QList<int> wire{proxyRow(dialog, u"c-wire.csv, row 2"_s), proxyRow(dialog, u"c-wire.csv, row 3"_s),
                              proxyRow(dialog, u"c-wire.csv, row 4"_s)};
        QVERIFY(!wire.contains(-1));
        selectRows(dialog, wire);
        QCOMPARE(dialog.view()->selectionModel()->selectedRows().size(), 3);
        dialog.bulkFieldCombo()->setCurrentIndex(dialog.bulkFieldCombo()->findData(int(ImportReviewModel::OutletColumn)));
        dialog.bulkValueEdit()->setText(u"Reuters"_s);
        QVERIFY(dialog.bulkApplyButton()->isEnabled());
        QTest::mouseClick(dialog.bulkApplyButton(), Qt::LeftButton);
        dialog.bulkFieldCombo()->setCurrentIndex(dialog.bulkFieldCombo()->findData(int(ImportReviewModel::LanguageColumn)));
        dialog.bulkValueEdit()->setText(u"en"_s);
        QTest::keyClick(dialog.bulkValueEdit(), Qt::Key_Return); // Enter applies too
        for (const QString &row : {u"c-wire.csv, row 2"_s, u"c-wire.csv, row 3"_s, u"c-wire.csv, row 4"_s}) {
            QCOMPARE(itemFor(dialog, row)->outlet, u"Reuters"_s);
            QCOMPARE(itemFor(dialog, row)->language, u"en"_s);
        }
        QCOMPARE(itemFor(dialog, u"a-envoy.html"_s)->outlet, u"Tehran Times"_s); // not selected
        // An invalid date for the selection is refused, and said.
        dialog.bulkFieldCombo()->setCurrentIndex(dialog.bulkFieldCombo()->findData(int(ImportReviewModel::DateColumn)));
        dialog.bulkValueEdit()->setText(u"June 2021"_s);
        QVERIFY(!dialog.bulkApplyButton()->isEnabled());
        QVERIFY(dialog.bulkValueEdit()->toolTip().contains(u"EDTF"_s));
        QTest::keyClick(dialog.bulkValueEdit(), Qt::Key_Return);
        QVERIFY(dialog.messageLabel()->isVisible());
        QCOMPARE(itemFor(dialog, u"c-wire.csv, row 2"_s)->published, EdtfDate::parse(u"2021-06-01"));

        // One cell through the view's editor: the date of the page, then a date it refuses.
        const QModelIndex date = dialog.proxyModel()->index(proxyRow(dialog, u"a-envoy.html"_s), ImportReviewModel::DateColumn);
        auto editCell = [&](const QModelIndex &index, const QString &text) {
            dialog.view()->setCurrentIndex(index);
            dialog.view()->edit(index);
            auto *editor = dialog.view()->viewport()->findChild<QLineEdit *>();
            QVERIFY(editor);
            editor->selectAll();
            QTest::keyClicks(editor, text);
            // Checked as it is typed: the reason a value would be refused is its tooltip.
            QCOMPARE(editor->toolTip(), ImportReviewModel::problemWith(index.column(), text));
            QTest::keyClick(editor, Qt::Key_Return);
            QTRY_VERIFY(!dialog.view()->viewport()->findChild<QLineEdit *>() || !dialog.view()->viewport()->findChild<QLineEdit *>()->isVisible());
        };
        editCell(date, u"2021-02?"_s);
        QCOMPARE(itemFor(dialog, u"a-envoy.html"_s)->published, EdtfDate::parse(u"2021-02?"));
        editCell(date, u"the sixth"_s);
        QCOMPARE(itemFor(dialog, u"a-envoy.html"_s)->published, EdtfDate::parse(u"2021-02?"));
        QVERIFY(dialog.messageLabel()->isVisible());
        QVERIFY2(dialog.messageLabel()->text().contains(u"EDTF"_s), qPrintable(dialog.messageLabel()->text()));

        // Untick the Arabic page with Space.
        const int arabic = proxyRow(dialog, u"b-arabic.html"_s);
        selectRows(dialog, {arabic});
        dialog.view()->setFocus();
        QTest::keyClick(dialog.view(), Qt::Key_Space);
        QVERIFY(!itemFor(dialog, u"b-arabic.html"_s)->include);
        QVERIFY2(dialog.summaryLabel()->text().contains(u"1 left out by you"_s), qPrintable(dialog.summaryLabel()->text()));
        QVERIFY2(dialog.importButton()->text().remove(u'&').startsWith(u"Import 5 Article"_s), qPrintable(dialog.importButton()->text()));

        const QString arabicId = itemFor(dialog, u"b-arabic.html"_s)->id;
        const QString envoyId = envoy->id;
        const QString otherId = other->id;
        const QString wireId = itemFor(dialog, u"c-wire.csv, row 3"_s)->id;

        // Import.
        QSignalSpy written(&dialog, &BulkImportDialog::batchWritten);
        QSignalSpy finished(&dialog, &BulkImportDialog::importFinished);
        QSignalSpy articlesChanged(&project, &Project::articlesChanged);
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, LongWait);
        QCOMPARE(dialog.phase(), BulkImportDialog::Phase::Finished);
        QCOMPARE(written.size(), 1); // five articles: one batch
        QCOMPARE(articlesChanged.size(), 1);
        const ImportReport &report = dialog.report();
        QVERIFY(!report.cancelled);
        QCOMPARE(report.imported.size(), 5);
        QCOMPARE(report.failed.size(), 1); // the broken PDF, from the scan
        QVERIFY(dialog.summaryLabel()->text().contains(u"Imported 5 article"_s));
        QCOMPARE(dialog.importButton()->text().remove(u'&'), u"Close"_s);
        QVERIFY(!dialog.cancelButton()->isVisible());

        QCOMPARE(articleCount(project), 10);
        QVERIFY(!project.hasArticle(arabicId));
        QVERIFY(!project.hasArticle(itemFor(dialog, u"d-copy.html"_s)->id));
        const Article envoyArticle = project.article(envoyId);
        QCOMPARE(envoyArticle.published, EdtfDate::parse(u"2021-02?"));
        QCOMPARE(envoyArticle.source, u"Tehran Times"_s);
        QVERIFY(envoyArticle.text.contains(story(1)));
        const Article wireArticle = project.article(wireId);
        QCOMPARE(wireArticle.title, u"Wire report 2"_s);
        QCOMPARE(wireArticle.source, u"Reuters"_s);
        QCOMPARE(wireArticle.language, u"en"_s);
        QCOMPARE(wireArticle.published, EdtfDate::parse(u"2021-06-02"));
        QCOMPARE(wireArticle.text, story(4));
        const StoryLinkList links = project.storyLinks(otherId);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().otherId, envoyId);

        // One undo step for the whole import, undone and redone.
        QCOMPARE(project.undoStack()->count(), 1);
        QVERIFY2(project.undoStack()->undoText().startsWith(u"Import 5 article"_s), qPrintable(project.undoStack()->undoText()));
        QVERIFY(project.undo());
        QCOMPARE(articleCount(project), 5);
        QVERIFY(!project.hasArticle(envoyId));
        QVERIFY(project.storyLinks(otherId).isEmpty());
        QVERIFY(project.redo());
        QCOMPARE(articleCount(project), 10);
        QCOMPARE(project.article(wireId).source, u"Reuters"_s);
        QCOMPARE(project.storyLinks(otherId).size(), 1);

        // Close.
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    void cancelKeepsWholeBatches()
    {
        const int files = 3 * BulkImport::BatchSize;
        const QString in = writeManyPages(u"many"_s, files);
        QVERIFY(!in.isEmpty());
        Project project;
        QVERIFY(project.create(m_dir.filePath(u"cancel.entente"_s)));
        BulkImportDialog dialog(&project, {in});
        dialog.show();
        QVERIFY(waitForReview(dialog));
        QCOMPARE(dialog.model()->rowCount(), files);

        // Cancel (the button) as soon as the first batch is in; the worker is waiting for
        // that write meanwhile, so it stops right after it.
        int batches = 0;
        connect(&dialog, &BulkImportDialog::batchWritten, this, [&](int count) {
            ++batches;
            QCOMPARE(count, BulkImport::BatchSize * batches);
            QCOMPARE(articleCount(project), count); // written and visible on this thread
            QVERIFY(dialog.cancelButton()->isVisible() && dialog.cancelButton()->isEnabled());
            QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        });
        QSignalSpy finished(&dialog, &BulkImportDialog::importFinished);
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QCOMPARE(dialog.phase(), BulkImportDialog::Phase::Importing);
        QVERIFY(dialog.progressBar()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, LongWait);
        QVERIFY(dialog.isVisible());
        QCOMPARE(batches, 1);
        const ImportReport &report = dialog.report();
        QVERIFY(report.cancelled);
        QCOMPARE(report.imported.size(), BulkImport::BatchSize);
        QCOMPARE(articleCount(project), BulkImport::BatchSize);
        QVERIFY(dialog.summaryLabel()->text().contains(u"Cancelled"_s));
        // Every article that is in is whole: title and the full text of its file.
        for (const ImportReport::Imported &i : report.imported) {
            const Article a = project.article(i.id);
            const int n = a.title.section(u' ', 1).toInt();
            QCOMPARE(a.title, u"Report %1"_s.arg(n));
            QVERIFY2(a.text.contains(story(100 + n)), qPrintable(a.id));
        }
        QCOMPARE(project.undoStack()->count(), 1);
        QVERIFY(project.undoStack()->undoText().startsWith(u"Import %1 article"_s.arg(BulkImport::BatchSize)));
        QVERIFY(project.undo());
        QCOMPARE(articleCount(project), 0);
        QVERIFY(project.redo());
        QCOMPARE(articleCount(project), BulkImport::BatchSize);
    }

    void closingMidImportKeepsOneStep()
    {
        // The dialog destroyed while the worker runs: it stops the worker, serving the write
        // the worker may be waiting for, and still makes what was written one undo step. What
        // the worker had read when it saw the cancel goes in too: whole articles, never part
        // of a batch's transaction.
        const QString in = m_dir.filePath(u"many"_s); // from cancelKeepsWholeBatches
        QVERIFY(QFileInfo(in).isDir());
        Project project;
        QVERIFY(project.create(m_dir.filePath(u"closing.entente"_s)));
        auto *dialog = new BulkImportDialog(&project, {in});
        dialog->show();
        QVERIFY(waitForReview(*dialog));
        bool deleted = false;
        connect(dialog, &BulkImportDialog::batchWritten, this, [&] {
            QTimer::singleShot(0, this, [&] {
                if (!deleted) {
                    deleted = true;
                    delete dialog;
                }
            });
        });
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(deleted, LongWait);
        const int count = articleCount(project);
        QVERIFY(count >= BulkImport::BatchSize);
        QVERIFY(count < 3 * BulkImport::BatchSize);
        for (const QString &id : project.articleIds()) {
            const Article a = project.article(id);
            QVERIFY2(a.text.contains(story(100 + a.title.section(u' ', 1).toInt())), qPrintable(id));
        }
        QCOMPARE(project.undoStack()->count(), 1);
        QVERIFY(project.undoStack()->undoText().startsWith(u"Import %1 article"_s.arg(count)));
        QVERIFY(project.undo());
        QCOMPARE(articleCount(project), 0);
    }

    void cancelWhileScanningClosesAndWritesNothing()
    {
        Project project;
        QVERIFY(project.create(m_dir.filePath(u"scan-cancel.entente"_s)));
        BulkImportDialog dialog(&project, {m_dir.filePath(u"many"_s)});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.phase(), BulkImportDialog::Phase::Scanning);
        QVERIFY(!dialog.importButton()->isVisible());
        QTest::qWait(1); // the scan starts
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), LongWait);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(articleCount(project), 0);
        QCOMPARE(project.undoStack()->count(), 0);
    }

    void columnsReadTheSpreadsheetAgain()
    {
        // Headers Entente does not know: the file fails until the columns are chosen.
        const QString in = m_dir.filePath(u"odd-columns"_s);
        QString csv = u"col_a;col_b;col_c\n"_s;
        for (int i = 0; i < 3; ++i)
            csv += u"%1;%2;2020-0%3-15\n"_s.arg(csvField(u"Row %1"_s.arg(i + 1)), csvField(story(700 + i))).arg(i + 1);
        QVERIFY(writeFile(in + u"/sheet.csv"_s, csv.toUtf8()));
        QVERIFY(writeFile(in + u"/page.html"_s, page(u"A page"_s, u"IRNA"_s, u"2020-01-01"_s, story(720))));
        Project project;
        QVERIFY(project.create(m_dir.filePath(u"columns.entente"_s)));
        BulkImportDialog dialog(&project, {in});
        dialog.show();
        QVERIFY(waitForReview(dialog));
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(dialog.scanFailures().size(), 1);
        QVERIFY(dialog.columnsButton()->isVisible());
        QVERIFY(dialog.subfoldersCheck()->isVisible());
        // An edit made before the new scan survives it.
        QVERIFY(dialog.proxyModel()->setData(dialog.proxyModel()->index(0, ImportReviewModel::OutletColumn), u"IRNA English"_s));

        // "Columns…" opens the mapping dialog; the columns are chosen there.
        bool sawDialog = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<ColumnMappingDialog *>(QApplication::activeModalWidget()));
            auto *mapping = qobject_cast<ColumnMappingDialog *>(QApplication::activeModalWidget());
            sawDialog = true;
            QComboBox *title = mapping->comboFor(ColumnMapping::Field::Title);
            QCOMPARE(title->itemText(0), u"Automatic: none found"_s);
            QVERIFY(title->findText(u"col_a"_s) >= 0);
            title->setCurrentIndex(title->findText(u"col_a"_s));
            QComboBox *text = mapping->comboFor(ColumnMapping::Field::Text);
            QCOMPARE(text->findText(u"Not imported"_s), -1); // the text cannot be left out
            text->setCurrentIndex(text->findText(u"col_b"_s));
            QComboBox *date = mapping->comboFor(ColumnMapping::Field::Date);
            date->setCurrentIndex(date->findText(u"col_c"_s));
            QComboBox *author = mapping->comboFor(ColumnMapping::Field::Author);
            author->setCurrentIndex(author->findText(u"Not imported"_s));
            QVERIFY(mapping->grab().save(QDir(QStringLiteral(ENTENTE_TEST_BINARY_DIR)).filePath(u"bulk-import-columns.png"_s)));
            mapping->accept();
        });
        QSignalSpy scanned(&dialog, &BulkImportDialog::scanFinished);
        QTest::mouseClick(dialog.columnsButton(), Qt::LeftButton);
        QVERIFY(sawDialog);
        QTRY_COMPARE_WITH_TIMEOUT(scanned.size(), 1, LongWait);
        QCOMPARE(dialog.model()->rowCount(), 4);
        QVERIFY(dialog.scanFailures().isEmpty());
        QVERIFY(!dialog.failureList()->isVisible());
        QCOMPARE(dialog.settings().mapping.column(ColumnMapping::Field::Title), u"col_a"_s);
        QVERIFY(dialog.settings().mapping.isIgnored(ColumnMapping::Field::Author));
        QCOMPARE(itemFor(dialog, u"sheet.csv, row 3"_s)->title, u"Row 2"_s);
        QCOMPARE(itemFor(dialog, u"sheet.csv, row 3"_s)->published, EdtfDate::parse(u"2020-02-15"));
        QCOMPARE(itemFor(dialog, u"page.html"_s)->outlet, u"IRNA English"_s);

        QSignalSpy finished(&dialog, &BulkImportDialog::importFinished);
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, LongWait);
        QCOMPARE(articleCount(project), 4);
        QVERIFY(dialog.report().failed.isEmpty());
    }

    void dropOnLibraryImports()
    {
        // Dropping files on the library opens the bulk import for them; here the dialog is
        // driven by a timer while it runs modally, as a user would.
        const QString in = m_dir.filePath(u"dropped"_s);
        QVERIFY(writeFile(in + u"/one.html"_s, page(u"Talks on electricity debts"_s, u"Rudaw"_s, u"2022-03-01"_s, story(900))));
        QVERIFY(writeFile(in + u"/sub/two.html"_s, page(u"Electricity debts: talks go on"_s, u"Kurdistan 24"_s, u"2022-03-02"_s,
                                                         edited(900))));
        const QString loose = m_dir.filePath(u"loose.html"_s);
        QVERIFY(writeFile(loose, page(u"A loose page"_s, u"ISNA"_s, u"2022-03-03"_s, story(901))));

        const QString path = m_dir.filePath(u"drop.entente"_s);
        {
            Project empty;
            QVERIFY(empty.create(path));
        }
        MainWindow window;
        QString error;
        QVERIFY2(window.projectController()->openProjectFile(path, false, &error), qPrintable(error));
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LibraryPane *library = window.library();

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(in), QUrl::fromLocalFile(loose), QUrl(u"https://example.org/x.html"_s)});
        QCOMPARE(LibraryPane::droppedPaths(&mime), (QStringList{in, loose}));
        QMimeData text;
        text.setText(u"not files"_s);
        const QPoint at = library->view()->geometry().center();
        QDragEnterEvent refused(at, Qt::CopyAction | Qt::MoveAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(library, &refused);
        QVERIFY(!refused.isAccepted());
        QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(library, &enter);
        QVERIFY(enter.isAccepted());
        QCOMPARE(enter.dropAction(), Qt::CopyAction);
        QVERIFY(library->findChild<QLabel *>(u"libraryDropHint"_s)->isVisible());

        QSignalSpy requested(library, &LibraryPane::importRequested);
        bool reviewed = false;
        bool closed = false;
        QTimer driver;
        driver.setInterval(20);
        connect(&driver, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<BulkImportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (dialog->phase() == BulkImportDialog::Phase::Review && !reviewed) {
                reviewed = true;
                QCOMPARE(dialog->model()->rowCount(), 3);
                QVERIFY(dialog->subfoldersCheck()->isVisible());
                QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
            } else if (dialog->phase() == BulkImportDialog::Phase::Finished && !closed) {
                closed = true;
                QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
            }
        });
        driver.start();
        QDropEvent drop(QPointF(at), Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(library, &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(!library->findChild<QLabel *>(u"libraryDropHint"_s)->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(requested.size(), 1, LongWait);
        QCOMPARE(requested.first().first().toStringList(), (QStringList{in, loose}));
        QTRY_VERIFY_WITH_TIMEOUT(closed, LongWait);
        driver.stop();
        QVERIFY(reviewed);
        QTRY_COMPARE(window.articleModel()->rowCount(), 3);
        QCOMPARE(articleCount(*window.projectController()->project()), 3);
        QVERIFY(window.statusBar()->currentMessage().contains(u"Imported 3 article"_s));

        // The two versions of the electricity story are marked, and open side by side.
        ArticleListModel *model = window.articleModel();
        QString first, second;
        for (const Article &a : model->articles()) {
            if (a.title == u"Talks on electricity debts"_s)
                first = a.id;
            if (a.title == u"Electricity debts: talks go on"_s)
                second = a.id;
        }
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        const QModelIndex firstIndex = model->index(model->rowOf(first), ArticleListModel::TitleColumn);
        QCOMPARE(firstIndex.data(ArticleListModel::SameStoryRole).toStringList(), QStringList{second});
        QCOMPARE(model->index(model->rowOf(second), 0).data(ArticleListModel::SameStoryRole).toStringList(), QStringList{first});
        QVERIFY(firstIndex.data(Qt::ToolTipRole).toString().contains(u"Same story as:"_s));
        QVERIFY(firstIndex.data(Qt::ToolTipRole).toString().contains(u"Kurdistan 24"_s));
        const QString looseId = [&] {
            for (const Article &a : model->articles())
                if (a.title == u"A loose page"_s)
                    return a.id;
            return QString();
        }();
        QVERIFY(!library->openSameStory(looseId)); // no other version
        QVERIFY(library->openSameStory(first));
        QCOMPARE(window.readerArea()->openArticleIds(), (QStringList{first, second}));
        // The reader offers the same from a pane's context menu.
        QVERIFY(window.openArticle(second, false));
        window.readerArea()->closePane(0);
        QTRY_COMPARE(window.readerArea()->openArticleIds(), QStringList{second});
        {
            QMenu menu;
            Q_EMIT window.readerArea()->currentPane()->contextMenuRequested(&menu);
            auto *open = menu.findChild<QAction *>(u"openSameStoryMenuItem"_s);
            QVERIFY(open);
            open->trigger();
        }
        QTRY_COMPARE(window.readerArea()->openArticleIds(), (QStringList{second, first}));
        const QString shot = QDir(QStringLiteral(ENTENTE_TEST_BINARY_DIR)).filePath(u"library-same-story.png"_s);
        QVERIFY(window.grab().save(shot));
        qInfo("%s", qPrintable(shot));

        // Undo takes the links away with the articles; the marks go too.
        QVERIFY(window.projectController()->project()->undo());
        QTRY_COMPARE(model->rowCount(), 0);
        QVERIFY(model->sameStoryAs(first).isEmpty());
    }

    void withoutAProjectSaysSo()
    {
        // No project open: importing explains that one is needed and offers to make one;
        // a read-only project says it takes nothing. Nothing else happens.
        MainWindow window;
        QVERIFY(!window.projectController()->project()->isOpen());
        QString seen;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            seen = box->text() + u'\n' + box->informativeText();
            QStringList buttons;
            for (QAbstractButton *b : box->buttons())
                buttons << b->text().remove(u'&');
            QVERIFY2(buttons.contains(u"New Project\u2026"_s), qPrintable(buttons.join(u", "_s)));
            box->button(QMessageBox::Cancel)->click();
        });
        window.projectController()->importPaths({m_dir.filePath(u"loose.html"_s)});
        QVERIFY2(seen.contains(u"no project is open"_s), qPrintable(seen));
        QVERIFY(!window.projectController()->project()->isOpen());

        const QString path = m_dir.filePath(u"readonly.entente"_s);
        {
            Project p;
            QVERIFY(p.create(path));
        }
        QString error;
        QVERIFY2(window.projectController()->openProjectFile(path, true, &error), qPrintable(error));
        seen.clear();
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            seen = box->text();
            box->button(QMessageBox::Ok)->click();
        });
        window.projectController()->importPaths({m_dir.filePath(u"loose.html"_s)});
        QVERIFY2(seen.contains(u"read-only"_s), qPrintable(seen));
        QCOMPARE(articleCount(*window.projectController()->project()), 0);
    }

    void screenshot()
    {
        // The review with titles in English, Arabic and Persian, a near and an exact
        // duplicate, problems and a failed file, as the README shows it.
        const QString in = m_dir.filePath(u"shot"_s);
        QVERIFY(writeFile(in + u"/irna-araghchi-baghdad.html"_s,
                          page(u"Araghchi meets Iraqi counterpart in Baghdad"_s, u"IRNA"_s, u"2024-09-11"_s, story(500))));
        QVERIFY(writeFile(in + u"/mehr-araghchi-baghdad.html"_s,
                          page(u"Iran's top diplomat holds talks in Baghdad"_s, u"Mehr News"_s, u"2024-09-11"_s, edited(500))));
        QVERIFY(writeFile(in + u"/alsumaria-visit.html"_s,
                          page(u"عراقجي يصل إلى بغداد في أول زيارة خارجية"_s, u"السومرية نيوز"_s, u"2024-09-11"_s, arabicStory(501), u"ar"_s)));
        QVERIFY(writeFile(in + u"/isna-visit.html"_s,
                          page(u"سفر عراقچی به بغداد؛ دیدار با نخست‌وزیر عراق"_s, u"ایسنا"_s, u"2024-09-12"_s, persianStory(502), u"fa"_s)));
        QVERIFY(writeFile(in + u"/mirror-isna-visit.html"_s,
                          page(u"سفر عراقچی به بغداد؛ دیدار با نخست‌وزیر عراق"_s, u"ایسنا"_s, u"2024-09-12"_s, persianStory(502), u"fa"_s)));
        QString csv = u"headline,body,published,outlet\n"_s;
        csv += u"%1,%2,2024-09,Shafaq News\n"_s.arg(csvField(u"Electricity and gas debts on the agenda"_s), csvField(story(503)));
        csv += u"%1,%2,,Shafaq News\n"_s.arg(csvField(u"Pilgrims' crossing to reopen"_s), csvField(story(504)));
        QVERIFY(writeFile(in + u"/shafaq-export.csv"_s, csv.toUtf8()));
        QVERIFY(writeFile(in + u"/scan.pdf"_s, QByteArray("%PDF-1.4 broken")));
        Project project;
        QVERIFY(project.create(m_dir.filePath(u"shot.entente"_s)));
        BulkImportDialog dialog(&project, {in});
        dialog.resize(1180, 560);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(waitForReview(dialog));
        QCOMPARE(dialog.model()->rowCount(), 7);
        selectRows(dialog, {proxyRow(dialog, u"shafaq-export.csv, row 2"_s), proxyRow(dialog, u"shafaq-export.csv, row 3"_s)});
        dialog.bulkValueEdit()->setText(u"Shafaq News"_s);
        QCoreApplication::processEvents();
        const QImage image = dialog.grab().toImage();
        QVERIFY(!image.isNull());
        const QString file = QDir(QStringLiteral(ENTENTE_TEST_BINARY_DIR)).filePath(u"bulk-import-review.png"_s);
        QVERIFY(image.save(file));
        qInfo("%s", qPrintable(file));
        // For the README: ENTENTE_SCREENSHOT_DIR=dir saves it there too.
        const QString shots = qEnvironmentVariable("ENTENTE_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(image.save(QDir(shots).filePath(u"bulk-import-review.png"_s)));

        // A refused value, and why (for a look by eye).
        dialog.bulkFieldCombo()->setCurrentIndex(dialog.bulkFieldCombo()->findData(int(ImportReviewModel::DateColumn)));
        dialog.bulkValueEdit()->setText(u"September 2024"_s);
        QTest::keyClick(dialog.bulkValueEdit(), Qt::Key_Return);
        QVERIFY(dialog.messageLabel()->isVisible());
        QCoreApplication::processEvents();
        QVERIFY(dialog.grab().save(QDir(QStringLiteral(ENTENTE_TEST_BINARY_DIR)).filePath(u"bulk-import-message.png"_s)));
        dialog.bulkValueEdit()->clear();

        // The report at the end, for a look by eye.
        QSignalSpy finished(&dialog, &BulkImportDialog::importFinished);
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, LongWait);
        QCOMPARE(articleCount(project), 6);
        QCoreApplication::processEvents();
        const QString report = QDir(QStringLiteral(ENTENTE_TEST_BINARY_DIR)).filePath(u"bulk-import-report.png"_s);
        QVERIFY(dialog.grab().save(report));
        qInfo("%s", qPrintable(report));
    }
};

QTEST_MAIN(TestBulkImportDialog)
#include "tst_bulkimport.moc"
