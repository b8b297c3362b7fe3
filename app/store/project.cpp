#include "store/project.h"

#include "store/projectcommands.h"
#include "store/recordconversion.h"
#include "store/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSet>
#include <QSignalBlocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUndoStack>
#include <QUuid>

#include <algorithm>

namespace Entente {

namespace {

constexpr qsizetype SelectorContext = 32; // code points of prefix and suffix

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

// Qt Sql binds a null QString as SQL NULL; text columns are NOT NULL, so bind "" instead.
// (A deliberate NULL is a QVariant holding nullptr.)
QVariant bindable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QStringLiteral("");
    return v;
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant::fromValue(nullptr) : QVariant(id);
}

QString colourText(const QColor &colour)
{
    return colour.isValid() ? colour.name(QColor::HexRgb) : QString();
}

QString joinJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray parseJsonArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QVariantMap meetingRow(const MeetingRecord &m)
{
    QJsonArray evidence;
    for (const EvidenceRecord &e : m.evidence)
        evidence.append(QJsonObject{{QStringLiteral("articleId"), e.articleId}, {QStringLiteral("quote"), e.quote},
                                    {QStringLiteral("start"), double(e.start)}, {QStringLiteral("end"), double(e.end)}});
    return {{QStringLiteral("date"), m.date}, {QStringLiteral("place"), m.place}, {QStringLiteral("kind"), m.kind},
            {QStringLiteral("summary"), m.summary},
            {QStringLiteral("participants"), joinJson(QJsonArray::fromStringList(m.participants))},
            {QStringLiteral("evidence"), joinJson(evidence)},
            {QStringLiteral("source"), m.source.isEmpty() ? QStringLiteral("user") : m.source},
            {QStringLiteral("slug"), m.slug}, {QStringLiteral("host_country"), m.hostCountry},
            {QStringLiteral("note"), m.note}};
}

MeetingRecord meetingFromQuery(const QSqlQuery &q)
{
    MeetingRecord m;
    m.id = q.value(0).toLongLong();
    m.date = q.value(1).toString();
    m.place = q.value(2).toString();
    m.kind = q.value(3).toString();
    m.summary = q.value(4).toString();
    for (const QJsonValue &v : parseJsonArray(q.value(5).toString()))
        m.participants.append(v.toString());
    for (const QJsonValue &v : parseJsonArray(q.value(6).toString())) {
        const QJsonObject o = v.toObject();
        m.evidence.append({o.value(QStringLiteral("articleId")).toString(), o.value(QStringLiteral("quote")).toString(),
                           qsizetype(o.value(QStringLiteral("start")).toDouble(-1)),
                           qsizetype(o.value(QStringLiteral("end")).toDouble(-1))});
    }
    m.source = q.value(7).toString();
    m.slug = q.value(8).toString();
    m.hostCountry = q.value(9).toString();
    m.note = q.value(10).toString();
    return m;
}

QVariantMap statementRow(const StatementRecord &s)
{
    QJsonArray spans;
    for (const SpanRecord &c : s.content)
        spans.append(QJsonArray{double(c.start), double(c.end)});
    return {{QStringLiteral("speaker_id"), s.speakerId}, {QStringLiteral("speaker_text"), s.speakerText},
            {QStringLiteral("cue"), s.cue},
            {QStringLiteral("article_id"), s.articleId.isEmpty() ? QVariant::fromValue(nullptr) : QVariant(s.articleId)},
            {QStringLiteral("start_offset"), qint64(s.start)}, {QStringLiteral("end_offset"), qint64(s.end)},
            {QStringLiteral("quote"), s.quote}, {QStringLiteral("direct"), s.direct ? 1 : 0},
            {QStringLiteral("date"), s.date}, {QStringLiteral("tags"), joinJson(QJsonArray::fromStringList(s.tags))},
            {QStringLiteral("status"), s.status.isEmpty() ? QStringLiteral("user") : s.status},
            {QStringLiteral("content"), joinJson(spans)},
            {QStringLiteral("evidence_start"), qint64(s.evidenceStart)},
            {QStringLiteral("evidence_end"), qint64(s.evidenceEnd)},
            {QStringLiteral("speaker_candidates"), joinJson(QJsonArray::fromStringList(s.speakerCandidates))}};
}

StatementRecord statementFromQuery(const QSqlQuery &q)
{
    StatementRecord s;
    s.id = q.value(0).toLongLong();
    s.speakerId = q.value(1).toString();
    s.speakerText = q.value(2).toString();
    s.cue = q.value(3).toString();
    s.articleId = q.value(4).toString();
    s.start = q.value(5).toLongLong();
    s.end = q.value(6).toLongLong();
    s.quote = q.value(7).toString();
    s.direct = q.value(8).toInt() != 0;
    s.date = q.value(9).toString();
    for (const QJsonValue &v : parseJsonArray(q.value(10).toString()))
        s.tags.append(v.toString());
    s.status = q.value(11).toString();
    for (const QJsonValue &v : parseJsonArray(q.value(12).toString())) {
        const QJsonArray pair = v.toArray();
        s.content.append({qsizetype(pair.at(0).toDouble()), qsizetype(pair.at(1).toDouble())});
    }
    s.evidenceStart = q.value(13).toLongLong();
    s.evidenceEnd = q.value(14).toLongLong();
    for (const QJsonValue &v : parseJsonArray(q.value(15).toString()))
        s.speakerCandidates.append(v.toString());
    return s;
}

const QString meetingColumns = QStringLiteral(
    "id, date, place, kind, summary, participants, evidence, source, slug, host_country, note");
const QString statementColumns = QStringLiteral(
    "id, speaker_id, speaker_text, cue, article_id, start_offset, end_offset, quote, direct, date, tags, status,"
    " content, evidence_start, evidence_end, speaker_candidates");
const QString annotationColumns = QStringLiteral(
    "id, article_id, start_offset, end_offset, exact, prefix, suffix, note, author, created, modified, orphaned");
const QString articleColumns = QStringLiteral(
    "id, title, source, url, published, language, description, text, sha256");

// Lengths of the common suffix of a and b, and the common prefix.
qsizetype commonSuffix(const QList<uint> &a, const QList<uint> &b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n])
        ++n;
    return n;
}

qsizetype commonPrefix(const QList<uint> &a, const QList<uint> &b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return n;
}

QString fromUcs4(const QList<uint> &cps, qsizetype from, qsizetype to)
{
    from = std::clamp<qsizetype>(from, 0, cps.size());
    to = std::clamp<qsizetype>(to, from, cps.size());
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()) + from, to - from);
}

} // namespace

Project::Project(QObject *parent)
    : QObject(parent)
    , m_connection(QStringLiteral("entente-project-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_undoStack(new QUndoStack(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_author = qEnvironmentVariable("ENTENTE_AUTHOR");
    if (m_author.isEmpty())
        m_author = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (m_author.isEmpty())
        m_author = QDir::home().dirName();
}

Project::~Project()
{
    // No closed() from the destructor: the receivers may be half-destroyed owners.
    const QSignalBlocker blocker(this);
    close();
}

QSqlDatabase Project::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool Project::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

QString Project::displayName() const
{
    return QFileInfo(m_fileName).completeBaseName();
}

QString Project::now() const
{
    return m_clock().toUTC().toString(Qt::ISODateWithMs);
}

bool Project::fail(const QString &message)
{
    m_error = message;
    return false;
}

void Project::close()
{
    const bool wasOpen = isOpen();
    m_undoStack->clear();
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
    if (wasOpen)
        Q_EMIT closed();
}

bool Project::execute(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(database());
    if (!q.prepare(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(bindable(v));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool Project::openDatabase(const QString &path, bool readOnly, bool create)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid())
        return fail(tr("The SQLite driver for Qt (QSQLITE) is not available."));
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    Q_UNUSED(create);
    if (!db.open()) {
        const QString message = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        return fail(tr("Cannot open “%1”: %2").arg(QDir::toNativeSeparators(path), message));
    }
    return true;
}

bool Project::create(const QString &path)
{
    close();
    m_error.clear();
    if (QFileInfo::exists(path))
        return fail(tr("“%1” already exists; choose another name.").arg(QDir::toNativeSeparators(path)));
    const QString dir = QFileInfo(path).absolutePath();
    if (!QFileInfo(dir).isDir())
        return fail(tr("The folder “%1” does not exist.").arg(QDir::toNativeSeparators(dir)));
    m_lock = std::make_unique<QLockFile>(lockFileName(path));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        m_lock.reset();
        return fail(tr("Cannot create a lock file next to “%1”.").arg(QDir::toNativeSeparators(path)));
    }
    if (!openDatabase(path, false, true)) {
        m_lock.reset();
        return false;
    }
    QSqlDatabase db = database();
    QString error;
    if (!Schema::create(db, SchemaVersion, &error)
        || !execute(QStringLiteral("PRAGMA journal_mode = WAL"))
        || !execute(QStringLiteral("PRAGMA synchronous = FULL"))
        || !execute(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        if (error.isEmpty())
            error = m_error;
        close();
        QFile::remove(path);
        return fail(tr("Cannot create the project “%1”: %2").arg(QDir::toNativeSeparators(path), error));
    }
    m_fileName = QFileInfo(path).absoluteFilePath();
    Q_EMIT opened();
    return true;
}

bool Project::open(const QString &path, OpenMode mode)
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
    const bool readOnly = mode == OpenMode::ReadOnly;
    if (!readOnly) {
        if (!fileIsWritable(path))
            return fail(tr("“%1” is read-only: it can only be opened read-only.").arg(native));
        if (!QFileInfo(fi.absolutePath()).isWritable())
            return fail(tr("The folder of “%1” is read-only: the project can only be opened read-only.").arg(native));
        m_lock = std::make_unique<QLockFile>(lockFileName(path));
        m_lock->setStaleLockTime(0); // only a lock whose process is gone is stale
        if (!m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            const bool known = m_lock->getLockInfo(&pid, &host, &app);
            m_lock.reset();
            if (known)
                return fail(tr("“%1” is already open in another instance of Entente (process %2 on %3).")
                                .arg(native).arg(pid).arg(host));
            return fail(tr("“%1” is already open in another instance of Entente.").arg(native));
        }
    }
    // Read-only mode on a writable file uses a read-write connection that refuses writes
    // (query_only): a truly read-only connection can neither checkpoint nor remove the WAL
    // files when it closes, and would leave NAME.entente-wal/-shm behind.
    const bool readOnlyConnection = readOnly && !fileIsWritable(path);
    if (!openDatabase(path, readOnlyConnection, false)) {
        m_lock.reset();
        return false;
    }
    if (readOnly && !readOnlyConnection && !execute(QStringLiteral("PRAGMA query_only = ON"))) {
        const QString message = m_error;
        close();
        return fail(tr("Cannot open “%1”: %2").arg(native, message));
    }
    auto refuse = [this](const QString &message) {
        close();
        return fail(message);
    };
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return refuse(tr("“%1” is damaged and cannot be read: %2").arg(native, q.lastError().text()));
    const qint64 appId = q.value(0).toLongLong();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return refuse(tr("“%1” is damaged and cannot be read: %2").arg(native, q.lastError().text()));
    const int version = q.value(0).toInt();
    if (appId != ApplicationId)
        return refuse(tr("“%1” is an SQLite database but not an Entente project.").arg(native));
    if (version > SchemaVersion)
        return refuse(tr("“%1” was made by a newer version of Entente (project format %2; this version reads up to %3). "
                         "Update Entente to open it.").arg(native).arg(version).arg(SchemaVersion));
    if (version < 1)
        return refuse(tr("“%1” is not a valid Entente project (format version %2).").arg(native).arg(version));
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        return refuse(tr("“%1” is damaged: %2").arg(native, q.lastError().text()));
    }
    QStringList problems;
    while (q.next())
        problems.append(q.value(0).toString());
    if (problems != QStringList{QStringLiteral("ok")})
        return refuse(tr("“%1” is damaged (the database check failed: %2).")
                          .arg(native, problems.mid(0, 3).join(QStringLiteral("; "))));
    q.finish();
    if (readOnly) {
        if (version < SchemaVersion)
            return refuse(tr("“%1” uses an older project format; open it read-write once to upgrade it.").arg(native));
    } else {
        if (!execute(QStringLiteral("PRAGMA journal_mode = WAL")) || !execute(QStringLiteral("PRAGMA synchronous = FULL"))
            || !execute(QStringLiteral("PRAGMA foreign_keys = ON")))
            return refuse(tr("Cannot open “%1”: %2").arg(native, m_error));
        if (version < SchemaVersion) {
            QSqlDatabase db = database();
            QString error;
            if (!Schema::migrate(db, version, &error))
                return refuse(error);
        }
    }
    m_readOnly = readOnly;
    m_fileName = fi.absoluteFilePath();
    Q_EMIT opened();
    return true;
}

bool Project::seedRecords(const QList<MeetingRecord> &meetings, const QList<StatementRecord> &statements)
{
    RowChangeList seed;
    qint64 meetingId = nextId(QStringLiteral("meetings"));
    for (MeetingRecord record : meetings) {
        record.id = meetingId++;
        seed.append({RowChange::Insert, QStringLiteral("meetings"), {{QStringLiteral("id"), record.id}}, {},
                     meetingRow(record)});
    }
    qint64 statementId = nextId(QStringLiteral("statements"));
    for (StatementRecord record : statements) {
        record.id = statementId++;
        seed.append({RowChange::Insert, QStringLiteral("statements"), {{QStringLiteral("id"), record.id}}, {},
                     statementRow(record)});
    }
    return seed.isEmpty() || applyChanges(seed);
}

bool Project::saveAs(const QString &path)
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

bool Project::checkIntegrity(QString *report) const
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

bool Project::checkWritable()
{
    if (!isOpen())
        return fail(tr("No project is open."));
    if (m_readOnly)
        return fail(tr("The project is open read-only."));
    return true;
}

qint64 Project::nextId(const QString &table) const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM ") + table) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool Project::applyChanges(const RowChangeList &changes)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(tr("Cannot write to the project: %1").arg(db.lastError().text()));
    QSet<qint64> added, removed, changed;
    QSet<QString> articleTags;
    bool tags = false, meetings = false, statements = false, officials = false;
    for (const RowChange &c : changes) {
        QStringList columns, assignments, conditions;
        QVariantList values, keyValues;
        for (auto it = c.key.cbegin(); it != c.key.cend(); ++it) {
            conditions.append(u'"' + it.key() + QStringLiteral("\" = ?"));
            keyValues.append(it.value());
        }
        QString sql;
        if (c.kind == RowChange::Insert) {
            QVariantMap row = c.after;
            row.insert(c.key);
            for (auto it = row.cbegin(); it != row.cend(); ++it) {
                columns.append(u'"' + it.key() + u'"');
                values.append(it.value());
            }
            sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(c.table, columns.join(u','), QStringList(columns.size(), QStringLiteral("?")).join(u','));
        } else if (c.kind == RowChange::Delete) {
            sql = QStringLiteral("DELETE FROM %1 WHERE %2").arg(c.table, conditions.join(QStringLiteral(" AND ")));
            values = keyValues;
        } else {
            for (auto it = c.after.cbegin(); it != c.after.cend(); ++it) {
                assignments.append(u'"' + it.key() + QStringLiteral("\" = ?"));
                values.append(it.value());
            }
            sql = QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                      .arg(c.table, assignments.join(u','), conditions.join(QStringLiteral(" AND ")));
            values += keyValues;
        }
        if (!execute(sql, values)) {
            const QString message = m_error;
            db.rollback();
            return fail(tr("Cannot write to the project: %1").arg(message));
        }
        if (c.table == QLatin1StringView("annotations")) {
            const qint64 id = c.key.value(QStringLiteral("id")).toLongLong();
            if (c.kind == RowChange::Insert)
                added.insert(id);
            else if (c.kind == RowChange::Delete)
                removed.insert(id);
            else
                changed.insert(id);
        } else if (c.table == QLatin1StringView("annotation_tags")) {
            changed.insert(c.key.value(QStringLiteral("annotation_id")).toLongLong());
        } else if (c.table == QLatin1StringView("tags")) {
            tags = true;
        } else if (c.table == QLatin1StringView("article_tags")) {
            articleTags.insert(c.key.value(QStringLiteral("article_id")).toString());
        } else if (c.table == QLatin1StringView("meetings")) {
            meetings = true;
        } else if (c.table == QLatin1StringView("statements")) {
            statements = true;
        } else if (c.table == QLatin1StringView("officials_edits")) {
            officials = true;
        }
    }
    if (!db.commit()) {
        const QString message = db.lastError().text();
        db.rollback();
        return fail(tr("Cannot write to the project: %1").arg(message));
    }
    // An annotation both added and removed in one change set was never visible.
    const QSet<qint64> transient = QSet<qint64>(added).intersect(removed);
    for (qint64 id : std::as_const(removed))
        if (!transient.contains(id))
            Q_EMIT annotationRemoved(id);
    if (tags)
        Q_EMIT tagsChanged();
    for (qint64 id : std::as_const(added))
        if (!transient.contains(id))
            Q_EMIT annotationAdded(id);
    for (qint64 id : std::as_const(changed))
        if (!added.contains(id) && !removed.contains(id))
            Q_EMIT annotationChanged(id);
    for (const QString &a : std::as_const(articleTags))
        Q_EMIT articleTagsChanged(a);
    if (meetings)
        Q_EMIT meetingsChanged();
    if (statements)
        Q_EMIT statementsChanged();
    if (officials)
        Q_EMIT officialsEditsChanged();
    return true;
}

bool Project::push(ProjectCommand *command)
{
    // The verb applies and commits first, so a failure is reported to the caller and
    // nothing is recorded; on success the command goes on the stack already applied.
    std::unique_ptr<ProjectCommand> owned(command);
    if (!applyChanges(owned->changes()))
        return false;
    m_undoStack->push(owned.release());
    return true;
}

// --- articles -----------------------------------------------------------------------------

namespace {
Article articleFromQuery(const QSqlQuery &q)
{
    Article a;
    a.id = q.value(0).toString();
    a.title = q.value(1).toString();
    a.source = q.value(2).toString();
    a.url = q.value(3).toString();
    a.published = EdtfDate::parse(q.value(4).toString());
    a.language = q.value(5).toString();
    a.description = q.value(6).toString();
    a.text = q.value(7).toString();
    a.sha256 = q.value(8).toString();
    a.file = QStringLiteral("articles/") + a.id + QStringLiteral(".txt");
    return a;
}

Annotation annotationFromQuery(const QSqlQuery &q)
{
    Annotation a;
    a.id = q.value(0).toLongLong();
    a.articleId = q.value(1).toString();
    a.start = q.value(2).toLongLong();
    a.end = q.value(3).toLongLong();
    a.exact = q.value(4).toString();
    a.prefix = q.value(5).toString();
    a.suffix = q.value(6).toString();
    a.note = q.value(7).toString();
    a.author = q.value(8).toString();
    a.created = q.value(9).toString();
    a.modified = q.value(10).toString();
    a.orphaned = q.value(11).toInt() != 0;
    return a;
}
} // namespace

ArticleList Project::articles() const
{
    ArticleList result;
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT ") + articleColumns + QStringLiteral(" FROM articles ORDER BY published, id")))
        while (q.next())
            result.append(articleFromQuery(q));
    return result;
}

Article Project::article(const QString &id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ") + articleColumns + QStringLiteral(" FROM articles WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return articleFromQuery(q);
    return {};
}

bool Project::hasArticle(const QString &id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT 1 FROM articles WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next();
}

bool Project::importArticle(const Article &article)
{
    if (!checkWritable())
        return false;
    if (article.id.trimmed().isEmpty())
        return fail(tr("The article has no id."));
    const Article old = this->article(article.id);
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(db.lastError().text());
    auto rollback = [&](const QString &message) {
        db.rollback();
        return fail(tr("Cannot import the article “%1”: %2").arg(article.id, message));
    };
    const QVariantList values{article.title, article.source, article.url, article.published.toString(),
                              article.language, article.description, article.text, article.sha256, now(), article.id};
    if (old.isNull()) {
        if (!execute(QStringLiteral("INSERT INTO articles (title, source, url, published, language, description, text,"
                                    " sha256, imported_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), values))
            return rollback(m_error);
    } else if (!execute(QStringLiteral("UPDATE articles SET title = ?, source = ?, url = ?, published = ?, language = ?,"
                                       " description = ?, text = ?, sha256 = ?, imported_at = ? WHERE id = ?"), values)) {
        return rollback(m_error);
    }
    QList<qint64> moved;
    if (!old.isNull() && old.text != article.text) {
        // Re-anchor every annotation by its quote selector.
        const QList<uint> text = article.text.toUcs4();
        for (const Annotation &a : annotations(article.id)) {
            const QList<uint> exact = a.exact.toUcs4();
            const QList<uint> prefix = a.prefix.toUcs4();
            const QList<uint> suffix = a.suffix.toUcs4();
            qsizetype best = -1, bestScore = -1, bestDistance = 0;
            for (qsizetype i = 0; !exact.isEmpty() && i + exact.size() <= text.size(); ++i) {
                if (!std::equal(exact.cbegin(), exact.cend(), text.cbegin() + i))
                    continue;
                const QList<uint> before = text.mid(std::max<qsizetype>(0, i - prefix.size()),
                                                        std::min(i, prefix.size()));
                const QList<uint> after = text.mid(i + exact.size(), suffix.size());
                const qsizetype score = commonSuffix(prefix, before) + commonPrefix(suffix, after);
                const qsizetype distance = std::abs(i - a.start);
                if (score > bestScore || (score == bestScore && distance < bestDistance)) {
                    best = i;
                    bestScore = score;
                    bestDistance = distance;
                }
            }
            bool ok;
            if (best < 0) {
                ok = execute(QStringLiteral("UPDATE annotations SET orphaned = 1 WHERE id = ?"), {a.id});
            } else {
                const qsizetype end = best + exact.size();
                ok = execute(QStringLiteral("UPDATE annotations SET start_offset = ?, end_offset = ?, prefix = ?,"
                                            " suffix = ?, orphaned = 0 WHERE id = ?"),
                             {qint64(best), qint64(end), fromUcs4(text, best - SelectorContext, best),
                              fromUcs4(text, end, end + SelectorContext), a.id});
            }
            if (!ok)
                return rollback(m_error);
            moved.append(a.id);
        }
    }
    if (!db.commit())
        return rollback(db.lastError().text());
    if (!moved.isEmpty())
        m_undoStack->clear(); // recorded offsets no longer apply
    Q_EMIT articlesChanged();
    for (qint64 id : std::as_const(moved))
        Q_EMIT annotationChanged(id);
    return true;
}

AnnotationList Project::orphanedAnnotations() const
{
    AnnotationList all = annotations();
    all.removeIf([](const Annotation &a) { return !a.orphaned; });
    return all;
}

// --- tags ---------------------------------------------------------------------------------

TagList Project::tags() const
{
    TagList flat;
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT id, IFNULL(parent_id, 0), name, colour, description FROM tags ORDER BY name COLLATE NOCASE, id"))) {
        while (q.next()) {
            Tag t;
            t.id = q.value(0).toLongLong();
            t.parentId = q.value(1).toLongLong();
            t.name = q.value(2).toString();
            t.colour = QColor::fromString(q.value(3).toString());
            t.description = q.value(4).toString();
            flat.append(t);
        }
    }
    // Depth-first order: parents before children, siblings by name.
    TagList ordered;
    std::function<void(qint64)> visit = [&](qint64 parent) {
        for (const Tag &t : std::as_const(flat)) {
            if (t.parentId == parent) {
                ordered.append(t);
                visit(t.id);
            }
        }
    };
    visit(0);
    return ordered;
}

Tag Project::tag(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id, IFNULL(parent_id, 0), name, colour, description FROM tags WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    Tag t;
    t.id = q.value(0).toLongLong();
    t.parentId = q.value(1).toLongLong();
    t.name = q.value(2).toString();
    t.colour = QColor::fromString(q.value(3).toString());
    t.description = q.value(4).toString();
    return t;
}

QString Project::tagPath(qint64 id) const
{
    QStringList parts;
    QSet<qint64> seen;
    for (Tag t = tag(id); !t.isNull() && !seen.contains(t.id); t = tag(t.parentId)) {
        seen.insert(t.id);
        parts.prepend(t.name);
    }
    return parts.join(u'/');
}

qint64 Project::tagIdForPath(const QString &path) const
{
    qint64 parent = 0;
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return 0;
    for (const QString &part : parts) {
        QSqlQuery q(database());
        q.prepare(QStringLiteral("SELECT id FROM tags WHERE IFNULL(parent_id, 0) = ? AND name = ?"));
        q.addBindValue(parent);
        q.addBindValue(part.trimmed());
        if (!q.exec() || !q.next())
            return 0;
        parent = q.value(0).toLongLong();
    }
    return parent;
}

QList<qint64> Project::tagWithDescendants(qint64 id) const
{
    QList<qint64> result;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT id FROM tags WHERE id = ?"
                             " UNION ALL SELECT t.id FROM tags t JOIN sub ON t.parent_id = sub.id) SELECT id FROM sub"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            result.append(q.value(0).toLongLong());
    return result;
}

QHash<qint64, int> Project::annotationCounts() const
{
    QHash<qint64, int> counts;
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT tag_id, COUNT(*) FROM annotation_tags GROUP BY tag_id")))
        while (q.next())
            counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

RowChangeList Project::tagRemovalChanges(qint64 id) const
{
    RowChangeList changes;
    const QList<qint64> subtree = tagWithDescendants(id);
    QSet<qint64> inSubtree(subtree.cbegin(), subtree.cend());
    QStringList placeholders(subtree.size(), QStringLiteral("?"));
    const QString list = placeholders.join(u',');
    auto bindAll = [&](QSqlQuery &q) {
        for (qint64 t : subtree)
            q.addBindValue(t);
    };
    QSet<qint64> touched;
    {
        QSqlQuery q(database());
        q.prepare(QStringLiteral("SELECT annotation_id, tag_id FROM annotation_tags WHERE tag_id IN (%1)").arg(list));
        bindAll(q);
        q.exec();
        while (q.next()) {
            const qint64 a = q.value(0).toLongLong();
            touched.insert(a);
            changes.append({RowChange::Delete, QStringLiteral("annotation_tags"),
                            {{QStringLiteral("annotation_id"), a}, {QStringLiteral("tag_id"), q.value(1)}}, {}, {}});
        }
    }
    {
        QSqlQuery q(database());
        q.prepare(QStringLiteral("SELECT article_id, tag_id, author, created FROM article_tags WHERE tag_id IN (%1)").arg(list));
        bindAll(q);
        q.exec();
        while (q.next())
            changes.append({RowChange::Delete, QStringLiteral("article_tags"),
                            {{QStringLiteral("article_id"), q.value(0)}, {QStringLiteral("tag_id"), q.value(1)}},
                            {{QStringLiteral("author"), q.value(2)}, {QStringLiteral("created"), q.value(3)}}, {}});
    }
    // Annotations whose every tag is in the subtree go too.
    for (qint64 a : std::as_const(touched)) {
        const Annotation ann = annotation(a);
        const bool keepsATag = std::any_of(ann.tagIds.cbegin(), ann.tagIds.cend(),
                                           [&](qint64 t) { return !inSubtree.contains(t); });
        if (keepsATag)
            continue;
        QSqlQuery q(database());
        q.prepare(QStringLiteral("SELECT * FROM annotations WHERE id = ?"));
        q.addBindValue(a);
        if (!q.exec() || !q.next())
            continue;
        QVariantMap row;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            if (rec.fieldName(i) != QLatin1StringView("id"))
                row.insert(rec.fieldName(i), q.value(i));
        changes.append({RowChange::Delete, QStringLiteral("annotations"), {{QStringLiteral("id"), a}}, row, {}});
    }
    // Tags, deepest first.
    for (auto it = subtree.crbegin(); it != subtree.crend(); ++it) {
        const Tag t = tag(*it);
        changes.append({RowChange::Delete, QStringLiteral("tags"), {{QStringLiteral("id"), t.id}},
                        {{QStringLiteral("parent_id"), nullIfZero(t.parentId)}, {QStringLiteral("name"), t.name},
                         {QStringLiteral("colour"), colourText(t.colour)}, {QStringLiteral("description"), t.description}},
                        {}});
    }
    return changes;
}

int Project::annotationsRemovedWithTag(qint64 id) const
{
    const RowChangeList changes = tagRemovalChanges(id);
    return int(std::count_if(changes.cbegin(), changes.cend(), [](const RowChange &c) {
        return c.table == QLatin1StringView("annotations");
    }));
}

namespace {
bool validTagName(const QString &name)
{
    return !name.trimmed().isEmpty() && !name.contains(u'/');
}
} // namespace

qint64 Project::addTag(const QString &name, qint64 parentId, const QColor &colour, const QString &description)
{
    if (!checkWritable())
        return 0;
    const QString trimmed = name.trimmed();
    if (!validTagName(trimmed))
        return fail(tr("A tag name must not be empty or contain '/'.")), 0;
    if (parentId != 0 && tag(parentId).isNull())
        return fail(tr("The parent tag does not exist.")), 0;
    const QString parentPath = tagPath(parentId);
    if (tagIdForPath(parentPath.isEmpty() ? trimmed : parentPath + u'/' + trimmed) != 0)
        return fail(tr("A tag named “%1” already exists there.").arg(trimmed)), 0;
    const qint64 id = nextId(QStringLiteral("tags"));
    RowChangeList changes{{RowChange::Insert, QStringLiteral("tags"), {{QStringLiteral("id"), id}}, {},
                           {{QStringLiteral("parent_id"), nullIfZero(parentId)}, {QStringLiteral("name"), trimmed},
                            {QStringLiteral("colour"), colourText(colour)}, {QStringLiteral("description"), description}}}};
    if (!push(new AddTagCommand(this, changes, tr("Add tag “%1”").arg(trimmed))))
        return 0;
    return id;
}

qint64 Project::ensureTagPath(const QString &path)
{
    if (!checkWritable())
        return 0;
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty() || std::any_of(parts.cbegin(), parts.cend(), [](const QString &p) { return p.trimmed().isEmpty(); }))
        return fail(tr("“%1” is not a tag path (expected names separated by '/').").arg(path)), 0;
    qint64 parent = 0;
    QString sofar;
    bool macro = false;
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        sofar = sofar.isEmpty() ? part : sofar + u'/' + part;
        qint64 id = tagIdForPath(sofar);
        if (id == 0) {
            if (!macro) {
                m_undoStack->beginMacro(tr("Add tag “%1”").arg(path));
                macro = true;
            }
            id = addTag(part, parent);
            if (id == 0)
                break;
        }
        parent = id;
    }
    if (macro)
        m_undoStack->endMacro();
    return tagIdForPath(sofar) == parent ? parent : 0;
}

bool Project::renameTag(qint64 id, const QString &name)
{
    if (!checkWritable())
        return false;
    const Tag t = tag(id);
    const QString trimmed = name.trimmed();
    if (t.isNull())
        return fail(tr("No such tag."));
    if (!validTagName(trimmed))
        return fail(tr("A tag name must not be empty or contain '/'."));
    if (trimmed == t.name)
        return true;
    const QString parentPath = tagPath(t.parentId);
    if (tagIdForPath(parentPath.isEmpty() ? trimmed : parentPath + u'/' + trimmed) != 0)
        return fail(tr("A tag named “%1” already exists there.").arg(trimmed));
    return push(new RenameTagCommand(this, {{RowChange::Update, QStringLiteral("tags"), {{QStringLiteral("id"), id}},
                                             {{QStringLiteral("name"), t.name}}, {{QStringLiteral("name"), trimmed}}}},
                                     tr("Rename tag “%1” to “%2”").arg(t.name, trimmed)));
}

bool Project::recolourTag(qint64 id, const QColor &colour)
{
    if (!checkWritable())
        return false;
    const Tag t = tag(id);
    if (t.isNull())
        return fail(tr("No such tag."));
    return push(new RecolourTagCommand(this, {{RowChange::Update, QStringLiteral("tags"), {{QStringLiteral("id"), id}},
                                               {{QStringLiteral("colour"), colourText(t.colour)}},
                                               {{QStringLiteral("colour"), colourText(colour)}}}},
                                       tr("Change the colour of “%1”").arg(t.name)));
}

bool Project::setTagDescription(qint64 id, const QString &description)
{
    if (!checkWritable())
        return false;
    const Tag t = tag(id);
    if (t.isNull())
        return fail(tr("No such tag."));
    return push(new DescribeTagCommand(this, {{RowChange::Update, QStringLiteral("tags"), {{QStringLiteral("id"), id}},
                                               {{QStringLiteral("description"), t.description}},
                                               {{QStringLiteral("description"), description}}}},
                                       tr("Describe tag “%1”").arg(t.name)));
}

bool Project::moveTag(qint64 id, qint64 newParentId)
{
    if (!checkWritable())
        return false;
    const Tag t = tag(id);
    if (t.isNull())
        return fail(tr("No such tag."));
    if (newParentId != 0 && tag(newParentId).isNull())
        return fail(tr("The new parent tag does not exist."));
    if (tagWithDescendants(id).contains(newParentId))
        return fail(tr("A tag cannot be moved into itself or below itself."));
    if (newParentId == t.parentId)
        return true;
    const QString parentPath = tagPath(newParentId);
    if (tagIdForPath(parentPath.isEmpty() ? t.name : parentPath + u'/' + t.name) != 0)
        return fail(tr("A tag named “%1” already exists there.").arg(t.name));
    return push(new MoveTagCommand(this, {{RowChange::Update, QStringLiteral("tags"), {{QStringLiteral("id"), id}},
                                           {{QStringLiteral("parent_id"), nullIfZero(t.parentId)}},
                                           {{QStringLiteral("parent_id"), nullIfZero(newParentId)}}}},
                                   tr("Move tag “%1”").arg(t.name)));
}

bool Project::mergeTags(qint64 sourceId, qint64 targetId)
{
    if (!checkWritable())
        return false;
    const Tag source = tag(sourceId);
    const Tag target = tag(targetId);
    if (source.isNull() || target.isNull())
        return fail(tr("No such tag."));
    if (tagWithDescendants(sourceId).contains(targetId))
        return fail(tr("A tag cannot be merged into itself or into a tag below it."));
    RowChangeList changes;
    const QString targetPath = tagPath(targetId);
    for (const Tag &child : tags()) {
        if (child.parentId != sourceId)
            continue;
        if (tagIdForPath(targetPath + u'/' + child.name) != 0)
            return fail(tr("“%1” already has a tag named “%2”.").arg(target.name, child.name));
        changes.append({RowChange::Update, QStringLiteral("tags"), {{QStringLiteral("id"), child.id}},
                        {{QStringLiteral("parent_id"), sourceId}}, {{QStringLiteral("parent_id"), targetId}}});
    }
    for (const Annotation &a : annotations()) {
        if (!a.tagIds.contains(sourceId))
            continue;
        if (!a.tagIds.contains(targetId))
            changes.append({RowChange::Insert, QStringLiteral("annotation_tags"),
                            {{QStringLiteral("annotation_id"), a.id}, {QStringLiteral("tag_id"), targetId}}, {}, {}});
        changes.append({RowChange::Delete, QStringLiteral("annotation_tags"),
                        {{QStringLiteral("annotation_id"), a.id}, {QStringLiteral("tag_id"), sourceId}}, {}, {}});
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT article_id, author, created, EXISTS (SELECT 1 FROM article_tags b WHERE"
                             " b.article_id = a.article_id AND b.tag_id = ?) FROM article_tags a WHERE tag_id = ?"));
    q.addBindValue(targetId);
    q.addBindValue(sourceId);
    q.exec();
    while (q.next()) {
        const QVariantMap extra{{QStringLiteral("author"), q.value(1)}, {QStringLiteral("created"), q.value(2)}};
        if (!q.value(3).toBool())
            changes.append({RowChange::Insert, QStringLiteral("article_tags"),
                            {{QStringLiteral("article_id"), q.value(0)}, {QStringLiteral("tag_id"), targetId}}, {}, extra});
        changes.append({RowChange::Delete, QStringLiteral("article_tags"),
                        {{QStringLiteral("article_id"), q.value(0)}, {QStringLiteral("tag_id"), sourceId}}, extra, {}});
    }
    changes.append({RowChange::Delete, QStringLiteral("tags"), {{QStringLiteral("id"), sourceId}},
                    {{QStringLiteral("parent_id"), nullIfZero(source.parentId)}, {QStringLiteral("name"), source.name},
                     {QStringLiteral("colour"), colourText(source.colour)}, {QStringLiteral("description"), source.description}},
                    {}});
    return push(new MergeTagsCommand(this, changes, tr("Merge tag “%1” into “%2”").arg(source.name, target.name)));
}

bool Project::removeTag(qint64 id)
{
    if (!checkWritable())
        return false;
    const Tag t = tag(id);
    if (t.isNull())
        return fail(tr("No such tag."));
    return push(new RemoveTagCommand(this, tagRemovalChanges(id), tr("Delete tag “%1”").arg(t.name)));
}

// --- annotations --------------------------------------------------------------------------

Annotation Project::annotation(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ") + annotationColumns + QStringLiteral(" FROM annotations WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    Annotation a = annotationFromQuery(q);
    QSqlQuery t(database());
    t.prepare(QStringLiteral("SELECT tag_id FROM annotation_tags WHERE annotation_id = ? ORDER BY tag_id"));
    t.addBindValue(id);
    if (t.exec())
        while (t.next())
            a.tagIds.append(t.value(0).toLongLong());
    return a;
}

AnnotationList Project::annotations(const QString &articleId) const
{
    AnnotationList result;
    QHash<qint64, qsizetype> index;
    QSqlQuery q(database());
    const QString where = articleId.isEmpty() ? QString() : QStringLiteral(" WHERE article_id = ?");
    q.prepare(QStringLiteral("SELECT ") + annotationColumns + QStringLiteral(" FROM annotations") + where
              + QStringLiteral(" ORDER BY article_id, start_offset, end_offset, id"));
    if (!articleId.isEmpty())
        q.addBindValue(articleId);
    if (!q.exec())
        return result;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), result.size());
        result.append(annotationFromQuery(q));
    }
    QSqlQuery t(database());
    t.prepare(QStringLiteral("SELECT annotation_id, tag_id FROM annotation_tags ORDER BY annotation_id, tag_id"));
    if (t.exec())
        while (t.next()) {
            const auto it = index.constFind(t.value(0).toLongLong());
            if (it != index.cend())
                result[*it].tagIds.append(t.value(1).toLongLong());
        }
    return result;
}

qint64 Project::addAnnotation(const QString &articleId, qsizetype start, qsizetype end, const QList<qint64> &tagIds,
                              const QString &note)
{
    if (!checkWritable())
        return 0;
    const Article a = article(articleId);
    if (a.isNull())
        return fail(tr("No article with the id “%1”.").arg(articleId)), 0;
    const QList<uint> text = a.text.toUcs4();
    if (start < 0 || end <= start || end > text.size())
        return fail(tr("The span [%1, %2) is not inside the article (%3 code points).")
                        .arg(start).arg(end).arg(text.size())), 0;
    for (qint64 t : tagIds)
        if (tag(t).isNull())
            return fail(tr("No tag with the id %1.").arg(t)), 0;
    const qint64 id = nextId(QStringLiteral("annotations"));
    const QString stamp = now();
    RowChangeList changes{{RowChange::Insert, QStringLiteral("annotations"), {{QStringLiteral("id"), id}}, {},
                           {{QStringLiteral("article_id"), articleId}, {QStringLiteral("start_offset"), qint64(start)},
                            {QStringLiteral("end_offset"), qint64(end)}, {QStringLiteral("exact"), fromUcs4(text, start, end)},
                            {QStringLiteral("prefix"), fromUcs4(text, start - SelectorContext, start)},
                            {QStringLiteral("suffix"), fromUcs4(text, end, end + SelectorContext)},
                            {QStringLiteral("note"), note}, {QStringLiteral("author"), m_author},
                            {QStringLiteral("created"), stamp}, {QStringLiteral("modified"), stamp},
                            {QStringLiteral("orphaned"), 0}}}};
    QList<qint64> unique = tagIds;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    for (qint64 t : std::as_const(unique))
        changes.append({RowChange::Insert, QStringLiteral("annotation_tags"),
                        {{QStringLiteral("annotation_id"), id}, {QStringLiteral("tag_id"), t}}, {}, {}});
    if (!push(new AddAnnotationCommand(this, changes, tr("Tag a passage"))))
        return 0;
    return id;
}

bool Project::tagAnnotation(qint64 annotationId, qint64 tagId)
{
    if (!checkWritable())
        return false;
    const Annotation a = annotation(annotationId);
    const Tag t = tag(tagId);
    if (a.isNull() || t.isNull())
        return fail(a.isNull() ? tr("No such annotation.") : tr("No such tag."));
    if (a.tagIds.contains(tagId))
        return true;
    return push(new TagAnnotationCommand(
        this,
        {{RowChange::Insert, QStringLiteral("annotation_tags"),
          {{QStringLiteral("annotation_id"), annotationId}, {QStringLiteral("tag_id"), tagId}}, {}, {}},
         {RowChange::Update, QStringLiteral("annotations"), {{QStringLiteral("id"), annotationId}},
          {{QStringLiteral("modified"), a.modified}}, {{QStringLiteral("modified"), now()}}}},
        tr("Add tag “%1”").arg(t.name)));
}

bool Project::untagAnnotation(qint64 annotationId, qint64 tagId)
{
    if (!checkWritable())
        return false;
    const Annotation a = annotation(annotationId);
    if (a.isNull())
        return fail(tr("No such annotation."));
    if (!a.tagIds.contains(tagId))
        return true;
    return push(new UntagAnnotationCommand(
        this,
        {{RowChange::Delete, QStringLiteral("annotation_tags"),
          {{QStringLiteral("annotation_id"), annotationId}, {QStringLiteral("tag_id"), tagId}}, {}, {}},
         {RowChange::Update, QStringLiteral("annotations"), {{QStringLiteral("id"), annotationId}},
          {{QStringLiteral("modified"), a.modified}}, {{QStringLiteral("modified"), now()}}}},
        tr("Remove tag “%1”").arg(tag(tagId).name)));
}

bool Project::setNote(qint64 annotationId, const QString &note)
{
    if (!checkWritable())
        return false;
    const Annotation a = annotation(annotationId);
    if (a.isNull())
        return fail(tr("No such annotation."));
    if (a.note == note)
        return true;
    return push(new SetNoteCommand(this,
                                   {{RowChange::Update, QStringLiteral("annotations"), {{QStringLiteral("id"), annotationId}},
                                     {{QStringLiteral("note"), a.note}, {QStringLiteral("modified"), a.modified}},
                                     {{QStringLiteral("note"), note}, {QStringLiteral("modified"), now()}}}},
                                   tr("Edit note")));
}

bool Project::removeAnnotation(qint64 annotationId)
{
    if (!checkWritable())
        return false;
    const Annotation a = annotation(annotationId);
    if (a.isNull())
        return fail(tr("No such annotation."));
    RowChangeList changes;
    for (qint64 t : a.tagIds)
        changes.append({RowChange::Delete, QStringLiteral("annotation_tags"),
                        {{QStringLiteral("annotation_id"), annotationId}, {QStringLiteral("tag_id"), t}}, {}, {}});
    changes.append({RowChange::Delete, QStringLiteral("annotations"), {{QStringLiteral("id"), annotationId}},
                    {{QStringLiteral("article_id"), a.articleId}, {QStringLiteral("start_offset"), qint64(a.start)},
                     {QStringLiteral("end_offset"), qint64(a.end)}, {QStringLiteral("exact"), a.exact},
                     {QStringLiteral("prefix"), a.prefix}, {QStringLiteral("suffix"), a.suffix},
                     {QStringLiteral("note"), a.note}, {QStringLiteral("author"), a.author},
                     {QStringLiteral("created"), a.created}, {QStringLiteral("modified"), a.modified},
                     {QStringLiteral("orphaned"), a.orphaned ? 1 : 0}},
                    {}});
    return push(new RemoveAnnotationCommand(this, changes, tr("Remove annotation")));
}

bool Project::tagArticle(const QString &articleId, qint64 tagId)
{
    if (!checkWritable())
        return false;
    if (!hasArticle(articleId))
        return fail(tr("No article with the id “%1”.").arg(articleId));
    const Tag t = tag(tagId);
    if (t.isNull())
        return fail(tr("No such tag."));
    if (articleTags(articleId).contains(tagId))
        return true;
    return push(new TagArticleCommand(this,
                                      {{RowChange::Insert, QStringLiteral("article_tags"),
                                        {{QStringLiteral("article_id"), articleId}, {QStringLiteral("tag_id"), tagId}}, {},
                                        {{QStringLiteral("author"), m_author}, {QStringLiteral("created"), now()}}}},
                                      tr("Tag article with “%1”").arg(t.name)));
}

bool Project::untagArticle(const QString &articleId, qint64 tagId)
{
    if (!checkWritable())
        return false;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT author, created FROM article_tags WHERE article_id = ? AND tag_id = ?"));
    q.addBindValue(articleId);
    q.addBindValue(tagId);
    if (!q.exec() || !q.next())
        return true;
    const QVariantMap extra{{QStringLiteral("author"), q.value(0)}, {QStringLiteral("created"), q.value(1)}};
    return push(new UntagArticleCommand(this,
                                        {{RowChange::Delete, QStringLiteral("article_tags"),
                                          {{QStringLiteral("article_id"), articleId}, {QStringLiteral("tag_id"), tagId}},
                                          extra, {}}},
                                        tr("Remove article tag “%1”").arg(tag(tagId).name)));
}

QList<qint64> Project::articleTags(const QString &articleId) const
{
    QList<qint64> result;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT tag_id FROM article_tags WHERE article_id = ? ORDER BY tag_id"));
    q.addBindValue(articleId);
    if (q.exec())
        while (q.next())
            result.append(q.value(0).toLongLong());
    return result;
}

// --- meetings, statements, officials edits --------------------------------------------------

qint64 Project::insertRow(const QString &table, const QVariantMap &row, const QString &text)
{
    const qint64 id = nextId(table);
    if (!push(new RecordCommand(this, {{RowChange::Insert, table, {{QStringLiteral("id"), id}}, {}, row}}, text)))
        return 0;
    return id;
}

bool Project::changeRow(RowChange::Kind kind, const QString &table, qint64 id, const QVariantMap &before,
                        const QVariantMap &after, const QString &text)
{
    return push(new RecordCommand(this, {{kind, table, {{QStringLiteral("id"), id}}, before, after}}, text));
}

qint64 Project::addMeeting(const MeetingRecord &meeting)
{
    if (!checkWritable())
        return 0;
    return insertRow(QStringLiteral("meetings"), meetingRow(meeting), tr("Add meeting"));
}

bool Project::updateMeeting(const MeetingRecord &meeting)
{
    if (!checkWritable())
        return false;
    const MeetingRecord old = this->meeting(meeting.id);
    if (old.id == 0)
        return fail(tr("No such meeting."));
    return changeRow(RowChange::Update, QStringLiteral("meetings"), meeting.id,
                     meetingRow(old), meetingRow(meeting), tr("Edit meeting"));
}

bool Project::removeMeeting(qint64 id)
{
    if (!checkWritable())
        return false;
    const MeetingRecord old = meeting(id);
    if (old.id == 0)
        return fail(tr("No such meeting."));
    return changeRow(RowChange::Delete, QStringLiteral("meetings"), id,
                     meetingRow(old), QVariantMap(), tr("Remove meeting"));
}

QList<MeetingRecord> Project::meetings() const
{
    QList<MeetingRecord> result;
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT ") + meetingColumns + QStringLiteral(" FROM meetings ORDER BY date, id")))
        while (q.next())
            result.append(meetingFromQuery(q));
    return result;
}

MeetingRecord Project::meeting(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ") + meetingColumns + QStringLiteral(" FROM meetings WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return meetingFromQuery(q);
    return {};
}

qint64 Project::addStatement(const StatementRecord &statement)
{
    if (!checkWritable())
        return 0;
    if (!statement.articleId.isEmpty() && !hasArticle(statement.articleId))
        return fail(tr("No article with the id “%1”.").arg(statement.articleId)), 0;
    return insertRow(QStringLiteral("statements"), statementRow(statement), tr("Add statement"));
}

bool Project::updateStatement(const StatementRecord &statement)
{
    if (!checkWritable())
        return false;
    const StatementRecord old = this->statement(statement.id);
    if (old.id == 0)
        return fail(tr("No such statement."));
    return changeRow(RowChange::Update, QStringLiteral("statements"), statement.id,
                     statementRow(old), statementRow(statement), tr("Edit statement"));
}

bool Project::removeStatement(qint64 id)
{
    if (!checkWritable())
        return false;
    const StatementRecord old = statement(id);
    if (old.id == 0)
        return fail(tr("No such statement."));
    return changeRow(RowChange::Delete, QStringLiteral("statements"), id,
                     statementRow(old), QVariantMap(), tr("Remove statement"));
}

QList<StatementRecord> Project::statements(const QString &articleId) const
{
    QList<StatementRecord> result;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ") + statementColumns + QStringLiteral(" FROM statements")
              + (articleId.isEmpty() ? QString() : QStringLiteral(" WHERE article_id = ?"))
              + QStringLiteral(" ORDER BY article_id, start_offset, id"));
    if (!articleId.isEmpty())
        q.addBindValue(articleId);
    if (q.exec())
        while (q.next())
            result.append(statementFromQuery(q));
    return result;
}

StatementRecord Project::statement(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ") + statementColumns + QStringLiteral(" FROM statements WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return statementFromQuery(q);
    return {};
}

namespace {
QVariantMap officialsEditRow(const OfficialsEditRecord &e)
{
    return {{QStringLiteral("official_id"), e.officialId}, {QStringLiteral("kind"), e.kind},
            {QStringLiteral("data"), QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact))}};
}
} // namespace

qint64 Project::addOfficialsEdit(const OfficialsEditRecord &edit)
{
    if (!checkWritable())
        return 0;
    return insertRow(QStringLiteral("officials_edits"), officialsEditRow(edit), tr("Edit officials"));
}

bool Project::updateOfficialsEdit(const OfficialsEditRecord &edit)
{
    if (!checkWritable())
        return false;
    const QList<OfficialsEditRecord> all = officialsEdits();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const OfficialsEditRecord &e) { return e.id == edit.id; });
    if (it == all.cend())
        return fail(tr("No such officials edit."));
    return changeRow(RowChange::Update, QStringLiteral("officials_edits"), edit.id,
                     officialsEditRow(*it), officialsEditRow(edit), tr("Edit officials"));
}

bool Project::removeOfficialsEdit(qint64 id)
{
    if (!checkWritable())
        return false;
    const QList<OfficialsEditRecord> all = officialsEdits();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const OfficialsEditRecord &e) { return e.id == id; });
    if (it == all.cend())
        return fail(tr("No such officials edit."));
    return changeRow(RowChange::Delete, QStringLiteral("officials_edits"), id,
                     officialsEditRow(*it), QVariantMap(), tr("Edit officials"));
}

QList<OfficialsEditRecord> Project::officialsEdits() const
{
    QList<OfficialsEditRecord> result;
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT id, official_id, kind, data FROM officials_edits ORDER BY id")))
        while (q.next())
            result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()});
    return result;
}

} // namespace Entente
