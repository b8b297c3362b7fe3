// Tests for ArticleListModel: rows, roles, chronological sorting, signals, "same story" links.
#include "models/articlelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {
Article make(const QString &id, const QString &title, const QString &source, const QString &date)
{
    Article a;
    a.id = id;
    a.title = title;
    a.source = source;
    a.published = EdtfDate::parse(date);
    a.description = u"About "_s + title;
    a.text = u"Text of "_s + id;
    return a;
}
} // namespace

class TestArticleListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rolesAndColumns()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticles({make(u"a"_s, u"Alpha"_s, u"Paper"_s, u"2021-02-06"_s), make(u"b"_s, u"Beta"_s, QString(), u"2023-04"_s)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(ArticleListModel::PublishedColumn, Qt::Horizontal).toString(), u"Published"_s);
        QCOMPARE(model.index(0, ArticleListModel::TitleColumn).data().toString(), u"Alpha"_s);
        QCOMPARE(model.index(0, ArticleListModel::SourceColumn).data().toString(), u"Paper"_s);
        QCOMPARE(model.index(0, ArticleListModel::PublishedColumn).data().toString(), EdtfDate::parse(u"2021-02-06").toDisplayString());
        QVERIFY(!model.index(1, ArticleListModel::SourceColumn).data().toString().isEmpty()); // "(not named)"
        QCOMPARE(model.index(1, 2).data(ArticleListModel::IdRole).toString(), u"b"_s);
        const auto article = model.index(1, 0).data(ArticleListModel::ArticleRole).value<Article>();
        QCOMPARE(article.text, u"Text of b"_s);
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"About Alpha"_s));
        QCOMPARE(model.articleById(u"b"_s).title, u"Beta"_s);
        QVERIFY(model.articleById(u"zzz"_s).isNull());
    }

    void chronologicalSort_data()
    {
        QTest::addColumn<QStringList>("dates");
        QTest::addColumn<QStringList>("expectedOrder");
        QTest::newRow("day beats month text order")
            << QStringList{u"2023-07-12"_s, u"2023-04"_s, u"2021-02-06"_s} << QStringList{u"2"_s, u"1"_s, u"0"_s};
        QTest::newRow("year before a day in it, same start")
            << QStringList{u"2021"_s, u"2021-01-01"_s, u"2020"_s} << QStringList{u"2"_s, u"1"_s, u"0"_s};
        QTest::newRow("not alphabetical: months")
            << QStringList{u"2020-12"_s, u"2020-02"_s} << QStringList{u"1"_s, u"0"_s};
    }

    void chronologicalSort()
    {
        QFETCH(QStringList, dates);
        QFETCH(QStringList, expectedOrder);
        ArticleListModel model;
        ArticleList list;
        for (int i = 0; i < dates.size(); ++i)
            list << make(QString::number(i), u"T"_s, u"S"_s, dates[i]);
        model.setArticles(list);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(ArticleListModel::SortRole);
        proxy.sort(ArticleListModel::PublishedColumn, Qt::AscendingOrder);
        QStringList order;
        for (int r = 0; r < proxy.rowCount(); ++r)
            order << proxy.index(r, 0).data(ArticleListModel::IdRole).toString();
        QCOMPARE(order, expectedOrder);
    }

    void addRemoveSignals()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        model.addArticle(make(u"a"_s, u"Alpha"_s, u"P"_s, u"2020"_s));
        model.addArticle(make(u"b"_s, u"Beta"_s, u"P"_s, u"2021"_s));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 1);

        model.addArticle(make(u"a"_s, u"Alpha 2"_s, u"P"_s, u"2020"_s)); // same id: replaced
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), u"Alpha 2"_s);

        QVERIFY(model.removeArticle(u"a"_s));
        QVERIFY(!model.removeArticle(u"a"_s));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(u"b"_s), 0);

        model.setArticles({});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void sameStoryLinks()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticles({make(u"a"_s, u"Alpha"_s, u"IRNA"_s, u"2021"_s), make(u"b"_s, u"Beta"_s, u"Mehr"_s, u"2021"_s),
                           make(u"c"_s, u"Gamma"_s, QString(), u"2021"_s), make(u"d"_s, u"Delta"_s, u"ISNA"_s, u"2022"_s)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // b and c were imported after a; a link to an article the model does not hold is kept
        // out; the same pair given twice counts once.
        model.setStoryLinks({{u"b"_s, u"a"_s, 0.9}, {u"c"_s, u"a"_s, 0.6}, {u"c"_s, u"b"_s, 0.7},
                             {u"d"_s, u"gone"_s, 0.8}, {u"a"_s, u"b"_s, 0.9}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.sameStoryAs(u"a"_s), (QStringList{u"b"_s, u"c"_s})); // most similar first, either direction
        QCOMPARE(model.sameStoryAs(u"c"_s), (QStringList{u"b"_s, u"a"_s}));
        QVERIFY(model.sameStoryAs(u"d"_s).isEmpty());
        QCOMPARE(model.index(model.rowOf(u"b"_s), 0).data(ArticleListModel::SameStoryRole).toStringList(),
                 (QStringList{u"a"_s, u"c"_s}));
        const QString tip = model.index(model.rowOf(u"a"_s), ArticleListModel::TitleColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Same story as:"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"Beta (Mehr, 90 %)"_s), qPrintable(tip));
        QVERIFY(!model.index(model.rowOf(u"d"_s), 0).data(Qt::ToolTipRole).toString().contains(u"Same story"_s));
        // Articles go: their links are not offered any more.
        QVERIFY(model.removeArticle(u"b"_s));
        QCOMPARE(model.sameStoryAs(u"a"_s), QStringList{u"c"_s});
        model.setStoryLinks({});
        QVERIFY(model.sameStoryAs(u"a"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
