#include "io/corpusloader.h"
#include "fixtures.h"
#include "io/gazetteerreader.h"
#include "reference/gazetteer.h"
#include "models/mentionsmodel.h"
#include "models/officialsmodel.h"
#include "reference/mentionindex.h"
#include "reference/officialsmatcher.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSet>
#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

class TestOfficialsModel : public QObject
{
    Q_OBJECT

private:
    Gazetteer m_gazetteer;
    MentionIndex m_index;

private Q_SLOTS:
    void initTestCase()
    {
        m_gazetteer = TestFixtures::bundledGazetteer();
        m_index.build(TestFixtures::bundledArticles(), OfficialsMatcher(m_gazetteer));
    }

    void mentionIndex()
    {
        QCOMPARE(m_index.count(u"mustafa-al-kadhimi"_s), 9);
        QCOMPARE(m_index.count(u"saddam-hussein"_s), 0);
        QCOMPARE(m_index.articlesMentioning(u"qasem-soleimani"_s),
                 (QStringList{u"rouhani-fuad-hussein-2021"_s, u"rashid-al-alam-interview-2023"_s}));
        QCOMPARE(m_index.mentionsOf(u"fuad-hussein"_s).size(), 2);
        QCOMPARE(m_index.allMentions().size(), 46);
    }

    void officialsTable()
    {
        OfficialsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setData(m_gazetteer, m_index);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), m_gazetteer.officials().size());
        QCOMPARE(model.columnCount(), int(OfficialsModel::ColumnCount));
        // Every country of the gazetteer, once, sorted.
        QSet<QString> countries;
        for (const Official &o : m_gazetteer.officials())
            countries.insert(o.country);
        QStringList expected(countries.cbegin(), countries.cend());
        expected.sort();
        QCOMPARE(model.countries(), expected);
        QVERIFY(model.countries().contains(u"IQ"_s) && model.countries().contains(u"IR"_s));

        const int fuad = model.rowOf(u"fuad-hussein"_s);
        QVERIFY(fuad >= 0);
        QCOMPARE(model.index(fuad, OfficialsModel::NameColumn).data().toString(), u"Fuad Hussein"_s);
        QCOMPARE(model.index(fuad, OfficialsModel::CountryColumn).data().toString(), u"Iraq"_s);
        QCOMPARE(model.index(fuad, OfficialsModel::MentionsColumn).data().toInt(), 2);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setReferenceDate(QDate(2023, 1, 1));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(fuad, OfficialsModel::OfficeColumn).data().toString(), u"Foreign Minister of Iraq"_s);
        const int kadhimi = model.rowOf(u"mustafa-al-kadhimi"_s);
        QVERIFY2(model.index(kadhimi, OfficialsModel::OfficeColumn).data().toString().startsWith(u"Prime Minister of Iraq (until"_s),
                 qPrintable(model.index(kadhimi, OfficialsModel::OfficeColumn).data().toString()));
        model.setReferenceDate(QDate(2020, 5, 20));
        QCOMPARE(model.index(kadhimi, OfficialsModel::OfficeColumn).data().toString(), u"Foreign Minister of Iraq (acting)"_s);

        // Sorting in place, by mentions (numerically) and by name.
        QPersistentModelIndex keep = model.index(fuad, OfficialsModel::NameColumn);
        model.sort(OfficialsModel::MentionsColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data(OfficialsModel::IdRole).toString(), u"mustafa-al-kadhimi"_s);
        QCOMPARE(model.index(0, OfficialsModel::MentionsColumn).data().toInt(), 9);
        QCOMPARE(model.index(1, 0).data(OfficialsModel::IdRole).toString(), u"abdul-latif-rashid"_s);
        QCOMPARE(keep.data().toString(), u"Fuad Hussein"_s); // persistent indexes follow
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, OfficialsModel::MentionsColumn).data().toInt()
                    >= model.index(r, OfficialsModel::MentionsColumn).data().toInt());
        model.sort(OfficialsModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), u"Abbas Araghchi"_s);

        // Through a proxy with SortRole, as the panel does.
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(OfficialsModel::SortRole);
        proxy.sort(OfficialsModel::MentionsColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(OfficialsModel::IdRole).toString(), u"mustafa-al-kadhimi"_s);
    }

    void keywordInContext()
    {
        MentionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIndex(m_index, [](const QString &id) { return TestFixtures::bundledArticle(id).text; });
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setOfficial(u"fuad-hussein"_s);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex first = model.index(0, MentionsModel::MatchColumn);
        QCOMPARE(first.data().toString(), u"Fuad Hussein"_s);
        QCOMPARE(first.data(MentionsModel::ArticleIdRole).toString(), u"rouhani-fuad-hussein-2021"_s);
        QCOMPARE(model.index(0, MentionsModel::ArticleColumn).data().toString(),
                 u"Iran-Iraq Strong Ties Ensure Regional Security, Stability"_s);
        QVERIFY(model.index(0, MentionsModel::LeftColumn).data().toString().endsWith(u"Iraqi Foreign Minister "_s));
        QVERIFY(model.index(0, MentionsModel::RightColumn).data().toString().startsWith(u" in Tehran on Wednesday."_s));
        QCOMPARE(model.index(1, MentionsModel::MatchColumn).data().toString(), u"Hussein"_s);
        // Offsets are the gold's code points.
        QCOMPARE(first.data(MentionsModel::StartRole).toLongLong(), 433);
        QCOMPARE(first.data(MentionsModel::EndRole).toLongLong(), 445);
        // Context never holds a line break.
        for (int r = 0; r < model.rowCount(); ++r) {
            QVERIFY(!model.index(r, MentionsModel::LeftColumn).data().toString().contains(u'\n'));
            QVERIFY(!model.index(r, MentionsModel::RightColumn).data().toString().contains(u'\n'));
        }
        model.setContextLength(5);
        QCOMPARE(model.index(0, MentionsModel::LeftColumn).data().toString(), u"ster "_s);
        model.setOfficial(QString());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOfficialsModel)
#include "tst_officialsmodel.moc"
