#include "text/officephrase.h"

#include "text/asciiwords.h"
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

namespace {

// The words a match of phraseExpression() can start with: the adjectives, then the first word
// of every key pattern (keep in step with keyPatterns).
bool mayStartPhrase(QStringView word)
{
    static const AsciiWords::FoldedWordSet starts(QStringList{
        QStringLiteral("iraqi"),    QStringLiteral("iranian"),  QStringLiteral("iraq"),
        QStringLiteral("iran"),     QStringLiteral("supreme"),  QStringLiteral("leader"),
        QStringLiteral("first"),    QStringLiteral("vice"),     QStringLiteral("prime"),
        QStringLiteral("premier"),  QStringLiteral("foreign"),  QStringLiteral("top"),
        QStringLiteral("defence"),  QStringLiteral("defense"),  QStringLiteral("parliament"),
        QStringLiteral("parliamentary"), QStringLiteral("speaker"), QStringLiteral("national"),
        QStringLiteral("president"),
    });
    return starts.contains(word);
}

// The office nouns: every match has one, at most PhraseRuns - 1 runs of ASCII word characters
// after its first ("Iraq's first vice-president": iraq, s, first, vice, president).
bool isOfficeNoun(QStringView word)
{
    static const AsciiWords::FoldedWordSet nouns(QStringList{
        QStringLiteral("leader"),  QStringLiteral("president"), QStringLiteral("minister"),
        QStringLiteral("premier"), QStringLiteral("diplomat"),  QStringLiteral("speaker"),
        QStringLiteral("adviser"),
    });
    return nouns.contains(word);
}
constexpr qsizetype PhraseRuns = 6; // one more than needed, for safety

} // namespace

QList<OfficePhrase> OfficePhrase::find(const QString &text)
{
    QList<OfficePhrase> result;
    const QRegularExpression &re = phraseExpression();
    if (!AsciiWords::canPrefilter(text)) {
        auto it = re.globalMatch(text);
        while (it.hasNext())
            result.append(fromMatch(it.next()));
        return result;
    }
    // Speed: a match starts with \b and one of a few words, which are whole runs of ASCII
    // letters (the words after them need spaces, a dash or an apostrophe), and has an office
    // noun among its first PhraseRuns runs. Trying the expression, anchored, only at such a
    // start gives globalMatch()'s matches (see AsciiWords) without running it over the text.
    // Starts wait in order until a noun comes (or they are too far behind it), so they are
    // tried in text order as a global match would.
    struct Start
    {
        qsizetype at;
        qsizetype run;
    };
    QList<Start> pending;
    qsizetype from = 0;
    qsizetype run = 0;
    AsciiWords::forEach(text, [&](qsizetype start, qsizetype end) {
        const QStringView word = QStringView(text).sliced(start, end - start);
        while (!pending.isEmpty() && pending.constFirst().run + PhraseRuns <= run)
            pending.removeFirst();
        if (mayStartPhrase(word))
            pending.append({start, run});
        ++run;
        if (!isOfficeNoun(word))
            return true;
        for (const Start &s : std::as_const(pending)) {
            if (s.at < from)
                continue;
            const QRegularExpressionMatch m = re.match(text, s.at, QRegularExpression::NormalMatch,
                                                       QRegularExpression::AnchorAtOffsetMatchOption
                                                           | QRegularExpression::DontCheckSubjectStringMatchOption);
            if (m.hasMatch()) {
                result.append(fromMatch(m));
                from = m.capturedEnd();
            }
        }
        pending.clear();
        return true;
    });
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
