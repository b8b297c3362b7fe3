#pragma once

#include "model/article.h"
#include "model/meeting.h"
#include "model/statement.h"

namespace Entente {

class Gazetteer;

/**
 * The one path from articles to dated statements: the statement extractor with speakers
 * resolved through @p gazetteer, then StatementDating with the @p meetings the articles
 * report. Seeding a project from a corpus and `entente statements` (on a corpus, or on a
 * project that has no stored statements) both use it, so they agree.
 */
namespace DatedStatements {
StatementList extract(const ArticleList &articles, const Gazetteer &gazetteer, const MeetingList &meetings);
}

} // namespace Entente
