#include "io/boundedfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <sys/stat.h>

namespace Entente {

namespace {

QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return BoundedFile::tr("a directory");
    if (S_ISFIFO(mode))
        return BoundedFile::tr("a named pipe (FIFO)");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return BoundedFile::tr("a device");
    if (S_ISSOCK(mode))
        return BoundedFile::tr("a socket");
    return BoundedFile::tr("not a regular file");
}

} // namespace

QString BoundedFile::sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

bool BoundedFile::read(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *error, const QString &root)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return fail(tr("file not found"));
    const QString target = info.canonicalFilePath();
    if (target.isEmpty())
        return fail(tr("a symbolic link to a file that does not exist"));
    if (!root.isEmpty()) {
        const QString base = QFileInfo(root).canonicalFilePath();
        if (base.isEmpty() || !(target.startsWith(base + u'/')))
            return fail(tr("resolves to %1, outside %2; only files inside it are read")
                            .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(root)));
    }
    struct stat st {};
    if (::stat(QFile::encodeName(target).constData(), &st) != 0)
        return fail(tr("cannot be read: %1").arg(QString::fromLocal8Bit(strerror(errno))));
    if (!S_ISREG(st.st_mode))
        return fail(tr("is %1; expected a regular file").arg(kindOf(st.st_mode)));
    if (st.st_size > maxBytes)
        return fail(tr("is %1, over the limit of %2").arg(sizeText(st.st_size), sizeText(maxBytes)));

    QFile f(target);
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("cannot be read: %1").arg(f.errorString()));
    // The same checks on the handle: the path may have been swapped since.
    struct stat opened {};
    if (::fstat(f.handle(), &opened) != 0 || !S_ISREG(opened.st_mode) || opened.st_ino != st.st_ino
        || opened.st_dev != st.st_dev)
        return fail(tr("changed while it was being opened; try again"));
    QByteArray data = f.read(maxBytes + 1);
    if (f.error() != QFileDevice::NoError)
        return fail(tr("cannot be read: %1").arg(f.errorString()));
    if (data.size() > maxBytes)
        return fail(tr("grew over the limit of %1 while it was read").arg(sizeText(maxBytes)));
    *bytes = std::move(data);
    return true;
}

} // namespace Entente
