#pragma once

#include <QByteArray>
#include <QString>

namespace Entente {

/**
 * Article text normalisation: Unicode NFC, line ends folded to LF (CRLF and lone CR), a leading
 * byte-order mark dropped. Nothing else is changed: scraping residue stays (see ResidueDetector).
 */
QString normalizeText(const QString &text);

/// Hex SHA-256 of @p bytes (the original file, before any normalisation).
QString sha256Hex(const QByteArray &bytes);

/**
 * Decodes strict UTF-8. Returns false on the first invalid sequence and sets @p badOffset to
 * its byte offset in @p bytes.
 */
bool decodeUtf8Strict(const QByteArray &bytes, QString *out, qsizetype *badOffset);

} // namespace Entente
