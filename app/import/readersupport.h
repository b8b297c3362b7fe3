#pragma once

#include "import/importedarticle.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Entente {

/**
 * Small steps the readers share: messages prefixed with the file they are about, the fields
 * every ImportedArticle gets from its file, the summary of skipped parts that read() attaches
 * when the caller did not ask for them one by one, and the language and date taken from the
 * text when the metadata does not give them.
 */
class ReaderSupport
{
    Q_DECLARE_TR_FUNCTIONS(Entente::ReaderSupport)
public:
    /// "feed.xml: line 3: ..." (the file's name without its folder).
    static QString inFile(const QString &fileName, const QString &message);
    /// An article with sourceFile (absolute), locator and format set.
    static ImportedArticle start(const QString &fileName, const QString &format,
                                 const QString &locator);
    /// For read() without a list of skipped parts: the first article gets one warning that
    /// lists them, so nothing is left out silently.
    static void attachSkipped(ImportedArticleList *articles, const QStringList &skipped);
    /// The error when every part of a file was skipped: the first few reasons.
    static QString nothingImported(const QString &fileName, const QStringList &skipped);
    /// What the metadata left open, from the text itself: the language guessed from script and
    /// words (LanguageGuess) and the first date written near the start (DatePhrases, in the
    /// first TextDateWindow characters), with dateEvidence "text: <the phrase>".
    static void completeFromText(ImportedArticle *article);

    static constexpr qsizetype TextDateWindow = 1000;
};

} // namespace Entente
