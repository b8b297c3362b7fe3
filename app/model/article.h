#pragma once

#include "model/edtf.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Entente {

/**
 * One article: its metadata from the corpus manifest (or the import dialog) and its text,
 * normalised to NFC with LF line ends. Offsets everywhere in Entente are code points into
 * text. sha256 is the hex SHA-256 of the original file's bytes, kept for provenance.
 */
struct Article
{
    QString id;          ///< short readable slug, unique in a corpus or project
    QString title;
    QString source;      ///< the publication; empty when the text does not name it
    QString url;         ///< empty when the text names none
    EdtfDate published;  ///< publication date (not the date of what it reports)
    QString language;    ///< BCP 47, e.g. "en"
    QString description; ///< one line
    QString file;        ///< file name relative to the corpus, e.g. "articles/foo.txt"
    QString text;        ///< normalised text
    QString sha256;      ///< hex SHA-256 of the original bytes

    bool isNull() const { return id.isEmpty(); }
};

using ArticleList = QList<Article>;

} // namespace Entente

Q_DECLARE_METATYPE(Entente::Article)
