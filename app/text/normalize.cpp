#include "text/normalize.h"

#include <QCryptographicHash>

namespace Entente {

QString normalizeText(const QString &text)
{
    QString s = text;
    if (s.startsWith(QChar(0xFEFF)))
        s.remove(0, 1);
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    s.replace(u'\r', u'\n');
    return s.normalized(QString::NormalizationForm_C);
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool decodeUtf8Strict(const QByteArray &bytes, QString *out, qsizetype *badOffset)
{
    // A hand-rolled validator: QStringDecoder replaces bad sequences without saying where.
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int len = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2; cp = c & 0x1F; min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3; cp = c & 0x0F; min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4; cp = c & 0x07; min = 0x10000;
        } else {
            if (badOffset)
                *badOffset = i;
            return false;
        }
        if (i + len > n) {
            if (badOffset)
                *badOffset = i;
            return false;
        }
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) {
                if (badOffset)
                    *badOffset = i;
                return false;
            }
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            if (badOffset)
                *badOffset = i;
            return false;
        }
        i += len;
    }
    if (out)
        *out = QString::fromUtf8(bytes);
    return true;
}

} // namespace Entente
