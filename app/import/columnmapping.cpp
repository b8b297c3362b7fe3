#include "import/columnmapping.h"

using namespace Qt::StringLiterals;

namespace Entente {

QList<ColumnMapping::Field> ColumnMapping::fields()
{
    return {Field::Title, Field::Text, Field::Date, Field::Outlet, Field::Author, Field::Url,
            Field::Language};
}

QString ColumnMapping::fieldKey(Field field)
{
    switch (field) {
    case Field::Title: return u"title"_s;
    case Field::Text: return u"text"_s;
    case Field::Date: return u"date"_s;
    case Field::Outlet: return u"source"_s;
    case Field::Author: return u"author"_s;
    case Field::Url: return u"url"_s;
    case Field::Language: return u"language"_s;
    }
    return {};
}

QStringList ColumnMapping::defaultHeaders(Field field)
{
    switch (field) {
    case Field::Title:
        return {u"title"_s, u"headline"_s, u"heading"_s, u"عنوان"_s, u"العنوان"_s, u"تیتر"_s};
    case Field::Text:
        return {u"text"_s, u"body"_s, u"content"_s, u"article"_s, u"full text"_s,
                u"article text"_s, u"body text"_s, u"النص"_s, u"نص"_s, u"المحتوى"_s,
                u"متن"_s, u"محتوا"_s};
    case Field::Date:
        return {u"date"_s, u"published"_s, u"pubdate"_s, u"publication date"_s,
                u"published at"_s, u"date published"_s, u"publish date"_s, u"التاريخ"_s,
                u"تاريخ"_s, u"تاریخ"_s, u"تاریخ انتشار"_s};
    case Field::Outlet:
        return {u"source"_s, u"outlet"_s, u"publication"_s, u"publisher"_s, u"newspaper"_s,
                u"source name"_s, u"المصدر"_s, u"مصدر"_s, u"الصحيفة"_s, u"منبع"_s,
                u"رسانه"_s, u"نشریه"_s};
    case Field::Author:
        return {u"author"_s, u"byline"_s, u"authors"_s, u"writer"_s, u"الكاتب"_s, u"كاتب"_s,
                u"المؤلف"_s, u"نویسنده"_s};
    case Field::Url:
        return {u"url"_s, u"link"_s, u"source url"_s, u"permalink"_s, u"الرابط"_s, u"رابط"_s,
                u"لینک"_s, u"پیوند"_s};
    case Field::Language:
        return {u"language"_s, u"lang"_s, u"اللغة"_s, u"زبان"_s};
    }
    return {};
}

void ColumnMapping::setColumn(Field field, const QString &header)
{
    m_modes[index(field)] = Mode::Column;
    m_columns[index(field)] = header;
}

void ColumnMapping::setIgnored(Field field)
{
    m_modes[index(field)] = Mode::Ignored;
    m_columns[index(field)].clear();
}

void ColumnMapping::resetToDefault(Field field)
{
    m_modes[index(field)] = Mode::Default;
    m_columns[index(field)].clear();
}

QString ColumnMapping::foldHeader(const QString &header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar c : header.toLower()) {
        switch (c.unicode()) {
        case u' ': case u'_': case u'-': case u'.': case u'\t': case 0xFEFF: case 0x200C:
        case 0x00A0:
            break;
        case 0x064A: case 0x0649: out.append(QChar(0x06CC)); break; // ي ى -> ی
        case 0x0643: out.append(QChar(0x06A9)); break;              // ك -> ک
        case 0x0629: out.append(QChar(0x0647)); break;              // ة -> ه
        default: out.append(c);
        }
    }
    return out;
}

int ColumnMapping::resolveOne(Field field, const QStringList &folded) const
{
    switch (m_modes[index(field)]) {
    case Mode::Ignored:
        return -1;
    case Mode::Column:
        return int(folded.indexOf(foldHeader(m_columns[index(field)])));
    case Mode::Default:
        for (const QString &name : defaultHeaders(field)) {
            if (const qsizetype i = folded.indexOf(foldHeader(name)); i >= 0)
                return int(i);
        }
        return -1;
    }
    return -1;
}

bool ColumnMapping::resolve(const QStringList &headers, QList<int> *columns, QString *error) const
{
    QStringList folded;
    for (const QString &h : headers)
        folded.append(foldHeader(h));
    columns->clear();
    for (const Field field : fields()) {
        const int column = resolveOne(field, folded);
        if (column < 0 && m_modes[index(field)] == Mode::Column) {
            if (error)
                *error = tr("the column '%1' chosen for the %2 is not in the header (%3)")
                             .arg(m_columns[index(field)], fieldKey(field),
                                  headers.join(u", "_s));
            return false;
        }
        columns->append(column);
    }
    return true;
}

QList<int> ColumnMapping::resolveLenient(const QStringList &headers) const
{
    QStringList folded;
    for (const QString &h : headers)
        folded.append(foldHeader(h));
    QList<int> columns;
    for (const Field field : fields())
        columns.append(resolveOne(field, folded));
    return columns;
}

} // namespace Entente
