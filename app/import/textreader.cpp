#include "import/textreader.h"

#include "import/plaintextdecoder.h"
#include "import/readersupport.h"
#include "text/normalize.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Entente {

namespace {

bool isMarkdownName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"md" || suffix == u"markdown" || suffix == u"mdown";
}

QString firstLine(const QString &text)
{
    for (const QStringView line : QStringView(text).split(u'\n')) {
        const QStringView t = line.trimmed();
        if (!t.isEmpty())
            return t.toString();
    }
    return {};
}

// Runs of blank lines become one, trailing spaces go.
QString tidy(QString text)
{
    static const QRegularExpression trailing(u"[ \\t]+\\n"_s);
    static const QRegularExpression blankRuns(u"\\n{3,}"_s);
    text.replace(trailing, u"\n"_s).replace(blankRuns, u"\n\n"_s);
    return text.trimmed();
}

} // namespace

bool TextReader::canRead(const QString &fileName, const QByteArray &head) const
{
    Q_UNUSED(head)
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"txt" || suffix == u"text" || isMarkdownName(fileName);
}

QString TextReader::markdownToText(const QString &markdown, QString *title)
{
    static const QRegularExpression comment(u"<!--.*?-->"_s, QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression image(u"!\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    static const QRegularExpression link(u"\\[([^\\]]+)\\]\\([^)]*\\)"_s);
    static const QRegularExpression referenceLink(u"\\[([^\\]]+)\\]\\[[^\\]]*\\]"_s);
    static const QRegularExpression linkDefinition(u"^\\s{0,3}\\[[^\\]]+\\]:\\s*\\S+.*$"_s,
                                                   QRegularExpression::MultilineOption);
    static const QRegularExpression heading(u"^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$"_s);
    static const QRegularExpression setextUnderline(u"^\\s{0,3}(=+|-+)\\s*$"_s);
    static const QRegularExpression rule(u"^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$"_s);
    static const QRegularExpression emphasis(u"(\\*\\*|__|\\*|_|~~|`)(?=\\S)(.+?)(?<=\\S)\\1"_s);
    static const QRegularExpression quote(u"^\\s{0,3}>\\s?"_s);
    static const QRegularExpression fence(u"^\\s{0,3}(```|~~~)"_s);

    if (title)
        title->clear();
    QString text = markdown;
    text.remove(comment);
    text.remove(linkDefinition);
    text.replace(image, QString());
    text.replace(link, u"\\1"_s);
    text.replace(referenceLink, u"\\1"_s);

    QStringList out;
    const QStringList lines = text.split(u'\n');
    bool inFence = false;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (fence.match(line).hasMatch()) {
            inFence = !inFence;
            continue;
        }
        if (inFence) {
            out.append(line);
            continue;
        }
        if (rule.match(line).hasMatch()) {
            out.append(QString());
            continue;
        }
        // "Title\n=====" is a level-1 heading too.
        if (!out.isEmpty() && !out.last().trimmed().isEmpty() && setextUnderline.match(line).hasMatch()
            && (i < 1 || !lines.at(i - 1).trimmed().isEmpty())) {
            if (title && title->isEmpty() && line.trimmed().startsWith(u'=') && out.size() <= 3)
                *title = out.last().trimmed();
            out.append(QString());
            continue;
        }
        line.remove(quote);
        if (const auto h = heading.match(line); h.hasMatch()) {
            const QString words = h.captured(2);
            if (title && title->isEmpty() && h.capturedLength(1) == 1 && out.size() <= 3) {
                *title = words.trimmed();
                continue; // the title is not repeated in the text
            }
            out.append(words);
            out.append(QString());
            continue;
        }
        out.append(line);
    }
    QString result = out.join(u'\n');
    // Emphasis marks go, their words stay (repeated for nested marks).
    for (int pass = 0; pass < 3; ++pass)
        result.replace(emphasis, u"\\2"_s);
    if (title) {
        QString t = *title;
        for (int pass = 0; pass < 3; ++pass)
            t.replace(emphasis, u"\\2"_s);
        *title = t;
    }
    return result;
}

bool TextReader::read(const QString &fileName, const QByteArray &data, ImportedArticleList *articles,
                      QString *error) const
{
    QString decoded;
    QString problem;
    if (!PlainTextDecoder::decode(data, &decoded, &problem)) {
        *error = ReaderSupport::inFile(fileName, problem);
        return false;
    }
    const bool markdown = isMarkdownName(fileName);
    ImportedArticle a = ReaderSupport::start(fileName, markdown ? u"markdown"_s : u"text"_s, QString());
    QString title;
    QString text = normalizeText(decoded);
    if (markdown)
        text = markdownToText(text, &title);
    a.text = tidy(text);
    if (a.text.isEmpty()) {
        *error = ReaderSupport::inFile(fileName, tr("the file contains no text"));
        return false;
    }
    a.text += u'\n';
    a.title = (title.isEmpty() ? firstLine(a.text) : normalizeText(title)).simplified();
    ReaderSupport::completeFromText(&a);
    articles->append(a);
    return true;
}

} // namespace Entente
