#include "io/articleimporter.h"
#include "io/boundedfile.h"

#include "text/normalize.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextDocument>

namespace Entente {

namespace {

int monthNumber(const QString &name)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString lower = name.left(3).toLower();
    for (int i = 0; i < 12; ++i)
        if (lower == QLatin1StringView(months[i]))
            return i + 1;
    return 0;
}

const QString monthPattern = QStringLiteral(
    "(January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?");

QString firstLine(const QString &text)
{
    for (const QString &line : text.split(u'\n')) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            return t;
    }
    return {};
}

} // namespace

ArticleImporter::Format ArticleImporter::formatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1StringView("html") || suffix == QLatin1StringView("htm") || suffix == QLatin1StringView("xhtml"))
        return Format::Html;
    if (suffix == QLatin1StringView("md") || suffix == QLatin1StringView("markdown"))
        return Format::Markdown;
    return Format::PlainText;
}

bool ArticleImporter::importFile(const QString &fileName)
{
    QByteArray bytes;
    QString error;
    if (!BoundedFile::read(fileName, BoundedFile::MaxArticleBytes, &bytes, &error)) {
        m_error = tr("Cannot read “%1”: %2").arg(fileName, error);
        return false;
    }
    return importData(bytes, formatForFileName(fileName));
}

bool ArticleImporter::importData(const QByteArray &bytes, Format format)
{
    m_text.clear();
    m_title.clear();
    m_date = {};
    m_error.clear();
    QString decoded;
    qsizetype bad = -1;
    if (!decodeUtf8Strict(bytes, &decoded, &bad)) {
        m_error = tr("The file is not valid UTF-8 (first bad byte at offset %1). Save it as UTF-8 and try again.").arg(bad);
        return false;
    }
    m_sha256 = sha256Hex(bytes);
    switch (format) {
    case Format::Html: {
        static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression heading(QStringLiteral("<h1[^>]*>(.*?)</h1>"),
                                                QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression dropped(QStringLiteral("<(script|style|head|nav|footer)\\b[^>]*>.*?</\\1\\s*>"),
                                                QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        auto plain = [](const QString &html) {
            QTextDocument doc;
            doc.setHtml(html);
            return doc.toPlainText().simplified();
        };
        const auto h1 = heading.match(decoded);
        const auto t = title.match(decoded);
        m_title = h1.hasMatch() ? plain(h1.captured(1)) : t.hasMatch() ? plain(t.captured(1)) : QString();
        QString body = decoded;
        body.remove(dropped);
        QTextDocument doc;
        doc.setHtml(body);
        m_text = doc.toPlainText();
        m_text.replace(QChar::Nbsp, u' ');
        break;
    }
    case Format::Markdown: {
        static const QRegularExpression h1(QStringLiteral("^#\\s+(.+)$"), QRegularExpression::MultilineOption);
        const auto m = h1.match(decoded);
        QTextDocument doc;
        doc.setMarkdown(decoded);
        m_text = doc.toPlainText();
        m_text.replace(QChar::Nbsp, u' ');
        m_title = m.hasMatch() ? m.captured(1).trimmed() : firstLine(m_text);
        break;
    }
    case Format::PlainText:
        m_text = decoded;
        break;
    }
    m_text = normalizeText(m_text);
    // Trailing spaces on lines and runs of blank lines left by markup are dropped.
    static const QRegularExpression trailing(QStringLiteral("[ \\t]+\\n"));
    static const QRegularExpression blankRuns(QStringLiteral("\\n{3,}"));
    m_text.replace(trailing, QStringLiteral("\n")).replace(blankRuns, QStringLiteral("\n\n"));
    m_text = m_text.trimmed() + u'\n';
    if (m_text.trimmed().isEmpty()) {
        m_error = tr("The file contains no text.");
        return false;
    }
    if (m_title.isEmpty())
        m_title = firstLine(m_text);
    m_title = normalizeText(m_title).simplified();
    m_date = guessDate(m_text);
    return true;
}

EdtfDate ArticleImporter::guessDate(const QString &text)
{
    const QString head = text.left(3000);
    static const QRegularExpression iso(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"));
    static const QRegularExpression monthDayYear(QStringLiteral("\\b") + monthPattern + QStringLiteral("\\s+(\\d{1,2}),?\\s+(\\d{4})\\b"));
    static const QRegularExpression dayMonthYear(QStringLiteral("\\b(\\d{1,2})\\s+") + monthPattern + QStringLiteral(",?\\s+(\\d{4})\\b"));
    static const QRegularExpression monthYear(QStringLiteral("\\b") + monthPattern + QStringLiteral("\\s+(\\d{4})\\b"));
    qsizetype bestAt = head.size() + 1;
    EdtfDate best;
    auto consider = [&](const QRegularExpression &re, auto make, bool dayPrecision) {
        auto it = re.globalMatch(head);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            // A month-year match inside a full date is not better than the full date.
            if (m.capturedStart() > bestAt || (!dayPrecision && m.capturedStart() >= bestAt))
                return;
            const EdtfDate d = make(m);
            if (d.isValid()) {
                if (m.capturedStart() < bestAt || dayPrecision) {
                    best = d;
                    bestAt = m.capturedStart();
                }
                return;
            }
        }
    };
    auto valid = [](int y, int mo, int d) {
        const QDate date(y, mo, d);
        return date.isValid() && y >= 1900 && y <= 2100 ? EdtfDate::fromDate(date) : EdtfDate();
    };
    consider(iso, [&](const QRegularExpressionMatch &m) { return valid(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()); }, true);
    consider(monthDayYear, [&](const QRegularExpressionMatch &m) { return valid(m.captured(3).toInt(), monthNumber(m.captured(1)), m.captured(2).toInt()); }, true);
    consider(dayMonthYear, [&](const QRegularExpressionMatch &m) { return valid(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt()); }, true);
    consider(monthYear, [&](const QRegularExpressionMatch &m) {
        const int y = m.captured(2).toInt();
        const int mo = monthNumber(m.captured(1));
        return y >= 1900 && y <= 2100 && mo > 0 ? EdtfDate::fromYearMonth(y, mo) : EdtfDate();
    }, false);
    return best;
}

QString ArticleImporter::slugify(const QString &text, int maxWords)
{
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_D);
    QStringList words;
    QString word;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words.mid(0, maxWords).join(u'-');
}

QString ArticleImporter::suggestedId() const
{
    QString slug = slugify(m_title);
    if (m_date.isValid())
        slug += (slug.isEmpty() ? QString() : QStringLiteral("-")) + QString::number(m_date.year());
    return slug.isEmpty() ? QStringLiteral("article") : slug;
}

} // namespace Entente
