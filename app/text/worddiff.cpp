#include "text/worddiff.h"


#include <vector>

namespace Entente {

namespace {

bool isWordCodePoint(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing
        || QChar::category(c) == QChar::Mark_SpacingCombining;
}

bool isJoiner(char32_t c)
{
    return c == U'\'' || c == U'\u2019' || c == U'\u02bc' || c == U'-' || c == U'\u2010'
        || c == U'\u200c';
}

} // namespace

QString WordDiff::fold(QStringView word)
{
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    const QList<uint> cps = decomposed.toUcs4();
    for (const uint u : cps) {
        const char32_t c = u;
        const auto cat = QChar::category(c);
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing)
            continue; // diacritics
        if (c == U'\u2019' || c == U'\u02bc')
            out += u'\'';
        else if (c == U'\u2010')
            out += u'-';
        else
            out += QString::fromUcs4(&c, 1);
    }
    out = out.toCaseFolded();
    if (out.size() > 2 && out.endsWith(u"'s")) // "people's" and "people" share the word
        out.chop(2);
    return out;
}

QList<WordDiff::Token> WordDiff::tokenize(const QString &text)
{
    QList<Token> tokens;
    const QList<uint> cps = text.toUcs4();
    const qsizetype n = cps.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isWordCodePoint(cps.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n) {
            if (isWordCodePoint(cps.at(i))) {
                ++i;
            } else if (isJoiner(cps.at(i)) && i + 1 < n && isWordCodePoint(cps.at(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        Token t;
        t.start = start;
        t.end = i;
        const QString word = QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()) + start, i - start);
        t.folded = fold(word);
        tokens.append(t);
    }
    return tokens;
}

WordDiff::WordDiff(const QString &left, const QString &right)
    : m_left(tokenize(left))
    , m_right(tokenize(right))
{
    const size_t n = size_t(m_left.size());
    const size_t m = size_t(m_right.size());
    // lcs[i][j]: LCS length of left[i..] and right[j..]
    std::vector<std::vector<quint32>> lcs(n + 1, std::vector<quint32>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;) {
            lcs[i][j] = m_left.at(qsizetype(i)).folded == m_right.at(qsizetype(j)).folded
                ? lcs[i + 1][j + 1] + 1
                : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    size_t i = 0;
    size_t j = 0;
    while (i < n && j < m) {
        if (m_left.at(qsizetype(i)).folded == m_right.at(qsizetype(j)).folded) {
            m_left[qsizetype(i)].shared = true;
            m_right[qsizetype(j)].shared = true;
            ++m_shared;
            ++i;
            ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
}

double WordDiff::similarity() const
{
    const qsizetype total = m_left.size() + m_right.size();
    return total == 0 ? 1.0 : 2.0 * double(m_shared) / double(total);
}

} // namespace Entente
