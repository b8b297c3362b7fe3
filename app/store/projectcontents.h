#pragma once

#include "model/annotation.h"
#include "model/article.h"
#include "model/records.h"
#include "model/tag.h"

#include <QList>
#include <QString>

namespace Entente {

/**
 * Everything a project holds, as values: what Project::contents() reads and
 * Project::importContents() writes in one go (ProjectJson's export and import, seeding a
 * project from a corpus). Ids are kept as given; annotations carry their tag ids.
 */
struct ProjectContents
{
    ArticleList articles;
    TagList tags;
    AnnotationList annotations;
    QList<ArticleTagRecord> articleTags;
    QList<MeetingRecord> meetings;
    QList<StatementRecord> statements;
    QList<OfficialsEditRecord> officialsEdits;
};

} // namespace Entente
