#include "text/statementextractor.h"

#include "text/asciiwords.h"
#include "text/offsetmap.h"
#include "text/officephrase.h"
#include "text/sentencesplitter.h"
#include "text/speakerresolver.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace Entente {

namespace {

// Reporting verbs. Finite forms report on their own; participles ("..., stressing that")
// only with "that" (indirect) or a colon (direct).
const QString finiteCues = QStringLiteral(
    "said|says|stated|states|added|adds|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underlined|"
    "underlines|underscored|remarked|asserted|reiterated|continued|expressed|denounced|described|"
    "urged|welcomed|noted|declared|told|identified|reminded|explained|insisted|warned|announced");
const QString participleCues = QStringLiteral(
    "saying|stating|stressing|emphasi[sz]ing|adding|noting|underlining|underscoring|asserting|"
    "reiterating|expressing|declaring|reminding|explaining|insisting|warning");

bool isSpace(QChar c)
{
    return c.isSpace() || c == u'\u00a0';
}

// The words of an alternation such as "said|emphasi[sz]ed", each "[sz]" spelled both ways;
// sorted.
QStringList alternationWords(const QString &alternation)
{
    QStringList words;
    for (const QString &w : alternation.split(u'|')) {
        if (w.contains(QStringLiteral("[sz]"))) {
            words.append(QString(w).replace(QStringLiteral("[sz]"), QStringLiteral("s")));
            words.append(QString(w).replace(QStringLiteral("[sz]"), QStringLiteral("z")));
        } else {
            words.append(w);
        }
    }
    words.sort();
    return words;
}

bool containsWord(const QStringList &sorted, QStringView word)
{
    const auto it = std::lower_bound(sorted.cbegin(), sorted.cend(), word,
                                     [](const QString &a, QStringView b) { return QStringView(a) < b; });
    return it != sorted.cend() && QStringView(*it) == word;
}

// True when @p word is one of the cues.
bool isCue(QStringView word)
{
    static const QStringList finite = alternationWords(finiteCues);
    static const QStringList participle = alternationWords(participleCues);
    return containsWord(finite, word) || containsWord(participle, word);
}

// A cue as \b(?:finiteCues|participleCues)\b finds it: offsets into the view searched.
struct CueWord
{
    qsizetype start;
    qsizetype end;
    bool participle;
};

// Calls @p f(cue) for every match of \b(?:finiteCues|participleCues)\b in @p view, in order,
// until it returns false (with @p finiteOnly, of \b(?:finiteCues)\b). Speed: such a match is a
// whole run of ASCII word characters (see AsciiWords), so a scan of the runs finds the same
// matches without the cost of a regular-expression search per sentence.
template<typename F>
void forEachCue(QStringView view, bool finiteOnly, F &&f)
{
    static const QStringList finite = alternationWords(finiteCues);
    static const QStringList participle = alternationWords(participleCues);
    static const std::uint32_t firstLetters = [] { // of the cues (all lower case): a quick no
        std::uint32_t mask = 0;
        for (const QStringList *list : {&finite, &participle}) {
            for (const QString &w : *list)
                mask |= 1u << (w.at(0).unicode() - u'a');
        }
        return mask;
    }();
    // QRegularExpression finds nothing in a subject that is not valid UTF-16; nor does this.
    if (!AsciiWords::isValidUtf16(view))
        return;
    AsciiWords::forEach(view, [&](qsizetype start, qsizetype end) {
        const QStringView word = view.sliced(start, end - start);
        const char16_t first = word.front().unicode();
        if (word.size() < 4 || word.size() > 12 || first < u'a' || first > u'z'
            || !((firstLetters >> (first - u'a')) & 1u))
            return true;
        if (containsWord(finite, word))
            return f(CueWord{start, end, false});
        if (!finiteOnly && containsWord(participle, word))
            return f(CueWord{start, end, true});
        return true;
    });
}

// False when @p sentence cannot end as trailingCue's "[\s\x{00a0}]+(?<cue>...)[\s\x{00a0}]*[.!]?$"
// requires: its last word (before one . or ! and white space) is not a finite cue. isSpace()
// takes at least the characters \s and \x{00a0} take, so no sentence that could match is
// ruled out.
bool endsWithFiniteCue(QStringView sentence)
{
    static const QStringList finite = alternationWords(finiteCues);
    qsizetype end = sentence.size();
    if (end > 0 && (sentence.at(end - 1) == u'.' || sentence.at(end - 1) == u'!'))
        --end;
    while (end > 0 && isSpace(sentence.at(end - 1)))
        --end;
    qsizetype start = end;
    while (start > 0 && !isSpace(sentence.at(start - 1)))
        --start;
    return start > 0 && containsWord(finite, sentence.sliced(start, end - start));
}

const QRegularExpression &colonSpeechExpression()
{
    static const QRegularExpression re(u"\\b(?<cue>" + finiteCues + u'|' + participleCues
                                       + u")[ \\t\\x{00a0}]*:[ \\t\\x{00a0}]*(?=[^\\s“”\"«])");
    return re;
}

bool isQuoteMark(QChar c)
{
    return c == u'\u201c' || c == u'\u201d' || c == u'"' || c == u'\u00ab' || c == u'\u00bb';
}

int wordCount(QStringView s)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : s) {
        const bool w = c.isLetterOrNumber();
        if (w && !inWord)
            ++words;
        inWord = w;
    }
    return words;
}

// Words that may stand between a preposition and a name without making it the subject.
bool isHonorificParticle(QStringView token)
{
    return token == u"al-Islam" || token == u"wal-muslimin" || token == u"wal-Muslimin" || token == u"al-";
}

bool isObjectMarker(QStringView word)
{
    static const QStringList list = {
        QStringLiteral("by"),       QStringLiteral("with"),     QStringLiteral("of"),
        QStringLiteral("to"),       QStringLiteral("for"),      QStringLiteral("from"),
        QStringLiteral("about"),    QStringLiteral("at"),       QStringLiteral("on"),
        QStringLiteral("in"),       QStringLiteral("between"),  QStringLiteral("among"),
        QStringLiteral("against"),  QStringLiteral("than"),     QStringLiteral("met"),
        QStringLiteral("meet"),     QStringLiteral("meets"),    QStringLiteral("meeting"),
        QStringLiteral("received"), QStringLiteral("receives"), QStringLiteral("visited"),
        QStringLiteral("hosted"),   QStringLiteral("told"),     QStringLiteral("including"),
        QStringLiteral("like"),     QStringLiteral("under"),    QStringLiteral("after"),
        QStringLiteral("before"),
    };
    // ASCII words are compared in place (this runs for every speaker reference).
    static const AsciiWords::FoldedWordSet ascii(list);
    if (std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 0x80; }))
        return ascii.contains(word);
    static const QSet<QString> words(list.cbegin(), list.cend());
    return words.contains(word.toString().toLower());
}

// A mention of a possible speaker: a name, an office or a pronoun. UTF-16 offsets.
struct Ref
{
    enum Kind { Name, Office, Pronoun };
    qsizetype start = 0;
    qsizetype end = 0;
    Kind kind = Name;
    QStringList ids; // Name: one id; Office: the holders over the article's date span
    bool subject = true; // false after a preposition, or when possessive
    bool insideQuote = false;
    int sentence = 0;
};

struct Pending
{
    enum Source { Quote, Colon, Indirect };
    Source source = Quote;
    QList<QPair<qsizetype, qsizetype>> content; // UTF-16
    qsizetype evidenceStart = 0;
    qsizetype evidenceEnd = 0;
    QString cue;
    int subjectRef = -1;     // index into refs, or -1
    bool mayContinue = false; // a cue-less quote opening a paragraph
    int sentence = 0;
    int paragraph = 0;
};

class Run
{
public:
    Run(const StatementExtractor &extractor, const SpeakerResolver *resolver, const Article &a)
        : m_extractor(extractor)
        , m_resolver(resolver)
        , m_article(a)
        , m_text(a.text)
        , m_sentences(SentenceSplitter::split(a.text))
    {
        m_lineStarts.append(0);
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            if (m_text.at(i) == u'\n')
                m_lineStarts.append(i + 1);
        }
    }

    StatementList run();

private:
    int sentenceAt(qsizetype pos) const;
    int paragraphAt(qsizetype pos) const
    {
        return int(std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), pos) - m_lineStarts.cbegin()) - 1;
    }
    // The index of the first reference starting at or after @p pos.
    int refFrom(qsizetype pos) const
    {
        return int(std::lower_bound(m_refs.cbegin(), m_refs.cend(), pos,
                                    [](const Ref &r, qsizetype p) { return r.start < p; })
                   - m_refs.cbegin());
    }
    void sortDirect();
    // Records a direct range; ranges added in text order keep the fast lookup.
    void addDirect(QPair<qsizetype, qsizetype> range)
    {
        const bool inOrder = m_directMaxEnd.size() == m_direct.size()
            && (m_direct.isEmpty() || m_direct.constLast().first <= range.first);
        m_direct.append(range);
        if (inOrder)
            m_directMaxEnd.append(std::max(m_directMaxEnd.isEmpty() ? qsizetype(-1) : m_directMaxEnd.constLast(), range.second));
    }
    void collectRefs();
    void findQuotes();
    void findColonSpeech();
    void addColonSpeech(const QRegularExpressionMatch &m);
    void findIndirect();
    bool insideDirect(qsizetype pos) const;
    // The subject: the last subject reference wholly inside [from, to).
    int lastSubjectIn(qsizetype from, qsizetype to) const;
    int firstRefIn(qsizetype from, qsizetype to) const;
    StatementList resolve();

    const StatementExtractor &m_extractor;
    const SpeakerResolver *m_resolver;
    const Article &m_article;
    const QString &m_text;
    QList<SentenceSplitter::Sentence> m_sentences;
    QList<Ref> m_refs;
    QList<Pending> m_pending;
    QList<QPair<qsizetype, qsizetype>> m_direct; // direct content and quote marks, UTF-16
    QList<qsizetype> m_directMaxEnd;             // after sortDirect(): running maximum of ends
    QList<qsizetype> m_lineStarts;
    QList<qsizetype> m_colonCues;                // starts of colon-speech cues, ascending
};

int Run::sentenceAt(qsizetype pos) const
{
    auto it = std::upper_bound(m_sentences.cbegin(), m_sentences.cend(), pos,
                               [](qsizetype p, const SentenceSplitter::Sentence &s) { return p < s.start; });
    if (it == m_sentences.cbegin())
        return 0;
    return int(std::distance(m_sentences.cbegin(), it) - 1);
}

void Run::collectRefs()
{
    // Names from the resolver (code points -> UTF-16).
    QList<Ref> names;
    if (m_resolver) {
        const OffsetMap map(m_text);
        const QList<SpeakerMention> mentions = m_resolver->mentions(m_text);
        for (const SpeakerMention &m : mentions) {
            Ref r;
            r.kind = Ref::Name;
            r.start = map.toUtf16(m.start);
            r.end = map.toUtf16(m.end);
            r.ids = m.officialId.isEmpty() ? m.candidates : QStringList{m.officialId};
            if (r.ids.isEmpty())
                continue;
            names.append(r);
        }
    }
    // Names come in text order; look only at those near a position.
    auto nameNear = [&names](qsizetype pos) {
        return std::lower_bound(names.cbegin(), names.cend(), pos,
                                [](const Ref &r, qsizetype p) { return r.end + 8 < p; });
    };
    auto overlapsName = [&](qsizetype s, qsizetype e) {
        for (auto it = nameNear(s); it != names.cend() && it->start < e; ++it) {
            if (it->start < e && s < it->end)
                return true;
        }
        return false;
    };
    auto anyNameNear = [&](qsizetype pos, const auto &test) {
        for (auto it = nameNear(pos); it != names.cend() && it->start <= pos + 8; ++it) {
            if (test(*it))
                return true;
        }
        return false;
    };
    auto gapIs = [this](qsizetype from, qsizetype to, const QRegularExpression &re) {
        if (from > to || to - from > 4)
            return false;
        return re.matchView(QStringView(m_text).sliced(from, to - from)).hasMatch();
    };
    static const QRegularExpression spacesOnly(QStringLiteral("^[ \\x{00a0}]+$"));
    static const QRegularExpression commaSpace(QStringLiteral("^,[ \\x{00a0}]*$"));

    QList<Ref> offices;
    QHash<QString, QStringList> holders; // country + '\n' + office key -> holders
    for (const OfficePhrase &p : OfficePhrase::find(m_text)) {
        if (overlapsName(p.start, p.end))
            continue;
        // A title before a name ("Iraqi President Barham Salih") or an apposition after it
        // ("Abdul Latif Rashid, the President of Iraq"): the name speaks for both.
        const bool title = anyNameNear(p.end, [&](const Ref &n) { return gapIs(p.end, n.start, spacesOnly); });
        qsizetype start = p.start;
        if (QStringView(m_text).first(start).endsWith(u"the ", Qt::CaseInsensitive))
            start -= 4;
        const bool apposition = anyNameNear(start - 4, [&](const Ref &n) { return gapIs(n.end, start, commaSpace); });
        // Appositions of appositions: "Raisi, the President of Iran, Mr Abdul Latif Rashid".
        if (title || apposition)
            continue;
        Ref r;
        r.kind = Ref::Office;
        r.start = start;
        r.end = p.end;
        // The same office recurs in a text; its holders over the article's dates do not change.
        const QString holdersKey = p.country + u'\n' + p.officeKey;
        auto cached = holders.constFind(holdersKey);
        if (cached == holders.cend())
            cached = holders.insert(holdersKey, m_extractor.holdersOf(p.country, p.officeKey, m_article.published).ids);
        r.ids = cached.value();
        offices.append(r);
    }

    QList<Ref> pronouns;
    // The matches of \b(?:[Hh]e|[Ss]he)\b: whole runs of ASCII word characters (none in a text
    // that is not valid UTF-16, as QRegularExpression finds none there).
    const QStringView pronounText = AsciiWords::isValidUtf16(m_text) ? QStringView(m_text) : QStringView();
    AsciiWords::forEach(pronounText, [&](qsizetype start, qsizetype end) {
        const QStringView w = QStringView(m_text).sliced(start, end - start);
        if (w == u"he" || w == u"He" || w == u"she" || w == u"She") {
            Ref r;
            r.kind = Ref::Pronoun;
            r.start = start;
            r.end = end;
            pronouns.append(r);
        }
        return true;
    });

    m_refs = names + offices + pronouns;
    std::sort(m_refs.begin(), m_refs.end(), [](const Ref &a, const Ref &b) { return a.start < b.start; });

    // Subject or object: look back over titles and honorifics to the previous word.
    for (Ref &r : m_refs) {
        r.sentence = sentenceAt(r.start);
        const QStringView after = QStringView(m_text).sliced(r.end);
        if (after.startsWith(u"’s") || after.startsWith(u"'s")) {
            r.subject = false;
            continue;
        }
        qsizetype pos = r.start;
        while (true) {
            while (pos > 0 && (m_text.at(pos - 1) == u' ' || m_text.at(pos - 1) == u'\u00a0'))
                --pos;
            if (pos == 0 || m_text.at(pos - 1) == u'\n')
                break;
            qsizetype b = pos;
            while (b > 0 && !isSpace(m_text.at(b - 1)))
                --b;
            const QStringView token = QStringView(m_text).sliced(b, pos - b);
            const QChar last = token.back();
            if (!last.isLetterOrNumber() && last != u'-')
                break; // punctuation: "delegation, Ayatollah Khamenei"
            if (token.front().isUpper() || isHonorificParticle(token)) {
                pos = b; // a title or honorific: "Iraqi Foreign Minister Fuad Hussein"
                continue;
            }
            r.subject = !isObjectMarker(token);
            break;
        }
    }
}

void Run::sortDirect()
{
    std::sort(m_direct.begin(), m_direct.end());
    m_directMaxEnd.resize(m_direct.size());
    qsizetype maxEnd = -1;
    for (qsizetype i = 0; i < m_direct.size(); ++i) {
        maxEnd = std::max(maxEnd, m_direct.at(i).second);
        m_directMaxEnd[i] = maxEnd;
    }
}

bool Run::insideDirect(qsizetype pos) const
{
    // The last range starting at or before pos; some range up to it reaching past pos
    // contains pos. Ranges added since the last sortDirect() are checked one by one.
    const qsizetype sorted = m_directMaxEnd.size();
    const auto first = m_direct.cbegin();
    const auto it = std::upper_bound(first, first + sorted, pos,
                                     [](qsizetype p, const auto &d) { return p < d.first; });
    if (it != first && m_directMaxEnd.at(it - first - 1) > pos)
        return true;
    return std::any_of(first + sorted, m_direct.cend(),
                       [pos](const auto &d) { return pos >= d.first && pos < d.second; });
}

int Run::lastSubjectIn(qsizetype from, qsizetype to) const
{
    int found = -1;
    for (int i = refFrom(from); i < m_refs.size() && m_refs.at(i).start < to; ++i) {
        const Ref &r = m_refs.at(i);
        if (r.end <= to && r.subject && !r.insideQuote)
            found = i;
    }
    return found;
}

int Run::firstRefIn(qsizetype from, qsizetype to) const
{
    for (int i = refFrom(from); i < m_refs.size() && m_refs.at(i).start < to; ++i) {
        const Ref &r = m_refs.at(i);
        if (r.end <= to && !r.insideQuote)
            return i;
    }
    return -1;
}

void Run::findQuotes()
{
    struct Quote
    {
        qsizetype open = 0;  // the opening mark
        qsizetype close = -1; // the closing mark, -1 when the paragraph ends first
        qsizetype contentEnd = 0;
    };
    QList<Quote> quotes;
    const qsizetype n = m_text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = m_text.at(i);
        QChar closer;
        if (c == u'\u201c')
            closer = u'\u201d';
        else if (c == u'\u00ab')
            closer = u'\u00bb';
        else if (c == u'"')
            closer = u'"';
        else
            continue;
        qsizetype j = i + 1;
        while (j < n && m_text.at(j) != closer && m_text.at(j) != u'\n')
            ++j;
        Quote q;
        q.open = i;
        if (j < n && m_text.at(j) == closer) {
            q.close = j;
            q.contentEnd = j;
            i = j;
        } else {
            q.contentEnd = j;
            i = j - 1;
        }
        // Scraping residue such as `class = “cf”>`.
        const QStringView before = QStringView(m_text).first(q.open).trimmed();
        if (before.endsWith(u'=') || (q.close >= 0 && q.close + 1 < n && m_text.at(q.close + 1) == u'>'))
            continue;
        if (wordCount(QStringView(m_text).sliced(q.open + 1, q.contentEnd - q.open - 1)) < 2)
            continue; // scare quotes around a single word
        quotes.append(q);
    }

    static const QRegularExpression quotedAs(QStringLiteral("\\s(?:was|were)\\s+quoted\\s+as\\s+saying\\b"));
    static const QRegularExpression trailingAnd(QStringLiteral("\\s+and\\s*$"));
    static const QRegularExpression gapAfterQuote(
        QStringLiteral("^[\\s,\\x{00a0}]*(?:[\\w’'.-]+\\s+){0,4}$"));

    for (int qi = 0; qi < quotes.size(); ++qi) {
        const Quote &q = quotes.at(qi);
        Pending p;
        p.source = Pending::Quote;
        qsizetype cs = q.open + 1;
        qsizetype ce = q.contentEnd;
        QString cue;
        int subject = -1;
        bool cueFound = false;

        if (q.close < 0) {
            // An open quote: the speaker's words may be followed by "and X was quoted as saying"
            // or by a translator's leftover verb ("... Europe. mentionned.").
            const QStringView body = QStringView(m_text).sliced(cs, ce - cs);
            const auto m = quotedAs.matchView(body);
            if (m.hasMatch()) {
                const qsizetype verbAt = cs + m.capturedStart();
                int ref = -1;
                for (int i = refFrom(cs); i < m_refs.size() && m_refs.at(i).start < verbAt; ++i) {
                    if (m_refs.at(i).end <= verbAt
                        && QStringView(m_text).sliced(m_refs.at(i).end, verbAt - m_refs.at(i).end).trimmed().isEmpty())
                        ref = i;
                }
                if (ref >= 0) {
                    qsizetype cut = m_refs.at(ref).start;
                    const auto andMatch = trailingAnd.matchView(QStringView(m_text).sliced(cs, cut - cs));
                    if (andMatch.hasMatch())
                        cut = cs + andMatch.capturedStart();
                    ce = cut;
                    subject = ref;
                    cue = QStringLiteral("quoted as saying");
                    cueFound = true;
                }
            } else {
                const qsizetype lastStop = body.lastIndexOf(u". ");
                if (lastStop > 0) {
                    const QStringView tail = body.sliced(lastStop + 2).trimmed();
                    if (!tail.isEmpty() && tail.front().isLower() && wordCount(tail) <= 3)
                        ce = cs + lastStop + 1;
                }
            }
        }
        // Trim white space and a trailing comma.
        while (cs < ce && isSpace(m_text.at(cs)))
            ++cs;
        while (ce > cs && (isSpace(m_text.at(ce - 1)) || m_text.at(ce - 1) == u','))
            --ce;
        if (ce <= cs)
            continue;
        p.content.append({cs, ce});
        addDirect({q.open, q.close >= 0 ? q.close + 1 : q.contentEnd});

        // A quote left open continues when the next paragraph opens with a quotation mark.
        int last = qi;
        while (quotes.at(last).close < 0 && last + 1 < quotes.size()) {
            const Quote &next = quotes.at(last + 1);
            const QStringView between = QStringView(m_text).sliced(quotes.at(last).contentEnd,
                                                                   next.open - quotes.at(last).contentEnd);
            if (!between.trimmed().isEmpty() || !between.contains(u'\n'))
                break;
            qsizetype ns = next.open + 1;
            qsizetype ne = next.contentEnd;
            while (ns < ne && isSpace(m_text.at(ns)))
                ++ns;
            while (ne > ns && (isSpace(m_text.at(ne - 1)) || m_text.at(ne - 1) == u','))
                --ne;
            p.content.append({ns, ne});
            addDirect({next.open, next.close >= 0 ? next.close + 1 : next.contentEnd});
            last = qi + 1;
            ++qi;
        }
        const Quote &lastQuote = quotes.at(last);
        p.evidenceStart = q.open;
        p.evidenceEnd = lastQuote.close >= 0 ? lastQuote.close + 1 : lastQuote.contentEnd;
        p.sentence = sentenceAt(q.open);
        p.paragraph = paragraphAt(q.open);
        p.cue = cue;
        p.subjectRef = subject;

        if (!cueFound && lastQuote.close >= 0) {
            // After the quote, in the same sentence: "..., Salih said" / "..., he added."
            const int si = sentenceAt(lastQuote.close);
            const qsizetype frameEnd = m_sentences.value(si).end;
            const qsizetype frameStart = lastQuote.close + 1;
            if (frameEnd > frameStart) {
                const QStringView frame = QStringView(m_text).sliced(frameStart, frameEnd - frameStart);
                std::optional<CueWord> m;
                forEachCue(frame, true, [&](const CueWord &c) {
                    m = c;
                    return false;
                });
                if (m && gapAfterQuote.matchView(frame.first(m->start)).hasMatch()) {
                    const qsizetype cueAt = frameStart + m->start;
                    int after = lastSubjectIn(frameStart, cueAt);
                    if (after < 0) // "..., said Salih"
                        after = firstRefIn(frameStart + m->end, std::min(frameEnd, frameStart + m->end + 40));
                    // Without a subject ("... “complementary economies,” and expressed ...")
                    // the verb belongs to the sentence's subject: look before the quote.
                    if (after >= 0) {
                        cue = frame.sliced(m->start, m->end - m->start).toString();
                        cueFound = true;
                        subject = after;
                        p.evidenceEnd = std::max(p.evidenceEnd, frameEnd);
                    }
                }
            }
        }
        if (!cueFound) {
            // Before the quote: from the start of its sentence, or the sentence before when
            // this one is only the quote and that one ends with a colon.
            const int si = sentenceAt(q.open);
            qsizetype frameStart = m_sentences.value(si).start;
            if (frameStart >= q.open && si > 0) {
                const auto &prev = m_sentences.at(si - 1);
                if (m_text.at(prev.end - 1) == u':')
                    frameStart = prev.start;
            }
            if (frameStart < q.open) {
                const QStringView frame = QStringView(m_text).sliced(frameStart, q.open - frameStart);
                qsizetype cueAt = -1;
                forEachCue(frame, true, [&](const CueWord &m) {
                    if (!insideDirect(frameStart + m.start)) {
                        cueAt = frameStart + m.start;
                        cue = frame.sliced(m.start, m.end - m.start).toString();
                    }
                    return true;
                });
                if (cueAt >= 0) {
                    cueFound = true;
                    subject = lastSubjectIn(frameStart, cueAt);
                    p.evidenceStart = frameStart;
                }
            }
        }
        p.cue = cue;
        p.subjectRef = subject;
        p.mayContinue = !cueFound;
        m_pending.append(p);
    }
}

void Run::findColonSpeech()
{
    // Speed: a match is a cue, spaces or tabs, a colon: it starts at the run of ASCII word
    // characters right before a colon (and its spaces), and nowhere else. So the expression is
    // tried, anchored, only there; the matches are those of a global match.
    const QRegularExpression &re = colonSpeechExpression();
    if (!AsciiWords::canPrefilter(m_text)) { // (not case-insensitive: only the surrogates matter)
        auto it = re.globalMatch(m_text);
        while (it.hasNext())
            addColonSpeech(it.next());
        return;
    }
    qsizetype from = 0;
    for (qsizetype colon = m_text.indexOf(u':'); colon >= 0; colon = m_text.indexOf(u':', colon + 1)) {
        qsizetype wordEnd = colon;
        while (wordEnd > 0 && (m_text.at(wordEnd - 1) == u' ' || m_text.at(wordEnd - 1) == u'\t'
                               || m_text.at(wordEnd - 1) == u'\u00a0'))
            --wordEnd;
        qsizetype wordStart = wordEnd;
        while (wordStart > 0 && AsciiWords::isWordChar(m_text.at(wordStart - 1).unicode()))
            --wordStart;
        if (wordStart == wordEnd || wordStart < from
            || !isCue(QStringView(m_text).sliced(wordStart, wordEnd - wordStart)))
            continue;
        const auto m = re.match(m_text, wordStart, QRegularExpression::NormalMatch,
                                QRegularExpression::AnchorAtOffsetMatchOption
                                    | QRegularExpression::DontCheckSubjectStringMatchOption);
        if (!m.hasMatch())
            continue;
        from = m.capturedEnd();
        addColonSpeech(m);
    }
}

void Run::addColonSpeech(const QRegularExpressionMatch &m)
{
    const qsizetype cueAt = m.capturedStart(u"cue");
    if (insideDirect(cueAt))
        return;
    qsizetype cs = m.capturedEnd();
    qsizetype ce = m_text.indexOf(u'\n', cs);
    if (ce < 0)
        ce = m_text.size();
    while (ce > cs && isSpace(m_text.at(ce - 1)))
        --ce;
    if (wordCount(QStringView(m_text).sliced(cs, ce - cs)) < 2)
        return;
    Pending p;
    p.source = Pending::Colon;
    p.content.append({cs, ce});
    p.cue = m.captured(u"cue");
    p.sentence = sentenceAt(cueAt);
    p.paragraph = paragraphAt(cueAt);
    const qsizetype sentenceStart = m_sentences.value(p.sentence).start;
    // The subject stands before the sentence's first cue ("X, emphasizing that ..., added:").
    qsizetype firstCue = cueAt;
    forEachCue(QStringView(m_text).sliced(sentenceStart, cueAt - sentenceStart), false, [&](const CueWord &c) {
        firstCue = sentenceStart + c.start;
        return false;
    });
    p.subjectRef = lastSubjectIn(sentenceStart, firstCue);
    p.evidenceStart = sentenceStart;
    p.evidenceEnd = ce;
    addDirect({cueAt, ce});
    m_colonCues.append(m.capturedStart());
    m_pending.append(p);
}

void Run::findIndirect()
{
    static const QRegularExpression gapBeforeCue(QStringLiteral(
        "^[\\s\\x{00a0}]*(?:,[^,]{1,60},[\\s\\x{00a0}]*)?"
        "(?:(?:also|has|had|have|further|again|then|later|previously|earlier|once\\s+again)[\\s\\x{00a0}]+)*$"));
    // "that" right after the verb, or after a few words ("told reporters that", "said on
    // Wednesday that", "said in a statement that").
    static const QRegularExpression thatAfter(
        QStringLiteral("^[\\s\\x{00a0}]*(?:[\\w’'-]+[\\s\\x{00a0}]+){0,4}?that[\\s\\x{00a0}]+"),
        QRegularExpression::UseUnicodePropertiesOption);
    // Verbs whose object is what was said ("expressed optimism that ...") take "that" only
    // right after them.
    static const QRegularExpression thatRightAfter(QStringLiteral("^[\\s\\x{00a0}]*that[\\s\\x{00a0}]+"));
    static const QRegularExpression objectVerbs(QStringLiteral(
        "^(?:expressed|expressing|described|denounced|urged|welcomed|identified|underlined|underlines|"
        "underlining|underscored|underscoring|reminded|reminding)$"));
    static const QRegularExpression trailingCue(u",[\\s\\x{00a0}]*(?<subject>\\S+(?:\\s+\\S+){0,3}?)[\\s\\x{00a0}]+(?:also[\\s\\x{00a0}]+)?(?<cue>"
                                                + finiteCues + u")[\\s\\x{00a0}]*[.!]?$");
    static const QRegularExpression coordinatedCue(u"^[\\s\\x{00a0},]*(?:and|but|while)[\\s\\x{00a0}]+(?:also[\\s\\x{00a0}]+)?(?<cue>"
                                                   + finiteCues + u")\\b");
    // ^(?:and|but|or)\b, ^[\s\x{00a0},]*(?:and|but|while): the words, then no ASCII word character.
    auto startsWithWord = [](QStringView v, QStringView word) {
        return v.startsWith(word)
            && (v.size() == word.size() || !AsciiWords::isWordChar(v.at(word.size()).unicode()));
    };
    auto startsWithConjunction = [&](QStringView v) { // (no match in invalid UTF-16, as for the expression)
        return AsciiWords::isValidUtf16(v)
            && (startsWithWord(v, u"and") || startsWithWord(v, u"but") || startsWithWord(v, u"or"));
    };
    // False when coordinatedCue cannot match (isSpace() takes all that \s and \x{00a0} take).
    auto mayCoordinate = [](QStringView v) {
        qsizetype i = 0;
        while (i < v.size() && (isSpace(v.at(i)) || v.at(i) == u','))
            ++i;
        v = v.sliced(i);
        return v.startsWith(u"and") || v.startsWith(u"but") || v.startsWith(u"while");
    };

    // Reported speech in [from, limit) of sentence si: the first cue with a subject right
    // before it (or, for "..., stressing that", the sentence's subject).
    auto tryRegion = [&](int si, qsizetype from, qsizetype limit) -> bool {
        const auto &s = m_sentences.at(si);
        // The region alone is the subject: matching in the whole text would cost its length.
        bool found = false;
        forEachCue(QStringView(m_text).sliced(from, limit - from), false, [&](const CueWord &m) {
            const qsizetype cueAt = from + m.start;
            const qsizetype cueEnd = from + m.end;
            const QStringView cueWord = QStringView(m_text).sliced(cueAt, cueEnd - cueAt);
            if (insideDirect(cueAt))
                return false;
            int subject = -1;
            qsizetype cs = cueEnd;
            const QStringView rest = QStringView(m_text).sliced(cueEnd, limit - cueEnd);
            const bool takesObject = objectVerbs.matchView(cueWord).hasMatch();
            const auto that = (takesObject ? thatRightAfter : thatAfter).matchView(rest);
            if (m.participle) {
                // "..., stressing that ...": the subject is the sentence's.
                if (!that.hasMatch() || !QStringView(m_text).sliced(s.start, cueAt - s.start).trimmed().endsWith(u','))
                    return true;
                subject = lastSubjectIn(s.start, cueAt);
            } else {
                for (int i = refFrom(s.start); i < m_refs.size() && m_refs.at(i).start < cueAt; ++i) {
                    const Ref &r = m_refs.at(i);
                    if (r.end > cueAt || !r.subject || r.insideQuote)
                        continue;
                    if (gapBeforeCue.matchView(QStringView(m_text).sliced(r.end, cueAt - r.end)).hasMatch())
                        subject = i;
                }
            }
            if (subject < 0)
                return true;
            if (that.hasMatch())
                cs += that.capturedLength();
            while (cs < limit && isSpace(m_text.at(cs)))
                ++cs;
            qsizetype ce = limit;
            while (ce > cs && (isSpace(m_text.at(ce - 1)) || m_text.at(ce - 1) == u'.' || m_text.at(ce - 1) == u','))
                --ce;
            if (cs >= ce || m_text.at(cs) == u':' || wordCount(QStringView(m_text).sliced(cs, ce - cs)) < 3)
                return true;
            Pending p;
            p.source = Pending::Indirect;
            p.sentence = si;
            p.paragraph = s.paragraph;
            p.evidenceStart = s.start;
            p.evidenceEnd = s.end;
            p.content.append({cs, ce});
            p.cue = cueWord.toString();
            p.subjectRef = subject;
            m_pending.append(p);
            found = true;
            return false;
        });
        return found;
    };

    for (int si = 0; si < m_sentences.size(); ++si) {
        const auto &s = m_sentences.at(si);
        const QStringView sentence = QStringView(m_text).sliced(s.start, s.end - s.start);
        const qsizetype firstMark = std::find_if(sentence.cbegin(), sentence.cend(), isQuoteMark) - sentence.cbegin();
        if (firstMark < sentence.size()) {
            // A sentence with quoted words. Reported speech around them counts only where it
            // stands on its own: before a quote that continues it ("... against IS “and
            // would never forget this”") and after the last one ("... and expressed optimism
            // that ...").
            const qsizetype open = s.start + firstMark;
            if (open + 1 < s.end && startsWithConjunction(QStringView(m_text).sliced(open + 1, s.end - open - 1)))
                tryRegion(si, s.start, open);
            const qsizetype lastMark = std::find_if(sentence.crbegin(), sentence.crend(), isQuoteMark) - sentence.crbegin();
            const qsizetype close = s.end - lastMark; // just after the last mark
            if (close > open + 1 && close < s.end) {
                const QStringView after = QStringView(m_text).sliced(close, s.end - close);
                const auto c = mayCoordinate(after) ? coordinatedCue.matchView(after) : QRegularExpressionMatch();
                if (c.hasMatch()) {
                    const qsizetype cueAt = close + c.capturedStart(u"cue");
                    const qsizetype cueEnd = close + c.capturedEnd(u"cue");
                    const int subject = lastSubjectIn(s.start, open);
                    qsizetype cs = cueEnd;
                    const bool takesObject = objectVerbs.matchView(c.capturedView(u"cue")).hasMatch();
                    const auto that = (takesObject ? thatRightAfter : thatAfter)
                                          .matchView(QStringView(m_text).sliced(cs, s.end - cs));
                    if (that.hasMatch())
                        cs += that.capturedLength();
                    while (cs < s.end && isSpace(m_text.at(cs)))
                        ++cs;
                    qsizetype ce = s.end;
                    while (ce > cs && (isSpace(m_text.at(ce - 1)) || m_text.at(ce - 1) == u'.'))
                        --ce;
                    if (subject >= 0 && wordCount(QStringView(m_text).sliced(cs, ce - cs)) >= 3) {
                        Pending p;
                        p.source = Pending::Indirect;
                        p.sentence = si;
                        p.paragraph = s.paragraph;
                        p.evidenceStart = s.start;
                        p.evidenceEnd = s.end;
                        p.content.append({cs, ce});
                        p.cue = m_text.sliced(cueAt, cueEnd - cueAt);
                        p.subjectRef = subject;
                        m_pending.append(p);
                    }
                }
            }
            continue;
        }
        // Where direct speech starts inside the sentence (colon speech), the indirect part ends.
        qsizetype limit = s.end;
        const auto colon = std::lower_bound(m_colonCues.cbegin(), m_colonCues.cend(), s.start);
        if (colon != m_colonCues.cend() && *colon < s.end)
            limit = *colon;
        if (insideDirect(s.start) && limit == s.end)
            continue;

        // "..., he said." (The expression needs a comma and a finite cue as the last word.)
        const bool mayTrail = limit == s.end && sentence.contains(u',') && endsWithFiniteCue(sentence);
        const auto t = mayTrail ? trailingCue.matchView(sentence) : QRegularExpressionMatch();
        if (t.hasMatch() && limit == s.end) {
            const qsizetype subjStart = s.start + t.capturedStart(u"subject");
            const qsizetype subjEnd = s.start + t.capturedEnd(u"subject");
            const int ref = firstRefIn(subjStart, subjEnd);
            if (ref >= 0 && m_refs.at(ref).start == subjStart && m_refs.at(ref).end == subjEnd) {
                const qsizetype ce = s.start + t.capturedStart();
                if (wordCount(QStringView(m_text).sliced(s.start, ce - s.start)) >= 3) {
                    Pending p;
                    p.source = Pending::Indirect;
                    p.sentence = si;
                    p.paragraph = s.paragraph;
                    p.evidenceStart = s.start;
                    p.evidenceEnd = s.end;
                    p.content.append({s.start, ce});
                    p.cue = t.captured(u"cue");
                    p.subjectRef = ref;
                    m_pending.append(p);
                    continue;
                }
            }
        }
        tryRegion(si, s.start, limit);
    }
}

StatementList Run::resolve()
{
    std::sort(m_pending.begin(), m_pending.end(), [](const Pending &a, const Pending &b) {
        return a.content.constFirst().first < b.content.constFirst().first;
    });
    const OffsetMap map(m_text);
    StatementList result;
    QString lastSpeaker;
    int lastSpeakerSentence = -100;
    bool lastWasDirect = false;

    for (const Pending &p : std::as_const(m_pending)) {
        Statement st;
        st.articleId = m_article.id;
        st.kind = p.source == Pending::Indirect ? Statement::Kind::Indirect : Statement::Kind::Direct;
        st.cue = p.cue;
        st.date = m_article.published;
        st.status = Statement::Status::Extracted;
        QStringList texts;
        for (const auto &c : p.content) {
            st.content.append({map.toCodePoint(c.first), map.toCodePoint(c.second)});
            texts.append(m_text.sliced(c.first, c.second - c.first));
        }
        st.text = texts.join(QStringLiteral(" … "));
        qsizetype evStart = p.evidenceStart;
        qsizetype evEnd = p.evidenceEnd;

        if (p.subjectRef >= 0) {
            const Ref &r = m_refs.at(p.subjectRef);
            st.speakerText = m_text.sliced(r.start, r.end - r.start);
            evStart = std::min(evStart, r.start);
            evEnd = std::max(evEnd, r.end);
            switch (r.kind) {
            case Ref::Name:
            case Ref::Office:
                if (r.ids.size() == 1)
                    st.speakerId = r.ids.constFirst();
                else if (!lastSpeaker.isEmpty() && r.ids.contains(lastSpeaker))
                    st.speakerId = lastSpeaker;
                else
                    st.speakerCandidates = r.ids;
                break;
            case Ref::Pronoun:
                if (!lastSpeaker.isEmpty() && p.sentence - lastSpeakerSentence <= 3) {
                    st.speakerId = lastSpeaker;
                } else {
                    // The subject of the previous sentence.
                    const int prev = p.sentence - 1;
                    const qsizetype prevStart = prev >= 0 ? m_sentences.at(prev).start : 0;
                    for (int i = refFrom(prevStart); i < m_refs.size() && m_refs.at(i).sentence <= prev; ++i) {
                        const Ref &c = m_refs.at(i);
                        if (c.sentence == prev && c.subject && c.kind != Ref::Pronoun && c.ids.size() == 1) {
                            st.speakerId = c.ids.constFirst();
                            break;
                        }
                    }
                }
                break;
            }
        } else if (p.mayContinue && lastWasDirect && !lastSpeaker.isEmpty()
                   && p.sentence - lastSpeakerSentence <= 1) {
            // A quote with no cue right after another one by the same speaker.
            st.speakerId = lastSpeaker;
        }
        st.evidence = {map.toCodePoint(evStart), map.toCodePoint(evEnd)};
        st.tags = StatementExtractor::suggestTags(st.text);
        if (!st.speakerId.isEmpty()) {
            lastSpeaker = st.speakerId;
            lastSpeakerSentence = sentenceAt(p.content.constLast().second - 1);
        }
        lastWasDirect = st.isDirect();
        result.append(st);
    }
    return result;
}

StatementList Run::run()
{
    collectRefs();
    findQuotes();
    sortDirect();
    for (Ref &r : m_refs)
        r.insideQuote = insideDirect(r.start);
    findColonSpeech();
    sortDirect();
    for (Ref &r : m_refs)
        r.insideQuote = insideDirect(r.start);
    findIndirect();
    return resolve();
}

} // namespace

StatementExtractor::StatementExtractor(const SpeakerResolver *resolver)
    : m_resolver(resolver)
{
}

StatementList StatementExtractor::extract(const Article &article) const
{
    Run run(*this, m_resolver, article);
    return run.run();
}

StatementList StatementExtractor::extract(const ArticleList &articles) const
{
    StatementList all;
    for (const Article &a : articles)
        all += extract(a);
    return all;
}

StatementExtractor::OfficeHolders StatementExtractor::holdersOf(const QString &office,
                                                                const EdtfDate &date) const
{
    OfficeHolders h;
    if (!m_resolver || !date.isValid())
        return h;
    h.ids = m_resolver->holdersOfTitle(office, date.earliest(), date.latest());
    h.ambiguous = h.ids.size() > 1;
    return h;
}

StatementExtractor::OfficeHolders StatementExtractor::holdersOf(const QString &country,
                                                                const QString &officeKey,
                                                                const EdtfDate &date) const
{
    OfficeHolders h;
    if (!m_resolver || !date.isValid())
        return h;
    h.ids = m_resolver->holdersOf(country, officeKey, date.earliest(), date.latest());
    h.ambiguous = h.ids.size() > 1;
    return h;
}

QStringList StatementExtractor::suggestTags(const QString &text)
{
    struct Topic
    {
        const char *tag;
        const char16_t *pattern;
    };
    static const Topic topics[] = {
        {"security", u"\\b(?:secur\\w*|terror\\w*|daesh|isis|islamic state|border\\w*|military|"
                     u"intelligence|armed forces|hashd|peshmerga|defen[cs]e)\\b"},
        {"economy", u"\\b(?:econom\\w*|trade|business|commerc\\w*|energy|water|investment\\w*|visas?)\\b"},
        {"sovereignty", u"\\b(?:intervention|interference|sovereign\\w*|independen\\w*|foreign forces|"
                        u"americans?|us-led|u\\.s\\.|withdrawal|expulsion|outside parties)\\b"},
        {"relations", u"\\b(?:relations?|relationships?|ties|cooperation|partnership|fraternal|"
                      u"friendship|connections)\\b"},
    };
    static const QList<QRegularExpression> expressions = [] {
        QList<QRegularExpression> list;
        for (const Topic &t : topics)
            list.append(QRegularExpression(QString::fromUtf16(t.pattern),
                                           QRegularExpression::CaseInsensitiveOption));
        return list;
    }();
    // Speed: a match starts with \b and a letter, at the start of a run of ASCII word
    // characters (see AsciiWords). A run that equals (in any case) a word of letters only
    // ("trade", "visa" or "visas", "defence" or "defense") or starts with the letters before a
    // final \w* ("secur") is a match; one that equals the letters before a space, dash or dot
    // ("islamic state", "us-led", "u.s.") may start one: the expression is tried, anchored,
    // only there (and at runs starting with the leading letters of any other form).
    struct Stem
    {
        QString letters;
        enum { Match, MatchPrefix, Whole, Prefix } kind;
    };
    static const QList<QList<Stem>> stems = [&] {
        QList<QList<Stem>> list;
        for (const Topic &t : topics) {
            QString words = QString::fromUtf16(t.pattern);
            words = words.sliced(5, words.size() - 5 - 3); // inside "\b(?:" and ")\b"
            QList<Stem> forms;
            for (const QString &w : words.split(u'|')) {
                qsizetype n = 0;
                while (n < w.size() && w.at(n) >= u'a' && w.at(n) <= u'z')
                    ++n;
                const QString letters = w.first(n);
                const QStringView rest = QStringView(w).sliced(n);
                const bool lettersAfter = rest.size() > 4 && rest.at(0) == u'[' && rest.at(3) == u']'
                    && std::all_of(rest.begin() + 4, rest.end(), [](QChar c) { return c >= u'a' && c <= u'z'; });
                if (rest.isEmpty()) {
                    forms.append({letters, Stem::Match});
                } else if (rest == u"?" && n > 1) { // "visas?"
                    forms.append({letters, Stem::Match});
                    forms.append({letters.first(n - 1), Stem::Match});
                } else if (rest == u"\\w*") {
                    forms.append({letters, Stem::MatchPrefix});
                } else if (lettersAfter) { // "defen[cs]e"
                    forms.append({letters + rest.at(1) + rest.sliced(4), Stem::Match});
                    forms.append({letters + rest.at(2) + rest.sliced(4), Stem::Match});
                } else if (rest.at(0) == u' ' || rest.at(0) == u'-' || rest.startsWith(u"\\.")) {
                    forms.append({letters, Stem::Whole});
                } else {
                    forms.append({letters, Stem::Prefix});
                }
            }
            list.append(forms);
        }
        return list;
    }();
    static const QList<std::uint32_t> firstLetters = [&] { // per topic, of its stems
        QList<std::uint32_t> masks;
        for (const QList<Stem> &topic : stems) {
            std::uint32_t mask = 0;
            for (const Stem &stem : topic)
                mask |= 1u << AsciiWords::letterIndex(stem.letters.at(0).unicode());
            masks.append(mask);
        }
        return masks;
    }();
    constexpr int topicCount = int(std::size(topics));
    bool found[topicCount] = {};
    if (AsciiWords::canPrefilter(text)) {
        int left = topicCount;
        AsciiWords::forEach(text, [&](qsizetype start, qsizetype end) {
            const int first = AsciiWords::letterIndex(text.at(start).unicode());
            if (first < 0)
                return true;
            const QStringView word = QStringView(text).sliced(start, end - start);
            for (int i = 0; i < topicCount; ++i) {
                if (found[i] || !((firstLetters.at(i) >> first) & 1u))
                    continue;
                bool candidate = false;
                for (const Stem &stem : stems.at(i)) {
                    if (!AsciiWords::startsWithFolded(word, stem.letters))
                        continue;
                    const bool whole = word.size() == stem.letters.size();
                    if ((stem.kind == Stem::Match && whole) || stem.kind == Stem::MatchPrefix)
                        found[i] = true;
                    else if (stem.kind == Stem::Prefix || (stem.kind == Stem::Whole && whole))
                        candidate = true;
                }
                if (candidate && !found[i]) {
                    found[i] = expressions.at(i)
                                   .match(text, start, QRegularExpression::NormalMatch,
                                          QRegularExpression::AnchorAtOffsetMatchOption
                                              | QRegularExpression::DontCheckSubjectStringMatchOption)
                                   .hasMatch();
                }
                if (found[i])
                    --left;
            }
            return left > 0;
        });
    } else {
        for (int i = 0; i < topicCount; ++i)
            found[i] = expressions.at(i).match(text).hasMatch();
    }
    QStringList tags;
    for (int i = 0; i < topicCount; ++i) {
        if (found[i])
            tags.append(QLatin1StringView(topics[i].tag));
    }
    tags.sort();
    return tags;
}

} // namespace Entente
