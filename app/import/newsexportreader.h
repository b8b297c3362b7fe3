#pragma once

#include "import/importedarticle.h"

#include <QCoreApplication>
#include <QStringList>

namespace Entente {

/**
 * Splits the multi-article exports of news databases into their articles, with title,
 * outlet, date, byline and language from each article's header block:
 *
 * - **Nexis Uni** (plain text or DOCX): each document ends with an "End of Document" line;
 *   its header is the title, the outlet, the date line ("March 12, 2021 Friday"), edition and
 *   copyright lines and labelled fields (Section:, Length:, Byline:, Dateline:, Highlight:),
 *   then a "Body" line, the text, and a trailer (Classification, Language:, Subject:,
 *   Load-Date:). A cover page before the first document (Date and Time:, Job Number:, the list
 *   of documents) is dropped.
 * - **Factiva** (plain text with field codes, as "Full Article/Report plus Indexing"
 *   writes it): HD headline, BY byline, WC word count, PD publication date, SN source name,
 *   SC source code, LA language, CY copyright, LP lead paragraphs and TD text, then indexing
 *   codes (CO, IN, NS, RE, IPD, PUB, AN); documents are separated by "Document <id>" lines
 *   (also as the AN field). A code stands alone on its line or is followed by a tab or two
 *   spaces (a single space after the header codes HD..CY), so a paragraph that starts with
 *   "IN BAGHDAD" is text, not a field.
 *
 * Load-Date (when the database loaded the article) is not its publication date and is not
 * used. ImportedArticle::format is "nexis" or "factiva"; locators read "article 2 of 7". A
 * document without text is skipped and reported.
 */
class NewsExportReader : public MultiArticleReader
{
    Q_DECLARE_TR_FUNCTIONS(Entente::NewsExportReader)
public:
    /// "news-export", the family; each article says "nexis" or "factiva".
    QString formatName() const override;
    /// None of its own: exports are .txt or .docx files, taken by their content.
    QStringList fileSuffixes() const override { return {}; }
    /// By content: the head shows Nexis Uni or Factiva markers (a DOCX is recognised only
    /// once unpacked, by DocxReader).
    bool canRead(const QString &fileName, const QByteArray &head) const override;
    bool readAll(const QString &fileName, const QByteArray &data, ImportedArticleList *articles,
                 QStringList *skipped, QString *error) const override;

    /// Whether these lines or paragraphs are a Nexis Uni export ("End of Document" and "Body").
    static bool isNexisExport(const QStringList &lines);
    /// Whether these lines are a Factiva export (HD with PD, SN or LP/TD field codes).
    static bool isFactivaExport(const QStringList &lines);
    /// Splits a Nexis Uni export given as paragraphs (DOCX) or lines (text; blank lines
    /// separate paragraphs). @p container is "docx" or "txt", for warnings.
    static bool readNexisParagraphs(const QString &fileName, const QString &container,
                                    const QStringList &lines, ImportedArticleList *articles,
                                    QStringList *skipped, QString *error);
    /// Splits a Factiva export given as lines.
    static bool readFactivaLines(const QString &fileName, const QStringList &lines,
                                 ImportedArticleList *articles, QStringList *skipped,
                                 QString *error);
};

} // namespace Entente
