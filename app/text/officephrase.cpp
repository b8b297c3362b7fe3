#include "text/officephrase.h"

#include "text/speakerresolver.h"

#include <QRegularExpression>

namespace Entente {

namespace {

struct KeyPattern
{
    const char16_t *pattern; // a regular expression for the office noun
    const char *key;
    const char *country; // implied country, or empty
};

// Office nouns as English news texts write them. Order matters: longer phrases first.
const KeyPattern keyPatterns[] = {
    {u"(?:supreme\\s+)?leader\\s+of\\s+the\\s+islamic\\s+revolution", QT_TRANSLATE_NOOP("Entente::OfficePhrase", "Supreme Leader"), "IR"},
    {u"supreme\\s+leader", QT_TRANSLATE_NOOP("Entente::OfficePhrase", "Supreme Leader"), "IR"},
    {u"first\\s+vice[-\\s]president", QT_TRANSLATE_NOOP("Entente::OfficePhrase", "Vice President"), ""},
    {u"vice[-\\s]president", QT_TRANSLATE_NOOP("Entente::OfficePhrase", "Vice President"), ""},
    {u"prime\\s+minister", QT_TRANSLATE_NOOP("Entente::OfficePhrase", "Prime Minister"), ""},
    {u"premier", QT_TRANSLATE_NOOP("Entente::OfficePhrase", "Prime Minister"), ""},
    {u"foreign\\s+minister", QT_TRANSLATE_NOOP("Entente::OfficePhrase", "Foreign Minister"), ""},
    {u"top\\s+(?:iraqi\\s+|iranian\\s+)?diplomat", QT_TRANSLATE_NOOP("Entente::OfficePhrase", "Foreign Minister"), ""},
    {u"defen[cs]e\\s+minister", QT_TRANSLATE_NOOP("Entente::OfficePhrase", "Defence Minister"), ""},
    {u"(?:parliament(?:ary)?\\s+)?speaker\\s+of\\s+(?:the\\s+)?(?:parliament|majlis|council\\s+of\\s+representatives)",
     QT_TRANSLATE_NOOP("Entente::OfficePhrase", "Speaker of Parliament"), ""},
    {u"parliament(?:ary)?\\s+speaker", QT_TRANSLATE_NOOP("Entente::OfficePhrase", "Speaker of Parliament"), ""},
    {u"national\\s+security\\s+adviser", QT_TRANSLATE_NOOP("Entente::OfficePhrase", "National Security Adviser"), ""},
    {u"president", QT_TRANSLATE_NOOP("Entente::OfficePhrase", "President"), ""},
};

QString countryFromWord(QStringView word)
{
    const QString w = word.toString().toLower();
    if (w.startsWith(u"iraq"))
        return QStringLiteral("IQ");
    if (w.startsWith(u"iran") || w.contains(u"islamic republic"))
        return QStringLiteral("IR");
    return {};
}

const QRegularExpression &phraseExpression()
{
    static const QRegularExpression re = [] {
        QString nouns;
        for (const KeyPattern &k : keyPatterns) {
            if (!nouns.isEmpty())
                nouns += u'|';
            nouns += u'(' + QString::fromUtf16(k.pattern) + u')';
        }
        const QString country = QStringLiteral("iraqi|iranian|iraq['’]s|iran['’]s");
        const QString ofCountry = QStringLiteral(
            "\\s+of\\s+(?<of>iraq|iran|the\\s+islamic\\s+republic(?:\\s+of\\s+iran)?)\\b");
        return QRegularExpression(u"\\b(?:(?<adj>" + country + u")\\s+)?(?:" + nouns + u")\\b(?!\\.\\w)(?:"
                                      + ofCountry + u")?",
                                  QRegularExpression::CaseInsensitiveOption
                                      | QRegularExpression::UseUnicodePropertiesOption);
    }();
    return re;
}

OfficePhrase fromMatch(const QRegularExpressionMatch &m)
{
    OfficePhrase p;
    // Capturing groups: 1 = adj, then one per key pattern, then "of".
    const int firstKeyGroup = 2;
    for (int i = 0; i < int(std::size(keyPatterns)); ++i) {
        if (m.capturedLength(firstKeyGroup + i) > 0) {
            p.officeKey = QLatin1StringView(keyPatterns[i].key);
            p.country = QLatin1StringView(keyPatterns[i].country);
            break;
        }
    }
    if (p.country.isEmpty())
        p.country = countryFromWord(m.capturedView(u"adj"));
    if (p.country.isEmpty())
        p.country = countryFromWord(m.capturedView(u"of"));
    if (p.country.isEmpty()) { // "top Iraqi diplomat"
        const QString all = m.captured().toLower();
        if (all.contains(u"iraq"))
            p.country = QStringLiteral("IQ");
        else if (all.contains(u"iran"))
            p.country = QStringLiteral("IR");
    }
    p.start = m.capturedStart();
    p.end = m.capturedEnd();
    return p;
}

} // namespace

OfficePhrase OfficePhrase::parse(const QString &phrase)
{
    QString s = phrase.trimmed();
    if (s.startsWith(u"the ", Qt::CaseInsensitive))
        s = s.sliced(4);
    const QRegularExpressionMatch m = phraseExpression().match(s);
    if (!m.hasMatch() || m.capturedStart() != 0 || m.capturedEnd() != s.size())
        return {};
    return fromMatch(m);
}

QList<OfficePhrase> OfficePhrase::find(const QString &text)
{
    QList<OfficePhrase> result;
    auto it = phraseExpression().globalMatch(text);
    while (it.hasNext())
        result.append(fromMatch(it.next()));
    return result;
}

QString OfficePhrase::title(const QString &country, const QString &officeKey)
{
    const QString office = tr(officeKey.toUtf8().constData());
    if (country == u"IQ")
        return tr("%1 of Iraq").arg(office);
    if (country == u"IR")
        return tr("%1 of Iran").arg(office);
    return office;
}

QStringList SpeakerResolver::holdersOfTitle(const QString &title, QDate from, QDate to) const
{
    const OfficePhrase p = OfficePhrase::parse(title);
    return p.isValid() ? holdersOf(p.country, p.officeKey, from, to) : QStringList();
}

QStringList OfficePhrase::officeKeys()
{
    QStringList keys;
    for (const KeyPattern &k : keyPatterns) {
        const QString key = QLatin1StringView(k.key);
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

} // namespace Entente
