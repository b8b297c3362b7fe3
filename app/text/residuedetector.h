#pragma once

#include <QList>
#include <QString>

namespace Entente {

/**
 * Finds scraping residue in an article text: lines that came from the web page around the
 * article rather than from the article itself (markup fragments, "Back to top" buttons,
 * comment prompts, repeated related-article links, counters, category tags).
 *
 * Residue stays in the text (it is part of the source); the reader dims it. The rules are
 * deliberately conservative: a line that reads like a sentence is never residue.
 */
class ResidueDetector
{
public:
    /// Why a line was classed as residue.
    enum class Reason {
        Markup,          ///< an HTML/attribute fragment such as `class = "cf">`
        Boilerplate,     ///< a known page-furniture phrase ("Back to top", "Add a comment")
        Duplicate,       ///< a non-sentence line repeated, or a later copy of a line
        HeadlinePrefix,  ///< a teaser headline repeated at the start of the next line
        Fragment,        ///< a very short non-sentence line at the start or end of the text
    };

    /// One residue line: code points into the text, half-open, without the line break.
    struct Range
    {
        qsizetype start = 0;
        qsizetype end = 0;
        Reason reason = Reason::Fragment;
        friend bool operator==(const Range &, const Range &) = default;
    };

    /// The residue lines of @p text (NFC, LF), in text order. @p title, when given, is never
    /// classed as residue.
    static QList<Range> detect(const QString &text, const QString &title = QString());

    /// A short English name of @p reason, for tooltips and test output.
    static QString reasonName(Reason reason);
};

} // namespace Entente
