#include "io/bulkimport.h"

#include "import/articlereaders.h"
#include "io/articleimporter.h"
#include "io/boundedfile.h"
#include "import/readersupport.h"
#include "store/project.h"
#include "text/normalize.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Entente {

// One article read from a file, on its way to the project.
struct BulkImport::Found
{
    ImportedArticle article;
    StorySketch sketch;
    QString id;
    QString duplicateOf;
    bool near = false;
    double similarity = 0;
    StoryLinkList links;
};

namespace {

constexpr int MaxLinks = 3;
constexpr qsizetype HeadBytes = 4096;

// The readers name the file in their messages; the report names it in its own field.
QString withoutFileName(const QString &file, const QString &error)
{
    const QString prefix = QFileInfo(file).fileName() + u": "_s;
    return error.startsWith(prefix) ? error.mid(prefix.size()) : error;
}

QString firstLine(const QString &text)
{
    for (const QStringView line : QStringView(text).split(u'\n')) {
        const QStringView t = line.trimmed();
        if (!t.isEmpty())
            return t.left(160).toString();
    }
    return {};
}

QString originOf(const ImportedArticle &a)
{
    return a.locator.isEmpty() ? a.sourceFile : a.sourceFile + u'#' + a.locator;
}

} // namespace

// --- the files ----------------------------------------------------------------------------

QStringList ImportFiles::collect(const QStringList &paths, bool recursive, QList<ImportFailure> *failures)
{
    const QStringList suffixes = ArticleReaders::fileSuffixes();
    QStringList files;
    QSet<QString> seen;
    auto add = [&](const QString &path) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        const QString key = canonical.isEmpty() ? QFileInfo(path).absoluteFilePath() : canonical;
        if (!seen.contains(key)) {
            seen.insert(key);
            files.append(QFileInfo(path).absoluteFilePath());
        }
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            failures->append({path, tr("no such file or folder")});
            continue;
        }
        if (!info.isDir()) {
            add(path);
            continue;
        }
        if (!info.isReadable()) {
            failures->append({path, tr("the folder cannot be read (permission denied)")});
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                        recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
        QSet<QString> skippedDirs;
        while (it.hasNext()) {
            const QString entry = it.next();
            const QFileInfo e = it.fileInfo();
            // Anything inside a skipped folder stays skipped.
            bool inside = false;
            for (const QString &dir : std::as_const(skippedDirs))
                if (entry.startsWith(dir + u'/'))
                    inside = true;
            if (inside)
                continue;
            if (e.isDir()) {
                const bool savedPageParts = e.fileName().endsWith(u"_files"_s)
                                            && (QFileInfo::exists(e.absoluteFilePath().chopped(6) + u".html"_s)
                                                || QFileInfo::exists(e.absoluteFilePath().chopped(6) + u".htm"_s));
                if (e.isHidden() || savedPageParts)
                    skippedDirs.insert(e.absoluteFilePath());
                continue;
            }
            if (e.isHidden() || !suffixes.contains(e.suffix().toLower()))
                continue;
            found.append(entry);
        }
        std::sort(found.begin(), found.end());
        if (found.isEmpty())
            failures->append({path, recursive ? tr("the folder holds no file Entente reads")
                                              : tr("the folder holds no file Entente reads (its sub-folders are "
                                                   "searched with --recursive)")});
        for (const QString &f : std::as_const(found))
            add(f);
    }
    return files;
}

// --- the report ----------------------------------------------------------------------------

QJsonObject ImportReport::toJson() const
{
    QJsonArray in;
    for (const Imported &i : imported) {
        QJsonObject o{{u"file"_s, i.file}, {u"id"_s, i.id}, {u"title"_s, i.title},
                      {u"published"_s, i.published.isValid() ? QJsonValue(i.published.toString()) : QJsonValue()},
                      {u"source"_s, i.source}, {u"language"_s, i.language}};
        if (!i.locator.isEmpty())
            o.insert(u"locator"_s, i.locator);
        in.append(o);
    }
    QJsonArray dup;
    for (const Duplicate &d : duplicates) {
        QJsonObject o{{u"file"_s, d.file}, {u"of"_s, d.of}, {u"near"_s, d.near}};
        if (!d.locator.isEmpty())
            o.insert(u"locator"_s, d.locator);
        if (d.near)
            o.insert(u"similarity"_s, qRound(d.similarity * 1000) / 1000.0);
        dup.append(o);
    }
    QJsonArray bad;
    for (const ImportFailure &f : failed)
        bad.append(QJsonObject{{u"file"_s, f.file}, {u"error"_s, f.error}});
    QJsonObject report{{u"imported"_s, in}, {u"duplicates"_s, dup}, {u"failed"_s, bad}};
    if (cancelled)
        report.insert(u"cancelled"_s, true);
    return report;
}

QString ImportReport::toText() const
{
    const auto nearCount = std::count_if(duplicates.cbegin(), duplicates.cend(), [](const Duplicate &d) { return d.near; });
    QStringList lines;
    lines.append(BulkImport::tr("Imported %n article(s).", nullptr, int(imported.size())));
    if (duplicates.size() > nearCount)
        lines.append(BulkImport::tr("Left out %n exact duplicate(s).", nullptr, int(duplicates.size() - nearCount)));
    if (nearCount > 0)
        lines.append(BulkImport::tr("Linked %n near-duplicate(s) as the same story.", nullptr, int(nearCount)));
    if (cancelled)
        lines.append(BulkImport::tr("Cancelled: what was imported before stays."));
    if (!failed.isEmpty()) {
        lines.append(BulkImport::tr("%n could not be imported:", nullptr, int(failed.size())));
        for (const ImportFailure &f : failed)
            lines.append(u"  "_s + QDir::toNativeSeparators(f.file) + u": "_s + f.error);
    }
    return lines.join(u'\n');
}

// --- importing ------------------------------------------------------------------------------

BulkImport::Known BulkImport::known(Project *project)
{
    Known k;
    k.ids = project->articleIds();
    const QStringList missing = project->articlesWithoutSketch();
    if (!missing.isEmpty()) {
        QList<std::pair<QString, StorySketch>> made;
        for (const QString &id : missing)
            made.append({id, StorySketch::of(project->article(id).text)});
        if (!project->isReadOnly())
            project->storeSketches(made); // derived data: without it they are sketched again next time
        k.sketches = made;
    }
    k.sketches += project->storySketches();
    k.origins = project->importedOrigins();
    return k;
}

BulkImport::BulkImport(ImportSettings settings, Known known)
    : m_settings(std::move(settings))
    , m_readers(new ArticleReaders)
{
    m_readers->setColumnMapping(m_settings.mapping);
    for (const QString &id : std::as_const(known.ids))
        m_ids.insert(id);
    // Sketches for ids the project no longer has (none, normally) would only mislead.
    for (const auto &[id, sketch] : std::as_const(known.sketches))
        if (m_ids.contains(id) && m_index.exactDuplicate(sketch) != id)
            m_index.add(id, sketch);
    for (const ImportedOrigin &o : std::as_const(known.origins)) {
        const qsizetype hash = o.origin.indexOf(u'#');
        const QString file = hash < 0 ? o.origin : o.origin.left(hash);
        Origin &origin = m_origins[file];
        origin.sha256 = o.sha256;
        origin.articles.append({o.articleId, hash < 0 ? QString() : o.origin.mid(hash + 1)});
    }
}

BulkImport::~BulkImport()
{
    delete m_readers;
}

bool BulkImport::readFile(const QString &file, QList<Found> *found, QByteArray *hash, QList<ImportFailure> *failures) const
{
    QString error;
    if (!readArticles(file, found, hash, &error)) {
        failures->append({file, error});
        return false;
    }
    // A part of a multi-article file without text is left out and said so.
    for (auto it = found->begin(); it != found->end();) {
        if (it->article.text.trimmed().isEmpty()) {
            const QString &locator = it->article.locator;
            failures->append({file, tr("%1no text").arg(locator.isEmpty() ? QString() : locator + u": "_s)});
            it = found->erase(it);
        } else {
            ++it;
        }
    }
    return true;
}

bool BulkImport::readArticles(const QString &file, QList<Found> *found, QByteArray *hash, QString *error) const
{
    QByteArray bytes;
    QString why;
    if (!BoundedFile::read(file, BoundedFile::MaxArticleBytes, &bytes, &why)) {
        *error = why;
        return false;
    }
    if (bytes.isEmpty()) {
        *error = tr("the file is empty");
        return false;
    }
    *hash = sha256Hex(bytes).toLatin1();
    const ArticleReader *reader = m_readers->readerFor(file, bytes.left(HeadBytes));
    if (!reader) {
        *error = withoutFileName(file, ArticleReaders::unknownFormat(file));
        return false;
    }
    ImportedArticleList articles;
    QStringList skipped;
    if (!reader->readAll(file, bytes, &articles, &skipped, &why)) {
        *error = withoutFileName(file, why);
        return false;
    }
    bytes.clear();
    ReaderSupport::attachSkipped(&articles, skipped);
    for (ImportedArticle &a : articles) {
        if (!m_settings.source.isEmpty())
            a.outlet = m_settings.source;
        if (!m_settings.language.isEmpty())
            a.language = m_settings.language;
        if (a.sourceFile.isEmpty())
            a.sourceFile = QFileInfo(file).absoluteFilePath();
        if (a.title.trimmed().isEmpty())
            a.title = firstLine(a.text);
        Found f;
        f.article = std::move(a);
        found->append(std::move(f));
    }
    return true;
}

QString BulkImport::uniqueId(const QString &title, const QString &file)
{
    QString base = ArticleImporter::slugify(title);
    if (base.isEmpty())
        base = ArticleImporter::slugify(QFileInfo(file).completeBaseName());
    if (base.isEmpty())
        base = u"article"_s;
    QString id = base;
    for (int n = 2; m_ids.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    m_ids.insert(id);
    return id;
}

void BulkImport::classify(Found *f)
{
    f->sketch = StorySketch::of(f->article.text);
    const QString exact = m_index.exactDuplicate(f->sketch);
    if (!exact.isEmpty()) {
        f->duplicateOf = exact;
        f->similarity = 1;
        return;
    }
    const QList<NearDuplicateIndex::Match> near = m_index.nearDuplicates(f->sketch, m_settings.nearThreshold);
    if (!near.isEmpty()) {
        f->duplicateOf = near.first().id;
        f->near = true;
        f->similarity = near.first().similarity;
        for (const auto &m : near.mid(0, MaxLinks))
            f->links.append({QString(), m.id, m.similarity});
    }
}

bool BulkImport::unchanged(const QString &file, ImportReport *report) const
{
    const auto it = m_origins.constFind(QFileInfo(file).absoluteFilePath());
    if (it == m_origins.cend())
        return false;
    QByteArray bytes;
    QString error;
    if (!BoundedFile::read(file, BoundedFile::MaxArticleBytes, &bytes, &error) || sha256Hex(bytes) != it->sha256)
        return false; // read as any other file (and fail there, with its message)
    for (const auto &[id, locator] : it->articles)
        report->duplicates.append({QFileInfo(file).absoluteFilePath(), locator, id, false, 1.0});
    return true;
}

QList<ImportItem> BulkImport::scan(const QStringList &files, QList<ImportFailure> *failures, const Callbacks &callbacks)
{
    QList<ImportItem> items;
    for (int i = 0; i < files.size(); ++i) {
        if (callbacks.cancelled && callbacks.cancelled())
            break;
        const QString &file = files.at(i);
        QList<Found> found;
        QByteArray hash;
        if (readFile(file, &found, &hash, failures)) {
            for (Found &f : found) {
                classify(&f);
                ImportItem item;
                item.file = f.article.sourceFile;
                item.locator = f.article.locator;
                item.format = f.article.format;
                item.id = uniqueId(f.article.title, file);
                item.title = f.article.title;
                item.published = f.article.published;
                item.dateEvidence = f.article.dateEvidence;
                item.outlet = f.article.outlet;
                item.author = f.article.author;
                item.url = f.article.url;
                item.language = f.article.language;
                item.characters = f.article.text.size();
                item.duplicateOf = f.duplicateOf;
                item.near = f.near;
                item.similarity = f.similarity;
                item.problems = f.article.warnings;
                item.include = !item.isExactDuplicate();
                item.fileHash = hash;
                // Later files are compared with this one too (as the import will, once it
                // is in), and keep their ids apart from it.
                if (!item.isExactDuplicate())
                    m_index.add(item.id, f.sketch);
                items.append(item);
            }
        }
        if (callbacks.progress)
            callbacks.progress(i + 1, int(files.size()), int(items.size()));
    }
    return items;
}

ImportReport BulkImport::import(const QStringList &files, const QList<ImportItem> *reviewed, const Callbacks &callbacks)
{
    ImportReport report;
    QHash<QString, const ImportItem *> byKey;
    if (reviewed) {
        for (const ImportItem &item : *reviewed)
            byKey.insert(item.key(), &item);
        // The reviewed ids are taken: a new id never collides with one the review showed.
        for (const ImportItem &item : *reviewed)
            m_ids.insert(item.id);
    }
    QList<NewArticle> batch;
    QList<ImportReport::Imported> pending;
    bool stopped = false;
    auto flush = [&]() {
        if (batch.isEmpty() || stopped)
            return;
        QString error;
        if (callbacks.write && !callbacks.write(batch, &error)) {
            for (const NewArticle &n : std::as_const(batch))
                report.failed.append({n.origin, error});
            stopped = true;
        } else {
            report.imported += pending;
        }
        batch.clear();
        pending.clear();
    };
    int articles = 0;
    for (int i = 0; i < files.size() && !stopped; ++i) {
        if (callbacks.cancelled && callbacks.cancelled()) {
            report.cancelled = true;
            break;
        }
        const QString &file = files.at(i);
        if (!reviewed && unchanged(file, &report)) {
            if (callbacks.progress)
                callbacks.progress(i + 1, int(files.size()), articles);
            continue;
        }
        QList<Found> found;
        QByteArray hash;
        readFile(file, &found, &hash, &report.failed);
        for (Found &f : found) {
            ImportedArticle &a = f.article;
            const ImportItem *item = nullptr;
            if (reviewed) {
                item = byKey.value(QFileInfo(a.sourceFile).absoluteFilePath() + u'\x1f' + a.locator);
                if (!item) {
                    report.failed.append({file, tr("%1not in the reviewed list: the file changed since it was reviewed")
                                                    .arg(a.locator.isEmpty() ? QString() : a.locator + u": "_s)});
                    continue;
                }
                if (item->fileHash != hash) {
                    report.failed.append({file, tr("the file changed since it was reviewed; import it again")});
                    break;
                }
                if (!item->include)
                    continue;
                a.title = item->title;
                a.published = item->published;
                a.outlet = item->outlet;
                a.language = item->language;
                a.author = item->author;
            }
            classify(&f);
            if (!f.duplicateOf.isEmpty())
                report.duplicates.append({a.sourceFile, a.locator, f.duplicateOf, f.near, f.similarity});
            if (f.duplicateOf.isEmpty() || f.near) {
                // new, or the same story told again
            } else if (item && item->include) {
                // an exact duplicate the user chose to import: linked to what it repeats
                f.links.append({QString(), f.duplicateOf, 1.0});
            } else {
                continue;
            }
            f.id = item ? item->id : uniqueId(a.title, file);
            m_ids.insert(f.id);
            m_index.add(f.id, f.sketch);

            NewArticle n;
            n.article.id = f.id;
            n.article.title = a.title;
            n.article.source = a.outlet;
            n.article.url = a.url;
            n.article.published = a.published;
            n.article.language = a.language;
            n.article.text = std::move(a.text);
            n.article.sha256 = QString::fromLatin1(hash);
            n.sketch = f.sketch;
            n.origin = originOf(a);
            n.sameStoryAs = f.links;
            for (StoryLink &l : n.sameStoryAs)
                l.articleId = f.id;
            pending.append({a.sourceFile, a.locator, f.id, a.title, a.published, a.outlet, a.language});
            batch.append(std::move(n));
            ++articles;
            if (batch.size() >= BatchSize) {
                flush();
                if (callbacks.cancelled && callbacks.cancelled()) {
                    report.cancelled = true;
                    stopped = true;
                }
            }
        }
        if (callbacks.progress)
            callbacks.progress(i + 1, int(files.size()), articles);
    }
    flush();
    return report;
}

ImportReport BulkImport::run(Project *project, const QStringList &paths, const ImportSettings &settings,
                             const Callbacks &callbacks)
{
    ImportReport report;
    const QStringList files = ImportFiles::collect(paths, settings.recursive, &report.failed);
    const qint64 importId = project->beginImport(paths.join(u", "_s));
    if (importId == 0) {
        for (const QString &f : files)
            report.failed.append({f, project->errorString()});
        return report;
    }
    BulkImport importer(settings, known(project));
    Callbacks cb = callbacks;
    cb.write = [project, importId](const QList<NewArticle> &batch, QString *error) {
        if (project->addImportedArticles(importId, batch))
            return true;
        *error = project->errorString();
        return false;
    };
    ImportReport done = importer.import(files, nullptr, cb);
    done.failed = report.failed + done.failed;
    done.importId = importId;
    if (!project->finishImport(importId))
        done.failed.append({project->fileName(), project->errorString()});
    return done;
}

} // namespace Entente
