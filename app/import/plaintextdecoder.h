#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Entente {

/**
 * Turns the bytes of a text file (CSV, TSV, JSON Lines, a news-database export) into a string:
 * UTF-8 with or without a byte-order mark, or UTF-16 with one (as Excel and Windows tools
 * write "Unicode text"). Anything else is refused with a message that says where: a NUL byte
 * in UTF-8 means binary data, an invalid sequence names its byte offset and line.
 */
class PlainTextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Entente::PlainTextDecoder)
public:
    /// Decodes @p bytes into @p text (the byte-order mark dropped, line ends left as they are).
    /// On failure returns false and says why in @p error (without the file name).
    static bool decode(const QByteArray &bytes, QString *text, QString *error);
};

} // namespace Entente
