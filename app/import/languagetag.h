#pragma once

#include <QString>
#include <QStringView>

namespace Entente {

/**
 * Reads the language a source states ("English", "ARABIC", "en-US", "fa_IR", "Farsi",
 * "العربية", "فارسی") as a BCP 47 primary tag ("en", "ar", "fa"). Only what is written:
 * a name it does not know gives an empty string, never a guess.
 */
class LanguageTag
{
public:
    static QString fromName(QStringView name);
};

} // namespace Entente
