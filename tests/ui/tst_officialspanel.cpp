// Tests for the Officials panel (filters, the keyword-in-context list and its signal) and for
// MentionHighlighting (the "mentions" layer of an ArticleView: colours from the theme, tooltips
// with the office held on the article's date).
#include "io/corpusloader.h"
#include "io/gazetteerreader.h"
#include "reference/gazetteer.h"
#include "models/mentionsmodel.h"
#include "models/officialsmodel.h"
#include "officials/mentionhighlighting.h"
#include "officials/officialspanel.h"
#include "reader/articleview.h"
#include "workspace/workspace.h"

#include <KSyntaxHighlighting/Repository>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

class TestOfficialsPanel : public QObject
{
    Q_OBJECT

private:
    ArticleList m_articles;
    Gazetteer m_gazetteer;
    // The panel shows a workspace's reference data: the corpus's officials over its articles.
    std::unique_ptr<Workspace> m_workspace;

    static Article articleById(const ArticleList &articles, const QString &id)
    {
        for (const Article &a : articles) {
            if (a.id == id)
                return a;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        CorpusLoader corpus;
        QVERIFY2(corpus.load(QStringLiteral(ENTENTE_TEST_CORPUS)), qPrintable(corpus.errorString()));
        m_articles = corpus.articles();
        QString gazetteerError;
        QVERIFY2(GazetteerReader::readFile(QStringLiteral(ENTENTE_TEST_CORPUS "/officials.json"), &m_gazetteer, &gazetteerError), qPrintable(gazetteerError));
        m_workspace = std::make_unique<Workspace>();
        QVERIFY2(m_workspace->loadReferenceData(QStringLiteral(ENTENTE_TEST_CORPUS)), qPrintable(m_workspace->errorString()));
        m_workspace->setArticles(m_articles);
    }

    void filters()
    {
        OfficialsPanel panel(m_workspace.get());
        panel.resize(700, 600);
        QAbstractItemModelTester tester(panel.officialsView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester mentionsTester(panel.mentionsView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_workspace->setArticles(m_articles); // the panel follows the workspace
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QAbstractItemModel *table = panel.officialsView()->model();
        const int all = int(m_gazetteer.officials().size());
        QCOMPARE(table->rowCount(), all);
        // Sorted by mentions, most first.
        QCOMPARE(table->index(0, 0).data(OfficialsModel::IdRole).toString(), u"mustafa-al-kadhimi"_s);

        QComboBox *country = panel.countryFilter();
        QSet<QString> countries;
        for (const Official &o : m_gazetteer.officials())
            countries.insert(o.country);
        QCOMPARE(country->count(), int(countries.size()) + 1); // all, then each country
        country->setCurrentIndex(country->findData(u"IR"_s));
        int iranians = 0;
        for (const Official &o : m_gazetteer.officials())
            iranians += o.country == u"IR"_s ? 1 : 0;
        QCOMPARE(table->rowCount(), iranians);
        for (int r = 0; r < table->rowCount(); ++r)
            QCOMPARE(table->index(r, 0).data(OfficialsModel::CountryRole).toString(), u"IR"_s);

        // Text filter: folded, matches any name form (here an alias spelling).
        QTest::keyClicks(panel.textFilter(), u"rohani"_s);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->index(0, 0).data(OfficialsModel::IdRole).toString(), u"hassan-rouhani"_s);
        panel.textFilter()->clear();
        country->setCurrentIndex(0);
        QCOMPARE(table->rowCount(), all);
        QTest::keyClicks(panel.textFilter(), u"Foreign Minister"_s); // by office
        QVERIFY(table->rowCount() >= 1);
        panel.textFilter()->clear();
        panel.textFilter()->setText(u"\u0627\u0644\u0643\u0627\u0638\u0645\u064A"_s); // Arabic script (no key events for it)
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->index(0, 0).data(OfficialsModel::IdRole).toString(), u"mustafa-al-kadhimi"_s);
    }

    void clickContextLine()
    {
        OfficialsPanel panel(m_workspace.get());
        panel.resize(800, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy filterSpy(&panel, &OfficialsPanel::officialFilterChanged);
        QSignalSpy activated(&panel, &OfficialsPanel::mentionActivated);

        // Click the row of Fuad Hussein in the officials table.
        QTableView *table = panel.officialsView();
        QModelIndex fuad;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data(OfficialsModel::IdRole).toString() == u"fuad-hussein"_s)
                fuad = table->model()->index(r, 0);
        }
        QVERIFY(fuad.isValid());
        table->scrollTo(fuad);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(fuad).center());
        QCOMPARE(filterSpy.size(), 1);
        QCOMPARE(filterSpy.first().first().toString(), u"fuad-hussein"_s);
        QCOMPARE(panel.currentOfficial(), u"fuad-hussein"_s);

        QTableView *kwic = panel.mentionsView();
        QCOMPARE(kwic->model()->rowCount(), 2);
        const QModelIndex second = kwic->model()->index(1, MentionsModel::MatchColumn);
        QCOMPARE(second.data().toString(), u"Hussein"_s);
        QTest::mouseClick(kwic->viewport(), Qt::LeftButton, {}, kwic->visualRect(second).center());
        QCOMPARE(activated.size(), 1);
        const QList<QVariant> args = activated.first();
        QCOMPARE(args.at(0).toString(), u"rouhani-fuad-hussein-2021"_s);
        QCOMPARE(args.at(1).value<qsizetype>(), qsizetype(2325)); // as in tests/data/mentions-gold.tsv
        QCOMPARE(args.at(2).value<qsizetype>(), qsizetype(2332));

        // Selecting programmatically, then clearing.
        panel.selectOfficial(u"ali-khamenei"_s);
        QCOMPARE(filterSpy.last().first().toString(), u"ali-khamenei"_s);
        QCOMPARE(kwic->model()->rowCount(), 4);
        panel.selectOfficial(QString());
        QCOMPARE(filterSpy.last().first().toString(), QString());
        QCOMPARE(kwic->model()->rowCount(), 0);
    }

    void highlighting()
    {
        ArticleView view;
        view.resize(700, 500);
        new MentionHighlighting(&view, m_workspace.get());
        view.setArticle(articleById(m_articles, u"rouhani-fuad-hussein-2021"_s));
        QVERIFY(view.highlightLayers().contains(MentionHighlighting::layerName()));

        // Fuad Hussein at [433, 445) (code points; the text is BMP-only so UTF-16 is the same).
        const QString tip = view.toolTipAt(440);
        QVERIFY2(tip.contains(u"Fuad Hussein — Foreign Minister of Iraq on"_s), qPrintable(tip));
        const QString rouhani = view.toolTipAt(140);
        QVERIFY2(rouhani.contains(u"Hassan Rouhani — President of Iran on"_s), qPrintable(rouhani));

        // A year-precision article: the offices over the year.
        view.setArticle(articleById(m_articles, u"shamkhani-salih-baghdad-2020"_s));
        const Official *kadhimi = m_gazetteer.official(u"mustafa-al-kadhimi"_s);
        const QString span = MentionHighlighting::toolTip(*kadhimi, EdtfDate::fromYear(2020));
        QVERIFY2(span.contains(u"Head of the National Intelligence Service of Iraq"_s) && span.contains(u"Prime Minister of Iraq"_s)
                     && span.contains(u"during 2020"_s),
                 qPrintable(span));
        const QString none = MentionHighlighting::toolTip(*kadhimi, EdtfDate::fromYear(2010));
        QVERIFY2(none.contains(u"no office on record"_s), qPrintable(none));
    }

    void countryColours_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("light") << int(KSyntaxHighlighting::Repository::LightTheme);
        QTest::newRow("dark") << int(KSyntaxHighlighting::Repository::DarkTheme);
    }

    void countryColours()
    {
        QFETCH(int, which);
        KSyntaxHighlighting::Repository repository;
        const KSyntaxHighlighting::Theme theme = repository.defaultTheme(KSyntaxHighlighting::Repository::DefaultTheme(which));
        QVERIFY(theme.isValid());
        const QColor iran = MentionHighlighting::countryColor(u"IR"_s, theme);
        const QColor iraq = MentionHighlighting::countryColor(u"IQ"_s, theme);
        const QColor other = MentionHighlighting::countryColor(u"TR"_s, theme);
        QVERIFY(iran.isValid() && iraq.isValid() && other.isValid());
        QVERIFY(iran != iraq);
        QVERIFY(other != iran && other != iraq);
        // Colours come from the theme.
        QCOMPARE(iran.rgb(), QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Others)).rgb());
        // Not the colour the reader gives quotations.
        const QColor quotes = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::String));
        QVERIFY(iran != quotes && iraq != quotes);
    }
};

QTEST_MAIN(TestOfficialsPanel)
#include "tst_officialspanel.moc"
