// TimelineDock's tag filter, driven from its toolbar: only meetings whose evidence a tag
// touches, kept up to date as passages are tagged.
#include "io/corpusseeder.h"
#include "io/corpusloader.h"
#include "io/meetingsloader.h"
#include "models/meetingsmodel.h"
#include "store/project.h"
#include "timeline/timelinedock.h"
#include "timeline/timelineview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;

class TestTimelineDock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tagFilter();
};

void TestTimelineDock::tagFilter()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    CorpusLoader corpus;
    QVERIFY(corpus.load(QStringLiteral(ENTENTE_TEST_CORPUS)));
    MeetingsLoader loader;
    loader.setArticles(corpus.articles());
    QVERIFY(loader.load(MeetingsLoader::meetingsFile(QStringLiteral(ENTENTE_TEST_CORPUS))));
    const int all = int(loader.meetings().size());

    const QString path = dir.filePath(QStringLiteral("t.entente"));
    QString error;
    QVERIFY2(CorpusSeeder::createProject(path, QStringLiteral(ENTENTE_TEST_CORPUS), &error), qPrintable(error));
    Project project;
    QVERIFY(project.open(path));
    const qint64 tag = project.ensureTagPath(QStringLiteral("zz-evidence"));

    TimelineDock dock;
    dock.setMeetings(loader.meetings(), {});
    dock.setProject(&project);
    dock.resize(1200, 300);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QAbstractItemModel *shown = dock.view()->model();
    QAbstractItemModelTester tester(shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(shown->rowCount(), all);

    auto *combo = dock.findChild<QComboBox *>(QStringLiteral("timelineTagFilter"));
    QVERIFY(combo);
    QVERIFY(combo->findData(tag) > 0);
    combo->setFocus();
    QTest::keyClicks(combo, QStringLiteral("zz"));
    QCOMPARE(combo->currentData().toLongLong(), tag);
    QCOMPARE(shown->rowCount(), 0); // nothing tagged yet

    // Tag a passage inside the evidence of the Khamenei–Rashid meeting: it (and the visit it
    // belongs to, which cites the same passage's article) appears, live.
    const Article a = project.article(QStringLiteral("khamenei-rashid-2023"));
    const qsizetype at = a.text.indexOf(QStringLiteral("Today, in a meeting with Mr Abdul Latif Rashid"));
    QVERIFY(at >= 0); // BMP-only text: UTF-16 index == code points
    QVERIFY(project.addAnnotation(a.id, at, at + 20, {tag}));
    QVERIFY(shown->rowCount() >= 1);
    QStringList ids;
    for (int r = 0; r < shown->rowCount(); ++r)
        ids << shown->index(r, 0).data(MeetingsModel::IdRole).toString();
    QVERIFY2(ids.contains(QStringLiteral("khamenei-rashid-2023")), qPrintable(ids.join(u',')));
    QVERIFY(!ids.contains(QStringLiteral("rouhani-fuad-hussein-2021")));

    // Back to "Any tag": every meeting again.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    QCOMPARE(combo->currentData().toLongLong(), 0);
    QCOMPARE(shown->rowCount(), all);
}

QTEST_MAIN(TestTimelineDock)
#include "tst_timelinedock.moc"
