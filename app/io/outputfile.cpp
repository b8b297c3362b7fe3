#include "io/outputfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Entente {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Entente::OutputFile", text);
}
} // namespace

bool OutputFile::write(const QString &fileName, const Writer &writer, QString *error, const Gate &gate)
{
    QString why;
    const auto failed = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const bool toStdout = fileName == QLatin1StringView("-");
    const QFileInfo info(fileName);
    if (toStdout || (info.exists() && !info.isFile())) { // nothing to take back: the gate first
        if (gate && !gate(&why))
            return failed(why);
        QFile device;
        const bool opened = toStdout ? device.open(stdout, QIODevice::WriteOnly) : (device.setFileName(fileName), device.open(QIODevice::WriteOnly));
        if (!opened)
            return failed(toStdout ? tr("Cannot write to standard output.") : tr("Cannot write “%1”: %2").arg(fileName, device.errorString()));
        if (!writer(&device, &why))
            return failed(why);
        if (!device.flush())
            return failed(toStdout ? tr("Cannot write to standard output.") : tr("Cannot write “%1”: %2").arg(fileName, device.errorString()));
        return true;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return failed(tr("Cannot write “%1”: %2").arg(fileName, file.errorString()));
    if (!writer(&file, &why)) {
        file.cancelWriting();
        return failed(why);
    }
    if (gate && !gate(&why)) {
        file.cancelWriting();
        return failed(why);
    }
    if (!file.commit())
        return failed(tr("Cannot write “%1”: %2").arg(fileName, file.errorString()));
    return true;
}

} // namespace Entente
