#pragma once

#include "reference/officialsmatcher.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Entente {

/// A person named with an office title who is not in the gazetteer: a suggestion to add.
struct UnknownOfficial
{
    qsizetype start = 0; ///< code points, half-open: the name only
    qsizetype end = 0;
    QString name;        ///< the original text of the name
    QString title;       ///< the title as written before the name ("Economy Minister", "وزير الخارجية")
    QString country;     ///< ISO alpha-2 guessed from the title ("Iranian", "العراقي", "کشورمان"), else empty

    friend bool operator==(const UnknownOfficial &a, const UnknownOfficial &b)
    {
        return a.start == b.start && a.end == b.end && a.name == b.name && a.title == b.title
            && a.country == b.country;
    }
};

/**
 * Finds "unknown officials": title-plus-name patterns in English, Arabic and Persian whose
 * name is no gazetteer mention. English: an optional country adjective, an office title
 * ("Economy Minister", "government spokesman", "Ambassador") and two to four capitalised
 * words ("Economy Minister Ehsan Khandouzi"). Arabic and Persian: a title head (وزير، رئيس،
 * سفير، المتحدث باسم، سخنگوی، معاون ...), the words that complete the title (the article ال
 * words, وزارة/وزارت، امور خارجه، دولت، در + a place ...), then a name of two words (three when
 * the third has the article or follows آل/بن/عبد): "وزير الخارجية فؤاد حسين", "سخنگوی وزارت
 * امور خارجه سعید خطیب‌زاده". Anything overlapping a known mention is left out, so a person who
 * is in the gazetteer is never suggested. Heuristic by design: suggestions for a person to
 * confirm, never identities.
 */
class UnknownOfficialFinder
{
public:
    /// The suggestions in @p text (in text order); @p known are the matcher's mentions of it.
    static QList<UnknownOfficial> find(const QString &text, const QList<Mention> &known);
};

} // namespace Entente

Q_DECLARE_METATYPE(Entente::UnknownOfficial)
