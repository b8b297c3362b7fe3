#include "text/datephrases.h"

#include "text/offsetmap.h"
#include "text/textfolder.h"

#include <QCalendar>
#include <QHash>

namespace Entente {

namespace {

using Calendar = DatePhrase::Calendar;

enum class Kind { Number, Word, Punct };
enum class Digits { Western, ArabicIndic, Persian, Mixed };

struct Token
{
    Kind kind = Kind::Punct;
    qsizetype start = 0; // UTF-16, in the text
    qsizetype end = 0;
    bool spaceBefore = false;
    QString folded;      // words: folded; punct: the character
    int value = 0;       // numbers (capped)
    int digitCount = 0;
    Digits digits = Digits::Western;
    bool capital = false; // words: first letter upper case
};

struct MonthName
{
    int month = 0;
    Calendar calendar = Calendar::Gregorian;
    bool needsCapital = false; // English words that are also ordinary words ("may", "march")
};

QString foldWord(QStringView word)
{
    QString out;
    out.reserve(word.size());
    for (QChar c : word) {
        const char16_t f = TextFolder::foldUnit(c.unicode());
        if (f)
            out.append(QChar(f));
    }
    return out;
}

const QHash<QString, MonthName> &monthNames()
{
    static const QHash<QString, MonthName> table = [] {
        QHash<QString, MonthName> t;
        auto add = [&t](Calendar cal, int month, std::initializer_list<const char16_t *> names, bool capital = false) {
            for (const char16_t *n : names)
                t.insert(foldWord(QStringView(n)), {month, cal, capital});
        };
        const Calendar G = Calendar::Gregorian;
        // English
        add(G, 1, {u"january"}); add(G, 2, {u"february"}); add(G, 3, {u"march"}, true);
        add(G, 4, {u"april"}); add(G, 5, {u"may"}, true); add(G, 6, {u"june"});
        add(G, 7, {u"july"}); add(G, 8, {u"august"}); add(G, 9, {u"september"});
        add(G, 10, {u"october"}); add(G, 11, {u"november"}); add(G, 12, {u"december"});
        add(G, 1, {u"jan"}, true); add(G, 2, {u"feb"}, true); add(G, 3, {u"mar"}, true);
        add(G, 4, {u"apr"}, true); add(G, 6, {u"jun"}, true); add(G, 7, {u"jul"}, true);
        add(G, 8, {u"aug"}, true); add(G, 9, {u"sep", u"sept"}, true); add(G, 10, {u"oct"}, true);
        add(G, 11, {u"nov"}, true); add(G, 12, {u"dec"}, true);
        // Arabic: Egyptian / Gulf series, Levantine series, Maghrebi series
        add(G, 1, {u"يناير", u"كانون الثاني", u"جانفي"});
        add(G, 2, {u"فبراير", u"شباط", u"فيفري"});
        add(G, 3, {u"مارس", u"آذار"});
        add(G, 4, {u"أبريل", u"إبريل", u"ابريل", u"نيسان", u"أفريل"});
        add(G, 5, {u"مايو", u"أيار", u"ماي"});
        add(G, 6, {u"يونيو", u"يونية", u"حزيران", u"جوان"});
        add(G, 7, {u"يوليو", u"يولية", u"تموز", u"جويلية"});
        add(G, 8, {u"أغسطس", u"آب", u"أوت"});
        add(G, 9, {u"سبتمبر", u"أيلول"});
        add(G, 10, {u"أكتوبر", u"تشرين الأول"});
        add(G, 11, {u"نوفمبر", u"تشرين الثاني"});
        add(G, 12, {u"ديسمبر", u"كانون الأول"});
        // Persian names of the Gregorian months
        add(G, 1, {u"ژانویه", u"ژانویهٔ"}); add(G, 2, {u"فوریه", u"فوریهٔ"}); add(G, 4, {u"آوریل"});
        add(G, 5, {u"مه", u"می"}); add(G, 6, {u"ژوئن"}); add(G, 7, {u"ژوئیه", u"جولای"});
        add(G, 8, {u"اوت", u"آگوست"}); add(G, 9, {u"سپتامبر"}); add(G, 10, {u"اکتبر"});
        add(G, 11, {u"نوامبر"}); add(G, 12, {u"دسامبر"});
        // Solar Hijri
        const Calendar S = Calendar::SolarHijri;
        add(S, 1, {u"فروردین"}); add(S, 2, {u"اردیبهشت"}); add(S, 3, {u"خرداد"});
        add(S, 4, {u"تیر"}); add(S, 5, {u"مرداد", u"امرداد"}); add(S, 6, {u"شهریور"});
        add(S, 7, {u"مهر"}); add(S, 8, {u"آبان"}); add(S, 9, {u"آذر"}); add(S, 10, {u"دی"});
        add(S, 11, {u"بهمن"}); add(S, 12, {u"اسفند"});
        // Hijri (Arabic and Persian spellings; ZWNJ-joined forms fold to one word)
        const Calendar H = Calendar::Hijri;
        add(H, 1, {u"محرم", u"المحرم"}); add(H, 2, {u"صفر"});
        add(H, 3, {u"ربيع الأول", u"ربيع الاول", u"ربیع‌الاول", u"ربیع الاول"});
        add(H, 4, {u"ربيع الآخر", u"ربيع الثاني", u"ربیع‌الثانی", u"ربیع الثانی", u"ربیع‌الآخر"});
        add(H, 5, {u"جمادى الأولى", u"جمادى الأول", u"جمادی‌الاول", u"جمادی الاول", u"جمادی‌الاولی"});
        add(H, 6, {u"جمادى الآخرة", u"جمادى الثانية", u"جمادى الآخر", u"جمادی‌الثانی", u"جمادی الثانی", u"جمادی‌الآخر"});
        add(H, 7, {u"رجب"}); add(H, 8, {u"شعبان"}); add(H, 9, {u"رمضان"}); add(H, 10, {u"شوال"});
        add(H, 11, {u"ذو القعدة", u"ذي القعدة", u"ذی‌القعده", u"ذی القعده", u"ذوالقعده"});
        add(H, 12, {u"ذو الحجة", u"ذي الحجة", u"ذی‌الحجه", u"ذی الحجه", u"ذوالحجه"});
        return t;
    }();
    return table;
}

// Qt::Monday = 1 … Qt::Sunday = 7
const QHash<QString, int> &weekdayNames()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t;
        auto add = [&t](int day, std::initializer_list<const char16_t *> names) {
            for (const char16_t *n : names)
                t.insert(foldWord(QStringView(n)), day);
        };
        add(1, {u"monday", u"mon", u"الاثنين", u"الإثنين", u"اثنين", u"دوشنبه"});
        add(2, {u"tuesday", u"tue", u"tues", u"الثلاثاء", u"ثلاثاء", u"سه‌شنبه", u"سه شنبه"});
        add(3, {u"wednesday", u"wed", u"الأربعاء", u"الاربعاء", u"أربعاء", u"چهارشنبه", u"چهار شنبه"});
        add(4, {u"thursday", u"thu", u"thur", u"thurs", u"الخميس", u"خميس", u"پنجشنبه", u"پنج‌شنبه", u"پنج شنبه"});
        add(5, {u"friday", u"fri", u"الجمعة", u"جمعة", u"جمعه"});
        add(6, {u"saturday", u"sat", u"السبت", u"سبت", u"شنبه"});
        add(7, {u"sunday", u"sun", u"الأحد", u"الاحد", u"أحد", u"یکشنبه", u"یک‌شنبه", u"یک شنبه"});
        return t;
    }();
    return table;
}

QList<Token> tokenize(QStringView text)
{
    QList<Token> tokens;
    const qsizetype n = text.size();
    bool space = true;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == QChar::Nbsp) {
            space = true;
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        t.spaceBefore = space;
        space = false;
        if (c.isDigit() && c.digitValue() >= 0) {
            t.kind = Kind::Number;
            bool first = true;
            while (i < n && text.at(i).isDigit() && text.at(i).digitValue() >= 0) {
                const char16_t u = text.at(i).unicode();
                const Digits d = (u >= 0x0660 && u <= 0x0669) ? Digits::ArabicIndic
                    : (u >= 0x06F0 && u <= 0x06F9) ? Digits::Persian : Digits::Western;
                t.digits = first ? d : (t.digits == d ? d : Digits::Mixed);
                first = false;
                if (t.digitCount < 6)
                    t.value = t.value * 10 + text.at(i).digitValue();
                ++t.digitCount;
                ++i;
            }
        } else if (TextFolder::charClass(c.unicode()) == TextFolder::CharClass::Word) {
            t.kind = Kind::Word;
            t.capital = c.isUpper();
            while (i < n) {
                const QChar w = text.at(i);
                if (w.isDigit())
                    break;
                const auto cls = TextFolder::charClass(w.unicode());
                // Marks and format characters (harakat, tatweel, ZWNJ) stay inside the word.
                if (cls == TextFolder::CharClass::Word || cls == TextFolder::CharClass::Mark
                    || cls == TextFolder::CharClass::Format) {
                    const char16_t f = TextFolder::foldUnit(w.unicode());
                    if (f)
                        t.folded.append(QChar(f));
                    ++i;
                } else {
                    break;
                }
            }
        } else {
            t.kind = Kind::Punct;
            // A surrogate pair is one punctuation token.
            const qsizetype len = (c.isHighSurrogate() && i + 1 < n) ? 2 : 1;
            t.folded = text.sliced(i, len).toString();
            i += len;
        }
        t.end = i;
        tokens.append(t);
    }
    return tokens;
}

struct Match
{
    int firstToken = 0;
    int lastToken = 0; // inclusive
    Calendar calendar = Calendar::Gregorian;
    int year = 0;
    int month = 0;
    int day = 0;       // 0: month precision
    bool uncertain = false;
};

class Scanner
{
public:
    Scanner(const QList<Token> &tokens, const DatePhraseOptions &options)
        : m_t(tokens), m_options(options) {}

    bool matchAt(int i, Match *m) const;

private:
    const Token *at(int i) const { return i >= 0 && i < m_t.size() ? &m_t.at(i) : nullptr; }
    bool isPunct(int i, QStringView chars) const
    {
        const Token *t = at(i);
        return t && t->kind == Kind::Punct && chars.contains(t->folded);
    }
    bool isWord(int i, QStringView folded) const
    {
        const Token *t = at(i);
        return t && t->kind == Kind::Word && t->folded == folded;
    }
    /// A month name at token i: sets *month and returns the number of tokens it takes.
    int monthAt(int i, MonthName *month) const;
    /// Skips an alternative name of the same month ("أيلول/سبتمبر", "سبتمبر (أيلول)").
    int skipAlternative(int i, int month) const;
    int skipSeparators(int i) const;
    /// A calendar suffix after the year: returns tokens taken, sets *calendar.
    int suffixAt(int i, Calendar *calendar, bool *found) const;
    bool numericAt(int i, Match *m) const;
    bool namedDayFirstAt(int i, Match *m) const;
    bool namedMonthFirstAt(int i, Match *m) const;
    bool yearFits(Calendar c, int year) const;
    Calendar numericCalendar(const Token &year, bool suffixFound, Calendar suffix, bool *ok) const;

    const QList<Token> &m_t;
    const DatePhraseOptions &m_options;
};

int Scanner::monthAt(int i, MonthName *month) const
{
    const Token *t = at(i);
    if (!t || t->kind != Kind::Word)
        return 0;
    const auto &names = monthNames();
    const Token *next = at(i + 1);
    if (next && next->kind == Kind::Word && next->spaceBefore) {
        const auto it = names.constFind(t->folded + u' ' + next->folded);
        if (it != names.constEnd()) {
            *month = *it;
            return 2;
        }
    }
    const auto it = names.constFind(t->folded);
    if (it == names.constEnd())
        return 0;
    if (it->needsCapital && !t->capital)
        return 0;
    *month = *it;
    int used = 1;
    if (isPunct(i + 1, u".") && !next->spaceBefore && t->folded.size() <= 4)
        used = 2; // "Sept."
    return used;
}

int Scanner::skipAlternative(int i, int month) const
{
    const bool paren = isPunct(i, u"(");
    if (!paren && !isPunct(i, u"/-–"))
        return 0;
    MonthName alt;
    const int used = monthAt(i + 1, &alt);
    if (!used || alt.month != month || alt.calendar != Calendar::Gregorian)
        return 0;
    int total = 1 + used;
    if (paren) {
        if (!isPunct(i + total, u")"))
            return 0;
        ++total;
    }
    return total;
}

int Scanner::skipSeparators(int i) const
{
    int used = 0;
    while (used < 2 && isPunct(i + used, u",،"))
        ++used;
    return used;
}

int Scanner::suffixAt(int i, Calendar *calendar, bool *found) const
{
    *found = false;
    const Token *t = at(i);
    if (!t || t->kind != Kind::Word)
        return 0;
    const QString &w = t->folded;
    static const QString gregorian[] = {foldWord(u"م"), foldWord(u"ميلادي"), foldWord(u"ميلادية"),
                                        foldWord(u"میلادی")};
    static const QString hijriWords[] = {foldWord(u"هـ"), foldWord(u"هجري"), foldWord(u"هجرية"),
                                         foldWord(u"هجری")};
    static const QString solarWords[] = {foldWord(u"ش"), foldWord(u"شمسي"), foldWord(u"شمسی")};
    static const QString lunarWords[] = {foldWord(u"ق"), foldWord(u"قمري"), foldWord(u"قمری")};
    for (const QString &g : gregorian) {
        if (w == g) {
            *calendar = Calendar::Gregorian;
            *found = true;
            return 1;
        }
    }
    for (const QString &s : solarWords) {
        if (w == s) {
            *calendar = Calendar::SolarHijri;
            *found = true;
            return 1;
        }
    }
    for (const QString &h : hijriWords) {
        if (w != h)
            continue;
        *found = true;
        *calendar = Calendar::Hijri;
        // "ه.ش" / "هجری شمسی" is Solar Hijri, "ه.ق" / "هجری قمری" lunar.
        int j = i + 1;
        if (isPunct(j, u"."))
            ++j;
        const Token *n = at(j);
        if (n && n->kind == Kind::Word) {
            for (const QString &s : solarWords) {
                if (n->folded == s) {
                    *calendar = Calendar::SolarHijri;
                    return j - i + 1;
                }
            }
            for (const QString &l : lunarWords)
                if (n->folded == l)
                    return j - i + 1;
        }
        return 1;
    }
    return 0;
}

bool Scanner::yearFits(Calendar c, int year) const
{
    switch (c) {
    case Calendar::Gregorian:
        return year >= 1800 && year <= 2200;
    case Calendar::SolarHijri:
        return year >= 1200 && year <= 1600;
    case Calendar::Hijri:
        return year >= 1200 && year <= 1700;
    }
    return false;
}

Calendar Scanner::numericCalendar(const Token &year, bool suffixFound, Calendar suffix, bool *ok) const
{
    *ok = true;
    if (suffixFound) {
        *ok = yearFits(suffix, year.value);
        return suffix;
    }
    if (year.value >= 1800) {
        *ok = year.value <= 2200;
        return Calendar::Gregorian;
    }
    if (year.digits == Digits::Persian || m_options.language == u"fa") {
        *ok = yearFits(Calendar::SolarHijri, year.value);
        return Calendar::SolarHijri;
    }
    if (m_options.language == u"ar") {
        *ok = yearFits(Calendar::Hijri, year.value);
        return Calendar::Hijri;
    }
    *ok = false;
    return Calendar::Gregorian;
}

bool Scanner::numericAt(int i, Match *m) const
{
    const Token *a = at(i);
    const Token *s1 = at(i + 1);
    const Token *b = at(i + 2);
    const Token *s2 = at(i + 3);
    const Token *c = at(i + 4);
    if (!a || !s1 || !b || !s2 || !c || a->kind != Kind::Number || b->kind != Kind::Number
        || c->kind != Kind::Number || s1->kind != Kind::Punct || s2->kind != Kind::Punct)
        return false;
    if (s1->folded != s2->folded || !QStringView(u"-/.").contains(s1->folded))
        return false;
    if (s1->spaceBefore || b->spaceBefore || s2->spaceBefore || c->spaceBefore)
        return false;
    // Not part of a longer run of numbers ("1.2.2023.4", "12/05/2023/7", "v2023-09-13-1").
    const Token *before = at(i - 1);
    if (before && !a->spaceBefore && before->kind == Kind::Punct && QStringView(u"-/.:").contains(before->folded)) {
        const Token *b2 = at(i - 2);
        if (b2 && b2->kind == Kind::Number && !before->spaceBefore)
            return false;
    }
    const Token *after = at(i + 5);
    if (after && !after->spaceBefore && after->kind == Kind::Punct && after->folded == s1->folded) {
        const Token *a2 = at(i + 6);
        if (a2 && a2->kind == Kind::Number && !a2->spaceBefore)
            return false;
    }
    if (after && !after->spaceBefore && after->kind == Kind::Number)
        return false;
    Calendar suffix = Calendar::Gregorian;
    bool suffixFound = false;
    int suffixTokens = 0;
    if (after && after->kind == Kind::Word)
        suffixTokens = suffixAt(i + 5, &suffix, &suffixFound);
    const bool yearFirst = a->digitCount == 4 && b->digitCount <= 2 && c->digitCount <= 2;
    const bool yearLast = c->digitCount == 4 && a->digitCount <= 2 && b->digitCount <= 2;
    if (!yearFirst && !yearLast)
        return false;
    const Token &year = yearFirst ? *a : *c;
    bool ok = false;
    const Calendar cal = numericCalendar(year, suffixFound, suffix, &ok);
    if (!ok)
        return false;
    int month = 0, day = 0;
    if (yearFirst) {
        month = b->value;
        day = c->value;
    } else {
        const int x = a->value, y = b->value;
        using Order = DatePhraseOptions::Order;
        Order order = m_options.numericOrder;
        if (cal != Calendar::Gregorian)
            order = Order::DayFirst; // Hijri dates are never written month first
        // What the numbers say comes before any option.
        if (x > 12 && y <= 12)
            order = Order::DayFirst;
        else if (y > 12 && x <= 12)
            order = Order::MonthFirst;
        else if (x == y)
            order = Order::DayFirst;
        if (order == Order::Unknown)
            return false; // ambiguous
        day = order == Order::DayFirst ? x : y;
        month = order == Order::DayFirst ? y : x;
    }
    m->firstToken = i;
    m->lastToken = i + 4 + suffixTokens;
    m->calendar = cal;
    m->year = year.value;
    m->month = month;
    m->day = day;
    return true;
}

bool Scanner::namedDayFirstAt(int i, Match *m) const
{
    const Token *d = at(i);
    if (!d || d->kind != Kind::Number || d->digitCount > 2 || d->value < 1 || d->value > 31)
        return false;
    int j = i + 1;
    if (const Token *o = at(j); o && o->kind == Kind::Word && !o->spaceBefore
        && (o->folded == u"st" || o->folded == u"nd" || o->folded == u"rd" || o->folded == u"th"))
        ++j;
    if (isWord(j, u"of"))
        ++j;
    if (isPunct(j, u"-") && !at(j)->spaceBefore)
        ++j; // "13-Sep-2023"
    MonthName month;
    const int used = monthAt(j, &month);
    if (!used)
        return false;
    j += used;
    j += skipAlternative(j, month.month);
    if (month.calendar == Calendar::SolarHijri && isWord(j, foldWord(u"ماه")))
        ++j;
    if (isPunct(j, u"-") && !at(j)->spaceBefore)
        ++j;
    j += skipSeparators(j);
    const Token *y = at(j);
    if (!y || y->kind != Kind::Number || y->digitCount != 4 || !yearFits(month.calendar, y->value))
        return false;
    if (const Token *after = at(j + 1); after && !after->spaceBefore && after->kind == Kind::Number)
        return false;
    Calendar suffix;
    bool found = false;
    const int suffixTokens = suffixAt(j + 1, &suffix, &found);
    if (found && suffix != month.calendar)
        return false; // "13 سبتمبر 1445 هـ" says two things
    m->firstToken = i;
    m->lastToken = j + suffixTokens;
    m->calendar = month.calendar;
    m->year = y->value;
    m->month = month.month;
    m->day = d->value;
    return true;
}

bool Scanner::namedMonthFirstAt(int i, Match *m) const
{
    MonthName month;
    const int used = monthAt(i, &month);
    if (!used)
        return false;
    int j = i + used;
    j += skipAlternative(j, month.month);
    if (month.calendar == Calendar::SolarHijri && isWord(j, foldWord(u"ماه")))
        ++j;
    int day = 0;
    if (const Token *d = at(j); d && d->kind == Kind::Number && d->digitCount <= 2
        && month.calendar == Calendar::Gregorian) {
        // "September 13, 2023", "Sept. 13th 2023"
        int k = j + 1;
        if (const Token *o = at(k); o && o->kind == Kind::Word && !o->spaceBefore
            && (o->folded == u"st" || o->folded == u"nd" || o->folded == u"rd" || o->folded == u"th"))
            ++k;
        k += skipSeparators(k);
        const Token *y = at(k);
        if (!y || y->kind != Kind::Number || y->digitCount != 4 || d->value < 1 || d->value > 31)
            return false;
        day = d->value;
        j = k;
    } else {
        j += skipSeparators(j);
    }
    const Token *y = at(j);
    if (!y || y->kind != Kind::Number || y->digitCount != 4 || !yearFits(month.calendar, y->value))
        return false;
    if (const Token *after = at(j + 1); after && !after->spaceBefore && after->kind == Kind::Number)
        return false;
    if (const Token *after = at(j + 1); after && !after->spaceBefore && after->kind == Kind::Punct
        && QStringView(u"/-.").contains(after->folded)) {
        if (const Token *a2 = at(j + 2); a2 && a2->kind == Kind::Number && !a2->spaceBefore)
            return false;
    }
    Calendar suffix;
    bool found = false;
    const int suffixTokens = suffixAt(j + 1, &suffix, &found);
    if (found && suffix != month.calendar)
        return false;
    m->firstToken = i;
    m->lastToken = j + suffixTokens;
    m->calendar = month.calendar;
    m->year = y->value;
    m->month = month.month;
    m->day = day;
    return true;
}

bool Scanner::matchAt(int i, Match *m) const
{
    const Token &t = m_t.at(i);
    if (t.kind == Kind::Number)
        return numericAt(i, m) || namedDayFirstAt(i, m);
    if (t.kind == Kind::Word)
        return namedMonthFirstAt(i, m);
    return false;
}

QCalendar calendarFor(Calendar c)
{
    switch (c) {
    case Calendar::SolarHijri:
        return QCalendar(QCalendar::System::Jalali);
    case Calendar::Hijri:
        return QCalendar(QCalendar::System::IslamicCivil);
    case Calendar::Gregorian:
        break;
    }
    return QCalendar(QCalendar::System::Gregorian);
}

EdtfDate toEdtf(const Match &m)
{
    const QCalendar cal = calendarFor(m.calendar);
    if (!cal.isValid())
        return {};
    const bool hijri = m.calendar == Calendar::Hijri;
    if (m.day > 0) {
        if (!cal.isDateValid(m.year, m.month, m.day))
            return {};
        const QDate d = cal.dateFromParts(m.year, m.month, m.day);
        return EdtfDate::fromDate(d).withUncertain(hijri || m.uncertain);
    }
    if (m.month < 1 || m.month > cal.monthsInYear(m.year))
        return {};
    if (m.calendar == Calendar::Gregorian)
        return EdtfDate::fromYearMonth(m.year, m.month).withUncertain(m.uncertain);
    const QDate first = cal.dateFromParts(m.year, m.month, 1);
    const QDate last = cal.dateFromParts(m.year, m.month, cal.daysInMonth(m.month, m.year));
    if (!first.isValid() || !last.isValid() || first.year() != last.year())
        return {};
    return EdtfDate::fromYear(first.year()).withUncertain(hijri || m.uncertain);
}

} // namespace

QString DatePhrases::calendarName(DatePhrase::Calendar calendar)
{
    switch (calendar) {
    case Calendar::SolarHijri:
        return QStringLiteral("solar-hijri");
    case Calendar::Hijri:
        return QStringLiteral("hijri");
    case Calendar::Gregorian:
        break;
    }
    return QStringLiteral("gregorian");
}

DatePhraseList DatePhrases::find(QStringView text, const DatePhraseOptions &options)
{
    DatePhraseList found;
    const QList<Token> tokens = tokenize(text);
    const Scanner scanner(tokens, options);
    const auto &weekdays = weekdayNames();
    for (int i = 0; i < tokens.size(); ++i) {
        Match m;
        if (!scanner.matchAt(i, &m))
            continue;
        // An optional weekday before: "Wednesday, 13 September", "الأربعاء 13", "سه شنبه ۲۱".
        int weekday = 0;
        int first = m.firstToken;
        int k = first - 1;
        if (k >= 0 && tokens.at(k).kind == Kind::Punct && QStringView(u",،").contains(tokens.at(k).folded))
            --k;
        if (k >= 0 && tokens.at(k).kind == Kind::Word) {
            const Token &w = tokens.at(k);
            QString key = w.folded;
            int start = k;
            if (k >= 1 && tokens.at(k - 1).kind == Kind::Word && weekdays.contains(tokens.at(k - 1).folded + u' ' + key)) {
                key = tokens.at(k - 1).folded + u' ' + key;
                start = k - 1;
            }
            const auto it = weekdays.constFind(key);
            const bool english = key.size() > 0 && key.at(0).unicode() < 0x80;
            if (it != weekdays.constEnd() && (!english || tokens.at(start).capital)) {
                weekday = *it;
                first = start;
            }
        }
        EdtfDate date = toEdtf(m);
        if (!date.isValid()) {
            i = m.lastToken; // "31 February 2023" is no date, and "February 2023" not either
            continue;
        }
        if (weekday && date.precision() == EdtfDate::Precision::Day) {
            const int actual = date.earliest().dayOfWeek();
            const int diff = (actual - weekday + 7) % 7; // days the weekday lies before the date
            if (m.calendar == Calendar::Hijri && (diff == 1 || diff == 6)) {
                // The civil calendar is a day off the sighted month the text follows: its
                // weekday says which neighbour is meant. Still uncertain (`?`).
                date = EdtfDate::fromDate(date.earliest().addDays(diff == 1 ? -1 : 1)).withUncertain(true);
            } else if (diff != 0) {
                date = date.withUncertain(true); // the text contradicts itself
            }
        }
        DatePhrase p;
        p.start = tokens.at(first).start;
        p.end = tokens.at(m.lastToken).end;
        p.date = date;
        p.calendar = m.calendar;
        p.evidence = text.sliced(p.start, p.end - p.start).toString();
        found.append(p);
        i = m.lastToken;
        if (options.maxResults > 0 && found.size() >= options.maxResults)
            break;
    }
    if (!found.isEmpty()) {
        // UTF-16 spans to code points, the project's unit.
        const OffsetMap map(text.toString());
        for (DatePhrase &p : found) {
            p.start = map.toCodePoint(p.start);
            p.end = map.toCodePoint(p.end);
        }
    }
    return found;
}

DatePhrase DatePhrases::first(QStringView text, const DatePhraseOptions &options)
{
    DatePhraseOptions one = options;
    one.maxResults = 1;
    const DatePhraseList found = find(text, one);
    return found.isEmpty() ? DatePhrase() : found.first();
}

} // namespace Entente
