#pragma once

#include "model/article.h"
#include "model/statement.h"

#include <QCoreApplication>
#include <QStringList>

namespace Entente {

class SpeakerResolver;

/**
 * Finds statements in an article's text.
 *
 * Direct statements are quoted passages (“…”, "…", «…»; a quote left open runs to the end of
 * its paragraph, and continues into the next paragraph when that one opens with a quotation
 * mark) and colon-introduced speech ("He added: ..."). Their speaker comes from a reporting
 * verb (the cue) and a named mention, an office ("the Iraqi president") or a pronoun in the
 * same sentence, or in the sentence before when that one ends with a colon. Indirect
 * statements are sentences such as "X said that ...", "X stressed ..." and "..., he said."
 *
 * Pronouns resolve to the speaker of the latest statement within the last three sentences,
 * else to the subject of the previous sentence. An office resolves through the resolver's
 * holders over the article's date span; when it names several people (a year-precision date
 * across a handover, or "the president" in a text about two presidents) the latest speaker is
 * taken if among them, else all are kept as candidates and the speaker stays unknown.
 *
 * All offsets in the results are code points. Without a resolver, only pronouns chained to
 * nothing remain: speakers are unknown.
 */
class StatementExtractor
{
    Q_DECLARE_TR_FUNCTIONS(Entente::StatementExtractor)
public:
    explicit StatementExtractor(const SpeakerResolver *resolver = nullptr);

    StatementList extract(const Article &article) const;
    StatementList extract(const ArticleList &articles) const;

    /// The officials who held an office over @p date's span; ambiguous when more than one.
    struct OfficeHolders
    {
        QStringList ids;
        bool ambiguous = false;
    };
    /// @p office is a title such as "President of Iraq", or a phrase ("the Iraqi president").
    OfficeHolders holdersOf(const QString &office, const EdtfDate &date) const;
    OfficeHolders holdersOf(const QString &country, const QString &officeKey,
                            const EdtfDate &date) const;

    /// Topic tags suggested for a statement's text by keyword (security, economy, sovereignty,
    /// relations); sorted.
    static QStringList suggestTags(const QString &text);

private:
    const SpeakerResolver *m_resolver = nullptr;
};

} // namespace Entente
