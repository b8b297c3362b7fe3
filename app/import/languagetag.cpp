#include "import/languagetag.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Entente {

QString LanguageTag::fromName(QStringView name)
{
    const QString s = name.trimmed().toString().toLower();
    if (s.isEmpty())
        return {};
    static const QHash<QString, QString> names = {
        {u"english"_s, u"en"_s},   {u"arabic"_s, u"ar"_s},    {u"persian"_s, u"fa"_s},
        {u"farsi"_s, u"fa"_s},     {u"french"_s, u"fr"_s},    {u"german"_s, u"de"_s},
        {u"spanish"_s, u"es"_s},   {u"turkish"_s, u"tr"_s},   {u"kurdish"_s, u"ku"_s},
        {u"russian"_s, u"ru"_s},   {u"chinese"_s, u"zh"_s},   {u"urdu"_s, u"ur"_s},
        {u"hebrew"_s, u"he"_s},    {u"italian"_s, u"it"_s},   {u"portuguese"_s, u"pt"_s},
        {u"العربية"_s, u"ar"_s},   {u"عربي"_s, u"ar"_s},      {u"عربى"_s, u"ar"_s},
        {u"الإنجليزية"_s, u"en"_s}, {u"الانجليزية"_s, u"en"_s}, {u"فارسی"_s, u"fa"_s},
        {u"فارسي"_s, u"fa"_s},     {u"الفارسية"_s, u"fa"_s},  {u"انگلیسی"_s, u"en"_s},
        {u"عربی"_s, u"ar"_s}};
    if (const auto it = names.constFind(s); it != names.cend())
        return *it;
    static const QRegularExpression tag(u"^([a-z]{2,3})([-_][a-z0-9]{2,8})*$"_s);
    if (const auto m = tag.match(s); m.hasMatch())
        return m.captured(1);
    return {};
}

} // namespace Entente
