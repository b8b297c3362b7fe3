#include "import/readersupport.h"

#include "text/datephrases.h"
#include "text/languageguess.h"

#include <QFileInfo>

namespace Entente {

QString ReaderSupport::inFile(const QString &fileName, const QString &message)
{
    return tr("%1: %2").arg(QFileInfo(fileName).fileName(), message);
}

ImportedArticle ReaderSupport::start(const QString &fileName, const QString &format,
                                     const QString &locator)
{
    ImportedArticle article;
    article.sourceFile = fileName.isEmpty() ? QString() : QFileInfo(fileName).absoluteFilePath();
    article.format = format;
    article.locator = locator;
    return article;
}

void ReaderSupport::attachSkipped(ImportedArticleList *articles, const QStringList &skipped)
{
    if (skipped.isEmpty() || articles->isEmpty())
        return;
    articles->first().warnings.append(
        tr("%n part(s) of this file were not imported: %1", nullptr, int(skipped.size()))
            .arg(skipped.join(QStringLiteral("; "))));
}

QString ReaderSupport::nothingImported(const QString &fileName, const QStringList &skipped)
{
    constexpr int shown = 3;
    QStringList first = skipped.mid(0, shown);
    QString list = first.join(QStringLiteral("; "));
    if (skipped.size() > shown)
        list = tr("%1; and %n more", nullptr, int(skipped.size() - shown)).arg(list);
    return inFile(fileName, tr("nothing could be imported: %1").arg(list));
}

bool MultiArticleReader::read(const QString &fileName, const QByteArray &data, ImportedArticleList *articles,
                              QString *error) const
{
    QStringList skipped;
    if (!readAll(fileName, data, articles, &skipped, error))
        return false;
    ReaderSupport::attachSkipped(articles, skipped);
    return true;
}

void ReaderSupport::completeFromText(ImportedArticle *article)
{
    if (article->language.isEmpty())
        article->language = LanguageGuess::of(article->text).language();
    if (!article->published.isValid()) {
        DatePhraseOptions options;
        options.language = article->language;
        const DatePhrase phrase =
            DatePhrases::first(QStringView(article->text).first(qMin(article->text.size(), TextDateWindow)),
                               options);
        if (phrase.date.isValid()) {
            article->published = phrase.date;
            article->dateEvidence = tr("text: %1").arg(phrase.evidence);
        }
    }
}

} // namespace Entente
