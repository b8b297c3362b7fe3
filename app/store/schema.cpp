#include "store/schema.h"

#include "store/projectfile.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Entente {

bool Schema::exec(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            if (error)
                *error = tr("Database error: %1 (in: %2)").arg(q.lastError().text(), sql.simplified().left(80));
            return false;
        }
    }
    return true;
}

bool Schema::createVersion1(QSqlDatabase &db, QString *error)
{
    return exec(db, {
        QStringLiteral("CREATE TABLE articles (id TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '',"
                       " published TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '',"
                       " description TEXT NOT NULL DEFAULT '', text TEXT NOT NULL,"
                       " sha256 TEXT NOT NULL DEFAULT '', imported_at TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE tags (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES tags(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL, colour TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE UNIQUE INDEX tags_sibling_names ON tags (IFNULL(parent_id, 0), name)"),
        QStringLiteral("CREATE TABLE annotations (id INTEGER PRIMARY KEY,"
                       " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, exact TEXT NOT NULL,"
                       " prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '',"
                       " created TEXT NOT NULL DEFAULT '', modified TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX annotations_article ON annotations (article_id, start_offset)"),
        QStringLiteral("CREATE TABLE annotation_tags (annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,"
                       " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE, PRIMARY KEY (annotation_id, tag_id))"),
        QStringLiteral("CREATE INDEX annotation_tags_tag ON annotation_tags (tag_id)"),
        QStringLiteral("PRAGMA application_id = %1").arg(ProjectFile::ApplicationId),
        QStringLiteral("PRAGMA user_version = 1"),
    }, error);
}

bool Schema::migrate1to2(QSqlDatabase &db, QString *error)
{
    return exec(db, {
        QStringLiteral("ALTER TABLE annotations ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE article_tags (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
                       " author TEXT NOT NULL DEFAULT '', created TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (article_id, tag_id))"),
        QStringLiteral("CREATE TABLE meetings (id INTEGER PRIMARY KEY, date TEXT NOT NULL DEFAULT '',"
                       " place TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '',"
                       " participants TEXT NOT NULL DEFAULT '[]', evidence TEXT NOT NULL DEFAULT '[]',"
                       " source TEXT NOT NULL DEFAULT 'user' CHECK (source IN ('corpus', 'user')))"),
        QStringLiteral("CREATE TABLE statements (id INTEGER PRIMARY KEY, speaker_id TEXT NOT NULL DEFAULT '',"
                       " speaker_text TEXT NOT NULL DEFAULT '', cue TEXT NOT NULL DEFAULT '',"
                       " article_id TEXT REFERENCES articles(id) ON DELETE CASCADE,"
                       " start_offset INTEGER NOT NULL DEFAULT 0, end_offset INTEGER NOT NULL DEFAULT 0,"
                       " quote TEXT NOT NULL DEFAULT '', direct INTEGER NOT NULL DEFAULT 0, date TEXT NOT NULL DEFAULT '',"
                       " tags TEXT NOT NULL DEFAULT '[]',"
                       " status TEXT NOT NULL DEFAULT 'extracted' CHECK (status IN ('extracted', 'accepted', 'edited', 'user')))"),
        QStringLiteral("CREATE INDEX statements_article ON statements (article_id, start_offset)"),
        QStringLiteral("CREATE TABLE officials_edits (id INTEGER PRIMARY KEY, official_id TEXT NOT NULL DEFAULT '',"
                       " kind TEXT NOT NULL DEFAULT '', data TEXT NOT NULL DEFAULT '{}')"),
        QStringLiteral("CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles',"
                       " content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN"
                       " INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text); END"),
        QStringLiteral("CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN"
                       " INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END"),
        QStringLiteral("CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN"
                       " INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);"
                       " INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text); END"),
        QStringLiteral("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')"),
        QStringLiteral("PRAGMA user_version = 2"),
    }, error);
}

bool Schema::migrate2to3(QSqlDatabase &db, QString *error)
{
    return exec(db, {
        QStringLiteral("ALTER TABLE meetings ADD COLUMN slug TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE meetings ADD COLUMN host_country TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE meetings ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE statements ADD COLUMN content TEXT NOT NULL DEFAULT '[]'"),
        QStringLiteral("ALTER TABLE statements ADD COLUMN evidence_start INTEGER NOT NULL DEFAULT -1"),
        QStringLiteral("ALTER TABLE statements ADD COLUMN evidence_end INTEGER NOT NULL DEFAULT -1"),
        QStringLiteral("ALTER TABLE statements ADD COLUMN speaker_candidates TEXT NOT NULL DEFAULT '[]'"),
        QStringLiteral("PRAGMA user_version = 3"),
    }, error);
}

bool Schema::migrate3to4(QSqlDatabase &db, QString *error)
{
    // Bulk imports (io/BulkImport): which import added an article, each article's story
    // sketch (for duplicate detection against what the project holds), "same story as" links,
    // and the shelves an undone import's rows wait on for a redo. The shelves copy their
    // tables' columns: a later migration that adds a column to one of those tables must
    // recreate its shelf (they are emptied whenever the project is opened).
    return exec(db, {
        QStringLiteral("ALTER TABLE articles ADD COLUMN import_id INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX articles_import ON articles (import_id) WHERE import_id <> 0"),
        QStringLiteral("CREATE TABLE imports (id INTEGER PRIMARY KEY, started TEXT NOT NULL DEFAULT '',"
                       " label TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE article_sketches (article_id TEXT PRIMARY KEY NOT NULL"
                       " REFERENCES articles(id) ON DELETE CASCADE, exact_key BLOB NOT NULL,"
                       " min_hash BLOB NOT NULL, words INTEGER NOT NULL DEFAULT 0, origin TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX article_sketches_exact ON article_sketches (exact_key)"),
        QStringLiteral("CREATE TABLE article_links (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " other_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL DEFAULT 'same-story' CHECK (kind IN ('same-story')),"
                       " similarity REAL NOT NULL DEFAULT 0, PRIMARY KEY (article_id, other_id, kind))"),
        QStringLiteral("CREATE INDEX article_links_other ON article_links (other_id)"),
        QStringLiteral("CREATE TABLE shelved_articles AS SELECT * FROM articles WHERE 0"),
        QStringLiteral("CREATE TABLE shelved_sketches AS SELECT * FROM article_sketches WHERE 0"),
        QStringLiteral("CREATE TABLE shelved_links AS SELECT * FROM article_links WHERE 0"),
        QStringLiteral("PRAGMA user_version = 4"),
    }, error);
}

bool Schema::migrate4to5(QSqlDatabase &db, QString *error)
{
    // Lists of every annotation (the Annotations panel, exports) read where each one is in
    // article order from this index alone, in pages ("after this key"), without touching
    // the rows and their quotes: a fifth of the time at 100,000 annotations. It replaces
    // (article_id, start_offset), its prefix.
    // The library's list of articles (Rows::articleSummaryColumns, in publication order)
    // comes from an index holding those columns: read from the table, every row's text
    // would be walked through to reach sha256, stored after it.
    return exec(db, {
        QStringLiteral("CREATE INDEX annotations_span ON annotations (article_id, start_offset, end_offset)"),
        QStringLiteral("DROP INDEX annotations_article"),
        QStringLiteral("CREATE INDEX articles_summary ON articles (published, id, title, source, url, language, description, sha256)"),
        // The orphaned annotations are few (only a re-import makes them): counted and listed
        // from a partial index, not by reading every annotation.
        QStringLiteral("CREATE INDEX annotations_orphaned ON annotations (id) WHERE orphaned <> 0"),
        QStringLiteral("PRAGMA user_version = 5"),
    }, error);
}

bool Schema::create(QSqlDatabase &db, int version, QString *error)
{
    if (version < 1 || version > ProjectFile::SchemaVersion) {
        if (error)
            *error = tr("Unknown schema version %1.").arg(version);
        return false;
    }
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    bool ok = createVersion1(db, error);
    if (ok && version >= 2)
        ok = migrate1to2(db, error);
    if (ok && version >= 3)
        ok = migrate2to3(db, error);
    if (ok && version >= 4)
        ok = migrate3to4(db, error);
    if (ok && version >= 5)
        ok = migrate4to5(db, error);
    if (ok && db.commit())
        return true;
    db.rollback();
    return false;
}

bool Schema::migrate(QSqlDatabase &db, int from, QString *error)
{
    using Step = bool (*)(QSqlDatabase &, QString *);
    // steps[i] migrates version i + 1 to version i + 2.
    static const Step steps[] = {&Schema::migrate1to2, &Schema::migrate2to3, &Schema::migrate3to4, &Schema::migrate4to5};
    static_assert(std::size(steps) == ProjectFile::SchemaVersion - 1, "one migration per version step");
    for (int v = from; v < ProjectFile::SchemaVersion; ++v) {
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        if (!steps[v - 1](db, error) || !db.commit()) {
            db.rollback();
            if (error)
                *error = tr("Could not upgrade the project from version %1 to %2: %3").arg(v).arg(v + 1).arg(*error);
            return false;
        }
    }
    return true;
}

} // namespace Entente
