#pragma once

// Saved news pages for the import benchmark, the same ones for the same seed: stories about
// Iran-Iraq diplomacy (English, about 8% Arabic, about 7% Persian), each page wrapped in one
// of twelve made-up outlets' chrome (head metadata, JSON-LD on about half, scripts, styles,
// navigation, cookie banner, share bar, "most read", footer). About 5% of pages are a near
// copy of an earlier story (another outlet of the same language, one sentence replaced) and
// about 2% an exact copy (same text, another outlet's chrome).
//
// A story is 8-15 sentences drawn without repetition from per-language templates whose slots
// (officials, places, topics, figures, names) are filled at random, so two distinct stories
// share little beyond common words. Everything comes from QRandomGenerator seeded with the
// seed (pages in order) and with (seed, story number) for the stories, so a copy can rebuild
// its original.

#include <QCalendar>
#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QTime>

#include <algorithm>
#include <utility>

namespace Entente::Bench {

class HtmlCorpusGenerator
{
public:
    static constexpr quint32 DefaultSeed = 20240917u;

    enum class Kind { Original, NearDuplicate, ExactDuplicate };

    struct Page
    {
        int index = 0;
        QString relativePath; ///< outlet/yyyy/MM/slug-index.html
        Kind kind = Kind::Original;
        int story = 0;        ///< a copy has its original's story number
        QString language;     ///< "en", "ar" or "fa"
        QString outlet;
        QString headline;
        QDate published;
        QString text;         ///< the article's paragraphs, separated by blank lines
        QByteArray html;
    };

    explicit HtmlCorpusGenerator(quint32 seed = DefaultSeed)
        : m_seed(seed)
        , m_rng(seed)
    {
    }

    /// Number of distinct stories among the pages made so far.
    int stories() const { return int(m_storyOutlets.size()); }

    /// The next page.
    Page next()
    {
        Page page;
        page.index = m_pages++;
        const int roll = int(m_rng.bounded(1000));
        if (m_storyOutlets.isEmpty() || roll >= 70) {
            page.kind = Kind::Original;
            page.story = int(m_storyOutlets.size());
        } else {
            page.kind = roll < 20 ? Kind::ExactDuplicate : Kind::NearDuplicate;
            page.story = int(m_rng.bounded(int(m_storyOutlets.size())));
        }

        Story s = story(page.story);
        int outlet = s.outlet;
        QTime time = s.time;
        if (page.kind == Kind::Original) {
            m_storyOutlets.append(s.outlet);
        } else {
            // Another outlet of the same language, later the same day.
            const QList<int> same = outletsOf(s.language);
            do {
                outlet = same.at(m_rng.bounded(int(same.size())));
            } while (outlet == m_storyOutlets.at(page.story));
            time = QTime(std::min(23, time.hour() + int(m_rng.bounded(4))), int(m_rng.bounded(60)));
        }
        if (page.kind == Kind::NearDuplicate) {
            // Replace one sentence with a new one.
            const int p = int(m_rng.bounded(int(s.paragraphs.size())));
            QStringList &paragraph = s.paragraphs[p];
            const int k = int(m_rng.bounded(int(paragraph.size())));
            const Language &lang = language(s.language);
            QString replacement;
            do {
                replacement = sentence(lang, lang.sentences.at(m_rng.bounded(int(lang.sentences.size()))), m_rng);
            } while (replacement == paragraph.at(k));
            paragraph[k] = replacement;
        }

        const Outlet &o = outlets().at(outlet);
        page.language = s.language;
        page.outlet = o.name;
        page.headline = s.headline;
        page.published = s.date;
        QStringList paragraphs;
        for (const QStringList &p : std::as_const(s.paragraphs))
            paragraphs.append(p.join(u' '));
        page.text = paragraphs.join(QStringLiteral("\n\n"));
        const QString slug = s.language == QLatin1String("en") ? slugOf(s.headline) : QStringLiteral("news");
        page.relativePath = QStringLiteral("%1/%2/%3-%4.html")
                                .arg(o.folder, s.date.toString(QStringLiteral("yyyy/MM")), slug)
                                .arg(page.index);
        page.html = render(s, o, paragraphs, time, page);
        return page;
    }

private:
    struct Outlet
    {
        QString name;
        QString host;
        QString folder;
        QString language; ///< en, ar, fa
        QString htmlLang;
        QString separator;
        QString utcOffset;
        int layout = 0;
    };

    struct Language
    {
        QHash<QString, QStringList> slots;
        QStringList sentences;
        QStringList headlines;
        QStringList firstNames;
        QStringList lastNames;
        QStringList nav;
        QStringList footerLinks;
        QString section, mostRead, readMore, share, advertisement, cookie, accept, settings, rights, newsletter, by;
    };

    struct Story
    {
        int outlet = 0;
        QString language;
        QString headline;
        QString reporter;
        QDate date;
        QTime time;
        QList<QStringList> paragraphs;
    };

    // ---- text ------------------------------------------------------------------------

    /// Expands a template: {key} is a slot of @p lang, {n:LO-HI} a number, {a|b|c} one of
    /// the alternatives (which may hold further braces, or be empty).
    static QString expand(QStringView text, const Language &lang, QRandomGenerator &rng)
    {
        QString out;
        out.reserve(text.size() + 32);
        qsizetype i = 0;
        while (i < text.size()) {
            if (text[i] != u'{') {
                out += text[i++];
                continue;
            }
            int depth = 0;
            qsizetype j = i;
            for (; j < text.size(); ++j) {
                if (text[j] == u'{')
                    ++depth;
                else if (text[j] == u'}' && --depth == 0)
                    break;
            }
            out += expandGroup(text.mid(i + 1, j - i - 1), lang, rng);
            i = j + 1;
        }
        return out;
    }

    static QString expandGroup(QStringView inner, const Language &lang, QRandomGenerator &rng)
    {
        QList<QStringView> options;
        int depth = 0;
        qsizetype start = 0;
        for (qsizetype k = 0; k < inner.size(); ++k) {
            if (inner[k] == u'{')
                ++depth;
            else if (inner[k] == u'}')
                --depth;
            else if (inner[k] == u'|' && depth == 0) {
                options.append(inner.mid(start, k - start));
                start = k + 1;
            }
        }
        options.append(inner.mid(start));
        if (options.size() > 1)
            return expand(options.at(rng.bounded(int(options.size()))), lang, rng);
        if (inner.startsWith(u"n:")) {
            const qsizetype dash = inner.indexOf(u'-', 2);
            const int lo = inner.mid(2, dash - 2).toInt();
            const int hi = inner.mid(dash + 1).toInt();
            return QString::number(lo + int(rng.bounded(hi - lo + 1)));
        }
        const auto it = lang.slots.constFind(inner.toString());
        if (it == lang.slots.cend())
            return QStringLiteral("{?%1}").arg(inner); // found by the self-check
        return expand(it->at(rng.bounded(int(it->size()))), lang, rng);
    }

    static QString persianDigits(QString text)
    {
        for (QChar &c : text) {
            if (c >= u'0' && c <= u'9')
                c = QChar(char16_t(0x06F0 + (c.unicode() - u'0')));
        }
        return text;
    }

    QString sentence(const Language &lang, const QString &text, QRandomGenerator &rng) const
    {
        QString s = expand(text, lang, rng).simplified();
        if (!s.isEmpty())
            s[0] = s[0].toUpper();
        return &lang == &language(QStringLiteral("fa")) ? persianDigits(s) : s;
    }

    static QString slugOf(const QString &headline)
    {
        QStringList words;
        QString word;
        const QString lower = headline.toLower() + u' ';
        for (const QChar c : lower) {
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
                word += c;
            } else if (!word.isEmpty()) {
                words.append(word);
                word.clear();
            }
        }
        return words.mid(0, 8).join(u'-');
    }

    // ---- stories ---------------------------------------------------------------------

    Story story(int number) const
    {
        QRandomGenerator rng({m_seed, quint32(number), 0x51a7e5u});
        Story s;
        const int l = int(rng.bounded(100));
        s.language = l < 85 ? QStringLiteral("en") : l < 93 ? QStringLiteral("ar") : QStringLiteral("fa");
        const QList<int> candidates = outletsOf(s.language);
        s.outlet = candidates.at(rng.bounded(int(candidates.size())));
        const Language &lang = language(s.language);
        s.date = QDate(2020, 1, 1).addDays(rng.bounded(1827)); // to 2024-12-31
        s.time = QTime(6 + int(rng.bounded(16)), int(rng.bounded(60)));
        s.reporter = lang.firstNames.at(rng.bounded(int(lang.firstNames.size()))) + u' '
            + lang.lastNames.at(rng.bounded(int(lang.lastNames.size())));
        s.headline = sentence(lang, lang.headlines.at(rng.bounded(int(lang.headlines.size()))), rng);

        // 8-15 sentences, each template at most once, in paragraphs of one to three.
        QList<int> order(lang.sentences.size());
        for (int i = 0; i < order.size(); ++i)
            order[i] = i;
        for (qsizetype i = order.size() - 1; i > 0; --i)
            std::swap(order[i], order[rng.bounded(int(i + 1))]);
        const int count = 8 + int(rng.bounded(8));
        int used = 0;
        while (used < count) {
            const int size = std::min(count - used, 1 + int(rng.bounded(3)));
            QStringList paragraph;
            for (int k = 0; k < size; ++k)
                paragraph.append(sentence(lang, lang.sentences.at(order.at(used++)), rng));
            s.paragraphs.append(paragraph);
        }
        return s;
    }

    QString randomHeadline(const QString &code, QRandomGenerator &rng) const
    {
        const Language &lang = language(code);
        return sentence(lang, lang.headlines.at(rng.bounded(int(lang.headlines.size()))), rng);
    }

    // ---- pages -----------------------------------------------------------------------

    static QString esc(const QString &s) { return s.toHtmlEscaped(); }

    static QString displayDate(const QString &code, QDate date, int layout)
    {
        static const QStringList arabicMonths = {
            QStringLiteral("كانون الثاني"), QStringLiteral("شباط"), QStringLiteral("آذار"), QStringLiteral("نيسان"),
            QStringLiteral("أيار"), QStringLiteral("حزيران"), QStringLiteral("تموز"), QStringLiteral("آب"),
            QStringLiteral("أيلول"), QStringLiteral("تشرين الأول"), QStringLiteral("تشرين الثاني"), QStringLiteral("كانون الأول")};
        static const QStringList persianMonths = {
            QStringLiteral("فروردین"), QStringLiteral("اردیبهشت"), QStringLiteral("خرداد"), QStringLiteral("تیر"),
            QStringLiteral("مرداد"), QStringLiteral("شهریور"), QStringLiteral("مهر"), QStringLiteral("آبان"),
            QStringLiteral("آذر"), QStringLiteral("دی"), QStringLiteral("بهمن"), QStringLiteral("اسفند")};
        if (code == QLatin1String("ar"))
            return QStringLiteral("%1 %2 %3").arg(date.day()).arg(arabicMonths.at(date.month() - 1)).arg(date.year());
        if (code == QLatin1String("fa")) {
            const QCalendar jalali(QCalendar::System::Jalali);
            if (jalali.isValid()) {
                const QCalendar::YearMonthDay ymd = jalali.partsFromDate(date);
                return persianDigits(QStringLiteral("%1 %2 %3").arg(ymd.day).arg(persianMonths.at(ymd.month - 1)).arg(ymd.year));
            }
            return persianDigits(date.toString(Qt::ISODate));
        }
        const QLocale english(QLocale::English, layout == 2 ? QLocale::UnitedStates : QLocale::UnitedKingdom);
        return english.toString(date, layout == 2 ? QStringLiteral("MMMM d, yyyy") : QStringLiteral("d MMMM yyyy"));
    }

    QByteArray render(const Story &s, const Outlet &o, const QStringList &paragraphs, QTime time, const Page &page)
    {
        const Language &lang = language(s.language);
        const bool rtl = s.language != QLatin1String("en");
        const QString iso = s.date.toString(Qt::ISODate) + u'T' + time.toString(QStringLiteral("HH:mm:ss")) + o.utcOffset;
        const QString url = QStringLiteral("https://%1/news/%2/%3").arg(o.host).arg(s.date.year()).arg(page.index);
        const QString shown = displayDate(s.language, s.date, o.layout);
        const QString hash = QString::number(m_rng.generate(), 16);

        QString h;
        h.reserve(6000);
        h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"%2>\n<head>\n<meta charset=\"utf-8\">\n")
                 .arg(o.htmlLang, rtl ? QStringLiteral(" dir=\"rtl\"") : QString());
        h += QStringLiteral("<title>%1%2%3</title>\n").arg(esc(s.headline), esc(o.separator), esc(o.name));
        h += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        if (o.layout == 0)
            h += QStringLiteral("<meta name=\"description\" content=\"%1\">\n").arg(esc(paragraphs.constFirst().left(120)));
        h += QStringLiteral("<meta property=\"og:type\" content=\"article\">\n<meta property=\"og:title\" content=\"%1\">\n"
                            "<meta property=\"og:site_name\" content=\"%2\">\n<meta property=\"og:url\" content=\"%3\">\n"
                            "<meta property=\"article:published_time\" content=\"%4\">\n<link rel=\"canonical\" href=\"%3\">\n")
                 .arg(esc(s.headline), esc(o.name), url, iso);
        h += QStringLiteral("<link rel=\"stylesheet\" href=\"/static/css/site.%1.css\">\n").arg(hash);
        if (o.layout == 0)
            h += QStringLiteral("<style>.cookie-banner{position:fixed;bottom:0;background:#222;color:#fff}.ad-slot{min-height:250px}"
                                "@media (max-width:640px){.most-read{display:none}}</style>\n");
        else
            h += QStringLiteral("<style>body{margin:0}.menu li{display:inline}</style>\n");
        h += QStringLiteral("<script>window.dataLayer=window.dataLayer||[];dataLayer.push(['config','G-%1']);"
                            "var adSlots={top:'<div class=\"ad\">%2</div>',count:%3};</script>\n")
                 .arg(hash.toUpper(), lang.advertisement)
                 .arg(m_rng.bounded(9) + 1);
        if (m_rng.bounded(2) == 0) {
            QJsonObject ld;
            ld.insert(QStringLiteral("@context"), QStringLiteral("https://schema.org"));
            ld.insert(QStringLiteral("@type"), QStringLiteral("NewsArticle"));
            ld.insert(QStringLiteral("headline"), s.headline);
            ld.insert(QStringLiteral("datePublished"), iso);
            ld.insert(QStringLiteral("dateModified"), iso);
            ld.insert(QStringLiteral("inLanguage"), o.htmlLang);
            ld.insert(QStringLiteral("mainEntityOfPage"), url);
            ld.insert(QStringLiteral("author"), QJsonObject{{QStringLiteral("@type"), QStringLiteral("Person")},
                                                            {QStringLiteral("name"), s.reporter}});
            ld.insert(QStringLiteral("publisher"),
                      QJsonObject{{QStringLiteral("@type"), QStringLiteral("Organization")},
                                  {QStringLiteral("name"), o.name}});
            h += QStringLiteral("<script type=\"application/ld+json\">%1</script>\n")
                     .arg(QString::fromUtf8(QJsonDocument(ld).toJson(QJsonDocument::Compact)));
        }
        h += QStringLiteral("</head>\n<body class=\"article-page layout-%1\">\n").arg(o.layout);

        QString nav;
        for (qsizetype i = 0; i < lang.nav.size(); ++i)
            nav += QStringLiteral("<li><a href=\"/s/%1\">%2</a></li>").arg(i).arg(esc(lang.nav.at(i)));
        QString mostRead = QStringLiteral("<h2>%1</h2><ol>").arg(esc(lang.mostRead));
        for (int i = 0; i < 3; ++i)
            mostRead += QStringLiteral("<li><a href=\"/news/%1\">%2</a></li>").arg(m_rng.bounded(900000) + 100000).arg(esc(randomHeadline(s.language, m_rng)));
        mostRead += QStringLiteral("</ol>");
        const QString share = QStringLiteral("<div class=\"share-bar\" data-url=\"%2\"><span>%1</span> <button data-net=\"facebook\">Facebook</button> "
                                             "<button data-net=\"x\">X</button> <button data-net=\"whatsapp\">WhatsApp</button></div>\n")
                                  .arg(esc(lang.share), url);
        const QString cookie = QStringLiteral("<div class=\"cookie-banner\" role=\"dialog\"><p>%1</p><button>%2</button> <button>%3</button></div>\n")
                                   .arg(esc(lang.cookie), esc(lang.accept), esc(lang.settings));
        QString footerLinks;
        for (qsizetype i = 0; i < lang.footerLinks.size(); ++i)
            footerLinks += QStringLiteral("<a href=\"/p/%1\">%2</a> ").arg(i).arg(esc(lang.footerLinks.at(i)));
        const QString rights = QStringLiteral("<p>%1</p>").arg(esc(QString(lang.rights).replace(QStringLiteral("%NAME%"), o.name)));

        QString body;
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            body += QStringLiteral("<p>%1</p>\n").arg(esc(paragraphs.at(i)));
            if (i == 1 && o.layout != 2)
                body += QStringLiteral("<div class=\"ad-slot\" aria-hidden=\"true\">%1</div>\n").arg(esc(lang.advertisement));
            if (i == 2 && o.layout == 2)
                body += QStringLiteral("<aside class=\"inline-related\"><strong>%1:</strong> <a href=\"/news/%2\">%3</a></aside>\n")
                            .arg(esc(lang.readMore))
                            .arg(m_rng.bounded(900000) + 100000)
                            .arg(esc(randomHeadline(s.language, m_rng)));
        }
        const QString byline = QStringLiteral("%1 %2").arg(esc(lang.by), esc(s.reporter));
        const QString timeTag = QStringLiteral("<time datetime=\"%1\">%2</time>").arg(iso, esc(shown));

        switch (o.layout) {
        case 0:
            h += cookie;
            h += QStringLiteral("<header class=\"site-header\"><a class=\"logo\" href=\"/\">%1</a>\n<nav class=\"main-nav\"><ul>%2</ul></nav></header>\n")
                     .arg(esc(o.name), nav);
            h += QStringLiteral("<main>\n<article>\n<p class=\"kicker\">%1</p>\n<h1>%2</h1>\n<p class=\"byline\">%3 &middot; %4</p>\n")
                     .arg(esc(lang.section), esc(s.headline), byline, timeTag);
            h += share;
            h += QStringLiteral("<div class=\"article-body\">\n%1</div>\n</article>\n<aside class=\"most-read\">%2</aside>\n</main>\n")
                     .arg(body, mostRead);
            h += QStringLiteral("<footer class=\"site-footer\"><nav>%1</nav>%2</footer>\n").arg(footerLinks, rights);
            break;
        case 1:
            h += QStringLiteral("<div id=\"wrapper\"><div class=\"top-bar\">%1</div>\n<div id=\"masthead\"><a href=\"/\"><img src=\"/img/logo.svg\" alt=\"%2\"></a></div>\n"
                                "<ul class=\"menu\">%3</ul>\n")
                     .arg(esc(shown), esc(o.name), nav);
            h += QStringLiteral("<div id=\"content\"><div class=\"col-main\"><div class=\"story\">\n<h1 class=\"story-title\">%1</h1>\n"
                                "<div class=\"story-meta\"><span class=\"author\">%2</span> <span class=\"date\">%3</span></div>\n")
                     .arg(esc(s.headline), byline, timeTag);
            h += QStringLiteral("<div id=\"story-body\" itemprop=\"articleBody\">\n%1</div>\n").arg(body);
            h += share;
            h += QStringLiteral("</div></div>\n<div class=\"col-side\"><div class=\"widget most-read\">%1</div></div></div>\n").arg(mostRead);
            h += QStringLiteral("<div id=\"footer\">%1%2</div></div>\n").arg(footerLinks, rights);
            h += cookie;
            break;
        default:
            h += QStringLiteral("<header><div class=\"brand\"><a href=\"/\">%1</a></div><nav aria-label=\"main\"><ul>%2</ul></nav></header>\n")
                     .arg(esc(o.name), nav);
            h += QStringLiteral("<nav class=\"breadcrumbs\"><a href=\"/\">%1</a> &rsaquo; <a href=\"/news\">%2</a></nav>\n")
                     .arg(esc(lang.nav.constFirst()), esc(lang.section));
            h += QStringLiteral("<article class=\"post\">\n<header class=\"post-header\"><h1>%1</h1><div class=\"meta\">%2, %3</div></header>\n"
                                "<section class=\"post-content\">\n%4</section>\n")
                     .arg(esc(s.headline), byline, timeTag, body);
            h += share;
            h += QStringLiteral("</article>\n<section class=\"newsletter\"><h3>%1</h3><form action=\"/subscribe\"><input type=\"email\" name=\"email\">"
                                "<button type=\"submit\">OK</button></form></section>\n")
                     .arg(esc(lang.newsletter));
            h += QStringLiteral("<aside class=\"sidebar most-read\">%1</aside>\n").arg(mostRead);
            h += QStringLiteral("<footer><div class=\"footer-links\">%1</div>%2</footer>\n").arg(footerLinks, rights);
            h += cookie;
            break;
        }
        h += QStringLiteral("<script src=\"/static/js/app.%1.js\" defer></script>\n</body>\n</html>\n").arg(hash);
        return h.toUtf8();
    }

    // ---- data ------------------------------------------------------------------------

    static const QList<Outlet> &outlets()
    {
        static const QList<Outlet> list = {
            {QStringLiteral("Tigris Times"), QStringLiteral("www.tigristimes.example"), QStringLiteral("tigristimes"), QStringLiteral("en"), QStringLiteral("en-GB"), QStringLiteral(" | "), QStringLiteral("+03:00"), 0},
            {QStringLiteral("Mesopotamia Monitor"), QStringLiteral("mesopotamiamonitor.example"), QStringLiteral("mesopotamiamonitor"), QStringLiteral("en"), QStringLiteral("en"), QStringLiteral(" | "), QStringLiteral("+03:00"), 1},
            {QStringLiteral("The Gulf Ledger"), QStringLiteral("www.gulfledger.example"), QStringLiteral("gulfledger"), QStringLiteral("en"), QStringLiteral("en-US"), QStringLiteral(" - "), QStringLiteral("+04:00"), 2},
            {QStringLiteral("Caspian Dispatch"), QStringLiteral("caspiandispatch.example"), QStringLiteral("caspiandispatch"), QStringLiteral("en"), QStringLiteral("en"), QStringLiteral(" | "), QStringLiteral("+03:30"), 0},
            {QStringLiteral("Frontier Wire"), QStringLiteral("www.frontierwire.example"), QStringLiteral("frontierwire"), QStringLiteral("en"), QStringLiteral("en-GB"), QStringLiteral(" \u2014 "), QStringLiteral("+00:00"), 1},
            {QStringLiteral("Regional Affairs Daily"), QStringLiteral("regionalaffairs.example"), QStringLiteral("regionalaffairs"), QStringLiteral("en"), QStringLiteral("en"), QStringLiteral(" | "), QStringLiteral("+03:00"), 2},
            {QStringLiteral("صوت الرافدين"), QStringLiteral("www.sawtalrafidain.example"), QStringLiteral("sawtalrafidain"), QStringLiteral("ar"), QStringLiteral("ar"), QStringLiteral(" | "), QStringLiteral("+03:00"), 0},
            {QStringLiteral("البصرة اليوم"), QStringLiteral("basratoday.example"), QStringLiteral("basratoday"), QStringLiteral("ar"), QStringLiteral("ar-IQ"), QStringLiteral(" - "), QStringLiteral("+03:00"), 1},
            {QStringLiteral("بوابة النهرين"), QStringLiteral("nahrain-gate.example"), QStringLiteral("nahraingate"), QStringLiteral("ar"), QStringLiteral("ar"), QStringLiteral(" | "), QStringLiteral("+03:00"), 2},
            {QStringLiteral("پیام شرق"), QStringLiteral("www.payamshargh.example"), QStringLiteral("payamshargh"), QStringLiteral("fa"), QStringLiteral("fa-IR"), QStringLiteral(" | "), QStringLiteral("+03:30"), 0},
            {QStringLiteral("خبرگزاری البرز"), QStringLiteral("alborznews.example"), QStringLiteral("alborznews"), QStringLiteral("fa"), QStringLiteral("fa"), QStringLiteral(" - "), QStringLiteral("+03:30"), 1},
            {QStringLiteral("دیپلماسی امروز"), QStringLiteral("diplomacy-today.example"), QStringLiteral("diplomacytoday"), QStringLiteral("fa"), QStringLiteral("fa"), QStringLiteral(" | "), QStringLiteral("+03:30"), 2},
        };
        return list;
    }

    static QList<int> outletsOf(const QString &code)
    {
        QList<int> result;
        for (int i = 0; i < outlets().size(); ++i) {
            if (outlets().at(i).language == code)
                result.append(i);
        }
        return result;
    }

    static const Language &language(const QString &code)
    {
        static const Language en = english();
        static const Language ar = arabic();
        static const Language fa = persian();
        return code == QLatin1String("ar") ? ar : code == QLatin1String("fa") ? fa : en;
    }

    static Language english()
    {
        Language l;
        l.slots = {
            {QStringLiteral("iq"), {QStringLiteral("Iraqi Foreign Minister Fuad Hussein"), QStringLiteral("Prime Minister Mohammed Shia al-Sudani"),
                                    QStringLiteral("former Prime Minister Mustafa al-Kadhimi"), QStringLiteral("National Security Adviser Qasim al-Araji"),
                                    QStringLiteral("President Abdul Latif Rashid"), QStringLiteral("Electricity Minister Ziyad Ali Fadel"),
                                    QStringLiteral("Oil Minister Hayan Abdul Ghani")}},
            {QStringLiteral("iqn"), {QStringLiteral("Fuad Hussein"), QStringLiteral("Mohammed Shia al-Sudani"), QStringLiteral("Mustafa al-Kadhimi"),
                                     QStringLiteral("Qasim al-Araji"), QStringLiteral("Abdul Latif Rashid")}},
            {QStringLiteral("ir"), {QStringLiteral("Iranian Foreign Minister Hossein Amir-Abdollahian"), QStringLiteral("President Ebrahim Raisi"),
                                    QStringLiteral("Ambassador Mohammad Kazem Al-e Sadegh"), QStringLiteral("security chief Ali Akbar Ahmadian"),
                                    QStringLiteral("Iranian Oil Minister Javad Owji"), QStringLiteral("Energy Minister Ali Akbar Mehrabian")}},
            {QStringLiteral("irn"), {QStringLiteral("Hossein Amir-Abdollahian"), QStringLiteral("Ebrahim Raisi"), QStringLiteral("Mohammad Kazem Al-e Sadegh"),
                                     QStringLiteral("Ali Akbar Ahmadian"), QStringLiteral("Javad Owji")}},
            {QStringLiteral("city"), {QStringLiteral("Baghdad"), QStringLiteral("Tehran"), QStringLiteral("Najaf"), QStringLiteral("Basra"), QStringLiteral("Karbala"),
                                      QStringLiteral("Erbil"), QStringLiteral("Mashhad"), QStringLiteral("Sulaymaniyah"), QStringLiteral("Kut"),
                                      QStringLiteral("Ahvaz"), QStringLiteral("Kermanshah"), QStringLiteral("Ilam")}},
            {QStringLiteral("iqcity"), {QStringLiteral("Baghdad"), QStringLiteral("Najaf"), QStringLiteral("Basra"), QStringLiteral("Karbala"), QStringLiteral("Erbil"),
                                        QStringLiteral("Sulaymaniyah"), QStringLiteral("Kut"), QStringLiteral("Amarah"), QStringLiteral("Baqubah")}},
            {QStringLiteral("crossing"), {QStringLiteral("Shalamcheh"), QStringLiteral("Mehran"), QStringLiteral("Chazabeh"), QStringLiteral("Bashmaq"),
                                          QStringLiteral("Parviz Khan"), QStringLiteral("Khosravi"), QStringLiteral("Zurbatiyah")}},
            {QStringLiteral("topic"), {QStringLiteral("gas debts"), QStringLiteral("electricity imports"), QStringLiteral("border security"),
                                       QStringLiteral("Arbaeen pilgrims"), QStringLiteral("shared water resources"), QStringLiteral("the Shalamcheh-Basra railway"),
                                       QStringLiteral("non-oil trade"), QStringLiteral("visa waivers"), QStringLiteral("frozen Iranian funds"),
                                       QStringLiteral("the border security agreement"), QStringLiteral("drug smuggling"), QStringLiteral("dust storms"),
                                       QStringLiteral("marshland restoration"), QStringLiteral("customs tariffs")}},
            {QStringLiteral("ministry"), {QStringLiteral("the Iraqi Foreign Ministry"), QStringLiteral("Iran's Foreign Ministry"), QStringLiteral("the Iraqi Electricity Ministry"),
                                          QStringLiteral("Iran's Oil Ministry"), QStringLiteral("the Iraqi prime minister's office"),
                                          QStringLiteral("the Iranian embassy in Baghdad"), QStringLiteral("Iraq's National Security Council")}},
            {QStringLiteral("day"), {QStringLiteral("Monday"), QStringLiteral("Tuesday"), QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
                                     QStringLiteral("Friday"), QStringLiteral("Saturday"), QStringLiteral("Sunday")}},
            {QStringLiteral("month"), {QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"), QStringLiteral("April"), QStringLiteral("May"),
                                       QStringLiteral("June"), QStringLiteral("July"), QStringLiteral("August"), QStringLiteral("September"),
                                       QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December")}},
            {QStringLiteral("analyst"), {QStringLiteral("{first} {last}")}},
            {QStringLiteral("first"), {QStringLiteral("Layla"), QStringLiteral("Omar"), QStringLiteral("Sara"), QStringLiteral("Karim"), QStringLiteral("Nadia"),
                                       QStringLiteral("Hamid"), QStringLiteral("Zainab"), QStringLiteral("Reza"), QStringLiteral("Maryam"), QStringLiteral("Yusuf"),
                                       QStringLiteral("Dina"), QStringLiteral("Farhad"), QStringLiteral("Huda"), QStringLiteral("Ali"), QStringLiteral("Shirin"),
                                       QStringLiteral("Tariq"), QStringLiteral("Noor"), QStringLiteral("Kaveh"), QStringLiteral("Rana"), QStringLiteral("Samir")}},
            {QStringLiteral("last"), {QStringLiteral("Al-Amiri"), QStringLiteral("Haddad"), QStringLiteral("Jafari"), QStringLiteral("Al-Rubaie"), QStringLiteral("Karimi"),
                                      QStringLiteral("Salehi"), QStringLiteral("Al-Tamimi"), QStringLiteral("Moradi"), QStringLiteral("Hassan"), QStringLiteral("Al-Jubouri"),
                                      QStringLiteral("Rahimi"), QStringLiteral("Sadeghi"), QStringLiteral("Al-Khafaji"), QStringLiteral("Nouri"), QStringLiteral("Ebrahimi"),
                                      QStringLiteral("Al-Obeidi"), QStringLiteral("Farahani"), QStringLiteral("Mahmoud"), QStringLiteral("Zand"), QStringLiteral("Al-Shammari")}},
            {QStringLiteral("institute"), {QStringLiteral("the Tigris Policy Institute"), QStringLiteral("the Basra Economic Forum"),
                                           QStringLiteral("the Centre for Gulf and Iran Studies"), QStringLiteral("the Mesopotamia Research Group"),
                                           QStringLiteral("the Institute for Neighbourhood Policy in Tehran")}},
            {QStringLiteral("river"), {QStringLiteral("Tigris"), QStringLiteral("Euphrates"), QStringLiteral("Sirwan"), QStringLiteral("Little Zab"),
                                       QStringLiteral("Karun"), QStringLiteral("Diyala"), QStringLiteral("Alwand"), QStringLiteral("Shatt al-Arab")}},
        };
        l.sentences = {
            QStringLiteral("{iq} {met|held talks with|received} {ir} in {city} on {day}, {discussing|focusing on|in talks centred on} {topic} and {topic}."),
            QStringLiteral("{iqn} told reporters that Baghdad {would pay|had transferred|expected to release} {n:40-950} million dollars of {gas debts|arrears for Iranian gas|the electricity bill} {before the end of|by the middle of|during} {month}."),
            QStringLiteral("According to {ministry}, Iran {would raise|had cut|planned to restore} electricity exports to Iraq {to|by} {n:300-2400} megawatts {ahead of the summer|after the outage in {iqcity}|under the new contract}."),
            QStringLiteral("{irn} said Tehran {was ready|stood ready|was prepared} to {expand|deepen|resume} cooperation on {topic}, {adding that|and said that|stressing that} {the two neighbours|both governments|Baghdad and Tehran} {had|shared} {common interests|a common fate|long historical ties}."),
            QStringLiteral("More than {n:2-4}.{n:0-9} million Iranian pilgrims {were expected to cross|crossed|registered to cross} the {crossing} border {point|crossing|terminal} on the way to {Karbala|Najaf} {for Arbaeen|this year|during the pilgrimage season}."),
            QStringLiteral("{analyst}, {a researcher at|an economist with|a fellow at} {institute}, said {the visit|the agreement|the meeting} {showed|signalled|suggested} that {topic} {remained|was still|had become} {the central issue|a sticking point|a priority} for {both sides|Baghdad|Tehran}."),
            QStringLiteral("Water levels in the {river} {had fallen|dropped|declined} by {n:11-68} percent {since|compared with} {month} {n:2019-2023}, {officials in|farmers near|the governor of} {iqcity} {said|warned|complained}."),
            QStringLiteral("The two sides {agreed|signed a memorandum|pledged} to {set up|form|revive} a joint committee on {topic}{ that will meet in {city} in {month}| chaired by deputy ministers| within {n:2-9} weeks}."),
            QStringLiteral("{iq} {stressed|emphasised|insisted} that Iraq {would not allow|would not permit|opposed} its territory {to be used|being used} {for attacks on its neighbours|against any neighbouring country|by armed groups to threaten Iran}."),
            QStringLiteral("Under the {n:2021-2024} security {agreement|pact|arrangement}, Iraqi border guards {took over|manned|reinforced} {n:12-96} {posts|outposts|positions} {along|on} the frontier {near|close to} {crossing}."),
            QStringLiteral("Trade between {the two countries|Iran and Iraq|the neighbours} {reached|stood at|was estimated at} about {n:8-12}.{n:1-9} billion dollars {last year|in the Iranian year {n:1399-1402}|according to customs figures}."),
            QStringLiteral("A {delegation of|group of} {n:18-140} Iranian {businessmen|traders|investors} {visited|toured} {iqcity} {to explore|to discuss|looking at} {opportunities in|contracts for} {construction|agriculture|pharmaceuticals|steel|food processing}."),
            QStringLiteral("{ministry} {said in a statement|said on {day}|announced} that {irn} {would visit|was due in|planned to travel to} {iqcity} {next week|within days|before the end of {month}}."),
            QStringLiteral("The {Shalamcheh-Basra|Khorramshahr-Basra} railway, {n:32-35} kilometres long, {is expected to|should|could} {cost|require} {n:120-180} million dollars {and be finished|and open} {by {n:2025-2027}|within {n:18-36} months}."),
            QStringLiteral("{irn} and {iqn} {also spoke|also talked|spoke again} by phone on {day}, {n:2-5} days after {the meeting in {city}|the talks in {city}|their last encounter}."),
            QStringLiteral("{Officials|Sources|Diplomats} {in|close to the government in} {city} said {the payment|the transfer|the deal} {depended on|hinged on|was tied to} {a US sanctions waiver|a waiver from Washington|approval by the US Treasury} {renewed every {n:90-120} days|extended in {month}}."),
            QStringLiteral("{Dust storms|A heat wave|Power cuts} {in|across} {iqcity} {pushed|drove} {demand|consumption} {to|past} {n:28-34},{n:100-999} megawatts, {a record|the highest on record|well above supply}, {the ministry said|officials said|according to grid data}."),
            QStringLiteral("{iqn} {described|called} Iran {a partner|a friend|a neighbour} {Iraq could not do without|Iraq relied on|Iraq valued} {in remarks|in an interview|speaking} {broadcast|aired|published} on {day}."),
            QStringLiteral("The {Iranian|Iraqi} side {asked for|requested|sought} {guarantees|clarifications|a timetable} on {topic}, {a diplomat who attended|an official present|a participant} {told reporters|said}."),
            QStringLiteral("{n:3-40} {trucks|lorries} {carrying|loaded with} {fruit|cement|steel|dairy products|carpets} {crossed|passed through} {crossing} {every hour|each day|overnight} {during the peak season|this month|in {month}}."),
            QStringLiteral("{Kurdish opposition groups|Armed groups|Militants} {based in|operating from} {the Kurdistan Region|the mountains near {iqcity}|border areas} {were to be|would be|had been} {disarmed|relocated|moved away from the border} {under the deal|by {month}|within {n:3-9} months}."),
            QStringLiteral("{iq} {is due to|will|plans to} {attend|join} {a regional conference|a summit|a ministerial meeting} in {city} {on|in} {month} {n:1-28}{, along with {n:4-11} neighbouring states|| with Gulf foreign ministers}."),
            QStringLiteral("The {governor|mayor} of {iqcity}, {analyst}, said {n:200-4000} {families|farmers|households} {had left|were leaving|had abandoned} {villages|farms|their land} {because of|owing to|after} {the drought|salinity|the lack of water}."),
            QStringLiteral("{Tehran|Baghdad} {has|had} {long|repeatedly} {complained|argued|insisted} that {topic} {should be|must be|could be} {settled|discussed|handled} {through diplomacy|bilaterally|by a joint technical team}."),
            QStringLiteral("{Exports|Sales} of Iranian {gas|natural gas} to Iraq {fell|dropped|rose} to {n:8-50} million cubic metres a day {in {month}|last week|during the winter}, {the National Iranian Gas Company said|Iraqi electricity officials said|data showed}."),
            QStringLiteral("{Visa fees|Visa requirements} for {pilgrims|travellers|tourists} {were waived|were lifted|would be dropped} {from {month} {n:1-28}|for {n:30-90} days|during the holy months}, {the ministry announced|officials confirmed|{iqn} said}."),
            QStringLiteral("In {city}, {analyst} {of|from} {institute} said {the outcome|the result|the talks} {would be judged|would be measured} by {whether|how quickly} {the money|the funds|Iran's frozen funds} {reached|were released to|were paid to} {Tehran|Iranian banks}."),
            QStringLiteral("{The Trade Bank of Iraq|Iraq's central bank} {holds|held} {about|nearly|some} {n:6-12} billion {dollars|euros} {owed to Iran|in Iranian funds|for Iranian gas and power}, {according to|by the account of} {ministry}."),
            QStringLiteral("{n:3-9} {rounds|sessions} of {talks|negotiations|technical talks} {on|over} {topic} {have|had} {taken place|been held} in {city} {since|from} {month} {n:2020-2024}."),
            QStringLiteral("{Residents of|Shopkeepers in|Farmers around} {iqcity} {said|told reporters|complained} that {prices|the cost of fuel|electricity bills} {had risen|went up|had doubled} {by {n:10-80} percent|after the cuts|this summer}."),
        };
        l.headlines = {
            QStringLiteral("{iqn} and {irn} {discuss|review|take up} {topic} in {city}"),
            QStringLiteral("Iraq {pledges|promises} to {pay|settle} {n:100-900} million dollars in {gas debts|Iranian gas arrears} {as|after} {irn} visits {iqcity}"),
            QStringLiteral("Iran {cuts|restores|raises} power supply to {iqcity} {amid|over} {unpaid bills|a debt row|summer heat}"),
            QStringLiteral("{n:2-4}.{n:1-9} million pilgrims {expected|set} to cross {crossing} {for Arbaeen|this {month}}"),
            QStringLiteral("Baghdad and Tehran {agree on|sign deal on|move closer on} {topic} {after talks in {city}|in {month}|}"),
            QStringLiteral("{river} water {row|dispute} {tops|dominates} agenda of {iqn}'s {talks|visit} in {city}"),
            QStringLiteral("{irn} in {iqcity}: Iraq {is|remains} {a strategic partner|a brother|a trusted neighbour}"),
            QStringLiteral("Border security pact: Iraq {moves|relocates} {armed groups|Kurdish groups} {n:10-90} km from {crossing}"),
            QStringLiteral("Iran-Iraq railway {link|project} {to open|delayed until|set for} {n:2025-2027}, says {iqn}"),
            QStringLiteral("{Talks|Negotiations} on {topic} {resume|stall|make progress} in {city}"),
            QStringLiteral("{analyst}: why {topic} {still divides|matters to|worries} {Baghdad and Tehran|both capitals}"),
            QStringLiteral("{iqcity} {faces|braces for} {n:6-20}-hour power cuts as Iranian gas {falls|dries up|slows}"),
            QStringLiteral("{iq} {heads to|arrives in|lands in} {city} {for talks on|to discuss} {topic}"),
            QStringLiteral("{n:3-40} trucks an hour: {crossing} {trade|traffic} {booms|recovers|slows} {in {month}|}"),
        };
        l.firstNames = l.slots.value(QStringLiteral("first"));
        l.lastNames = l.slots.value(QStringLiteral("last"));
        l.nav = {QStringLiteral("Home"), QStringLiteral("Iraq"), QStringLiteral("Iran"), QStringLiteral("Middle East"), QStringLiteral("Business"),
                 QStringLiteral("Energy"), QStringLiteral("Opinion")};
        l.footerLinks = {QStringLiteral("About us"), QStringLiteral("Contact"), QStringLiteral("Privacy policy"), QStringLiteral("Terms of use")};
        l.section = QStringLiteral("Diplomacy");
        l.mostRead = QStringLiteral("Most read");
        l.readMore = QStringLiteral("Read more");
        l.share = QStringLiteral("Share");
        l.advertisement = QStringLiteral("Advertisement");
        l.cookie = QStringLiteral("We use cookies to personalise content and ads and to analyse our traffic.");
        l.accept = QStringLiteral("Accept all");
        l.settings = QStringLiteral("Manage preferences");
        l.rights = QStringLiteral("\u00a9 2024 %NAME%. All rights reserved.");
        l.newsletter = QStringLiteral("Sign up for our daily Middle East briefing");
        l.by = QStringLiteral("By");
        return l;
    }

    static Language arabic()
    {
        Language l;
        l.slots = {
            {QStringLiteral("iq"), {QStringLiteral("وزير الخارجية فؤاد حسين"), QStringLiteral("رئيس الوزراء محمد شياع السوداني"),
                                    QStringLiteral("رئيس الوزراء السابق مصطفى الكاظمي"), QStringLiteral("مستشار الأمن القومي قاسم الأعرجي"),
                                    QStringLiteral("رئيس الجمهورية عبد اللطيف رشيد"), QStringLiteral("وزير الكهرباء زياد علي فاضل")}},
            {QStringLiteral("iqn"), {QStringLiteral("فؤاد حسين"), QStringLiteral("محمد شياع السوداني"), QStringLiteral("مصطفى الكاظمي"),
                                     QStringLiteral("قاسم الأعرجي"), QStringLiteral("عبد اللطيف رشيد")}},
            {QStringLiteral("ir"), {QStringLiteral("وزير الخارجية الإيراني حسين أمير عبد اللهيان"), QStringLiteral("الرئيس الإيراني إبراهيم رئيسي"),
                                    QStringLiteral("السفير الإيراني محمد كاظم آل صادق"), QStringLiteral("أمين المجلس الأعلى للأمن القومي الإيراني علي أكبر أحمديان"),
                                    QStringLiteral("وزير النفط الإيراني جواد أوجي")}},
            {QStringLiteral("irn"), {QStringLiteral("حسين أمير عبد اللهيان"), QStringLiteral("إبراهيم رئيسي"), QStringLiteral("محمد كاظم آل صادق"),
                                     QStringLiteral("علي أكبر أحمديان"), QStringLiteral("جواد أوجي")}},
            {QStringLiteral("city"), {QStringLiteral("بغداد"), QStringLiteral("طهران"), QStringLiteral("النجف"), QStringLiteral("البصرة"), QStringLiteral("كربلاء"),
                                      QStringLiteral("أربيل"), QStringLiteral("مشهد"), QStringLiteral("السليمانية"), QStringLiteral("الكوت"), QStringLiteral("العمارة")}},
            {QStringLiteral("iqcity"), {QStringLiteral("بغداد"), QStringLiteral("النجف"), QStringLiteral("البصرة"), QStringLiteral("كربلاء"), QStringLiteral("أربيل"),
                                        QStringLiteral("السليمانية"), QStringLiteral("الكوت"), QStringLiteral("العمارة"), QStringLiteral("بعقوبة")}},
            {QStringLiteral("crossing"), {QStringLiteral("الشلامجة"), QStringLiteral("مهران"), QStringLiteral("زرباطية"), QStringLiteral("الشيب"),
                                          QStringLiteral("باشماخ"), QStringLiteral("المنذرية")}},
            {QStringLiteral("holy"), {QStringLiteral("كربلاء"), QStringLiteral("النجف")}},
            {QStringLiteral("topic"), {QStringLiteral("ديون الغاز"), QStringLiteral("إمدادات الكهرباء"), QStringLiteral("أمن الحدود"), QStringLiteral("زيارة الأربعين"),
                                       QStringLiteral("المياه المشتركة"), QStringLiteral("ربط السكك الحديدية"), QStringLiteral("التبادل التجاري"),
                                       QStringLiteral("الأموال الإيرانية المجمدة"), QStringLiteral("الاتفاق الأمني"), QStringLiteral("مكافحة المخدرات"),
                                       QStringLiteral("العواصف الترابية"), QStringLiteral("تأشيرات الزوار")}},
            {QStringLiteral("river"), {QStringLiteral("سيروان"), QStringLiteral("الزاب الصغير"), QStringLiteral("الوند"), QStringLiteral("ديالى"),
                                       QStringLiteral("شط العرب"), QStringLiteral("الكارون")}},
            {QStringLiteral("ministry"), {QStringLiteral("وزارة الخارجية العراقية"), QStringLiteral("وزارة الكهرباء"), QStringLiteral("مكتب رئيس الوزراء"),
                                          QStringLiteral("السفارة الإيرانية في بغداد"), QStringLiteral("وزارة الخارجية الإيرانية"), QStringLiteral("مستشارية الأمن القومي")}},
            {QStringLiteral("day"), {QStringLiteral("الأحد"), QStringLiteral("الاثنين"), QStringLiteral("الثلاثاء"), QStringLiteral("الأربعاء"),
                                     QStringLiteral("الخميس"), QStringLiteral("الجمعة"), QStringLiteral("السبت")}},
            {QStringLiteral("month"), {QStringLiteral("كانون الثاني"), QStringLiteral("شباط"), QStringLiteral("آذار"), QStringLiteral("نيسان"), QStringLiteral("أيار"),
                                       QStringLiteral("حزيران"), QStringLiteral("تموز"), QStringLiteral("آب"), QStringLiteral("أيلول"),
                                       QStringLiteral("تشرين الأول"), QStringLiteral("تشرين الثاني"), QStringLiteral("كانون الأول")}},
            {QStringLiteral("analyst"), {QStringLiteral("{first} {last}")}},
            {QStringLiteral("first"), {QStringLiteral("علي"), QStringLiteral("حيدر"), QStringLiteral("زينب"), QStringLiteral("مريم"), QStringLiteral("أحمد"),
                                       QStringLiteral("سارة"), QStringLiteral("حسن"), QStringLiteral("نور"), QStringLiteral("عباس"), QStringLiteral("هدى"),
                                       QStringLiteral("كريم"), QStringLiteral("رنا"), QStringLiteral("مصطفى"), QStringLiteral("ليلى"), QStringLiteral("عمر")}},
            {QStringLiteral("last"), {QStringLiteral("الموسوي"), QStringLiteral("الجبوري"), QStringLiteral("العامري"), QStringLiteral("الربيعي"),
                                      QStringLiteral("الخفاجي"), QStringLiteral("التميمي"), QStringLiteral("الساعدي"), QStringLiteral("الشمري"),
                                      QStringLiteral("الحسيني"), QStringLiteral("العبيدي"), QStringLiteral("الزبيدي"), QStringLiteral("الكعبي")}},
            {QStringLiteral("institute"), {QStringLiteral("مركز الرافدين للدراسات"), QStringLiteral("مركز البصرة للدراسات الاقتصادية"),
                                           QStringLiteral("معهد الدراسات الإقليمية"), QStringLiteral("مركز بغداد للسياسات")}},
        };
        l.sentences = {
            QStringLiteral("{بحث|ناقش|تناول} {iq} مع {ir} في {city} يوم {day} ملف {topic} {وسبل تعزيز التعاون بين البلدين|إلى جانب ملف {topic}|في أجواء وصفت بالإيجابية}."),
            QStringLiteral("{وقال|وأوضح|وأكد} {iqn} {للصحفيين|في مؤتمر صحفي|في تصريح} إن العراق {سيسدد|دفع|سيحول} {n:40-950} مليون دولار من ديون الغاز {قبل نهاية|خلال|مطلع} {month}."),
            QStringLiteral("{وأعلنت|وذكرت|وأفادت} {ministry} أن إيران {سترفع|خفضت|ستعيد} صادرات الكهرباء إلى العراق {إلى|بنحو} {n:300-2400} ميغاواط {قبل حلول الصيف|بعد انقطاع التيار في {iqcity}|وفق العقد الجديد}."),
            QStringLiteral("ومن المتوقع أن يعبر {أكثر من|نحو|قرابة} {n:200-900} ألف زائر إيراني منفذ {crossing} الحدودي {باتجاه|نحو|في طريقهم إلى} {holy} {لإحياء زيارة الأربعين|هذا العام|خلال موسم الزيارة}."),
            QStringLiteral("{وقال|وأشار|ورأى} الباحث في {institute} {analyst} إن {الزيارة|الاتفاق|اللقاء} {تظهر|تعكس|تؤكد} أن {topic} {لا يزال|بات|أصبح} {الملف الأبرز|نقطة خلاف|أولوية} {للجانبين|لبغداد|لطهران}."),
            QStringLiteral("{وتراجع|وانخفض} منسوب نهر {river} بنسبة {n:11-68} في المئة {منذ|مقارنة بشهر} {month} {n:2019-2023}، {بحسب مسؤولين في|بحسب مزارعين قرب|كما قال محافظ} {iqcity}."),
            QStringLiteral("{واتفق|وتعهد} الجانبان على {تشكيل|إحياء} لجنة مشتركة {لمتابعة|للنظر في} {topic} {تجتمع في {city} خلال {month}|برئاسة وكلاء الوزارات|خلال {n:3-9} أسابيع}."),
            QStringLiteral("{وشدد|وأكد} {iq} على أن العراق {لن يسمح|لن يقبل} باستخدام أراضيه {للاعتداء على دول الجوار|منطلقاً لتهديد إيران|من قبل أي جماعة مسلحة}."),
            QStringLiteral("{وبموجب|ووفق} الاتفاق الأمني {الموقع|المبرم} عام {n:2021-2024}، {تسلمت|عززت} قوات حرس الحدود العراقية {n:12-96} {موقعاً|نقطة مراقبة} {قرب|على مقربة من} منفذ {crossing}."),
            QStringLiteral("{ويبلغ|وبلغ} حجم التبادل التجاري بين البلدين {نحو|قرابة|أكثر من} {n:8-12}.{n:1-9} مليار دولار {العام الماضي|سنوياً|بحسب أرقام الجمارك}."),
            QStringLiteral("{وزار|وتفقد} وفد {يضم|مؤلف من} {n:18-140} من رجال الأعمال الإيرانيين {محافظة|مدينة} {iqcity} {لبحث|لاستكشاف} فرص الاستثمار في {قطاع البناء|الزراعة|صناعة الأدوية|الصناعات الغذائية}."),
            QStringLiteral("{وأعلنت|وذكرت} {ministry} في بيان {يوم {day}|اليوم} أن {irn} {سيزور|سيصل إلى} {iqcity} {الأسبوع المقبل|خلال أيام|قبل نهاية {month}}."),
            QStringLiteral("{ويبلغ طول|ويمتد} خط سكة حديد الشلامجة-البصرة {n:32-35} كيلومتراً، {ومن المتوقع|ويرجح} أن {تبلغ كلفته|يكلف} {n:120-180} مليون دولار {وأن ينجز|على أن يفتتح} {عام {n:2025-2027}|خلال {n:18-36} شهراً}."),
            QStringLiteral("{وأجرى|كما أجرى} {irn} {اتصالاً هاتفياً|مكالمة هاتفية} مع {iqn} يوم {day}، {بعد|عقب} {n:3-9} أيام من {اللقاء الذي جمعهما في {city}|محادثات {city}}."),
            QStringLiteral("{وقالت|وأفادت} مصادر {في|مقربة من الحكومة في} {city} {إن صرف الدفعة|إن التحويل|إن تنفيذ الاتفاق} {مرهون|يتوقف} على {إعفاء أميركي من العقوبات|موافقة وزارة الخزانة الأميركية} {يجدد كل {n:90-120} يوماً|في {month}}."),
            QStringLiteral("{ودفعت|ورفعت} {العواصف الترابية|موجة الحر|الانقطاعات المتكررة} في {iqcity} {الطلب على الكهرباء|الاستهلاك} إلى {n:28-34} ألف ميغاواط، {وهو رقم قياسي|بحسب بيانات الشبكة|وفق الوزارة}."),
            QStringLiteral("{وطالب|ودعا} الجانب {العراقي|الإيراني} {بضمانات|بجدول زمني|بتوضيحات} {بشأن|حول} {topic}، {بحسب|وفق} {دبلوماسي حضر الاجتماع|مسؤول مطلع|أحد المشاركين}."),
            QStringLiteral("{وتعبر|وتمر} {n:11-40} شاحنة محملة {بالفواكه|بالإسمنت|بالحديد|بمنتجات الألبان} {عبر|من خلال} منفذ {crossing} {كل ساعة|يومياً|خلال موسم الذروة}."),
            QStringLiteral("{وقال|وأكد} {محافظ|رئيس مجلس محافظة} {iqcity} {analyst} إن {n:200-4000} {عائلة|أسرة} {غادرت|تركت} {القرى|أراضيها} بسبب {الجفاف|ملوحة المياه|شح المياه}."),
            QStringLiteral("{وجرت|وعقدت} {n:3-9} جولات من {المحادثات|المفاوضات الفنية} بشأن {topic} في {city} منذ {month} {n:2020-2024}."),
        };
        l.headlines = {
            QStringLiteral("{iqn} و{irn} يبحثان {topic} في {city}"),
            QStringLiteral("العراق {يسدد|يحول} {n:100-900} مليون دولار من ديون الغاز الإيرانية {خلال {month}|}"),
            QStringLiteral("{topic} على طاولة المباحثات العراقية الإيرانية في {city}"),
            QStringLiteral("توقعات بعبور {n:200-900} ألف زائر إيراني من منفذ {crossing} {باتجاه {holy}|}"),
            QStringLiteral("{irn} من {iqcity}: العراق شريك استراتيجي لإيران"),
            QStringLiteral("لجنة عراقية إيرانية مشتركة لمتابعة {topic} {تجتمع في {city}|}"),
            QStringLiteral("{iq} يستقبل {ir} في {city}"),
            QStringLiteral("{iqcity}: {n:200-4000} عائلة تغادر قراها بسبب {الجفاف|شح المياه}"),
            QStringLiteral("{ministry}: {topic} على جدول أعمال زيارة {irn} المقبلة"),
            QStringLiteral("انخفاض منسوب {river} بنسبة {n:11-68} في المئة يثير القلق في {iqcity}"),
        };
        l.firstNames = l.slots.value(QStringLiteral("first"));
        l.lastNames = l.slots.value(QStringLiteral("last"));
        l.nav = {QStringLiteral("الرئيسية"), QStringLiteral("سياسة"), QStringLiteral("اقتصاد"), QStringLiteral("محليات"), QStringLiteral("دولي"),
                 QStringLiteral("رياضة"), QStringLiteral("رأي")};
        l.footerLinks = {QStringLiteral("من نحن"), QStringLiteral("اتصل بنا"), QStringLiteral("سياسة الخصوصية"), QStringLiteral("شروط الاستخدام")};
        l.section = QStringLiteral("سياسة");
        l.mostRead = QStringLiteral("الأكثر قراءة");
        l.readMore = QStringLiteral("اقرأ أيضاً");
        l.share = QStringLiteral("شارك");
        l.advertisement = QStringLiteral("إعلان");
        l.cookie = QStringLiteral("نستخدم ملفات تعريف الارتباط لتحسين تجربتك وتحليل حركة الزوار.");
        l.accept = QStringLiteral("موافق");
        l.settings = QStringLiteral("الإعدادات");
        l.rights = QStringLiteral("جميع الحقوق محفوظة \u00a9 2024 %NAME%");
        l.newsletter = QStringLiteral("اشترك في النشرة الإخبارية اليومية");
        l.by = QStringLiteral("كتب:");
        return l;
    }

    static Language persian()
    {
        Language l;
        l.slots = {
            {QStringLiteral("iq"), {QStringLiteral("فؤاد حسین وزیر امور خارجه عراق"), QStringLiteral("محمد شیاع السودانی نخست\u200cوزیر عراق"),
                                    QStringLiteral("مصطفی الکاظمی نخست\u200cوزیر پیشین عراق"), QStringLiteral("قاسم الاعرجی مشاور امنیت ملی عراق"),
                                    QStringLiteral("عبداللطیف رشید رئیس\u200cجمهور عراق")}},
            {QStringLiteral("iqn"), {QStringLiteral("فؤاد حسین"), QStringLiteral("محمد شیاع السودانی"), QStringLiteral("مصطفی الکاظمی"), QStringLiteral("قاسم الاعرجی")}},
            {QStringLiteral("ir"), {QStringLiteral("حسین امیرعبداللهیان وزیر امور خارجه"), QStringLiteral("ابراهیم رئیسی رئیس\u200cجمهور"),
                                    QStringLiteral("محمدکاظم آل\u200cصادق سفیر ایران در بغداد"), QStringLiteral("علی\u200cاکبر احمدیان دبیر شورای عالی امنیت ملی"),
                                    QStringLiteral("جواد اوجی وزیر نفت"), QStringLiteral("علی\u200cاکبر محرابیان وزیر نیرو")}},
            {QStringLiteral("irn"), {QStringLiteral("حسین امیرعبداللهیان"), QStringLiteral("ابراهیم رئیسی"), QStringLiteral("محمدکاظم آل\u200cصادق"),
                                     QStringLiteral("علی\u200cاکبر احمدیان"), QStringLiteral("جواد اوجی")}},
            {QStringLiteral("city"), {QStringLiteral("بغداد"), QStringLiteral("تهران"), QStringLiteral("نجف"), QStringLiteral("بصره"), QStringLiteral("کربلا"),
                                      QStringLiteral("اربیل"), QStringLiteral("مشهد"), QStringLiteral("سلیمانیه"), QStringLiteral("کوت"), QStringLiteral("اهواز"),
                                      QStringLiteral("کرمانشاه"), QStringLiteral("ایلام")}},
            {QStringLiteral("iqcity"), {QStringLiteral("بغداد"), QStringLiteral("نجف"), QStringLiteral("بصره"), QStringLiteral("کربلا"), QStringLiteral("اربیل"),
                                        QStringLiteral("سلیمانیه"), QStringLiteral("کوت"), QStringLiteral("العماره")}},
            {QStringLiteral("crossing"), {QStringLiteral("شلمچه"), QStringLiteral("مهران"), QStringLiteral("چذابه"), QStringLiteral("باشماق"),
                                          QStringLiteral("پرویزخان"), QStringLiteral("خسروی")}},
            {QStringLiteral("holy"), {QStringLiteral("کربلا"), QStringLiteral("نجف")}},
            {QStringLiteral("topic"), {QStringLiteral("بدهی\u200cهای گازی"), QStringLiteral("صادرات برق"), QStringLiteral("امنیت مرزی"),
                                       QStringLiteral("زائران اربعین"), QStringLiteral("منابع آب مشترک"), QStringLiteral("راه\u200cآهن شلمچه-بصره"),
                                       QStringLiteral("تجارت کالاهای غیرنفتی"), QStringLiteral("منابع مالی بلوکه\u200cشده"), QStringLiteral("توافق امنیتی"),
                                       QStringLiteral("مبارزه با قاچاق مواد مخدر"), QStringLiteral("ریزگردها"), QStringLiteral("لغو روادید")}},
            {QStringLiteral("river"), {QStringLiteral("سیروان"), QStringLiteral("زاب کوچک"), QStringLiteral("الوند"), QStringLiteral("کارون"), QStringLiteral("اروندرود")}},
            {QStringLiteral("ministry"), {QStringLiteral("وزارت امور خارجه ایران"), QStringLiteral("وزارت نیرو"), QStringLiteral("سفارت ایران در بغداد"),
                                          QStringLiteral("دفتر نخست\u200cوزیر عراق"), QStringLiteral("وزارت امور خارجه عراق")}},
            {QStringLiteral("day"), {QStringLiteral("شنبه"), QStringLiteral("یکشنبه"), QStringLiteral("دوشنبه"), QStringLiteral("سه\u200cشنبه"),
                                     QStringLiteral("چهارشنبه"), QStringLiteral("پنجشنبه"), QStringLiteral("جمعه")}},
            {QStringLiteral("month"), {QStringLiteral("فروردین"), QStringLiteral("اردیبهشت"), QStringLiteral("خرداد"), QStringLiteral("تیر"), QStringLiteral("مرداد"),
                                       QStringLiteral("شهریور"), QStringLiteral("مهر"), QStringLiteral("آبان"), QStringLiteral("آذر"), QStringLiteral("دی"),
                                       QStringLiteral("بهمن"), QStringLiteral("اسفند")}},
            {QStringLiteral("analyst"), {QStringLiteral("{first} {last}")}},
            {QStringLiteral("first"), {QStringLiteral("رضا"), QStringLiteral("مریم"), QStringLiteral("علی"), QStringLiteral("زهرا"), QStringLiteral("حمید"),
                                       QStringLiteral("شیرین"), QStringLiteral("کاوه"), QStringLiteral("نرگس"), QStringLiteral("مهدی"), QStringLiteral("فاطمه"),
                                       QStringLiteral("امیر"), QStringLiteral("سارا")}},
            {QStringLiteral("last"), {QStringLiteral("کریمی"), QStringLiteral("صالحی"), QStringLiteral("جعفری"), QStringLiteral("مرادی"), QStringLiteral("رحیمی"),
                                      QStringLiteral("صادقی"), QStringLiteral("نوری"), QStringLiteral("ابراهیمی"), QStringLiteral("فراهانی"), QStringLiteral("زند"),
                                      QStringLiteral("احمدی"), QStringLiteral("حسینی")}},
            {QStringLiteral("institute"), {QStringLiteral("مؤسسه مطالعات همسایگان"), QStringLiteral("مرکز پژوهش\u200cهای اقتصادی غرب آسیا"),
                                           QStringLiteral("اندیشکده روابط منطقه\u200cای")}},
        };
        l.sentences = {
            QStringLiteral("{ir} روز {day} در {city} با {iq} دیدار کرد و دو طرف درباره {topic} و {topic} {رایزنی کردند|تبادل نظر کردند|گفت\u200cوگو کردند}."),
            QStringLiteral("{iqn} {به خبرنگاران|در نشستی خبری|در گفت\u200cوگویی} گفت عراق {n:40-950} میلیون دلار از بدهی گازی ایران را {تا پایان|در|پیش از پایان} {month} {پرداخت می\u200cکند|آزاد می\u200cکند|منتقل خواهد کرد}."),
            QStringLiteral("به گفته {ministry}، صادرات برق ایران به عراق {تا|به} {n:300-2400} مگاوات {افزایش می\u200cیابد|کاهش یافته است|بازمی\u200cگردد} {پیش از آغاز تابستان|پس از قطعی برق در {iqcity}|بر اساس قرارداد جدید}."),
            QStringLiteral("پیش\u200cبینی می\u200cشود {بیش از|حدود|نزدیک به} {n:2-4} میلیون زائر ایرانی از {مرز|پایانه مرزی} {crossing} {به سوی {holy} بروند|رهسپار {holy} شوند|به {holy} سفر کنند}."),
            QStringLiteral("{analyst}، پژوهشگر {institute}، {گفت|معتقد است|می\u200cگوید} {این سفر|این توافق|این دیدار} نشان می\u200cدهد که {topic} همچنان {مهم\u200cترین موضوع|محل اختلاف|اولویت} {دو طرف|بغداد|تهران} است."),
            QStringLiteral("سطح آب رودخانه {river} {از|نسبت به} {month} {n:1398-1402} تاکنون {n:11-68} درصد {کاهش یافته است|پایین آمده است}، {به گفته مقام\u200cهای محلی در|به گفته کشاورزان اطراف|به گفته استاندار} {iqcity}."),
            QStringLiteral("دو طرف {توافق کردند|متعهد شدند} کمیته\u200cای مشترک برای {پیگیری|بررسی} {topic} {تشکیل دهند|راه\u200cاندازی کنند} که {در {month} در {city} تشکیل جلسه می\u200cدهد|ظرف {n:2-9} هفته کار خود را آغاز می\u200cکند|به ریاست معاونان وزیران اداره می\u200cشود}."),
            QStringLiteral("{iq} {تأکید کرد|گفت} عراق {اجازه نمی\u200cدهد|نخواهد گذاشت} خاک این کشور {برای حمله به همسایگان|علیه جمهوری اسلامی ایران|از سوی گروه\u200cهای مسلح} {مورد استفاده قرار گیرد|به کار گرفته شود}."),
            QStringLiteral("بر اساس توافق امنیتی {n:1400-1402}، مرزبانان عراقی {n:12-96} {پاسگاه|پایگاه|نقطه مرزی} را در نزدیکی {crossing} {تحویل گرفتند|تقویت کردند}."),
            QStringLiteral("حجم مبادلات تجاری ایران و عراق {در سال گذشته|به گفته مقام\u200cهای گمرکی|در سال {n:1399-1402}} به حدود {n:8-12} میلیارد دلار رسیده است."),
            QStringLiteral("هیئتی {متشکل از|شامل} {n:18-140} فعال اقتصادی ایرانی برای بررسی فرصت\u200cهای سرمایه\u200cگذاری در {صنعت ساختمان|کشاورزی|داروسازی|صنایع غذایی} به {iqcity} {سفر کرد|رفت}."),
            QStringLiteral("{ministry} {روز {day}|امروز} اعلام کرد {irn} {هفته آینده|ظرف چند روز آینده|پیش از پایان {month}} به {iqcity} سفر می\u200cکند."),
            QStringLiteral("راه\u200cآهن شلمچه-بصره به طول {n:32-35} کیلومتر {حدود|نزدیک به} {n:120-180} میلیون دلار هزینه دارد و {قرار است|پیش\u200cبینی می\u200cشود} {تا سال {n:1404-1406}|ظرف {n:18-36} ماه} {به بهره\u200cبرداری برسد|تکمیل شود}."),
            QStringLiteral("{irn} روز {day} {در تماسی تلفنی|به صورت تلفنی} با {iqn} گفت\u200cوگو کرد؛ {n:2-5} روز پس از {دیدار دو طرف در {city}|مذاکرات {city}}."),
            QStringLiteral("منابع {آگاه|نزدیک به دولت} در {city} گفتند {پرداخت این مبلغ|انتقال پول|اجرای توافق} به {معافیت تحریمی آمریکا|مجوز وزارت خزانه\u200cداری آمریکا} بستگی دارد که {هر {n:90-120} روز|در {month}} تمدید می\u200cشود."),
            QStringLiteral("{ریزگردها|موج گرما|قطعی\u200cهای مکرر} در {iqcity} مصرف برق را به {n:28-34} هزار مگاوات رساند{ که رکورد تازه\u200cای است|، به گفته وزارت برق عراق|}."),
            QStringLiteral("طرف {عراقی|ایرانی} درباره {topic} {خواستار تضمین|خواستار جدول زمانی|خواستار توضیح} شد، {به گفته یکی از دیپلمات\u200cهای حاضر در نشست|به گفته یک مقام آگاه|به گفته یکی از شرکت\u200cکنندگان}."),
            QStringLiteral("روزانه {n:3-40} {کامیون|دستگاه کامیون} {حامل|با بار} {میوه|سیمان|فولاد|لبنیات|فرش} از {مرز|پایانه} {crossing} عبور می\u200cکند."),
            QStringLiteral("{analyst}، {مقام محلی در|عضو شورای استان} {iqcity}، گفت {n:200-4000} خانوار به دلیل {خشکسالی|شوری آب|کم\u200cآبی} {روستاها|زمین\u200cهای خود} را ترک کرده\u200cاند."),
            QStringLiteral("از {month} {n:1399-1402} تاکنون {n:3-9} دور {گفت\u200cوگو|مذاکره فنی} درباره {topic} در {city} برگزار شده است."),
        };
        l.headlines = {
            QStringLiteral("دیدار {irn} و {iqn} در {city} با محوریت {topic}"),
            QStringLiteral("عراق {n:100-900} میلیون دلار از بدهی گازی ایران را {تا پایان {month}|} می\u200cپردازد"),
            QStringLiteral("{topic}؛ محور گفت\u200cوگوهای تهران و بغداد در {city}"),
            QStringLiteral("پیش\u200cبینی عبور {n:2-4} میلیون زائر از مرز {crossing} {در اربعین|به سوی {holy}}"),
            QStringLiteral("{irn} در {city}: عراق شریک راهبردی ایران است"),
            QStringLiteral("کمیته مشترک ایران و عراق برای {topic} {در {city}|} تشکیل می\u200cشود"),
            QStringLiteral("سفر {irn} به {iqcity} برای گفت\u200cوگو درباره {topic}"),
            QStringLiteral("کاهش {n:11-68} درصدی سطح آب {river}"),
            QStringLiteral("{ministry}: {topic} در دستور کار سفر {irn} است"),
            QStringLiteral("ترک روستاها به دلیل {خشکسالی|کم\u200cآبی} در {iqcity}"),
        };
        l.firstNames = l.slots.value(QStringLiteral("first"));
        l.lastNames = l.slots.value(QStringLiteral("last"));
        l.nav = {QStringLiteral("صفحه نخست"), QStringLiteral("سیاسی"), QStringLiteral("اقتصادی"), QStringLiteral("بین\u200cالملل"), QStringLiteral("اجتماعی"),
                 QStringLiteral("ورزشی"), QStringLiteral("فرهنگی")};
        l.footerLinks = {QStringLiteral("درباره ما"), QStringLiteral("تماس با ما"), QStringLiteral("حریم خصوصی"), QStringLiteral("شرایط استفاده")};
        l.section = QStringLiteral("بین\u200cالملل");
        l.mostRead = QStringLiteral("پربازدیدترین\u200cها");
        l.readMore = QStringLiteral("بیشتر بخوانید");
        l.share = QStringLiteral("اشتراک\u200cگذاری");
        l.advertisement = QStringLiteral("آگهی");
        l.cookie = QStringLiteral("این وب\u200cسایت برای بهبود تجربه کاربری از کوکی استفاده می\u200cکند.");
        l.accept = QStringLiteral("پذیرفتن");
        l.settings = QStringLiteral("تنظیمات");
        l.rights = QStringLiteral("\u00a9 2024 تمامی حقوق برای %NAME% محفوظ است.");
        l.newsletter = QStringLiteral("عضویت در خبرنامه روزانه");
        l.by = QStringLiteral("خبرنگار:");
        return l;
    }

    quint32 m_seed;
    QRandomGenerator m_rng;
    int m_pages = 0;
    QList<int> m_storyOutlets; ///< by story number: the outlet of its first page
};

} // namespace Entente::Bench
