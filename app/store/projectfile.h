#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>

class QLockFile;

namespace Entente {

/**
 * Internal to the store: the project's SQLite file and nothing else. Creates and opens it
 * (checking the header, application_id, user_version and a quick_check, and migrating older
 * files through Schema), holds the connection and the lock file ("NAME.entente.lock") that
 * keeps a second instance out, and closes it again. Read-only mode refuses every write.
 *
 * Knows no tables: what the rows mean is Project's business, how they are written
 * ChangeJournal's.
 */
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(Entente::ProjectFile)
public:
    /// PRAGMA application_id of every Entente project: the bytes "Entn".
    static constexpr qint32 ApplicationId = 0x456E746E;
    /// The schema this version writes; files with a higher user_version are refused.
    static constexpr int SchemaVersion = 5;

    ProjectFile();
    ~ProjectFile();
    ProjectFile(const ProjectFile &) = delete;
    ProjectFile &operator=(const ProjectFile &) = delete;

    /// Creates a new, empty project file at @p path (which must not exist) and opens it.
    bool create(const QString &path);
    /// Opens an existing project file, migrating it when opened read-write.
    /// Opens @p path; unless @p skipCheck (the caller checked the same file a moment ago,
    /// see Project::open()), PRAGMA quick_check runs first.
    bool open(const QString &path, bool readOnly, bool skipCheck = false);
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    /// The absolute file name; empty when closed.
    QString fileName() const { return m_fileName; }
    QString errorString() const { return m_error; }

    /// A consistent copy at @p path (VACUUM INTO through a temporary name).
    bool saveAs(const QString &path);
    /// PRAGMA integrity_check; true when it reports "ok".
    bool checkIntegrity(QString *report) const;
    /// The value of PRAGMA @p name on this connection (invalid when it cannot be read).
    QVariant pragma(const QString &name) const;

    QSqlDatabase database() const;
    /// Runs one statement with positional @p values; on failure errorString() says why.
    bool execute(const QString &sql, const QVariantList &values = {}) const;

    /// Qt Sql binds a null QString as SQL NULL; text columns are NOT NULL, so "" is bound
    /// instead. (A deliberate NULL is a QVariant holding nullptr.)
    static QVariant bindable(const QVariant &value);

private:
    bool connect(const QString &path, bool readOnlyConnection);
    bool lock(const QString &path);
    bool checkAndMigrate(const QString &native, bool readOnly, bool skipCheck);
    bool fail(const QString &message) const;

    QString m_connection;
    QString m_fileName;
    mutable QString m_error;
    bool m_readOnly = false;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Entente
