// TagQueries::meetingsWithTag: which meetings a tag touches through their evidence.
#include "io/corpusseeder.h"
#include "fixtures.h"
#include "io/corpusloader.h"
#include "io/meetingsloader.h"
#include "store/project.h"
#include "store/tagqueries.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;

class TestTagQueries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void meetingsWithTag();

private:
    QTemporaryDir m_dir;
    MeetingList m_meetings;
};

void TestTagQueries::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_meetings = TestFixtures::bundledMeetings();
    QVERIFY(!m_meetings.isEmpty());
}

void TestTagQueries::meetingsWithTag()
{
    const QString path = m_dir.filePath(QStringLiteral("q.entente"));
    const QString error = TestFixtures::createBundledProject(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Project p;
    QVERIFY(p.open(path));
    const QString rouhani = QStringLiteral("rouhani-fuad-hussein-2021");
    const Article a = p.article(rouhani);
    const QString evidence = QStringLiteral("in a meeting with Iraqi Foreign Minister Fuad Hussein in Tehran on Wednesday");
    const qsizetype at = QStringView(a.text).toUcs4().size() - QStringView(a.text.mid(a.text.indexOf(evidence))).toUcs4().size();
    QVERIFY(a.text.indexOf(evidence) > 0);

    const qint64 parent = p.ensureTagPath(QStringLiteral("diplomacy"));
    const qint64 visits = p.ensureTagPath(QStringLiteral("diplomacy/visits"));
    const qint64 unused = p.ensureTagPath(QStringLiteral("unused"));
    QCOMPARE(TagQueries::meetingsWithTag(p, m_meetings, visits), QSet<QString>{});

    // A passage overlapping the evidence quote of the Rouhani meeting.
    QVERIFY(p.addAnnotation(rouhani, at + 5, at + 40, {visits}));
    QCOMPARE(TagQueries::meetingsWithTag(p, m_meetings, visits), QSet<QString>{rouhani});
    // The parent tag includes its sub-tags.
    QCOMPARE(TagQueries::meetingsWithTag(p, m_meetings, parent), QSet<QString>{rouhani});
    QCOMPARE(TagQueries::meetingsWithTag(p, m_meetings, unused), QSet<QString>{});

    // A passage elsewhere in the same article touches no meeting: only evidence counts.
    const qint64 elsewhere = p.ensureTagPath(QStringLiteral("elsewhere"));
    QVERIFY(p.addAnnotation(rouhani, 0, 4, {elsewhere}));
    QCOMPARE(TagQueries::meetingsWithTag(p, m_meetings, elsewhere), QSet<QString>{});

    // A whole-article tag touches every meeting reported in that article.
    QVERIFY(p.tagArticle(QStringLiteral("kazimi-iranian-journalists-2021"), unused));
    QCOMPARE(TagQueries::meetingsWithTag(p, m_meetings, unused), QSet<QString>{QStringLiteral("kadhimi-iranian-journalists-2021")});

    // Lifting the article tag lifts the match.
    QVERIFY(p.untagArticle(QStringLiteral("kazimi-iranian-journalists-2021"), unused));
    QCOMPARE(TagQueries::meetingsWithTag(p, m_meetings, unused), QSet<QString>{});
}

QTEST_GUILESS_MAIN(TestTagQueries)
#include "tst_tagqueries.moc"
