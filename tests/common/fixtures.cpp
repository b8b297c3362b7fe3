#include "fixtures.h"

#include "io/corpusloader.h"
#include "io/corpusseeder.h"
#include "io/gazetteerreader.h"
#include "io/meetingsloader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Entente::TestFixtures {

QString corpusDirectory()
{
    return QStringLiteral(ENTENTE_TEST_CORPUS);
}

const ArticleList &bundledArticles()
{
    static const ArticleList articles = [] {
        CorpusLoader loader;
        if (!loader.load(corpusDirectory()))
            qFatal("bundled corpus: %s", qPrintable(loader.errorString()));
        return loader.articles();
    }();
    return articles;
}

const Article &bundledArticle(const QString &id)
{
    for (const Article &a : bundledArticles()) {
        if (a.id == id)
            return a;
    }
    qFatal("no bundled article '%s'", qPrintable(id));
}

const Gazetteer &bundledGazetteer()
{
    static const Gazetteer gazetteer = [] {
        Gazetteer g;
        QString error;
        if (!GazetteerReader::readFile(QDir(corpusDirectory()).filePath(QStringLiteral("officials.json")), &g, &error))
            qFatal("bundled gazetteer: %s", qPrintable(error));
        return g;
    }();
    return gazetteer;
}

const MeetingList &bundledMeetings()
{
    static const MeetingList meetings = [] {
        MeetingsLoader loader;
        loader.setArticles(bundledArticles());
        if (!loader.load(MeetingsLoader::meetingsFile(corpusDirectory())))
            qFatal("bundled meetings: %s", qPrintable(loader.errorString()));
        return loader.meetings();
    }();
    return meetings;
}

QString createBundledProject(const QString &path)
{
    QString error;
    if (!CorpusSeeder::createProject(path, corpusDirectory(), &error))
        return error.isEmpty() ? QStringLiteral("could not create %1").arg(path) : error;
    return QString();
}

bool copyBundledCorpus(const QString &directory)
{
    const QDir source(corpusDirectory());
    QDirIterator it(source.absolutePath(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = QDir(directory).filePath(source.relativeFilePath(from));
        if (!QDir().mkpath(QFileInfo(to).absolutePath()) || !QFile::copy(from, to))
            return false;
    }
    return true;
}

QString damageTable(const QString &path, const QString &table)
{
    int pageSize = 0, rootPage = 0;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damager"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
                pageSize = q.value(0).toInt();
            q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
            q.addBindValue(table);
            if (q.exec() && q.next())
                rootPage = q.value(0).toInt();
            q.finish();
        } else {
            error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damager"));
    if (pageSize <= 0 || rootPage <= 1)
        return error.isEmpty() ? QStringLiteral("no table %1 in %2").arg(table, path) : error;
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(qint64(rootPage - 1) * pageSize) || f.write(QByteArray(1, '\x7f')) != 1)
        return f.errorString();
    return {};
}

Run runEntente(const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &environment)
{
    QProcess p;
    QProcessEnvironment env = environment;
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ENTENTE_EXECUTABLE), arguments);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool regenerateGoldenFiles()
{
    return qEnvironmentVariableIntValue("ENTENTE_REGENERATE_TEST_DATA") == 1;
}

} // namespace Entente::TestFixtures
