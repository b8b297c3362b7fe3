#include "import/documentcontent.h"

#include "import/languagetag.h"
#include "import/metadatadate.h"
#include "import/readersupport.h"
#include "text/normalize.h"

using namespace Qt::StringLiterals;

namespace Entente {

ImportedArticle DocumentContent::toArticle(const QString &fileName, const QString &format) const
{
    ImportedArticle a = ReaderSupport::start(fileName, format, QString());
    a.title = normalizeText(title).simplified();
    int skip = -1;
    if (titleParagraph >= 0 && titleParagraph < paragraphs.size()) {
        const QString styled = normalizeText(paragraphs.at(titleParagraph)).simplified();
        // The title-styled paragraph is the title, unless the properties name another one.
        if (a.title.isEmpty())
            a.title = styled;
        if (styled == a.title)
            skip = titleParagraph;
    }
    QStringList kept;
    for (int i = 0; i < paragraphs.size(); ++i) {
        const QString p = paragraphs.at(i).trimmed();
        if (i != skip && !p.isEmpty())
            kept.append(p);
    }
    a.text = normalizeText(kept.join(u"\n\n"_s));
    a.author = normalizeText(author).simplified();
    a.language = LanguageTag::fromName(language);
    if (!created.trimmed().isEmpty()) {
        QString problem;
        a.published = MetadataDate::parse(created, &problem);
        if (a.published.isValid())
            a.dateEvidence = createdField;
        else
            a.warnings.append(tr("%1 '%2' %3").arg(createdField, created.trimmed(), problem));
    }
    ReaderSupport::completeFromText(&a);
    return a;
}

} // namespace Entente
