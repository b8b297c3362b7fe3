#include "import/zippackage.h"

#include <KZip>
#include <KZipFileEntry>

#include <QLocale>

namespace Entente {

namespace {

QString megabytes(qint64 bytes)
{
    return QLocale::c().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
}

} // namespace

ZipPackage::ZipPackage(const QByteArray &data, qint64 maxEntrySize)
    : m_data(data)
    , m_maxEntrySize(maxEntrySize)
{
    m_buffer.setData(m_data);
}

ZipPackage::~ZipPackage() = default;

bool ZipPackage::open(QString *error)
{
    if (!m_data.startsWith("PK\x03\x04")) {
        if (error)
            *error = m_data.isEmpty() ? tr("the file is empty")
                                      : tr("not a zip archive (it does not start with a zip "
                                           "signature)");
        return false;
    }
    if (m_data.lastIndexOf("PK\x05\x06") < 0) {
        if (error)
            *error = tr("the zip archive is truncated or damaged: its central directory is "
                        "missing");
        return false;
    }
    m_zip = std::make_unique<KZip>(&m_buffer);
    if (!m_zip->open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("the zip archive is truncated or damaged (%1)").arg(m_zip->errorString());
        m_zip.reset();
        return false;
    }
    return true;
}

bool ZipPackage::contains(const QString &path) const
{
    if (!m_zip)
        return false;
    const KArchiveEntry *entry = m_zip->directory()->entry(path);
    return entry && entry->isFile();
}

bool ZipPackage::read(const QString &path, QByteArray *out, QString *error) const
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_zip)
        return fail(tr("the zip archive is not open"));
    const KArchiveEntry *entry = m_zip->directory()->entry(path);
    if (!entry || !entry->isFile())
        return fail(tr("the archive has no part '%1'").arg(path));
    const auto *file = static_cast<const KZipFileEntry *>(entry);
    if (file->size() > m_maxEntrySize)
        return fail(tr("the part '%1' would unpack to %2, more than the limit of %3 (a zip "
                       "bomb?); it was not unpacked")
                        .arg(path, megabytes(file->size()), megabytes(m_maxEntrySize)));
    if (file->compressedSize() + file->position() > m_data.size())
        return fail(tr("the zip archive is truncated: the part '%1' is cut off").arg(path));
    std::unique_ptr<QIODevice> device(file->createDevice());
    if (!device || !device->isOpen())
        return fail(tr("the part '%1' cannot be unpacked (unsupported compression?)").arg(path));
    QByteArray bytes;
    char chunk[65536];
    while (true) {
        const qint64 got = device->read(chunk, sizeof chunk);
        if (got < 0)
            return fail(tr("the part '%1' is damaged: it cannot be unpacked").arg(path));
        if (got == 0)
            break;
        if (bytes.size() + got > m_maxEntrySize)
            return fail(tr("the part '%1' unpacks to more than the limit of %2 (a zip bomb?); "
                           "unpacking stopped")
                            .arg(path, megabytes(m_maxEntrySize)));
        bytes.append(chunk, got);
    }
    if (bytes.size() != file->size())
        return fail(tr("the part '%1' is damaged: it unpacks to %2 bytes instead of the %3 the "
                       "archive declares")
                        .arg(path)
                        .arg(bytes.size())
                        .arg(file->size()));
    *out = bytes;
    return true;
}

} // namespace Entente
