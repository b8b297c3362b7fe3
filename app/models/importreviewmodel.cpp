#include "importreviewmodel.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Entente {

namespace {

// The same shape `entente import --language` accepts: a primary tag of two or three letters,
// then subtags.
bool isLanguageTag(const QString &tag)
{
    static const QRegularExpression pattern(u"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"_s);
    return pattern.match(tag).hasMatch();
}

// "EN-us" -> "en-us"'s primary tag in lower case, the rest as typed: "en-US" stays.
QString normalisedLanguage(const QString &tag)
{
    const qsizetype dash = tag.indexOf(u'-');
    return dash < 0 ? tag.toLower() : tag.left(dash).toLower() + tag.mid(dash);
}

bool isChecked(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    return value.toInt() == Qt::Checked;
}

} // namespace

ImportReviewModel::ImportReviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportReviewModel::setItems(const QList<ImportItem> &items)
{
    beginResetModel();
    m_items = items;
    m_edits.clear();
    endResetModel();
    Q_EMIT countsChanged();
}

bool ImportReviewModel::isEditable(int column)
{
    return column == TitleColumn || column == DateColumn || column == OutletColumn || column == LanguageColumn;
}

QString ImportReviewModel::problemWith(int column, const QVariant &value)
{
    const QString text = value.toString().trimmed();
    switch (column) {
    case ImportColumn:
        return QString();
    case TitleColumn:
        return text.isEmpty() ? tr("An article needs a title.") : QString();
    case DateColumn: {
        if (text.isEmpty())
            return QString(); // undated
        QString why; // EdtfDate's own reason names the text and what is expected
        if (!EdtfDate::parse(text, &why).isValid())
            return why.isEmpty() ? tr("“%1” is not an EDTF date (e.g. 2023-04-29, 2021-06, 2021?).").arg(text) : why;
        return QString();
    }
    case OutletColumn:
        return QString();
    case LanguageColumn:
        if (!text.isEmpty() && !isLanguageTag(text))
            return tr("“%1” is not a language tag such as en, ar or fa.").arg(text);
        return QString();
    default:
        return tr("This column cannot be edited.");
    }
}

bool ImportReviewModel::assign(ImportItem *item, int column, const QVariant &value)
{
    const QString text = value.toString().trimmed();
    switch (column) {
    case ImportColumn: {
        const bool on = isChecked(value);
        if (item->include == on)
            return false;
        item->include = on;
        return true;
    }
    case TitleColumn:
        if (item->title == text)
            return false;
        item->title = text;
        return true;
    case DateColumn: {
        const EdtfDate date = text.isEmpty() ? EdtfDate() : EdtfDate::parse(text);
        if (item->published == date)
            return false;
        item->published = date;
        return true;
    }
    case OutletColumn:
        if (item->outlet == text)
            return false;
        item->outlet = text;
        return true;
    case LanguageColumn: {
        const QString tag = normalisedLanguage(text);
        if (item->language == tag)
            return false;
        item->language = tag;
        return true;
    }
    }
    return false;
}

int ImportReviewModel::setForRows(const QModelIndexList &rows, int column, const QVariant &value)
{
    if (column != ImportColumn && !isEditable(column))
        return 0;
    if (!problemWith(column, value).isEmpty())
        return 0;
    QList<int> wanted;
    for (const QModelIndex &index : rows) {
        if (index.isValid() && index.model() == this && !wanted.contains(index.row()))
            wanted.append(index.row());
    }
    std::sort(wanted.begin(), wanted.end());
    QList<int> changed;
    for (const int row : std::as_const(wanted)) {
        ImportItem &item = m_items[row];
        if (assign(&item, column, value)) {
            m_edits[item.key()].insert(column, column == ImportColumn ? QVariant(item.include) : QVariant(data(index(row, column), Qt::EditRole)));
            changed.append(row);
        }
    }
    // One signal per run of adjacent rows: a selection of 300 rows in one block is one signal.
    // A tick changes how the whole row is drawn (left-out rows are greyed), so it spans the row.
    const int first = column == ImportColumn ? 0 : column;
    const int last = column == ImportColumn ? ColumnCount - 1 : column;
    const QList<int> roles = column == ImportColumn ? QList<int>{Qt::CheckStateRole, Qt::ToolTipRole, SortRole}
                                                    : QList<int>{Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, SortRole};
    for (qsizetype i = 0; i < changed.size();) {
        qsizetype j = i;
        while (j + 1 < changed.size() && changed.at(j + 1) == changed.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(changed.at(i), first), index(changed.at(j), last), roles);
        i = j + 1;
    }
    if (column == ImportColumn && !changed.isEmpty())
        Q_EMIT countsChanged();
    return int(changed.size());
}

ImportReviewModel::Counts ImportReviewModel::counts() const
{
    Counts c;
    c.rows = int(m_items.size());
    for (const ImportItem &item : m_items) {
        const bool exact = item.isExactDuplicate();
        if (item.include) {
            ++c.included;
            if (exact)
                ++c.exactIncluded;
            else if (item.near)
                ++c.nearLinked;
            else
                ++c.fresh;
        } else if (exact) {
            ++c.exactOmitted;
        } else {
            ++c.omitted;
        }
    }
    return c;
}

void ImportReviewModel::applyEdits(const Edits &edits)
{
    for (int row = 0; row < m_items.size(); ++row) {
        const auto found = edits.constFind(m_items.at(row).key());
        if (found == edits.cend())
            continue;
        for (auto it = found->cbegin(); it != found->cend(); ++it)
            setForRows({index(row, 0)}, it.key(), it.value());
    }
}

int ImportReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ImportReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportReviewModel::duplicateText(const ImportItem &item)
{
    if (item.duplicateOf.isEmpty())
        return QString();
    // An id in Arabic or Persian letters is set apart (first-strong isolate), so the words
    // around it keep their place.
    const QString id = item.duplicateOf.isRightToLeft() ? QChar(0x2068) + item.duplicateOf + QChar(0x2069) : item.duplicateOf;
    if (!item.near)
        return tr("exact: %1").arg(id);
    return tr("same story as %1 (%2 %)").arg(id).arg(qRound(item.similarity * 100));
}

QString ImportReviewModel::fileText(const ImportItem &item)
{
    const QString name = QFileInfo(item.file).fileName();
    return item.locator.isEmpty() ? name : tr("%1, %2", "file name, place in the file").arg(name, item.locator);
}

QVariant ImportReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportItem &item = m_items.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case ImportColumn:
            return QVariant();
        case TitleColumn:
            return item.title;
        case DateColumn:
            return item.published.isValid() ? item.published.toString() : QString();
        case OutletColumn:
            return item.outlet;
        case LanguageColumn:
            return item.language;
        case FormatColumn:
            return item.format;
        case FileColumn:
            return fileText(item);
        case DuplicateColumn:
            return duplicateText(item);
        case ProblemsColumn:
            return item.problems.join(u"; "_s);
        }
        break;
    case Qt::CheckStateRole:
        if (column == ImportColumn)
            return item.include ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case ImportColumn:
            return item.include ? tr("Will be imported") : tr("Will be left out");
        case TitleColumn: {
            QStringList lines{item.title};
            if (!item.author.isEmpty())
                lines << tr("By %1").arg(item.author);
            if (!item.url.isEmpty())
                lines << item.url;
            lines << (item.characters == 1 ? tr("1 character of text; id “%1”")
                                           : tr("%n characters of text; id “%1”", nullptr, int(item.characters)))
                         .arg(item.id);
            return lines.join(u'\n');
        }
        case DateColumn: {
            if (!item.published.isValid())
                return tr("Undated");
            QString tip = item.published.toDisplayString();
            if (!item.dateEvidence.isEmpty())
                tip += u'\n' + tr("From: %1").arg(item.dateEvidence);
            return tip;
        }
        case OutletColumn:
            return item.outlet.isEmpty() ? tr("No outlet named") : item.outlet;
        case LanguageColumn:
            return item.language.isEmpty() ? tr("Language unknown") : item.language;
        case FileColumn:
            return item.locator.isEmpty() ? item.file : item.file + u'\n' + item.locator;
        case DuplicateColumn:
            if (item.duplicateOf.isEmpty())
                return tr("Not found in the project or earlier in this import");
            return item.near ? tr("Imported and linked as the same story as “%1”; the two can be opened side by side.")
                                   .arg(item.duplicateOf)
                             : tr("The same text as “%1”: left out unless you tick it.").arg(item.duplicateOf);
        case ProblemsColumn:
            return item.problems.join(u'\n');
        }
        break;
    case SortRole:
        switch (column) {
        case ImportColumn:
            return item.include ? 1 : 0;
        case DateColumn: {
            if (!item.published.isValid())
                return qint64(-1);
            const qint64 start = item.published.earliest().toJulianDay();
            return start * 100000 + (item.published.latest().toJulianDay() - start);
        }
        case DuplicateColumn:
            return (item.duplicateOf.isEmpty() ? 0 : item.near ? 1000 : 2000) + qRound(item.similarity * 100);
        case ProblemsColumn:
            return int(item.problems.size());
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
        break;
    case KeyRole:
        return item.key();
    case DuplicateKindRole:
        return item.duplicateOf.isEmpty() ? 0 : item.near ? 1 : 2;
    default:
        break;
    }
    return {};
}

bool ImportReviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int column = index.column();
    const bool checkEdit = column == ImportColumn && role == Qt::CheckStateRole;
    const bool textEdit = isEditable(column) && role == Qt::EditRole;
    if (!checkEdit && !textEdit)
        return false;
    if (!problemWith(column, value).isEmpty())
        return false;
    setForRows({index}, column, value);
    return true;
}

Qt::ItemFlags ImportReviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == ImportColumn)
        f |= Qt::ItemIsUserCheckable;
    if (isEditable(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ImportReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ImportColumn:
            return tr("Ticked articles are imported");
        case DateColumn:
            return tr("Publication date in EDTF: 2023-04-29, 2021-06, 2021, 2020-03? when unsure");
        case LanguageColumn:
            return tr("BCP 47 language tag: en, ar, fa, …");
        case DuplicateColumn:
            return tr("Exact duplicates are left out; near-duplicates are imported and linked as the same story");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ImportColumn:
        return tr("Import");
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case OutletColumn:
        return tr("Outlet");
    case LanguageColumn:
        return tr("Language");
    case FormatColumn:
        return tr("Format");
    case FileColumn:
        return tr("File");
    case DuplicateColumn:
        return tr("Duplicate of");
    case ProblemsColumn:
        return tr("Problems");
    }
    return {};
}

} // namespace Entente
