#include "tags/tagcolours.h"

#include "store/project.h"

namespace Entente {

QList<QColor> TagColours::palette()
{
    // Hues spread around the wheel, mid lightness, so a 30 % tint stays visible on white and on
    // a dark grey.
    static const QList<QColor> colours{QColor(0xe0, 0x8a, 0x1e), QColor(0x2f, 0x8f, 0xd8), QColor(0x3c, 0xa5, 0x5c),
                                       QColor(0xd6, 0x4a, 0x5e), QColor(0x8e, 0x6b, 0xd4), QColor(0x1f, 0xa8, 0xa0),
                                       QColor(0xc9, 0x6a, 0xb8), QColor(0x9b, 0x9b, 0x2a)};
    return colours;
}

QColor TagColours::suggested(qsizetype index)
{
    const QList<QColor> colours = palette();
    return colours.at(std::abs(index) % colours.size());
}

QColor TagColours::effective(const Project *project, qint64 tagId)
{
    qint64 id = tagId;
    for (int depth = 0; id != 0 && depth < 64; ++depth) {
        const Tag t = project->tag(id);
        if (t.isNull())
            break;
        if (t.colour.isValid())
            return t.colour;
        id = t.parentId;
    }
    return suggested(tagId);
}

QColor TagColours::blend(const QColor &colour, const QColor &base, qreal alpha)
{
    const qreal a = std::clamp(alpha, 0.0, 1.0);
    const auto mix = [a](float c, float b) { return float(c * a + b * (1.0 - a)); };
    return QColor::fromRgbF(mix(colour.redF(), base.redF()), mix(colour.greenF(), base.greenF()),
                            mix(colour.blueF(), base.blueF()));
}

} // namespace Entente
