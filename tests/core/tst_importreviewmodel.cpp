// ImportReviewModel: the review table of a bulk import. Columns and what they show (duplicates,
// the file and its place, problems), editing one cell and many rows at once, dates and
// languages refused when invalid, ticking, the counts of the summary line, and edits carried
// over to a new scan.
#include "models/importreviewmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

ImportItem item(const QString &id, const QString &title, const QString &date = QString())
{
    ImportItem i;
    i.file = u"/data/in/"_s + id + u".html"_s;
    i.format = u"html"_s;
    i.id = id;
    i.title = title;
    i.published = EdtfDate::parse(date);
    i.outlet = u"Tehran Times"_s;
    i.language = u"en"_s;
    i.characters = 1200;
    return i;
}

// Five rows: new, new from a spreadsheet row, a near-duplicate, an exact duplicate, one with
// problems.
QList<ImportItem> sample()
{
    ImportItem table = item(u"talks-resume"_s, u"Talks resume"_s, u"2021-06"_s);
    table.file = u"/data/in/wire.csv"_s;
    table.format = u"csv"_s;
    table.locator = u"row 3"_s;
    ImportItem near = item(u"envoy-in-baghdad-2"_s, u"Envoy in Baghdad"_s, u"2021-02-07"_s);
    near.duplicateOf = u"envoy-in-baghdad"_s;
    near.near = true;
    near.similarity = 0.874;
    ImportItem exact = item(u"envoy-copy"_s, u"Envoy in Baghdad (copy)"_s);
    exact.duplicateOf = u"envoy-in-baghdad"_s;
    exact.similarity = 1;
    exact.include = false;
    ImportItem odd = item(u"odd"_s, u"وزير الخارجية في طهران"_s, u"2020"_s);
    odd.language = u"ar"_s;
    odd.problems = {u"no date found"_s, u"the text looks cut off"_s};
    return {item(u"envoy-in-baghdad"_s, u"Envoy in Baghdad"_s, u"2021-02-06"_s), table, near, exact, odd};
}

QModelIndexList rowsOf(const ImportReviewModel &model, std::initializer_list<int> rows, int column = 0)
{
    QModelIndexList indexes;
    for (const int r : rows)
        indexes << model.index(r, column);
    return indexes;
}

} // namespace

class TestImportReviewModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columnsShowTheItems()
    {
        ImportReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(sample());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(ImportReviewModel::ColumnCount));
        QCOMPARE(model.headerData(ImportReviewModel::DuplicateColumn, Qt::Horizontal).toString(), u"Duplicate of"_s);
        QCOMPARE(model.index(0, ImportReviewModel::TitleColumn).data().toString(), u"Envoy in Baghdad"_s);
        QCOMPARE(model.index(0, ImportReviewModel::DateColumn).data().toString(), u"2021-02-06"_s);
        QCOMPARE(model.index(0, ImportReviewModel::OutletColumn).data().toString(), u"Tehran Times"_s);
        QCOMPARE(model.index(0, ImportReviewModel::FormatColumn).data().toString(), u"html"_s);
        QCOMPARE(model.index(0, ImportReviewModel::FileColumn).data().toString(), u"envoy-in-baghdad.html"_s);
        QCOMPARE(model.index(0, ImportReviewModel::FileColumn).data(Qt::ToolTipRole).toString(), u"/data/in/envoy-in-baghdad.html"_s);
        QCOMPARE(model.index(1, ImportReviewModel::FileColumn).data().toString(), u"wire.csv, row 3"_s);
        QCOMPARE(model.index(0, ImportReviewModel::DuplicateColumn).data().toString(), QString());
        QCOMPARE(model.index(2, ImportReviewModel::DuplicateColumn).data().toString(), u"same story as envoy-in-baghdad (87 %)"_s);
        QCOMPARE(model.index(3, ImportReviewModel::DuplicateColumn).data().toString(), u"exact: envoy-in-baghdad"_s);
        QCOMPARE(model.index(2, 0).data(ImportReviewModel::DuplicateKindRole).toInt(), 1);
        QCOMPARE(model.index(3, 0).data(ImportReviewModel::DuplicateKindRole).toInt(), 2);
        QCOMPARE(model.index(4, ImportReviewModel::ProblemsColumn).data().toString(), u"no date found; the text looks cut off"_s);
        QCOMPARE(model.index(4, ImportReviewModel::ProblemsColumn).data(Qt::ToolTipRole).toString(),
                 u"no date found\nthe text looks cut off"_s);
        QCOMPARE(model.index(4, ImportReviewModel::DateColumn).data(Qt::ToolTipRole).toString(),
                 EdtfDate::fromYear(2020).toDisplayString());
        QCOMPARE(model.index(1, 0).data(ImportReviewModel::KeyRole).toString(), u"/data/in/wire.csv\x1frow 3"_s);
        // The exact duplicate starts unticked, the rest ticked.
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.index(2, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.index(3, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        // What can be edited.
        QVERIFY(model.flags(model.index(0, ImportReviewModel::ImportColumn)) & Qt::ItemIsUserCheckable);
        for (const int c : {ImportReviewModel::TitleColumn, ImportReviewModel::DateColumn, ImportReviewModel::OutletColumn,
                            ImportReviewModel::LanguageColumn})
            QVERIFY(model.flags(model.index(0, c)) & Qt::ItemIsEditable);
        for (const int c : {ImportReviewModel::ImportColumn, ImportReviewModel::FormatColumn, ImportReviewModel::FileColumn,
                            ImportReviewModel::DuplicateColumn, ImportReviewModel::ProblemsColumn})
            QVERIFY(!(model.flags(model.index(0, c)) & Qt::ItemIsEditable));
    }

    void editOneCell()
    {
        ImportReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(sample());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(0, ImportReviewModel::TitleColumn), u"  Envoy arrives in Baghdad "_s));
        QCOMPARE(model.items().at(0).title, u"Envoy arrives in Baghdad"_s);
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.setData(model.index(0, ImportReviewModel::DateColumn), u"2021-02?"_s));
        QCOMPARE(model.items().at(0).published, EdtfDate::parse(u"2021-02?"));
        QCOMPARE(model.index(0, ImportReviewModel::DateColumn).data(Qt::EditRole).toString(), u"2021-02?"_s);
        QVERIFY(model.setData(model.index(0, ImportReviewModel::OutletColumn), u"IRNA"_s));
        QCOMPARE(model.items().at(0).outlet, u"IRNA"_s);
        QVERIFY(model.setData(model.index(0, ImportReviewModel::LanguageColumn), u"FA"_s));
        QCOMPARE(model.items().at(0).language, u"fa"_s);
        // An empty date is "undated", not an error.
        QVERIFY(model.setData(model.index(1, ImportReviewModel::DateColumn), QString()));
        QVERIFY(!model.items().at(1).published.isValid());
        // Not editable: the file, the format, the duplicate, the problems.
        QVERIFY(!model.setData(model.index(0, ImportReviewModel::FileColumn), u"x"_s));
        QVERIFY(!model.setData(model.index(0, ImportReviewModel::DuplicateColumn), u"x"_s));
        QCOMPARE(model.items().at(0).file, u"/data/in/envoy-in-baghdad.html"_s);
    }

    void invalidValuesAreRefused_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("value");
        QTest::newRow("not a date") << int(ImportReviewModel::DateColumn) << u"yesterday"_s;
        QTest::newRow("day 31 of February") << int(ImportReviewModel::DateColumn) << u"2021-02-31"_s;
        QTest::newRow("month 13") << int(ImportReviewModel::DateColumn) << u"2021-13"_s;
        QTest::newRow("empty title") << int(ImportReviewModel::TitleColumn) << u"   "_s;
        QTest::newRow("language name") << int(ImportReviewModel::LanguageColumn) << u"Persian language"_s;
    }

    void invalidValuesAreRefused()
    {
        QFETCH(int, column);
        QFETCH(QString, value);
        ImportReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(sample());
        const QList<ImportItem> before = model.items();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(!ImportReviewModel::problemWith(column, value).isEmpty());
        QVERIFY(!model.setData(model.index(0, column), value));
        QCOMPARE(model.setForRows(rowsOf(model, {0, 1, 2}), column, value), 0);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(model.items().at(0).title, before.at(0).title);
        QCOMPARE(model.items().at(0).published, before.at(0).published);
        QCOMPARE(model.items().at(0).language, before.at(0).language);
        QVERIFY(model.edits().isEmpty());
    }

    void bulkSet()
    {
        ImportReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(sample());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // Several indexes of one row (a row selection gives one per column) count once, and
        // rows 0-2 are one run: one signal for them, one for row 4.
        QModelIndexList rows = rowsOf(model, {0, 1, 2, 4});
        rows << model.index(1, ImportReviewModel::TitleColumn) << model.index(2, ImportReviewModel::ProblemsColumn);
        QCOMPARE(model.setForRows(rows, ImportReviewModel::OutletColumn, u"Al-Monitor"_s), 4);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, ImportReviewModel::OutletColumn));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(2, ImportReviewModel::OutletColumn));
        QCOMPARE(changed.at(1).at(0).value<QModelIndex>(), model.index(4, ImportReviewModel::OutletColumn));
        for (const int r : {0, 1, 2, 4})
            QCOMPARE(model.items().at(r).outlet, u"Al-Monitor"_s);
        QCOMPARE(model.items().at(3).outlet, u"Tehran Times"_s); // not selected
        // Setting what is there already changes nothing and says nothing.
        changed.clear();
        QCOMPARE(model.setForRows(rowsOf(model, {0, 1}), ImportReviewModel::OutletColumn, u"Al-Monitor"_s), 0);
        QCOMPARE(changed.size(), 0);
        // Language and date for many rows.
        QCOMPARE(model.setForRows(rowsOf(model, {3, 4}), ImportReviewModel::LanguageColumn, u"ar"_s), 1); // 4 is "ar" already
        QCOMPARE(model.items().at(3).language, u"ar"_s);
        QCOMPARE(model.setForRows(rowsOf(model, {0, 1}), ImportReviewModel::DateColumn, u"2021~"_s), 2);
        QCOMPARE(model.items().at(1).published, EdtfDate::parse(u"2021~"));
        // A column that is not editable is refused as a whole.
        QCOMPARE(model.setForRows(rowsOf(model, {0}), ImportReviewModel::FileColumn, u"x"_s), 0);
        // The edits are remembered by key.
        QCOMPARE(model.edits().size(), 5);
        QCOMPARE(model.edits().value(model.items().at(1).key()).value(ImportReviewModel::OutletColumn).toString(), u"Al-Monitor"_s);
        QCOMPARE(model.edits().value(model.items().at(1).key()).value(ImportReviewModel::DateColumn).toString(), u"2021~"_s);
    }

    void ticking()
    {
        ImportReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(sample());
        ImportReviewModel::Counts c = model.counts();
        QCOMPARE(c.rows, 5);
        QCOMPARE(c.included, 4);
        QCOMPARE(c.fresh, 3);
        QCOMPARE(c.nearLinked, 1);
        QCOMPARE(c.exactOmitted, 1);
        QCOMPARE(c.omitted, 0);

        QSignalSpy counts(&model, &ImportReviewModel::countsChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(!model.items().at(1).include);
        QCOMPARE(counts.size(), 1);
        // The whole row changes look (greyed), so the signal spans it.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(1, 0));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(1, ImportReviewModel::ColumnCount - 1));
        // Ticking goes through CheckStateRole only: EditRole on the Import column is refused.
        QVERIFY(!model.setData(model.index(1, 0), Qt::Checked, Qt::EditRole));
        QVERIFY(!model.items().at(1).include);
        // The user may import an exact duplicate after all.
        QVERIFY(model.setData(model.index(3, 0), Qt::Checked, Qt::CheckStateRole));
        c = model.counts();
        QCOMPARE(c.included, 4);
        QCOMPARE(c.fresh, 2);
        QCOMPARE(c.exactIncluded, 1);
        QCOMPARE(c.exactOmitted, 0);
        QCOMPARE(c.omitted, 1);
        // In bulk: leave out rows 0 and 2, with a bool.
        QCOMPARE(model.setForRows(rowsOf(model, {0, 2}), ImportReviewModel::ImportColumn, false), 2);
        QCOMPARE(model.counts().included, 2);
        QVERIFY(!model.items().at(0).include);
        QVERIFY(!model.items().at(2).include);
    }

    void sortsNaturally()
    {
        ImportReviewModel model;
        model.setItems(sample());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ImportReviewModel::SortRole);
        proxy.sort(ImportReviewModel::DateColumn);
        // Undated first, then by earliest day: 2020, 6 and 7 February 2021, June 2021.
        QStringList order;
        for (int r = 0; r < proxy.rowCount(); ++r)
            order << proxy.index(r, ImportReviewModel::FileColumn).data().toString();
        QCOMPARE(order, (QStringList{u"envoy-copy.html"_s, u"odd.html"_s, u"envoy-in-baghdad.html"_s,
                                     u"envoy-in-baghdad-2.html"_s, u"wire.csv, row 3"_s}));
        proxy.sort(ImportReviewModel::DuplicateColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(ImportReviewModel::DuplicateKindRole).toInt(), 2);
        QCOMPARE(proxy.index(1, 0).data(ImportReviewModel::DuplicateKindRole).toInt(), 1);
    }

    void editsCarryOverToANewScan()
    {
        ImportReviewModel model;
        model.setItems(sample());
        model.setData(model.index(1, ImportReviewModel::TitleColumn), u"Talks resume in Vienna"_s);
        model.setData(model.index(4, 0), Qt::Unchecked, Qt::CheckStateRole);
        const ImportReviewModel::Edits edits = model.edits();
        // The new scan found the rows in another order, one of them gone.
        QList<ImportItem> again = sample();
        again.removeAt(0);
        std::reverse(again.begin(), again.end());
        ImportReviewModel next;
        QAbstractItemModelTester tester(&next, QAbstractItemModelTester::FailureReportingMode::QtTest);
        next.setItems(again);
        next.applyEdits(edits);
        QCOMPARE(next.items().at(3).title, u"Talks resume in Vienna"_s);
        QVERIFY(!next.items().at(0).include); // "odd", now first
        QCOMPARE(next.items().at(1).title, u"Envoy in Baghdad (copy)"_s);
        QCOMPARE(next.edits(), edits);
    }
};

QTEST_GUILESS_MAIN(TestImportReviewModel)
#include "tst_importreviewmodel.moc"
