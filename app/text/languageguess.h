#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace Entente {

/**
 * The language of a text, guessed from its script and its most frequent words: "en", "ar",
 * "fa", and also "de", "fr", "tr" and "ru". Persian and Arabic, which share a script, are told
 * apart by the letters only Persian uses (پ چ ژ گ, and ک ی where the text uses them) against
 * those only Arabic uses (ة ى, and ك ي where the text uses them), and by the ratio of their
 * function words (است، این، را، که، می… against في، من، على، إلى، التي، الذي…).
 *
 * The guess is empty when the text is too short (fewer than MinLetters letters or MinWords
 * words) or the evidence is mixed (confidence under MinConfidence). Only the first
 * SampleLength characters are read, so a guess costs the same for any text.
 */
class LanguageGuess
{
    Q_DECLARE_TR_FUNCTIONS(Entente::LanguageGuess)
public:
    static constexpr int MinLetters = 20;
    static constexpr int MinWords = 4;
    static constexpr double MinConfidence = 0.6;
    static constexpr qsizetype SampleLength = 20000;

    LanguageGuess() = default;
    static LanguageGuess of(QStringView text);

    /// BCP 47 primary tag, or empty when unsure.
    QString language() const { return m_language; }
    /// 0..1: how strongly script and words point to language().
    double confidence() const { return m_confidence; }
    bool isEmpty() const { return m_language.isEmpty(); }
    /// A short account of the evidence, e.g. "Arabic script; fa words 12, ar words 1".
    QString reason() const { return m_reason; }

private:
    QString m_language;
    double m_confidence = 0;
    QString m_reason;
};

} // namespace Entente
