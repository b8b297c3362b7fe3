#pragma once

#include <QList>
#include <QString>

namespace Entente {

/**
 * Splits English news text into sentences: a line end always ends one (and a paragraph);
 * ". ", "! " and "? " (optionally after a closing quotation mark) end one when the next word
 * starts with a capital letter, a digit or a quotation mark, except after common abbreviations
 * ("Mr.", "U.S.", "Dr.") and initials. Offsets are UTF-16 indexes (QString), half-open, with
 * surrounding white space trimmed; empty sentences are dropped.
 */
class SentenceSplitter
{
public:
    struct Sentence
    {
        qsizetype start = 0;
        qsizetype end = 0;
        int paragraph = 0; ///< index of the line (paragraph) the sentence is in
    };

    static QList<Sentence> split(const QString &text);
};

} // namespace Entente
