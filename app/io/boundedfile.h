#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Entente {

/**
 * Reads an input file the user gave us, safely: it must be a regular file (not a FIFO, a
 * device, a socket or a directory, which could hang or never end), it may be at most
 * @p maxBytes long, and when a @p root directory is given the file, after every symbolic link
 * is resolved, must lie inside that directory (so a corpus cannot reach outside itself). The
 * check is repeated on the open handle, so swapping the file between check and read does not
 * get past it. Every refusal says which file and why.
 */
class BoundedFile
{
    Q_DECLARE_TR_FUNCTIONS(Entente::BoundedFile)
public:
    /// Article texts: far above any news article (the longest we know of are ~1 MB).
    static constexpr qint64 MaxArticleBytes = 16 * 1024 * 1024;
    /// JSON manifests, gazetteers, meetings files and project exports.
    static constexpr qint64 MaxDataBytes = 256 * 1024 * 1024;

    /// Reads @p path into @p bytes. On failure @p error says why (without the file name, which
    /// the caller reports in its own form) and nothing is read.
    static bool read(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *error,
                     const QString &root = QString());

    /// "12.5 MB" style size for messages.
    static QString sizeText(qint64 bytes);
};

} // namespace Entente
