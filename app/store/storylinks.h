#pragma once

#include "model/article.h"
#include "text/storysketch.h"

#include <QList>
#include <QString>

namespace Entente {

/// Two articles that tell the same story (a near-duplicate found on import): @p articleId
/// was imported after @p otherId and its text is that close to it (estimated Jaccard
/// similarity of their word 5-grams, 0..1).
struct StoryLink
{
    QString articleId;
    QString otherId;
    double similarity = 0;

    friend bool operator==(const StoryLink &, const StoryLink &) = default;
};
using StoryLinkList = QList<StoryLink>;

/// Where a bulk-imported article came from: "file" or "file#locator", and the SHA-256 of
/// that file's bytes when it was read.
struct ImportedOrigin
{
    QString articleId;
    QString origin;
    QString sha256;
};

/// An article a bulk import adds (Project::addImportedArticles): the article, its sketch
/// (kept so later imports find it as a duplicate), where it came from ("file" or
/// "file#locator") and the articles it tells the same story as.
struct NewArticle
{
    Article article;
    StorySketch sketch;
    QString origin;
    StoryLinkList sameStoryAs; ///< articleId is the new article's id
};

} // namespace Entente
