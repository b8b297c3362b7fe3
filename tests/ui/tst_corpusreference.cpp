// One ReferenceData for the window: a --corpus with an officials.json of its own (here the
// bundled corpus plus a person the bundled gazetteer cannot know, named by a phrase that occurs
// in one article) drives the reader's highlighting, the Officials panel, the Annotations panel's
// official filter and the CSV export's `officials` column alike.
#include "io/annotationexporter.h"
#include "io/referencedata.h"
#include "mainwindow.h"
#include "models/annotationsmodel.h"
#include "officials/officialspanel.h"
#include "projectcontroller.h"
#include "reader/articleview.h"
#include "reader/readerarea.h"
#include "settings.h"
#include "store/project.h"
#include "tags/annotationofficialfilter.h"
#include "tags/annotationspanel.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

class TestCorpusReference : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_id = u"entente-test-person"_s;
    const QString m_name = u"Entente Test Person"_s;
    const QString m_phrase = u"Baghdad International Airport"_s;
    const QString m_article = u"rashid-al-alam-interview-2023"_s;

    static bool copy(const QString &from, const QString &to)
    {
        QDir().mkpath(QFileInfo(to).absolutePath());
        return QFile::copy(from, to);
    }

    // The bundled corpus with its own officials.json: the bundled people plus one more.
    QString makeCorpus()
    {
        const QDir source(QStringLiteral(ENTENTE_TEST_CORPUS));
        const QDir target(m_dir.filePath(u"own-officials"_s));
        bool ok = copy(source.filePath(u"corpus.json"_s), target.filePath(u"corpus.json"_s))
            && copy(source.filePath(u"meetings.json"_s), target.filePath(u"meetings.json"_s));
        for (const QString &name : QDir(source.filePath(u"articles"_s)).entryList({u"*.txt"_s}, QDir::Files))
            ok = ok && copy(source.filePath(u"articles/"_s + name), target.filePath(u"articles/"_s + name));
        QFile in(source.filePath(u"officials.json"_s));
        if (!ok || !in.open(QIODevice::ReadOnly))
            return {};
        QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
        QJsonArray officials = root.value(u"officials"_s).toArray();
        officials.append(QJsonObject{{u"id"_s, m_id},
                                     {u"name"_s, m_name},
                                     {u"country"_s, u"IQ"_s},
                                     {u"aliases"_s, QJsonArray{m_name, m_phrase}},
                                     {u"offices"_s, QJsonArray{QJsonObject{{u"title"_s, u"Test Officer of Iraq"_s},
                                                                           {u"from"_s, u"2014-07"_s},
                                                                           {u"to"_s, u"2024-07"_s}}}}});
        root.insert(u"officials"_s, officials);
        QFile out(target.filePath(u"officials.json"_s));
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(QJsonDocument(root).toJson());
        return target.path();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::setEnabled(false);
        QVERIFY(m_dir.isValid());
    }

    void ownGazetteerEverywhere()
    {
        const QString corpus = makeCorpus();
        QVERIFY(!corpus.isEmpty());
        MainWindow window;
        window.resize(1300, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(!window.referenceData().gazetteer().official(m_id), "the bundled gazetteer must not know the person");
        QVERIFY(window.referenceData().mentions().articlesMentioning(m_id).isEmpty());

        // What `entente --corpus DIR` does: that corpus's reference data, a temporary project.
        QVERIFY2(window.workspace()->loadReferenceData(corpus), qPrintable(window.workspace()->errorString()));
        QString error;
        QVERIFY2(window.projectController()->openTemporaryProject(corpus, &error), qPrintable(error));
        const ReferenceData &reference = window.referenceData();
        QVERIFY(reference.gazetteer().official(m_id));
        QCOMPARE(reference.mentions().articlesMentioning(m_id), QStringList{m_article});

        // The reader highlights the person.
        QVERIFY(window.openArticle(m_article, false));
        ArticleView *view = window.readerArea()->currentPane();
        QVERIFY(view);
        const QString text = view->article().text;
        const int u16 = int(text.indexOf(m_phrase));
        QVERIFY(u16 > 0);
        QTRY_VERIFY2(view->toolTipAt(u16 + 2).contains(m_name), qPrintable(view->toolTipAt(u16 + 2)));

        // The Officials panel lists the person with the article, from the same index.
        QCOMPARE(&window.officialsPanel()->mentionIndex(), &reference.mentions());
        QCOMPARE(window.officialsPanel()->mentionIndex().articlesMentioning(m_id), QStringList{m_article});

        // An annotation over the name: the Annotations panel's official filter knows the person.
        Project *project = window.workspace()->project();
        const qsizetype at = QStringView(text).left(u16).toUcs4().size();
        const qint64 tag = project->ensureTagPath(u"people"_s);
        const qint64 annotation = project->addAnnotation(m_article, at, at + m_phrase.size(), {tag});
        QVERIFY(annotation);
        const qint64 other = project->addAnnotation(m_article, 0, 10, {tag});
        QVERIFY(other);
        AnnotationsPanel *panel = window.annotationsPanel();
        QTRY_VERIFY(panel->officialFilter()->findData(m_id) > 0);
        panel->filterByOfficial(m_id);
        QCOMPARE(panel->viewModel()->rowCount(), 1);
        QCOMPARE(panel->viewModel()->index(0, 0).data(AnnotationsModel::AnnotationIdRole).toLongLong(), annotation);
        panel->filterByOfficial(QString());

        // The CSV export's officials column.
        AnnotationExporter exporter(project);
        exporter.setOfficialsProvider(reference.officialsProvider());
        const qsizetype officialsColumn = AnnotationExporter::columns().indexOf(u"officials"_s);
        const qsizetype idColumn = AnnotationExporter::columns().indexOf(u"annotation_id"_s);
        QVERIFY(officialsColumn >= 0);
        QVERIFY(idColumn >= 0);
        bool found = false;
        for (const QStringList &row : exporter.rows()) {
            if (row.value(idColumn) == QString::number(annotation)) {
                QCOMPARE(row.value(officialsColumn), m_id);
                found = true;
            }
        }
        QVERIFY(found);
    }
};

QTEST_MAIN(TestCorpusReference)
#include "tst_corpusreference.moc"
