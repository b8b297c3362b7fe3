// SearchPanel: typing runs the search on a worker thread after a short pause, hits arrive with
// snippets and code-point matches; phrases and prefixes; activating a hit opens the article and
// marks the matches in the "search" layer.
#include "io/corpusseeder.h"
#include "reader/articleview.h"
#include "reader/readerarea.h"
#include "models/searchresultsmodel.h"
#include "search/searchpanel.h"
#include "settings.h"
#include "store/project.h"
#include "text/offsetmap.h"

#include <QLabel>
#include <QLineEdit>
#include <QAbstractItemModelTester>
#include <QListView>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>

using namespace Entente;
using namespace Qt::StringLiterals;

class TestSearchPanel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    // Occurrences of @p pattern (case-insensitive) in every article, counted independently of
    // the search code: article id -> count.
    static QMap<QString, int> expectedCounts(const Project &project, const QString &pattern)
    {
        QMap<QString, int> counts;
        const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        for (const Article &a : project.articlesWithText()) {
            int n = 0;
            for (auto it = re.globalMatch(a.text); it.hasNext(); it.next())
                ++n;
            if (n > 0)
                counts.insert(a.id, n);
        }
        return counts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::setEnabled(false);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"search.entente"_s);
        QString error;
        QVERIFY2(CorpusSeeder::createProject(m_path, QStringLiteral(ENTENTE_TEST_CORPUS), &error), qPrintable(error));
    }

    void typeAndWait_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("pattern"); // what the query means, as a regular expression
        QTest::newRow("phrase") << u"\"supreme leader\""_s << uR"(\bsupreme\s+leader\b)"_s;
        QTest::newRow("phrase, two articles") << u"\"prime minister\""_s << uR"(\bprime\s+minister\b)"_s;
        QTest::newRow("prefix") << u"diplomat*"_s << uR"(\bdiplomat\w*)"_s;
        QTest::newRow("plain word, any case") << u"BAGHDAD"_s << uR"(\bbaghdad\b)"_s;
        QTest::newRow("no such word") << u"zzyzxqq"_s << uR"(\bzzyzxqq\b)"_s;
    }

    void typeAndWait()
    {
        QFETCH(QString, typed);
        QFETCH(QString, pattern);
        Project project;
        QVERIFY2(project.open(m_path), qPrintable(project.errorString()));
        ReaderArea reader;
        SearchPanel panel(&project, &reader);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy shown(&panel, &SearchPanel::resultsShown);

        QTest::keyClicks(panel.searchEdit(), typed);
        // Nothing runs while typing: results come after the pause, from the worker.
        QCOMPARE(shown.size(), 0);
        QTRY_COMPARE(panel.shownQuery(), typed);
        QCOMPARE(shown.size(), 1); // one search for the whole word, not one per key

        const QMap<QString, int> expected = expectedCounts(project, pattern);
        QMap<QString, int> got;
        for (const SearchHit &hit : panel.hits())
            got.insert(hit.articleId, int(hit.matches.size()));
        QCOMPARE(got, expected);
        QCOMPARE(panel.model()->rowCount(), expected.size());
        // Every match span is an occurrence, in code points.
        const QRegularExpression re(u'^' + pattern + u'$', QRegularExpression::CaseInsensitiveOption);
        for (const SearchHit &hit : panel.hits()) {
            const QList<uint> text = project.article(hit.articleId).text.toUcs4();
            for (const auto &[start, end] : hit.matches) {
                const QString found = QString::fromUcs4(reinterpret_cast<const char32_t *>(text.constData()) + start, end - start);
                QVERIFY2(re.match(found).hasMatch(), qPrintable(found));
            }
            QVERIFY(hit.snippetHtml.contains(u"<b>"_s));
        }
        if (expected.isEmpty())
            QCOMPARE(panel.statusLabel()->text(), u"No article matches."_s);
    }

    void searchIsAsynchronous()
    {
        Project project;
        QVERIFY2(project.open(m_path), qPrintable(project.errorString()));
        SearchPanel panel(&project, nullptr);
        panel.searchEdit()->setText(u"Iraq"_s);
        panel.searchNow();
        // The query went to the worker thread; its answer needs the event loop.
        QVERIFY(panel.hits().isEmpty());
        QCOMPARE(panel.statusLabel()->text(), u"Searching\u2026"_s);
        QTRY_COMPARE(panel.hits().size(), 5);
    }

    void staleAnswersAreDropped()
    {
        Project project;
        QVERIFY2(project.open(m_path), qPrintable(project.errorString()));
        SearchPanel panel(&project, nullptr);
        QSignalSpy shown(&panel, &SearchPanel::resultsShown);
        panel.searchEdit()->setText(u"Iraq"_s);
        panel.searchNow();
        panel.searchEdit()->setText(u"\"supreme leader\""_s);
        panel.searchNow();
        QTRY_COMPARE(panel.shownQuery(), u"\"supreme leader\""_s);
        QTest::qWait(50);
        QCOMPARE(shown.size(), 1); // the answer for "Iraq" came late and was not shown
        QCOMPARE(panel.hits().size(), 1);
    }

    void activateOpensAndHighlights()
    {
        Project project;
        QVERIFY2(project.open(m_path), qPrintable(project.errorString()));
        ReaderArea reader;
        reader.resize(900, 700);
        SearchPanel panel(&project, &reader);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        panel.searchEdit()->setText(u"\"supreme leader\""_s);
        panel.searchNow();
        QTRY_COMPARE(panel.hits().size(), 1);
        const SearchHit hit = panel.hits().first();
        QCOMPARE(hit.articleId, u"khamenei-rashid-2023"_s);
        panel.activateHit(0);
        ArticleView *view = reader.currentPane();
        QVERIFY(view);
        QCOMPARE(view->article().id, hit.articleId);
        QVERIFY(view->highlightLayers().contains(SearchPanel::layerName()));
        // The first match is selected, and every match is marked bold in the text.
        const OffsetMap map(view->article().text);
        QCOMPARE(view->selectedSpan(), qMakePair(hit.matches.first().first, hit.matches.first().second));
        for (const auto &[start, end] : hit.matches) {
            const int pos = int(map.toUtf16(start));
            const QTextBlock block = view->textView()->document()->findBlock(pos);
            bool bold = false;
            for (const QTextLayout::FormatRange &r : block.layout()->formats())
                if (pos - block.position() >= r.start && pos - block.position() < r.start + r.length)
                    bold = r.format.fontWeight() >= QFont::DemiBold;
            QVERIFY(bold);
        }
        // Activating again moves to the next match.
        panel.activateHit(0);
        QCOMPARE(view->selectedSpan(), qMakePair(hit.matches.at(1).first, hit.matches.at(1).second));
        // Clearing the query clears the layer.
        panel.searchEdit()->clear();
        panel.searchNow();
        QTRY_VERIFY(!view->highlightLayers().contains(SearchPanel::layerName()));
    }
};

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
