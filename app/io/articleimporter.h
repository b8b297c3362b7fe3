#pragma once

#include "model/edtf.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Entente {

/**
 * Turns a file the user wants to add (.txt, .md, .html) into article text: HTML and Markdown
 * are reduced to their plain text, everything is normalised (NFC, LF), and a title and a
 * publication date are guessed for the import dialog to prefill. A guess is only a
 * suggestion: the dialog shows it for the user to confirm.
 */
class ArticleImporter
{
    Q_DECLARE_TR_FUNCTIONS(Entente::ArticleImporter)
public:
    enum class Format { PlainText, Markdown, Html };

    /// The format implied by a file name's suffix (.htm/.html, .md/.markdown, else text).
    static Format formatForFileName(const QString &fileName);

    bool importFile(const QString &fileName);
    bool importData(const QByteArray &bytes, Format format);

    QString text() const { return m_text; }
    QString title() const { return m_title; }
    EdtfDate date() const { return m_date; }     ///< invalid when no date was found
    QString sha256() const { return m_sha256; } ///< of the original bytes
    /// A slug for the article id, from the title ("Iran, Iraq discuss…" -> "iran-iraq-discuss").
    QString suggestedId() const;
    QString errorString() const { return m_error; }

    /// The first date written in @p text ("6 February 2021", "Feb 6, 2021", "2021-02-06",
    /// "July 2023"), looking at its first 3000 characters; invalid when there is none.
    static EdtfDate guessDate(const QString &text);
    static QString slugify(const QString &text, int maxWords = 6);

private:
    QString m_text;
    QString m_title;
    EdtfDate m_date;
    QString m_sha256;
    QString m_error;
};

} // namespace Entente
