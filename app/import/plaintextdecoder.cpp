#include "import/plaintextdecoder.h"

#include "text/normalize.h"

#include <QStringDecoder>

namespace Entente {

bool PlainTextDecoder::decode(const QByteArray &bytes, QString *text, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (bytes.isEmpty())
        return fail(tr("the file is empty"));

    const bool utf16le = bytes.startsWith("\xFF\xFE");
    const bool utf16be = bytes.startsWith("\xFE\xFF");
    if (utf16le || utf16be) {
        QStringDecoder decoder(utf16le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        QString decoded = decoder.decode(bytes.sliced(2));
        if (decoder.hasError() || (bytes.size() % 2) != 0)
            return fail(tr("not valid UTF-16 text (it starts with a UTF-16 byte-order mark)"));
        if (decoded.contains(QChar(0)))
            return fail(tr("binary data, not text (it contains NUL characters)"));
        *text = decoded;
        return true;
    }

    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.sliced(3) : bytes;
    if (const qsizetype nul = body.indexOf('\0'); nul >= 0)
        return fail(tr("binary data, not text (a NUL byte at byte %1)").arg(nul));
    qsizetype bad = -1;
    if (!decodeUtf8Strict(body, text, &bad)) {
        const qsizetype line = body.first(bad).count('\n') + 1;
        return fail(tr("not valid UTF-8: an invalid byte sequence at byte %1 (line %2); save the "
                       "file as UTF-8")
                        .arg(bad + (body.size() < bytes.size() ? 3 : 0))
                        .arg(line));
    }
    return true;
}

} // namespace Entente
