#include "reference/gazetteer.h"

#include <QSet>

#include <algorithm>

namespace Entente {

namespace {

bool isArabicScript(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x0600 && u <= 0x06FF) || (u >= 0x0750 && u <= 0x077F) || (u >= 0xFB50 && u <= 0xFDFF)
        || (u >= 0xFE70 && u <= 0xFEFF);
}

bool hasPersianLetters(const QString &s)
{
    // پ چ ژ گ ک ی ۀ: letters Persian uses and Arabic does not.
    static const QString persian = QStringLiteral(u"\u067E\u0686\u0698\u06AF\u06A9\u06CC\u06C0");
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return persian.contains(c); });
}

} // namespace

void Gazetteer::clear()
{
    m_officials.clear();
    m_notOfficials.clear();
    m_description.clear();
    m_index.clear();
}

void Gazetteer::reset(const QList<Official> &officials, const QStringList &notOfficials,
                      const QString &description)
{
    m_officials = officials;
    m_notOfficials = notOfficials;
    m_description = description;
    rebuildIndex();
}

void Gazetteer::rebuildIndex()
{
    m_index.clear();
    for (qsizetype i = 0; i < m_officials.size(); ++i)
        m_index.insert(m_officials.at(i).id, i);
}

const Official *Gazetteer::official(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_officials.at(it.value());
}

QStringList Gazetteer::officeTitles() const
{
    QSet<QString> titles;
    for (const Official &o : m_officials) {
        for (const Office &office : o.offices)
            titles.insert(office.title);
    }
    QStringList list(titles.cbegin(), titles.cend());
    list.sort(Qt::CaseInsensitive);
    return list;
}

QList<const Official *> Gazetteer::holdersOf(const QString &officeTitle, QDate date) const
{
    QList<const Official *> result;
    for (const Official &o : m_officials) {
        const bool holds = std::any_of(o.offices.cbegin(), o.offices.cend(), [&](const Office &office) {
            return office.title.compare(officeTitle, Qt::CaseInsensitive) == 0 && office.heldOn(date);
        });
        if (holds)
            result.append(&o);
    }
    return result;
}

void Gazetteer::addOfficial(const Official &official)
{
    const auto it = m_index.constFind(official.id);
    if (it != m_index.cend()) {
        m_officials[it.value()] = official;
        return;
    }
    m_officials.append(official);
    m_index.insert(official.id, m_officials.size() - 1);
}

bool Gazetteer::addAlias(const QString &id, const QString &alias)
{
    const auto it = m_index.constFind(id);
    const QString a = alias.trimmed();
    if (it == m_index.cend() || a.isEmpty())
        return false;
    Official &o = m_officials[it.value()];
    if (o.allNames().contains(a))
        return false;
    const bool arabicScript = std::any_of(a.cbegin(), a.cend(), isArabicScript);
    if (!arabicScript)
        o.aliases.append(a);
    else if (hasPersianLetters(a) || (o.country == QStringLiteral("IR") && !a.contains(QChar(0x064A))))
        o.persianNames.append(a);
    else
        o.arabicNames.append(a);
    return true;
}

} // namespace Entente
