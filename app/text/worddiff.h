#pragma once

#include <QList>
#include <QString>

namespace Entente {

/**
 * Shared and differing words of two texts: both are cut into word tokens (letters and digits,
 * with inner apostrophes and hyphens), folded (case, diacritics, typographic apostrophes, a
 * possessive 's), and
 * the longest common subsequence of the folded tokens marks the shared ones. Offsets are
 * Unicode code points into the given texts, half-open, ready for highlighting.
 */
class WordDiff
{
public:
    struct Token
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QString folded;
        bool shared = false;
    };

    WordDiff() = default;
    WordDiff(const QString &left, const QString &right);

    const QList<Token> &left() const { return m_left; }
    const QList<Token> &right() const { return m_right; }
    /// Number of shared tokens (the LCS length).
    qsizetype sharedCount() const { return m_shared; }
    /// 2 * shared / (left + right tokens): 1 for the same words, 0 for none in common.
    double similarity() const;

    /// The word tokens of @p text (code points), folded, none marked shared.
    static QList<Token> tokenize(const QString &text);
    /// Case-folded, diacritics dropped, ’ and ʼ as ', a possessive 's dropped.
    static QString fold(QStringView word);

private:
    QList<Token> m_left;
    QList<Token> m_right;
    qsizetype m_shared = 0;
};

} // namespace Entente
