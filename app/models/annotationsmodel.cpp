#include "models/annotationsmodel.h"
#include "model/timing.h"

#include <QFont>

#include "store/project.h"

#include <algorithm>

namespace Entente {

namespace {
// The order of the project's SQL (article ids as SQLite compares text: by UTF-8 bytes, that
// is by code point, which differs from UTF-16 order only between surrogates and U+E000 and
// above), so that rows read in pages and rows inserted one by one agree.
int compareCodePoints(QStringView a, QStringView b)
{
    const auto weight = [](char16_t u) {
        return u >= 0xD800 && u <= 0xDFFF ? u + 0x2000 : u >= 0xE000 ? u - 0x800 : int(u);
    };
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        if (a[i] != b[i])
            return weight(a[i].unicode()) - weight(b[i].unicode());
    return int(a.size() - b.size());
}

bool before(const AnnotationSpan &a, const AnnotationSpan &b)
{
    if (const int c = compareCodePoints(a.articleId, b.articleId); c != 0)
        return c < 0;
    return std::tie(a.start, a.end, a.id) < std::tie(b.start, b.end, b.id);
}

// Rows read at once when a view asks for one not yet read (a screenful and some), and how
// many read rows are kept.
constexpr int PageBefore = 32;
constexpr int PageAfter = 96;
constexpr qsizetype CacheLimit = 4096;
} // namespace

AnnotationsModel::AnnotationsModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    m_pageTimer = new QTimer(this);
    m_pageTimer->setSingleShot(true);
    m_pageTimer->setInterval(0);
    connect(m_pageTimer, &QTimer::timeout, this, [this] { readPage(m_laterPage); });
    if (project) {
        const auto articlesChanged = [this] {
            m_yearsRead = false;
            m_years.clear();
            m_titles.clear();
            reload();
        };
        connect(project, &Project::opened, this, articlesChanged);
        connect(project, &Project::closed, this, articlesChanged);
        connect(project, &Project::articlesChanged, this, articlesChanged);
        connect(project, &Project::annotationAdded, this, &AnnotationsModel::onAdded);
        connect(project, &Project::annotationRemoved, this, &AnnotationsModel::onRemoved);
        connect(project, &Project::annotationChanged, this, &AnnotationsModel::onChanged);
        connect(project, &Project::tagsChanged, this, &AnnotationsModel::onTagsChanged);
    }
    reload();
}

void AnnotationsModel::setTagFilter(qint64 tagId)
{
    m_tagFilter = tagId;
    reload();
}

void AnnotationsModel::setArticleFilter(const QString &articleId)
{
    m_articleFilter = articleId;
    reload();
}

void AnnotationsModel::setYearFilter(int year)
{
    m_yearFilter = year;
    reload();
}

void AnnotationsModel::setTextFilter(const QString &text)
{
    m_textFilter = text.trimmed();
    reload();
}

void AnnotationsModel::setOrphanedFilter(bool orphanedOnly)
{
    m_orphanedOnly = orphanedOnly;
    reload();
}

int AnnotationsModel::orphanedCount() const
{
    // Nothing to ask a project that is not open (a closed one has no annotations).
    return m_project && m_project->isOpen() ? m_project->orphanedCount() : 0;
}

AnnotationFilter AnnotationsModel::filter() const
{
    AnnotationFilter f;
    f.articleId = m_articleFilter;
    f.tagIds = m_tagSet;
    f.orphanedOnly = m_orphanedOnly;
    f.text = m_textFilter;
    return f;
}

bool AnnotationsModel::acceptsYear(const QString &articleId) const
{
    return m_yearFilter == 0 || m_years.value(articleId) == m_yearFilter;
}

void AnnotationsModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    reload();
}

void AnnotationsModel::setPageSizes(int first, int later)
{
    m_firstPage = std::max(1, first);
    m_laterPage = std::max(1, later);
}

void AnnotationsModel::reload()
{
    ScopedTiming timing("AnnotationsModel::reload");
    beginResetModel();
    m_pageTimer->stop();
    m_rows.clear();
    m_details.clear();
    m_tagPaths.clear();
    m_tagSet.clear();
    m_frontier.reset();
    m_loading = false;
    if (m_active && m_project && m_project->isOpen()) {
        if (m_yearFilter != 0 && !m_yearsRead) {
            m_years = m_project->articleYears();
            m_yearsRead = true;
        }
        if (m_tagFilter != 0) {
            m_tagSet = m_project->tagWithDescendants(m_tagFilter);
            if (m_tagSet.isEmpty())
                m_tagSet = {m_tagFilter}; // a tag that is gone: nothing has it
        }
        m_loading = true;
        m_inReset = true;
        readPage(m_firstPage);
        m_inReset = false;
    } else {
        m_yearsRead = false;
        m_years.clear();
        m_titles.clear();
    }
    endResetModel();
}

void AnnotationsModel::readPage(int limit)
{
    if (!m_loading || !m_project || !m_project->isOpen())
        return;
    AnnotationFilter f = filter();
    f.after = m_frontier;
    f.limit = limit;
    AnnotationSpan last;
    QList<AnnotationSpan> page = m_project->annotationSpans(f, &last);
    if (last.id == 0) { // nothing read: every row is in
        m_loading = false;
        Q_EMIT loaded();
        return;
    }
    m_frontier = last;
    if (m_yearFilter != 0)
        page.removeIf([this](const AnnotationSpan &a) { return !acceptsYear(a.articleId); });
    // Inside a reset (the first page) rows are simply there; later ones are appended.
    if (!page.isEmpty()) {
        if (m_inReset) {
            m_rows = std::move(page);
        } else {
            const int first = int(m_rows.size());
            beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
            m_rows.append(page);
            endInsertRows();
        }
    }
    m_pageTimer->start();
}

int AnnotationsModel::insertionRow(const AnnotationSpan &a) const
{
    return int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), a, before) - m_rows.cbegin());
}

int AnnotationsModel::rowOf(qint64 annotationId) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const AnnotationSpan &a) { return a.id == annotationId; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

std::optional<AnnotationSpan> AnnotationsModel::wanted(qint64 id) const
{
    AnnotationFilter f = filter();
    f.id = id;
    const QList<AnnotationSpan> found = m_project->annotationSpans(f);
    if (found.isEmpty() || !acceptsYear(found.constFirst().articleId))
        return std::nullopt;
    return found.constFirst();
}

void AnnotationsModel::insert(const AnnotationSpan &span)
{
    // Past the rows read so far: a later page reads it.
    if (m_loading && (!m_frontier || before(*m_frontier, span)))
        return;
    const int row = insertionRow(span);
    if (row < m_rows.size() && m_rows.at(row).id == span.id)
        return; // already there (rows are ordered by their key, which ends with the id)
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(row, span);
    endInsertRows();
}

void AnnotationsModel::onAdded(qint64 id)
{
    if (!m_active || !m_project)
        return;
    if (const std::optional<AnnotationSpan> span = wanted(id))
        insert(*span);
}

void AnnotationsModel::onRemoved(qint64 id)
{
    m_details.remove(id);
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void AnnotationsModel::onChanged(qint64 id)
{
    if (!m_active || !m_project)
        return;
    m_details.remove(id);
    const std::optional<AnnotationSpan> span = wanted(id); // read once
    const int row = rowOf(id);
    if (row >= 0 && span && !before(*span, m_rows.at(row)) && !before(m_rows.at(row), *span)) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); // same position
        return;
    }
    if (row >= 0)
        onRemoved(id);
    if (span)
        insert(*span);
}

void AnnotationsModel::onTagsChanged()
{
    m_details.clear(); // a removed tag leaves the annotations that had it
    m_tagPaths.clear();
    if (m_tagFilter != 0) { // the subtree may have changed
        reload();
        return;
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TagsColumn), index(int(m_rows.size()) - 1, TagsColumn));
}

const Annotation *AnnotationsModel::details(int row) const
{
    const qint64 id = m_rows.at(row).id;
    auto it = m_details.constFind(id);
    if (it != m_details.cend() && m_titles.contains(m_rows.at(row).articleId))
        return &*it;
    if (!m_project || !m_project->isOpen())
        return nullptr;
    if (m_details.size() > CacheLimit)
        m_details.clear();
    QList<qint64> ids;
    QStringList untitled;
    const int last = int(std::min<qsizetype>(m_rows.size() - 1, row + PageAfter));
    for (int r = std::max(0, row - PageBefore); r <= last; ++r) {
        const AnnotationSpan &span = m_rows.at(r);
        if (!m_details.contains(span.id))
            ids.append(span.id);
        if (!m_titles.contains(span.articleId) && !untitled.contains(span.articleId))
            untitled.append(span.articleId);
    }
    for (const Annotation &a : m_project->annotationsWithIds(ids))
        m_details.insert(a.id, a);
    if (m_titles.size() > CacheLimit)
        m_titles.clear();
    const QHash<QString, QString> titles = m_project->articleTitles(untitled);
    for (auto t = titles.cbegin(); t != titles.cend(); ++t)
        m_titles.insert(t.key(), t.value());
    it = m_details.constFind(id);
    return it == m_details.cend() ? nullptr : &*it;
}

Annotation AnnotationsModel::annotationAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Annotation *a = details(row);
    return a ? *a : Annotation();
}

AnnotationSpan AnnotationsModel::spanAt(int row) const
{
    return m_rows.value(row);
}

int AnnotationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnotationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AnnotationSpan &span = m_rows.at(index.row());
    switch (role) { // what the list keeps
    case AnnotationIdRole:
        return span.id;
    case ArticleIdRole:
        return span.articleId;
    case StartRole:
        return qint64(span.start);
    case EndRole:
        return qint64(span.end);
    case Qt::DisplayRole:
        if (index.column() == ArticleColumn) {
            if (!m_titles.contains(span.articleId))
                details(index.row()); // reads the titles of the page too
            return m_titles.value(span.articleId, span.articleId);
        }
        break;
    case Qt::EditRole:
    case Qt::ToolTipRole:
    case Qt::FontRole:
    case TagIdsRole:
    case OrphanedRole:
        break;
    default:
        return {};
    }
    const Annotation *details = this->details(index.row());
    if (!details)
        return {};
    const Annotation &a = *details;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case QuoteColumn:
            return role == Qt::DisplayRole ? QString(a.exact).replace(u'\n', u' ') : QVariant();
        case TagsColumn: {
            if (role != Qt::DisplayRole || !m_project)
                return {};
            QStringList paths;
            for (qint64 t : a.tagIds) {
                auto it = m_tagPaths.constFind(t);
                if (it == m_tagPaths.cend())
                    it = m_tagPaths.insert(t, m_project->tagPath(t));
                paths.append(*it);
            }
            return paths.join(QStringLiteral(", "));
        }
        case NoteColumn:
            return a.note;
        case AuthorColumn:
            return role == Qt::DisplayRole ? QVariant(a.author) : QVariant();
        case ModifiedColumn:
            return role == Qt::DisplayRole ? QVariant(a.modified) : QVariant();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (a.orphaned)
            return tr("Not found in the article's current text (it was re-imported and changed). "
                      "The annotation and its quote are kept: “%1”").arg(a.exact);
        return index.column() == QuoteColumn ? QVariant(a.exact) : QVariant();
    case Qt::FontRole:
        if (a.orphaned) {
            QFont font;
            font.setItalic(true);
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case TagIdsRole:
        return QVariant::fromValue(a.tagIds);
    case OrphanedRole:
        return a.orphaned;
    default:
        return {};
    }
}

bool AnnotationsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NoteColumn || !m_project
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    // The project emits annotationChanged, which updates the row.
    return m_project->setNote(m_rows.at(index.row()).id, value.toString());
}

Qt::ItemFlags AnnotationsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == NoteColumn && m_project && !m_project->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AnnotationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ArticleColumn: return tr("Article");
    case QuoteColumn: return tr("Quote");
    case TagsColumn: return tr("Tags");
    case NoteColumn: return tr("Note");
    case AuthorColumn: return tr("Author");
    case ModifiedColumn: return tr("Modified");
    default: return {};
    }
}

} // namespace Entente
