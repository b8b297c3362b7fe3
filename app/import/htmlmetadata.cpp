#include "import/htmlmetadata.h"

#include "import/htmldocument.h"
#include "text/datephrases.h"
#include "text/textfolder.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace Entente {

namespace {

constexpr int MaxJsonObjects = 2000;

bool isArticleType(const QJsonValue &type)
{
    static const QStringList types = {
        QStringLiteral("NewsArticle"), QStringLiteral("Article"), QStringLiteral("ReportageNewsArticle"),
        QStringLiteral("AnalysisNewsArticle"), QStringLiteral("OpinionNewsArticle"),
        QStringLiteral("BackgroundNewsArticle"), QStringLiteral("ReviewNewsArticle"),
        QStringLiteral("AskPublicNewsArticle"), QStringLiteral("BlogPosting"), QStringLiteral("Report"),
        QStringLiteral("LiveBlogPosting"), QStringLiteral("ScholarlyArticle")};
    auto one = [](const QString &t) {
        const QString bare = t.section(u'/', -1).section(u':', -1); // "schema:NewsArticle", URLs
        return types.contains(bare);
    };
    if (type.isString())
        return one(type.toString());
    if (type.isArray()) {
        const QJsonArray a = type.toArray();
        for (const QJsonValue &v : a)
            if (v.isString() && one(v.toString()))
                return true;
    }
    return false;
}

void collectObjects(const QJsonValue &v, QList<QJsonObject> *out, int depth = 0)
{
    if (depth > 16 || out->size() >= MaxJsonObjects)
        return;
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (const QJsonValue &e : a)
            collectObjects(e, out, depth + 1);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        out->append(o);
        if (o.contains(QLatin1StringView("@graph")))
            collectObjects(o.value(QLatin1StringView("@graph")), out, depth + 1);
    }
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().simplified();
    if (v.isArray() && !v.toArray().isEmpty())
        return jsonText(v.toArray().first());
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QLatin1StringView("@value")))
            return jsonText(o.value(QLatin1StringView("@value")));
    }
    return {};
}

// Names of a person/organisation value: a string, an object with "name", an @id reference,
// or an array of those.
QStringList jsonNames(const QJsonValue &v, const QHash<QString, QJsonObject> &byId, int depth = 0)
{
    QStringList names;
    if (depth > 4)
        return names;
    if (v.isString()) {
        const QString s = v.toString().simplified();
        if (!s.isEmpty() && !s.startsWith(QLatin1StringView("http")))
            names.append(s);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (const QJsonValue &e : a)
            for (const QString &n : jsonNames(e, byId, depth + 1))
                if (!names.contains(n))
                    names.append(n);
    } else if (v.isObject()) {
        QJsonObject o = v.toObject();
        if (!o.contains(QLatin1StringView("name")) && o.contains(QLatin1StringView("@id")))
            o = byId.value(o.value(QLatin1StringView("@id")).toString());
        const QString n = jsonText(o.value(QLatin1StringView("name")));
        if (!n.isEmpty())
            names.append(n);
    }
    return names;
}

QString stripJsonWrapper(QString s)
{
    s = s.trimmed();
    // Some pages wrap the JSON in comments or CDATA markers.
    static const QRegularExpression lead(QStringLiteral("^(?:<!--|//\\s*<!\\[CDATA\\[|/\\*\\s*<!\\[CDATA\\[\\s*\\*/)\\s*"));
    static const QRegularExpression trail(QStringLiteral("\\s*(?:-->|//\\s*\\]\\]>|/\\*\\s*\\]\\]>\\s*\\*/)$"));
    s.remove(lead);
    s.remove(trail);
    return s;
}

QString foldedKey(const QString &s)
{
    QString k = TextFolder::key(s);
    k.remove(u' ');
    return k;
}

} // namespace

QString HtmlMetadata::primaryLanguage(const QString &tag)
{
    const QString t = tag.trimmed().toLower();
    qsizetype end = 0;
    while (end < t.size() && t.at(end) >= u'a' && t.at(end) <= u'z')
        ++end;
    if (end < 2 || end > 3 || (end < t.size() && t.at(end) != u'-' && t.at(end) != u'_'))
        return {};
    return t.left(end);
}

EdtfDate HtmlMetadata::parseDate(const QString &raw)
{
    const QString value = raw.trimmed();
    if (value.isEmpty())
        return {};
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:$|[T ]\\d)"));
    static const QRegularExpression isoMonth(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(?:$|T?\\d{2,6})"));
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    auto day = [](int y, int m, int d) {
        const QDate date(y, m, d);
        return date.isValid() && y >= 1800 && y <= 2200 ? EdtfDate::fromDate(date) : EdtfDate();
    };
    if (const auto m = iso.match(value); m.hasMatch())
        return day(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = compact.match(value); m.hasMatch())
        return day(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = isoMonth.match(value); m.hasMatch()) {
        const int y = m.captured(1).toInt(), mo = m.captured(2).toInt();
        return mo >= 1 && mo <= 12 && y >= 1800 && y <= 2200 ? EdtfDate::fromYearMonth(y, mo) : EdtfDate();
    }
    if (const auto m = year.match(value); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        return y >= 1800 && y <= 2200 ? EdtfDate::fromYear(y) : EdtfDate();
    }
    // Written dates: "Wed, 13 Sep 2023 08:30:00 GMT", "۲۲ شهریور ۱۴۰۲".
    return DatePhrases::first(value).date;
}

QString HtmlMetadata::stripSiteName(const QString &title, const QStringList &siteNames, const QString &chromeText)
{
    static const QStringView separators[] = {u" | ", u" - ", u" – ", u" — ", u" :: ", u" · ",
        u" • ", u" » ", u" « ", u" ـ ", u" ~ ", u" / ", u"｜", u" ｜ "};
    QStringList keys;
    for (const QString &name : siteNames) {
        QString n = name.trimmed();
        if (n.isEmpty())
            continue;
        // A host name counts as its main label too: "www.aljazeera.com" -> "aljazeera".
        if (!n.contains(u' ') && n.contains(u'.')) {
            QStringList labels = n.toLower().split(u'.', Qt::SkipEmptyParts);
            if (!labels.isEmpty() && labels.first() == QLatin1StringView("www"))
                labels.removeFirst();
            if (labels.size() >= 2)
                keys.append(foldedKey(labels.at(labels.size() >= 3 && labels.at(labels.size() - 2).size() <= 3 ? labels.size() - 3 : labels.size() - 2)));
        }
        keys.append(foldedKey(n));
    }
    keys.removeAll(QString());
    const QString chrome = chromeText;
    // A site name, or (when shorter than the rest) text the page repeats in its chrome.
    auto isSite = [&](const QString &part, const QString &rest) {
        const QString k = foldedKey(part);
        if (k.size() < 2)
            return false;
        for (const QString &s : std::as_const(keys)) {
            if (k == s || (s.size() >= 4 && k.contains(s)) || (k.size() >= 4 && s.contains(k)))
                return true;
        }
        return k.size() >= 4 && part.size() < rest.size() && !chrome.isEmpty() && chrome.contains(k);
    };
    // Split at every separator: "Headline - Site | Slogan" -> [Headline, Site, Slogan].
    const QString t = title.simplified();
    QStringList parts;
    qsizetype from = 0;
    while (true) {
        qsizetype best = -1, bestLen = 0;
        for (QStringView sep : separators) {
            const qsizetype at = t.indexOf(sep, from);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                bestLen = sep.size();
            }
        }
        if (best < 0)
            break;
        parts.append(t.mid(from, best - from));
        parts.append(t.mid(best, bestLen)); // the separator, kept for rejoining
        from = best + bestLen;
    }
    parts.append(t.mid(from));
    auto join = [&parts](qsizetype first, qsizetype last) { // segments first..last (even indexes)
        QString out;
        for (qsizetype i = first; i <= last; ++i)
            out += parts.at(i);
        return out.trimmed();
    };
    qsizetype first = 0, last = parts.size() - 1;
    // A prefix that names the site ("Site | Headline").
    if (last >= 2 && isSite(parts.at(0), join(2, last)))
        first = 2;
    // The first later segment that names the site ends the headline: what follows it (a
    // slogan, a section) is the site's too.
    for (qsizetype i = first + 2; i <= last; i += 2) {
        if (isSite(parts.at(i), join(first, i - 2))) {
            last = i - 2;
            break;
        }
    }
    // Trailing segments the page repeats as chrome (a section name in the menu).
    while (last > first && isSite(parts.at(last), join(first, last - 2)))
        last -= 2;
    return join(first, last);
}

HtmlMetadata HtmlMetadata::read(const HtmlDocument &doc)
{
    HtmlMetadata md;
    md.documentTitle = doc.title();
    QString twitterTitle, appName, metaAuthor, articleAuthor, contentLanguage, ogLocale;
    QList<DateValue> metaDates;
    auto addDate = [&metaDates](const QString &v, const QString &evidence) {
        if (!v.trimmed().isEmpty())
            metaDates.append({v.trimmed(), evidence});
    };
    for (int i = 0; i < doc.nodeCount(); ++i) {
        const HtmlDocument::Tag tag = doc.node(i).tag;
        if (tag == HtmlDocument::Html) {
            if (md.language.isEmpty()) {
                QString lang = doc.attribute(i, u"lang");
                if (lang.isEmpty())
                    lang = doc.attribute(i, u"xml:lang");
                md.language = primaryLanguage(lang);
                if (!md.language.isEmpty())
                    md.languageEvidence = QStringLiteral("html lang");
            }
        } else if (tag == HtmlDocument::Meta) {
            const QString property = doc.attribute(i, u"property").trimmed().toLower();
            const QString name = doc.attribute(i, u"name").trimmed().toLower();
            const QString itemprop = doc.attribute(i, u"itemprop").trimmed();
            const QString httpEquiv = doc.attribute(i, u"http-equiv").trimmed().toLower();
            const QString content = doc.attribute(i, u"content").simplified();
            if (content.isEmpty())
                continue;
            const QString key = property.isEmpty() ? name : property;
            if (key == u"og:title" && md.ogTitle.isEmpty())
                md.ogTitle = content;
            else if (key == u"twitter:title" && twitterTitle.isEmpty())
                twitterTitle = content;
            else if (key == u"og:site_name" && md.siteName.isEmpty())
                md.siteName = content;
            else if (key == u"application-name" && appName.isEmpty())
                appName = content;
            else if (key == u"og:url" && md.ogUrl.isEmpty())
                md.ogUrl = content;
            else if (key == u"og:locale" && ogLocale.isEmpty())
                ogLocale = content;
            else if (key == u"author" && metaAuthor.isEmpty())
                metaAuthor = content;
            else if (key == u"article:author" && articleAuthor.isEmpty() && !content.startsWith(QLatin1StringView("http")))
                articleAuthor = content;
            else if (key == u"article:published_time" || key == u"og:published_time"
                     || key == u"og:article:published_time")
                addDate(content, key);
            else if (key == u"date" || key == u"pubdate" || key == u"publishdate" || key == u"publish-date"
                     || key == u"publish_date" || key == u"dc.date.issued" || key == u"dc.date"
                     || key == u"dcterms.date" || key == u"dcterms.issued" || key == u"parsely-pub-date"
                     || key == u"sailthru.date" || key == u"article.published" || key == u"datepublished")
                addDate(content, QStringLiteral("meta ") + (property.isEmpty() ? doc.attribute(i, u"name").trimmed() : property));
            if (itemprop == u"datePublished")
                addDate(content, QStringLiteral("itemprop datePublished"));
            if (httpEquiv == u"content-language" && contentLanguage.isEmpty())
                contentLanguage = content;
        } else if (tag == HtmlDocument::Link) {
            const QStringList rel = doc.attribute(i, u"rel").toLower().split(u' ', Qt::SkipEmptyParts);
            if (rel.contains(QLatin1StringView("canonical")) && md.canonicalUrl.isEmpty())
                md.canonicalUrl = doc.attribute(i, u"href").trimmed();
        } else if (tag == HtmlDocument::TimeTag) {
            if (doc.attribute(i, u"itemprop") == u"datePublished")
                addDate(doc.attribute(i, u"datetime"), QStringLiteral("itemprop datePublished"));
        }
    }
    if (md.ogTitle.isEmpty())
        md.ogTitle = twitterTitle;
    if (md.siteName.isEmpty())
        md.siteName = appName;

    // JSON-LD
    QList<DateValue> jsonDates;
    QString jsonLanguage;
    const QStringList scripts = doc.jsonLdScripts();
    for (qsizetype s = 0; s < scripts.size(); ++s) {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(stripJsonWrapper(scripts.at(s)).toUtf8(), &error);
        if (json.isNull()) {
            md.warnings.append(tr("JSON-LD block %1 is not valid JSON (%2 at offset %3); it was ignored.")
                                   .arg(s + 1).arg(error.errorString()).arg(error.offset));
            continue;
        }
        QList<QJsonObject> objects;
        collectObjects(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()), &objects);
        QHash<QString, QJsonObject> byId;
        for (const QJsonObject &o : std::as_const(objects)) {
            const QString id = o.value(QLatin1StringView("@id")).toString();
            if (!id.isEmpty() && !byId.contains(id))
                byId.insert(id, o);
        }
        for (const QJsonObject &o : std::as_const(objects)) {
            if (!isArticleType(o.value(QLatin1StringView("@type"))))
                continue;
            if (md.headline.isEmpty()) {
                md.headline = jsonText(o.value(QLatin1StringView("headline")));
                if (md.headline.isEmpty())
                    md.headline = jsonText(o.value(QLatin1StringView("name")));
            }
            const QString published = jsonText(o.value(QLatin1StringView("datePublished")));
            if (!published.isEmpty())
                jsonDates.append({published, QStringLiteral("json-ld datePublished")});
            if (md.publisher.isEmpty()) {
                const QStringList p = jsonNames(o.value(QLatin1StringView("publisher")), byId);
                if (!p.isEmpty())
                    md.publisher = p.first();
            }
            if (md.authors.isEmpty())
                md.authors = jsonNames(o.value(QLatin1StringView("author")), byId);
            if (md.jsonLdUrl.isEmpty()) {
                md.jsonLdUrl = jsonText(o.value(QLatin1StringView("url")));
                const QJsonValue main = o.value(QLatin1StringView("mainEntityOfPage"));
                if (md.jsonLdUrl.isEmpty())
                    md.jsonLdUrl = main.isObject() ? jsonText(main.toObject().value(QLatin1StringView("@id"))) : jsonText(main);
            }
            if (jsonLanguage.isEmpty())
                jsonLanguage = jsonText(o.value(QLatin1StringView("inLanguage")));
        }
    }
    md.dates = jsonDates + metaDates;
    if (md.authors.isEmpty()) {
        const QString a = !metaAuthor.isEmpty() ? metaAuthor : articleAuthor;
        if (!a.isEmpty())
            md.authors.append(a);
    }
    auto languageFrom = [&md](const QString &tag, const QString &evidence) {
        if (md.language.isEmpty()) {
            md.language = primaryLanguage(tag);
            if (!md.language.isEmpty())
                md.languageEvidence = evidence;
        }
    };
    languageFrom(contentLanguage.section(u',', 0, 0), QStringLiteral("content-language"));
    languageFrom(ogLocale, QStringLiteral("og:locale"));
    languageFrom(jsonLanguage, QStringLiteral("json-ld inLanguage"));
    return md;
}

} // namespace Entente
