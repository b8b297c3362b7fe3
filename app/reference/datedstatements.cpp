#include "reference/datedstatements.h"

#include "reference/gazetteerspeakerresolver.h"
#include "text/statementdating.h"
#include "text/statementextractor.h"

namespace Entente::DatedStatements {

StatementList extract(const ArticleList &articles, const Gazetteer &gazetteer, const MeetingList &meetings)
{
    const GazetteerSpeakerResolver resolver(gazetteer);
    const StatementExtractor extractor(&resolver);
    StatementList statements = extractor.extract(articles);
    StatementDating::applyMeetingDates(statements, meetings);
    return statements;
}

} // namespace Entente::DatedStatements
