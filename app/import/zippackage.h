#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class KZip;

namespace Entente {

/**
 * A zip container held in memory (DOCX, ODT), read through KArchive's KZip with limits: a part
 * larger than maxEntrySize() once unpacked is refused before it is unpacked (a zip bomb), and
 * unpacking stops at the limit even when the zip's size fields lie. Truncated or damaged
 * archives give a message saying so.
 */
class ZipPackage
{
    Q_DECLARE_TR_FUNCTIONS(Entente::ZipPackage)
public:
    static constexpr qint64 DefaultMaxEntrySize = qint64(32) * 1024 * 1024;

    explicit ZipPackage(const QByteArray &data, qint64 maxEntrySize = DefaultMaxEntrySize);
    ~ZipPackage();
    ZipPackage(const ZipPackage &) = delete;
    ZipPackage &operator=(const ZipPackage &) = delete;

    /// Opens the archive; false with the reason (not a zip, truncated) in @p error.
    bool open(QString *error);
    bool contains(const QString &path) const;
    /// Unpacks the part at @p path into @p out, within the size limit.
    bool read(const QString &path, QByteArray *out, QString *error) const;
    qint64 maxEntrySize() const { return m_maxEntrySize; }

private:
    QByteArray m_data;
    QBuffer m_buffer;
    std::unique_ptr<KZip> m_zip;
    qint64 m_maxEntrySize;
};

} // namespace Entente
