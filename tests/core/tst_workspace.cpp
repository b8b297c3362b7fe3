// Tests for Workspace: the one ReferenceData follows the project (opened, closed, officials
// edits with undo and redo, imported articles), meetings come from the project or the corpus,
// and every change is signalled once, in order.
#include "io/corpusloader.h"
#include "io/corpusseeder.h"
#include "io/officialsedits.h"
#include "store/project.h"
#include "workspace/workspace.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Entente;
using namespace Qt::StringLiterals;

class TestWorkspace : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    static QString corpus() { return QStringLiteral(ENTENTE_TEST_CORPUS); }

    QString seededProject()
    {
        const QString path = m_dir.filePath(u"workspace-%1.entente"_s.arg(++m_counter));
        QString error;
        if (!CorpusSeeder::createProject(path, corpus(), &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

    // A person no gazetteer knows, named by a phrase that occurs in one article only.
    static QString phrase() { return u"Baghdad International Airport"_s; }
    static Official testPerson()
    {
        Official o;
        o.id = u"entente-test-person"_s;
        o.name = u"Entente Test Person"_s;
        o.country = u"IQ"_s;
        o.aliases = {o.name, phrase()};
        return o;
    }

    static const QString &article() { static const QString id = u"rashid-al-alam-interview-2023"_s; return id; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void withoutProject()
    {
        Workspace ws;
        QSignalSpy reference(&ws, &Workspace::referenceChanged);
        QSignalSpy mentions(&ws, &Workspace::mentionsChanged);
        QSignalSpy meetings(&ws, &Workspace::meetingsChanged);
        QVERIFY(!ws.hasProject());
        QVERIFY(ws.reference().gazetteer().officials().isEmpty());
        QVERIFY2(ws.loadReferenceData(corpus()), qPrintable(ws.errorString()));
        QCOMPARE(ws.corpusDirectory(), corpus());
        QCOMPARE(reference.size(), 1);
        QCOMPARE(mentions.size(), 1);
        QCOMPARE(meetings.size(), 1);
        QCOMPARE(meetings.first().first().toBool(), true); // another source
        QVERIFY(!ws.reference().gazetteer().officials().isEmpty());
        // No project: the corpus's meetings, no stored statements.
        QVERIFY(!ws.meetings().isEmpty());
        QCOMPARE(ws.meetings(), ws.reference().meetings());
        QVERIFY(ws.statements().isEmpty());

        // Articles given by hand are indexed.
        CorpusLoader loader;
        QVERIFY(loader.load(corpus()));
        QSignalSpy articles(&ws, &Workspace::articlesChanged);
        ws.setArticles(loader.articles());
        QCOMPARE(articles.size(), 1);
        QCOMPARE(mentions.size(), 2);
        QCOMPARE(ws.articles().size(), 5);
        QCOMPARE(ws.article(article()).id, article());
        QVERIFY(ws.article(u"nope"_s).isNull());
        QVERIFY(ws.reference().mentions().articlesMentioning(u"abdul-latif-rashid"_s).contains(article()));

        // A broken corpus changes nothing.
        QTemporaryDir broken;
        QFile bad(broken.filePath(u"officials.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{ not json");
        bad.close();
        QVERIFY(!ws.loadReferenceData(broken.path()));
        QVERIFY(!ws.errorString().isEmpty());
        QCOMPARE(reference.size(), 1);
        QCOMPARE(ws.corpusDirectory(), corpus());
        QVERIFY(ws.reference().mentions().articlesMentioning(u"abdul-latif-rashid"_s).contains(article()));
    }

    // The Annotations panel's list of officials: one pass per article over every span gives
    // what asking span by span gives.
    void officialsInSpansIsTheUnionOfSpans()
    {
        Workspace ws;
        QVERIFY2(ws.loadReferenceData(corpus()), qPrintable(ws.errorString()));
        CorpusLoader loader;
        QVERIFY(loader.load(corpus()));
        ws.setArticles(loader.articles());
        QRandomGenerator random(7);
        for (int round = 0; round < 20; ++round) {
            QList<AnnotationSpan> spans;
            QSet<QString> expected;
            const int count = 1 + int(random.bounded(12));
            for (int i = 0; i < count; ++i) {
                const Article &a = loader.articles().at(random.bounded(int(loader.articles().size())));
                const qsizetype start = random.bounded(int(a.text.size()));
                const qsizetype end = std::min<qsizetype>(a.text.size(), start + 1 + random.bounded(400));
                spans.append({i + 1, a.id, start, end});
                for (const QString &id : ws.reference().officialsInSpan(a.id, start, end))
                    expected.insert(id);
            }
            QCOMPARE(ws.reference().officialsInSpans(spans), expected);
        }
        // Whole articles find someone (the test is not vacuous).
        QList<AnnotationSpan> whole;
        for (const Article &a : loader.articles())
            whole.append({0, a.id, 0, a.text.size()});
        QVERIFY(ws.reference().officialsInSpans(whole).size() >= 5);
    }

    void followsTheProject()
    {
        const QString path = seededProject();
        Workspace ws;
        QVERIFY(ws.loadReferenceData(corpus()));
        const ReferenceData *reference = &ws.reference();
        QSignalSpy articles(&ws, &Workspace::articlesChanged);
        QSignalSpy mentions(&ws, &Workspace::mentionsChanged);
        QSignalSpy meetings(&ws, &Workspace::meetingsChanged);
        QSignalSpy statements(&ws, &Workspace::statementsChanged);
        // Whoever follows the project's opened() finds the workspace up to date already.
        qsizetype articlesSeenOnOpen = -1;
        connect(ws.project(), &Project::opened, this, [&] { articlesSeenOnOpen = ws.articles().size(); });

        QVERIFY2(ws.project()->open(path), qPrintable(ws.project()->errorString()));
        QVERIFY(ws.hasProject());
        QCOMPARE(articlesSeenOnOpen, 5);
        QCOMPARE(articles.size(), 1);
        QCOMPARE(mentions.size(), 1);
        QCOMPARE(meetings.size(), 1);
        QCOMPARE(meetings.first().first().toBool(), true);
        QCOMPARE(statements.size(), 1);
        QCOMPARE(ws.articles().size(), 5);
        QCOMPARE(ws.meetings().size(), ws.project()->meetings().size());
        QCOMPARE(ws.statements().size(), ws.project()->statements().size());
        QVERIFY(!ws.statements().isEmpty());
        QVERIFY(ws.reference().mentions().articlesMentioning(u"abdul-latif-rashid"_s).contains(article()));

        // A meeting edit: the project's meetings, range kept.
        MeetingRecord m = ws.project()->meetings().first();
        m.id = 0;
        m.slug = u"another-one"_s;
        QVERIFY(ws.project()->addMeeting(m) != 0);
        QCOMPARE(meetings.size(), 2);
        QCOMPARE(meetings.last().first().toBool(), false);
        QCOMPARE(ws.meetings().size(), ws.project()->meetings().size());

        // Closing: no articles, the corpus's meetings again.
        ws.project()->close();
        QVERIFY(!ws.hasProject());
        QVERIFY(ws.articles().isEmpty());
        QCOMPARE(ws.meetings(), ws.reference().meetings());
        QVERIFY(ws.statements().isEmpty());
        QVERIFY(ws.reference().mentions().articlesMentioning(u"abdul-latif-rashid"_s).isEmpty());
        QCOMPARE(articles.size(), 2);
        QCOMPARE(&ws.reference(), reference); // one object throughout
    }

    void officialsEditsUndoRedo()
    {
        const QString path = seededProject();
        Workspace ws;
        QVERIFY(ws.loadReferenceData(corpus()));
        QVERIFY(ws.project()->open(path));
        QSignalSpy reference(&ws, &Workspace::referenceChanged);
        QSignalSpy mentions(&ws, &Workspace::mentionsChanged);
        QSignalSpy meetings(&ws, &Workspace::meetingsChanged);
        const QString id = testPerson().id;
        QVERIFY(!ws.reference().gazetteer().official(id));

        QVERIFY(ws.project()->addOfficialsEdit(OfficialsEdits::addPersonRecord(testPerson(), OfficialsEdits::Script::Latin)) != 0);
        QCOMPARE(reference.size(), 1);
        QCOMPARE(mentions.size(), 1);
        QCOMPARE(meetings.size(), 1);
        QVERIFY(ws.reference().gazetteer().official(id));
        QCOMPARE(ws.reference().mentions().articlesMentioning(id), QStringList{article()});
        const QString text = ws.article(article()).text;
        const qsizetype at = QStringView(text).left(text.indexOf(phrase())).toUcs4().size();
        QCOMPARE(ws.reference().officialsInSpan(article(), at, at + phrase().size()), QStringList{id});

        ws.project()->undoStack()->undo();
        QCOMPARE(reference.size(), 2);
        QCOMPARE(mentions.size(), 2);
        QVERIFY(!ws.reference().gazetteer().official(id));
        QVERIFY(ws.reference().officialsInSpan(article(), at, at + phrase().size()).isEmpty());

        ws.project()->undoStack()->redo();
        QCOMPARE(reference.size(), 3);
        QCOMPARE(ws.reference().officialsInSpan(article(), at, at + phrase().size()), QStringList{id});

        // An edit that no longer applies is reported, the others still apply.
        QSignalSpy failed(&ws, &Workspace::officialsEditsFailed);
        QVERIFY(ws.project()->addOfficialsEdit(OfficialsEdits::addAliasRecord(u"nobody-at-all"_s, u"Nobody"_s)) != 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.first().first().toStringList().isEmpty());
        QCOMPARE(ws.officialsEditErrors(), failed.first().first().toStringList());
        QVERIFY(ws.reference().gazetteer().official(id));
    }

    void importedArticleIsIndexed()
    {
        const QString path = seededProject();
        Workspace ws;
        QVERIFY(ws.loadReferenceData(corpus()));
        QVERIFY(ws.project()->open(path));
        QSignalSpy articles(&ws, &Workspace::articlesChanged);
        QSignalSpy mentions(&ws, &Workspace::mentionsChanged);
        Article a;
        a.id = u"new-one"_s;
        a.title = u"New"_s;
        a.language = u"en"_s;
        a.text = u"Abdul Latif Rashid spoke."_s;
        a.published = EdtfDate::parse(u"2021-05-01");
        QVERIFY2(ws.project()->importArticle(a), qPrintable(ws.project()->errorString()));
        QCOMPARE(articles.size(), 1);
        QCOMPARE(mentions.size(), 1);
        QCOMPARE(ws.articles().size(), 6);
        QVERIFY(ws.reference().mentions().articlesMentioning(u"abdul-latif-rashid"_s).contains(u"new-one"_s));
    }

    // A project of more articles than are indexed at once: the list is there at once (without
    // texts), the mentions come from the worker with progress, and match what indexing the
    // same articles directly finds. Closing during a run drops it.
    void bigProjectIndexedInTheBackground()
    {
        const QString path = m_dir.filePath(u"big-%1.entente"_s.arg(++m_counter));
        const int count = Workspace::SynchronousIndexLimit + 50;
        {
            ProjectContents c;
            CorpusLoader loader;
            QVERIFY(loader.load(corpus()));
            const ArticleList bundled = loader.articles();
            for (int i = 0; i < count; ++i) {
                Article a = bundled.at(i % bundled.size());
                a.id = u"copy-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
                c.articles.append(a);
            }
            Project p;
            QVERIFY(p.create(path));
            QVERIFY(p.importContents(c));
        }
        Workspace ws;
        QVERIFY(ws.loadReferenceData(corpus()));
        QSignalSpy progress(&ws, &Workspace::indexingProgress);
        QSignalSpy mentions(&ws, &Workspace::mentionsChanged);
        QVERIFY(ws.project()->open(path));
        QCOMPARE(ws.articles().size(), count);
        QVERIFY(ws.articles().constFirst().text.isEmpty());
        QVERIFY(!ws.article(u"copy-0001"_s).text.isEmpty());
        QCOMPARE(ws.articleText(u"copy-0001"_s), ws.article(u"copy-0001"_s).text);
        QVERIFY(!ws.mentionsReady());
        QVERIFY(ws.reference().mentions().articles().isEmpty()); // the old file's are gone
        const qsizetype before = mentions.size();
        QTRY_VERIFY_WITH_TIMEOUT(ws.mentionsReady(), 60000);
        QCOMPARE(mentions.size(), before + 1);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), count);
        QCOMPARE(progress.last().at(1).toInt(), count);

        MentionIndex direct;
        direct.build(ws.project()->articlesWithText(), ws.reference().matcher());
        const MentionIndex &indexed = ws.reference().mentions();
        QCOMPARE(indexed.articles().size(), count);
        for (const Official &o : ws.reference().gazetteer().officials()) {
            QCOMPARE(indexed.count(o.id), direct.count(o.id));
            QCOMPARE(indexed.articlesMentioning(o.id), direct.articlesMentioning(o.id));
        }
        QVERIFY(indexed.count(u"abdul-latif-rashid"_s) > 0);
        QVERIFY(indexed.articles().constFirst().text.isEmpty()); // no texts kept

        // Reopened and closed at once: the run is dropped, nothing stale comes in later.
        ws.project()->close();
        QVERIFY(ws.project()->open(path));
        ws.project()->close();
        QVERIFY(ws.mentionsReady());
        QTest::qWait(500);
        QVERIFY(ws.reference().mentions().articles().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
