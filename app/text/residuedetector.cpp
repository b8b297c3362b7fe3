#include "residuedetector.h"

#include "text/offsetmap.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace Entente {

namespace {

struct Line
{
    qsizetype start = 0; // UTF-16, trimmed extent
    qsizetype end = 0;
    QString text;        // trimmed, inner whitespace simplified
};

// Lines at the top and bottom of a text where page furniture (counters, tag lists) sits.
constexpr int EdgeZone = 3;
// A fragment is at most this many words.
constexpr int FragmentMaxWords = 3;
// A markup line carries at most this many words besides the markup.
constexpr int MarkupMaxWords = 6;

int wordCount(const QString &s)
{
    int n = 0;
    bool inWord = false;
    for (const QChar c : s) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++n;
        inWord = !space;
    }
    return n;
}

bool hasLetter(const QString &s)
{
    for (const QChar c : s)
        if (c.isLetter())
            return true;
    return false;
}

bool endsLikeSentence(const QString &s)
{
    static const QString enders = QStringLiteral(".!?\u2026\u201D\"\u00BB\u2019);\u061F\u06D4");
    return !s.isEmpty() && enders.contains(s.back());
}

QString normalizedPhrase(QString s)
{
    s = s.toCaseFolded();
    while (!s.isEmpty() && (s.back() == u'.' || s.back() == u'\u2026' || s.back() == u':' || s.back() == u'\u00BB'
                            || s.back() == u'>' || s.back().isSpace()))
        s.chop(1);
    return s;
}

bool isBoilerplate(const QString &line)
{
    // Page furniture that news sites put around articles; matched as whole lines only, so the
    // same words inside a sentence are never touched.
    static const QSet<QString> phrases = {
        QStringLiteral("back to top"), QStringLiteral("back to top button"),
        QStringLiteral("add a comment"), QStringLiteral("leave a comment"),
        QStringLiteral("leave a reply"), QStringLiteral("post a comment"),
        QStringLiteral("comments"), QStringLiteral("share"), QStringLiteral("share this"),
        QStringLiteral("share this article"), QStringLiteral("share on facebook"),
        QStringLiteral("share on twitter"), QStringLiteral("tweet"), QStringLiteral("print"),
        QStringLiteral("email"), QStringLiteral("read more"), QStringLiteral("read also"),
        QStringLiteral("related"), QStringLiteral("related articles"),
        QStringLiteral("related news"), QStringLiteral("related posts"),
        QStringLiteral("you may also like"), QStringLiteral("advertisement"),
        QStringLiteral("subscribe"), QStringLiteral("follow us"), QStringLiteral("skip to content"),
        QStringLiteral("click here"), QStringLiteral("load more"), QStringLiteral("tags"),
        QStringLiteral("most read"), QStringLiteral("most viewed"),
    };
    return phrases.contains(normalizedPhrase(line));
}

bool isMarkup(const QString &line)
{
    static const QRegularExpression tag(QStringLiteral(R"(<\s*/?\s*[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>)"));
    static const QRegularExpression attribute(
        QStringLiteral(R"(\b[A-Za-z-]+\s*=\s*["\x{201C}\x{201D}'][^"\x{201C}\x{201D}']*["\x{201C}\x{201D}']\s*/?>?)"));
    static const QRegularExpression danglingClose(QStringLiteral(R"(["\x{201D}']\s*/?>$)"));
    if (wordCount(line) > MarkupMaxWords + 2)
        return false;
    return tag.match(line).hasMatch() || attribute.match(line).hasMatch()
        || danglingClose.match(line).hasMatch();
}

} // namespace

QList<ResidueDetector::Range> ResidueDetector::detect(const QString &text, const QString &title)
{
    // Non-blank lines with their trimmed extents.
    QList<Line> lines;
    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype nl = text.indexOf(u'\n', pos);
        if (nl < 0)
            nl = text.size();
        qsizetype s = pos, e = nl;
        while (s < e && text.at(s).isSpace())
            ++s;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        if (e > s)
            lines.append({s, e, text.mid(s, e - s).simplified()});
        pos = nl + 1;
    }

    const QString cleanTitle = title.simplified();
    struct Hit { qsizetype start, end; Reason reason; };
    QList<Hit> hits;
    QList<bool> marked(lines.size(), false);
    auto mark = [&](qsizetype i, Reason r) {
        if (!marked[i]) {
            marked[i] = true;
            hits.append({lines[i].start, lines[i].end, r});
        }
    };

    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &l = lines[i].text;
        const bool isTitle = !cleanTitle.isEmpty() && l == cleanTitle;
        const bool sentence = endsLikeSentence(l);

        if (isMarkup(l)) {
            mark(i, Reason::Markup);
            continue;
        }
        if (isBoilerplate(l)) {
            mark(i, Reason::Boilerplate);
            continue;
        }
        // Repeated lines: every copy of a non-sentence (related-article links), or the later
        // copies of a sentence.
        const bool sameAsPrev = i > 0 && lines[i - 1].text == l;
        const bool sameAsNext = i + 1 < lines.size() && lines[i + 1].text == l;
        if (sameAsPrev || (sameAsNext && !sentence && !isTitle)) {
            mark(i, Reason::Duplicate);
            continue;
        }
        // A teaser headline followed by the same headline glued to its teaser text.
        if (!sentence && !isTitle && i + 1 < lines.size() && wordCount(l) >= 2) {
            const QString &next = lines[i + 1].text;
            if (next.size() > l.size() && next.startsWith(l)) {
                mark(i, Reason::HeadlinePrefix);
                const qsizetype ns = lines[i + 1].start;
                if (QStringView(text).mid(ns, l.size()) == l)
                    hits.append({ns, ns + l.size(), Reason::HeadlinePrefix});
                continue;
            }
        }
        // Lines without any letter ("700 /", "* * *").
        if (!hasLetter(l)) {
            mark(i, Reason::Fragment);
            continue;
        }
        // Very short non-sentence lines at the edges: counters ("0 Persons"), tag lists.
        const bool atEdge = i < EdgeZone || i >= lines.size() - EdgeZone;
        if (atEdge && !isTitle && !sentence && wordCount(l) <= FragmentMaxWords)
            mark(i, Reason::Fragment);
    }

    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.start < b.start; });
    const OffsetMap map(text);
    QList<Range> result;
    result.reserve(hits.size());
    for (const Hit &h : hits)
        result.append({map.toCodePoint(h.start), map.toCodePoint(h.end), h.reason});
    return result;
}

QString ResidueDetector::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Markup:
        return QCoreApplication::translate("Entente::ResidueDetector", "markup fragment");
    case Reason::Boilerplate:
        return QCoreApplication::translate("Entente::ResidueDetector", "page furniture");
    case Reason::Duplicate:
        return QCoreApplication::translate("Entente::ResidueDetector", "repeated line");
    case Reason::HeadlinePrefix:
        return QCoreApplication::translate("Entente::ResidueDetector", "repeated teaser headline");
    case Reason::Fragment:
        return QCoreApplication::translate("Entente::ResidueDetector", "fragment");
    }
    return {};
}

} // namespace Entente
