#pragma once

#include <QString>

#include <functional>

class QIODevice;

namespace Entente {

/**
 * Where the exports write: a file replaced atomically (QSaveFile: a reader never sees half
 * of it, and a failure leaves the old file), a device or pipe as it is, or standard output
 * for "-". A gate, when given, decides at the last moment whether the output may stand: a
 * file is written first and committed only if the gate passes (so the work and a background
 * check of the project overlap); standard output and devices, where nothing can be taken
 * back, wait for the gate before the first byte.
 */
class OutputFile
{
public:
    using Writer = std::function<bool(QIODevice *device, QString *error)>;
    using Gate = std::function<bool(QString *error)>;

    static bool write(const QString &fileName, const Writer &writer, QString *error, const Gate &gate = {});
};

} // namespace Entente
