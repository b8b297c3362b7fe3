#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace Entente {

/**
 * Which column of a spreadsheet (or which key of a JSON Lines object) gives each field of an
 * article. By default every field takes the first column whose header is one of its usual
 * names, case-, space- and underscore-insensitively, in English, Arabic or Persian
 * (defaultHeaders(): "title"/"headline"/"عنوان", "text"/"body"/"content"/"article"/"متن",
 * "date"/"published"/"pubdate"/"تاريخ", ...). The import dialog can map a field to a named
 * column instead, or leave it out.
 */
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(Entente::ColumnMapping)
public:
    enum class Field { Title, Text, Date, Outlet, Author, Url, Language };
    static constexpr int FieldCount = 7;

    static QList<Field> fields();
    /// "title", "text", "date", "source", "author", "url", "language": stable keys.
    static QString fieldKey(Field field);
    /// The header names a field takes by default, in order of preference.
    static QStringList defaultHeaders(Field field);

    /// Maps @p field to the column headed @p header (compared as defaultHeaders() are).
    void setColumn(Field field, const QString &header);
    /// Leaves @p field out, even when a column has one of its default names.
    void setIgnored(Field field);
    void resetToDefault(Field field);

    bool isDefault(Field field) const { return m_modes[index(field)] == Mode::Default; }
    bool isIgnored(Field field) const { return m_modes[index(field)] == Mode::Ignored; }
    /// The column set by setColumn(), empty otherwise.
    QString column(Field field) const { return m_columns[index(field)]; }

    /// For each field (in fields() order), the index of its column in @p headers, or -1.
    /// False when a column set by setColumn() is not among @p headers (@p error says which).
    bool resolve(const QStringList &headers, QList<int> *columns, QString *error) const;
    /// As resolve(), but a column set by setColumn() and not present gives -1, no error (for
    /// JSON Lines, whose objects need not all have every key).
    QList<int> resolveLenient(const QStringList &headers) const;

    /// A header as compared: lower case, without spaces, '_', '-' and '.', with Arabic and
    /// Persian letter variants (ي ی ى, ك ک, ة ه) folded.
    static QString foldHeader(const QString &header);

    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;

private:
    enum class Mode { Default, Column, Ignored };
    static int index(Field field) { return int(field); }
    int resolveOne(Field field, const QStringList &folded) const;

    std::array<Mode, FieldCount> m_modes{};
    std::array<QString, FieldCount> m_columns;
};

} // namespace Entente
