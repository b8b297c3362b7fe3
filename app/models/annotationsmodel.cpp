#include "models/annotationsmodel.h"

#include <QFont>

#include "store/project.h"

#include <algorithm>

namespace Entente {

namespace {
bool before(const Annotation &a, const Annotation &b)
{
    return std::tie(a.articleId, a.start, a.end, a.id) < std::tie(b.articleId, b.start, b.end, b.id);
}
} // namespace

AnnotationsModel::AnnotationsModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    if (project) {
        connect(project, &Project::opened, this, &AnnotationsModel::reload);
        connect(project, &Project::closed, this, &AnnotationsModel::reload);
        connect(project, &Project::articlesChanged, this, &AnnotationsModel::reload);
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
    return m_project && m_project->isOpen() ? int(m_project->orphanedAnnotations().size()) : 0;
}

bool AnnotationsModel::accepts(const Annotation &a) const
{
    if (m_orphanedOnly && !a.orphaned)
        return false;
    if (!m_articleFilter.isEmpty() && a.articleId != m_articleFilter)
        return false;
    if (m_yearFilter != 0 && m_years.value(a.articleId) != m_yearFilter)
        return false;
    if (m_tagFilter != 0 && std::none_of(a.tagIds.cbegin(), a.tagIds.cend(), [&](qint64 t) { return m_tagSet.contains(t); }))
        return false;
    if (!m_textFilter.isEmpty() && !a.exact.contains(m_textFilter, Qt::CaseInsensitive)
        && !a.note.contains(m_textFilter, Qt::CaseInsensitive))
        return false;
    return true;
}

void AnnotationsModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    reload();
}

void AnnotationsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_years.clear();
    m_titles.clear();
    m_tagSet.clear();
    if (m_active && m_project && m_project->isOpen()) {
        for (const Article &a : m_project->articles()) {
            m_years.insert(a.id, a.published.isValid() ? a.published.year() : 0);
            m_titles.insert(a.id, a.title);
        }
        if (m_tagFilter != 0) {
            const QList<qint64> ids = m_project->tagWithDescendants(m_tagFilter);
            m_tagSet = QSet<qint64>(ids.cbegin(), ids.cend());
        }
        for (const Annotation &a : m_project->annotations(m_articleFilter))
            if (accepts(a))
                m_rows.append(a);
    }
    endResetModel();
}

int AnnotationsModel::insertionRow(const Annotation &a) const
{
    return int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), a, before) - m_rows.cbegin());
}

int AnnotationsModel::rowOf(qint64 annotationId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == annotationId)
            return i;
    return -1;
}

void AnnotationsModel::onAdded(qint64 id)
{
    if (!m_active || !m_project || rowOf(id) >= 0)
        return;
    const Annotation a = m_project->annotation(id);
    if (a.isNull() || !accepts(a))
        return;
    const int row = insertionRow(a);
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(row, a);
    endInsertRows();
}

void AnnotationsModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void AnnotationsModel::onChanged(qint64 id)
{
    if (!m_project)
        return;
    const Annotation a = m_project->annotation(id);
    const int row = rowOf(id);
    const bool wanted = !a.isNull() && accepts(a);
    if (row >= 0 && wanted && !before(a, m_rows.at(row)) && !before(m_rows.at(row), a)) {
        m_rows[row] = a; // same position
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (row >= 0)
        onRemoved(id);
    if (wanted)
        onAdded(id);
}

void AnnotationsModel::onTagsChanged()
{
    if (m_tagFilter != 0) { // the subtree may have changed
        reload();
        return;
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TagsColumn), index(int(m_rows.size()) - 1, TagsColumn));
}

Annotation AnnotationsModel::annotationAt(int row) const
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
    const Annotation &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case ArticleColumn:
            return role == Qt::DisplayRole ? m_titles.value(a.articleId, a.articleId) : QVariant();
        case QuoteColumn:
            return role == Qt::DisplayRole ? QString(a.exact).replace(u'\n', u' ') : QVariant();
        case TagsColumn: {
            if (role != Qt::DisplayRole || !m_project)
                return {};
            QStringList paths;
            for (qint64 t : a.tagIds)
                paths.append(m_project->tagPath(t));
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
    case AnnotationIdRole:
        return a.id;
    case ArticleIdRole:
        return a.articleId;
    case StartRole:
        return qint64(a.start);
    case EndRole:
        return qint64(a.end);
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
