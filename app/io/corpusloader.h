#pragma once

#include "model/article.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Entente {

/// One problem found in a corpus: where (file, line or field) and what was expected.
struct CorpusProblem
{
    QString file;    ///< path relative to the corpus directory, e.g. "corpus.json"
    int line = 0;    ///< 1-based line, or 0 when the problem is not tied to a line
    int column = 0;  ///< 1-based column, or 0
    QString field;   ///< JSON path such as "articles[2].published", or empty
    QString message; ///< what is wrong and what was expected

    /// "corpus.json:3:14: articles[2].published: ..." — the form printed to users.
    QString toString() const;
};

/**
 * Loads a corpus directory: `corpus.json` (the manifest) and the article files it names.
 * Everything is validated before anything is returned: load() either succeeds with every
 * article or fails with every problem found, never with half a corpus.
 *
 * Manifest format (see README, "Adding an article"):
 *   { "format": "entente-corpus", "version": 1,
 *     "articles": [ { "id", "file", "title", "source", "url", "published", "language",
 *                     "description" }, ... ] }
 */
class CorpusLoader
{
    Q_DECLARE_TR_FUNCTIONS(Entente::CorpusLoader)
public:
    static constexpr int FormatVersion = 1;

    bool load(const QString &directory);

    const ArticleList &articles() const { return m_articles; }
    const QList<CorpusProblem> &problems() const { return m_problems; }
    /// All problems, one per line.
    QString errorString() const;
    QString directory() const { return m_directory; }

    /// The bundled corpus: $ENTENTE_CORPUS, else next to the executable
    /// (../share/entente/corpus), else the source tree's corpus/ the build was made from.
    static QString bundledCorpusDirectory();

private:
    void problem(const QString &file, const QString &field, const QString &message, int line = 0,
                 int column = 0);
    bool loadArticleText(Article &article, const QString &field);

    QString m_directory;
    ArticleList m_articles;
    QList<CorpusProblem> m_problems;
};

} // namespace Entente
