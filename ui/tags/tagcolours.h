#pragma once

#include <QColor>
#include <QList>

namespace Entente {

class Project;

/// Colours for tags: a small palette of distinct hues for new tags, and the colour a tag is
/// drawn in (its own, else its nearest coloured ancestor's, else one picked from its id).
class TagColours
{
public:
    /// The palette new tags cycle through; readable as a tint on light and dark backgrounds.
    static QList<QColor> palette();
    /// A palette colour for the @p index-th tag.
    static QColor suggested(qsizetype index);
    /// The colour tag @p tagId is drawn in; always valid for a known tag.
    static QColor effective(const Project *project, qint64 tagId);
    /// @p colour laid over @p base with @p alpha (0..1), as an opaque colour.
    static QColor blend(const QColor &colour, const QColor &base, qreal alpha);
};

} // namespace Entente
