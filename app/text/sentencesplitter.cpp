#include "text/sentencesplitter.h"

#include <QSet>

namespace Entente {

namespace {

bool isSpace(QChar c)
{
    return c.isSpace() || c == u'\u00a0';
}

bool isClosingQuote(QChar c)
{
    return c == u'\u201d' || c == u'"' || c == u'\u00bb' || c == u'\u2019' || c == u')';
}

bool isOpeningQuote(QChar c)
{
    return c == u'\u201c' || c == u'"' || c == u'\u00ab' || c == u'\u2018' || c == u'(';
}

// The word that ends right before @p pos (a '.' at pos).
QStringView wordBefore(const QString &text, qsizetype pos)
{
    qsizetype b = pos;
    while (b > 0 && !isSpace(text.at(b - 1)))
        --b;
    return QStringView(text).sliced(b, pos - b);
}

bool isAbbreviation(QStringView word)
{
    static const QSet<QString> known = {
        QStringLiteral("Mr"),  QStringLiteral("Mrs"), QStringLiteral("Ms"),   QStringLiteral("Dr"),
        QStringLiteral("St"),  QStringLiteral("Gen"), QStringLiteral("Col"),  QStringLiteral("Lt"),
        QStringLiteral("Sgt"), QStringLiteral("No"),  QStringLiteral("Jan"),  QStringLiteral("Feb"),
        QStringLiteral("Aug"), QStringLiteral("Sept"), QStringLiteral("Oct"), QStringLiteral("Nov"),
        QStringLiteral("Dec"), QStringLiteral("Prof"), QStringLiteral("Sen"), QStringLiteral("Rep"),
        QStringLiteral("vs"),  QStringLiteral("etc"),
    };
    QStringView w = word;
    while (!w.isEmpty() && isOpeningQuote(w.front()))
        w = w.sliced(1);
    if (known.contains(w.toString()))
        return true;
    // Initials and dotted abbreviations: "U.S", "e.g", "A".
    if (w.size() == 1 && w.front().isUpper())
        return true;
    return w.contains(u'.') && w.size() <= 5;
}

} // namespace

QList<SentenceSplitter::Sentence> SentenceSplitter::split(const QString &text)
{
    QList<Sentence> result;
    int paragraph = 0;
    qsizetype start = 0;
    auto push = [&](qsizetype from, qsizetype to) {
        while (from < to && isSpace(text.at(from)))
            ++from;
        while (to > from && isSpace(text.at(to - 1)))
            --to;
        if (to > from)
            result.append({from, to, paragraph});
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            push(start, i);
            start = i + 1;
            ++paragraph;
            continue;
        }
        if (c != u'.' && c != u'!' && c != u'?')
            continue;
        qsizetype j = i + 1;
        while (j < n && isClosingQuote(text.at(j)))
            ++j;
        if (j < n && !isSpace(text.at(j)))
            continue; // "President.ir", "3.5"
        qsizetype k = j;
        while (k < n && isSpace(text.at(k)) && text.at(k) != u'\n')
            ++k;
        if (k < n && text.at(k) != u'\n') {
            const QChar next = text.at(k);
            if (!(next.isUpper() || next.isDigit() || isOpeningQuote(next)))
                continue;
        }
        if (c == u'.' && isAbbreviation(wordBefore(text, i)))
            continue;
        push(start, j);
        start = j;
    }
    push(start, n);
    return result;
}

} // namespace Entente
