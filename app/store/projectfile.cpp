#include "store/projectfile.h"

#include "store/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Entente {

namespace {

QString lockFileName(const QString &path)
{
    return path + QStringLiteral(".lock");
}

bool fileIsWritable(const QString &path)
{
    const QFileInfo fi(path);
    // Checked on the permission bits as well, so that a write-protected file counts as
    // read-only even for a user (root) whom the kernel would let write.
    return fi.isWritable() && (fi.permissions() & QFileDevice::WriteOwner);
}

} // namespace

ProjectFile::ProjectFile()
    : m_connection(QStringLiteral("entente-project-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ProjectFile::~ProjectFile()
{
    close();
}

QVariant ProjectFile::bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

bool ProjectFile::fail(const QString &message) const
{
    m_error = message;
    return false;
}

QSqlDatabase ProjectFile::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool ProjectFile::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

void ProjectFile::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = database();
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    m_fileName.clear();
    m_readOnly = false;
}

bool ProjectFile::execute(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(database());
    if (!q.prepare(sql))
        return fail(q.lastError().text());
    for (const QVariant &v : values)
        q.addBindValue(bindable(v));
    if (!q.exec())
        return fail(q.lastError().text());
    return true;
}

QVariant ProjectFile::pragma(const QString &name) const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("PRAGMA ") + name) && q.next())
        return q.value(0);
    return {};
}

bool ProjectFile::connect(const QString &path, bool readOnlyConnection)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid())
        return fail(tr("The SQLite driver for Qt (QSQLITE) is not available."));
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnlyConnection)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString message = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        return fail(tr("Cannot open “%1”: %2").arg(QDir::toNativeSeparators(path), message));
    }
    return true;
}

bool ProjectFile::lock(const QString &path)
{
    m_lock = std::make_unique<QLockFile>(lockFileName(path));
    m_lock->setStaleLockTime(0); // only a lock whose process is gone is stale
    if (m_lock->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host, app;
    const bool known = m_lock->getLockInfo(&pid, &host, &app);
    m_lock.reset();
    const QString native = QDir::toNativeSeparators(path);
    if (known)
        return fail(tr("“%1” is already open in another instance of Entente (process %2 on %3).")
                        .arg(native).arg(pid).arg(host));
    return fail(tr("“%1” is already open in another instance of Entente.").arg(native));
}

bool ProjectFile::create(const QString &path)
{
    close();
    m_error.clear();
    const QString native = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path))
        return fail(tr("“%1” already exists; choose another name.").arg(native));
    const QString dir = QFileInfo(path).absolutePath();
    if (!QFileInfo(dir).isDir())
        return fail(tr("The folder “%1” does not exist.").arg(QDir::toNativeSeparators(dir)));
    if (!lock(path))
        return fail(tr("Cannot create a lock file next to “%1”.").arg(native));
    if (!connect(path, false)) {
        m_lock.reset();
        return false;
    }
    QSqlDatabase db = database();
    QString error;
    if (!Schema::create(db, SchemaVersion, &error) || !execute(QStringLiteral("PRAGMA journal_mode = WAL"))
        || !execute(QStringLiteral("PRAGMA synchronous = FULL")) || !execute(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        if (error.isEmpty())
            error = m_error;
        close();
        QFile::remove(path);
        return fail(tr("Cannot create the project “%1”: %2").arg(native, error));
    }
    m_fileName = QFileInfo(path).absoluteFilePath();
    return true;
}

bool ProjectFile::open(const QString &path, bool readOnly, bool skipCheck)
{
    close();
    m_error.clear();
    const QString native = QDir::toNativeSeparators(path);
    const QFileInfo fi(path);
    if (!fi.exists())
        return fail(tr("“%1” does not exist.").arg(native));
    if (!fi.isFile())
        return fail(tr("“%1” is not a file.").arg(native));
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(tr("“%1” cannot be read: %2").arg(native, f.errorString()));
        const QByteArray header = f.read(100);
        if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
            return fail(tr("“%1” is not an Entente project: it is not an SQLite database.").arg(native));
    }
    if (!readOnly) {
        if (!fileIsWritable(path))
            return fail(tr("“%1” is read-only: it can only be opened read-only.").arg(native));
        if (!QFileInfo(fi.absolutePath()).isWritable())
            return fail(tr("The folder of “%1” is read-only: the project can only be opened read-only.").arg(native));
        if (!lock(path))
            return false;
    }
    // Read-only mode on a writable file uses a read-write connection that refuses writes
    // (query_only): a truly read-only connection can neither checkpoint nor remove the WAL
    // files when it closes, and would leave NAME.entente-wal/-shm behind.
    const bool readOnlyConnection = readOnly && !fileIsWritable(path);
    if (!connect(path, readOnlyConnection)) {
        m_lock.reset();
        return false;
    }
    if (readOnly && !readOnlyConnection && !execute(QStringLiteral("PRAGMA query_only = ON"))) {
        const QString message = m_error;
        close();
        return fail(tr("Cannot open “%1”: %2").arg(native, message));
    }
    if (!checkAndMigrate(native, readOnly, skipCheck)) {
        const QString message = m_error;
        close();
        return fail(message);
    }
    m_readOnly = readOnly;
    m_fileName = fi.absoluteFilePath();
    return true;
}

bool ProjectFile::checkAndMigrate(const QString &native, bool readOnly, bool skipCheck)
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return fail(tr("“%1” is damaged and cannot be read: %2").arg(native, q.lastError().text()));
    const qint64 appId = q.value(0).toLongLong();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(tr("“%1” is damaged and cannot be read: %2").arg(native, q.lastError().text()));
    const int version = q.value(0).toInt();
    q.finish(); // a statement left open would lock the tables a migration changes
    if (appId != ApplicationId)
        return fail(tr("“%1” is an SQLite database but not an Entente project.").arg(native));
    if (version > SchemaVersion)
        return fail(tr("“%1” was made by a newer version of Entente (project format %2; this version reads up to %3). "
                       "Update Entente to open it.").arg(native).arg(version).arg(SchemaVersion));
    if (version < 1)
        return fail(tr("“%1” is not a valid Entente project (format version %2).").arg(native).arg(version));
    if (!skipCheck) {
        if (!q.exec(QStringLiteral("PRAGMA quick_check")))
            return fail(tr("“%1” is damaged: %2").arg(native, q.lastError().text()));
        QStringList problems;
        while (q.next())
            problems.append(q.value(0).toString());
        if (problems != QStringList{QStringLiteral("ok")})
            return fail(tr("“%1” is damaged (the database check failed: %2).")
                            .arg(native, problems.mid(0, 3).join(QStringLiteral("; "))));
        q.finish();
    }
    if (readOnly) {
        if (version < SchemaVersion)
            return fail(tr("“%1” uses an older project format; open it read-write once to upgrade it.").arg(native));
        return true;
    }
    if (!execute(QStringLiteral("PRAGMA journal_mode = WAL")) || !execute(QStringLiteral("PRAGMA synchronous = FULL"))
        || !execute(QStringLiteral("PRAGMA foreign_keys = ON")))
        return fail(tr("Cannot open “%1”: %2").arg(native, m_error));
    if (version < SchemaVersion) {
        QSqlDatabase db = database();
        QString error;
        if (!Schema::migrate(db, version, &error))
            return fail(error);
    }
    return true;
}

bool ProjectFile::saveAs(const QString &path)
{
    if (!isOpen())
        return fail(tr("No project is open."));
    if (QFileInfo::exists(path))
        return fail(tr("“%1” already exists.").arg(QDir::toNativeSeparators(path)));
    // VACUUM INTO writes a temporary name first, so the target never holds a partial copy.
    const QString temporary = path + QStringLiteral(".part");
    QFile::remove(temporary);
    if (!execute(QStringLiteral("VACUUM INTO ?"), {temporary})) {
        QFile::remove(temporary);
        return fail(tr("Cannot save a copy as “%1”: %2").arg(QDir::toNativeSeparators(path), m_error));
    }
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return fail(tr("Cannot save a copy as “%1”.").arg(QDir::toNativeSeparators(path)));
    }
    return true;
}

bool ProjectFile::checkIntegrity(QString *report) const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        if (report)
            *report = q.lastError().text();
        return false;
    }
    QStringList lines;
    while (q.next())
        lines.append(q.value(0).toString());
    if (report)
        *report = lines.join(u'\n');
    return lines == QStringList{QStringLiteral("ok")};
}

} // namespace Entente
