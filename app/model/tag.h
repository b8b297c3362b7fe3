#pragma once

#include <QColor>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Entente {

/**
 * One tag of the project's tag tree. parentId is 0 for a top-level tag. The path of a tag is
 * the names from the root joined by '/', e.g. "diplomacy/visits".
 */
struct Tag
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    QColor colour;
    QString description;

    bool isNull() const { return id == 0; }
    friend bool operator==(const Tag &, const Tag &) = default;
};

using TagList = QList<Tag>;

} // namespace Entente

Q_DECLARE_METATYPE(Entente::Tag)
