#include "io/corpusloader.h"
#include "io/boundedfile.h"

#include "io/jsonproblems.h"
#include "text/normalize.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace Entente {

namespace {

const QString manifestName = QStringLiteral("corpus.json");

} // namespace

QString CorpusProblem::toString() const
{
    QString where = file;
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    if (!field.isEmpty())
        where += QStringLiteral(": ") + field;
    return where + QStringLiteral(": ") + message;
}

void CorpusLoader::problem(const QString &file, const QString &field, const QString &message,
                           int line, int column)
{
    m_problems.append({file, line, column, field, message});
}

QString CorpusLoader::errorString() const
{
    QStringList lines;
    for (const CorpusProblem &p : m_problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

QString CorpusLoader::bundledCorpusDirectory()
{
    const QString env = qEnvironmentVariable("ENTENTE_CORPUS");
    if (!env.isEmpty())
        return env;
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/entente/corpus");
    if (QFileInfo::exists(installed + u'/' + manifestName))
        return QDir::cleanPath(installed);
    return QStringLiteral(ENTENTE_SOURCE_CORPUS_DIR);
}

bool CorpusLoader::loadArticleText(Article &article, const QString &field)
{
    const QString rel = article.file;
    if (QDir::isAbsolutePath(rel) || QDir::cleanPath(rel).startsWith(QStringLiteral(".."))) {
        problem(manifestName, field, tr("'%1' must be a path inside the corpus directory").arg(rel));
        return false;
    }
    const QString path = QDir(m_directory).filePath(rel);
    QByteArray bytes;
    QString error;
    if (!QFileInfo(path).isSymLink() && !QFileInfo::exists(path)) {
        problem(rel, QString(), tr("file not found (named by %1 %2)").arg(manifestName, field));
        return false;
    }
    if (!BoundedFile::read(path, BoundedFile::MaxArticleBytes, &bytes, &error, m_directory)) {
        problem(rel, QString(), error);
        return false;
    }
    QString text;
    qsizetype bad = -1;
    if (!decodeUtf8Strict(bytes, &text, &bad)) {
        int line = 0, column = 0;
        jsonLineColumn(bytes, bad, &line, &column);
        problem(rel, QString(), tr("invalid UTF-8 at byte offset %1 (byte 0x%2); expected UTF-8 text")
                                    .arg(bad)
                                    .arg(static_cast<unsigned char>(bytes.at(bad)), 2, 16, QLatin1Char('0')),
                line, column);
        return false;
    }
    article.sha256 = sha256Hex(bytes);
    article.text = normalizeText(text);
    if (article.text.trimmed().isEmpty()) {
        problem(rel, QString(), tr("the article text is empty"));
        return false;
    }
    return true;
}

bool CorpusLoader::load(const QString &directory)
{
    m_directory = directory;
    m_articles.clear();
    m_problems.clear();

    QFile f(QDir(directory).filePath(manifestName));
    if (!QFileInfo(directory).isDir()) {
        problem(directory, QString(), tr("not a directory; expected a corpus directory holding %1").arg(manifestName));
        return false;
    }
    if (!f.exists() && !QFileInfo(f.fileName()).isSymLink()) {
        problem(manifestName, QString(), tr("file not found in %1").arg(QDir::toNativeSeparators(directory)));
        return false;
    }
    QByteArray bytes;
    QString readError;
    if (!BoundedFile::read(f.fileName(), BoundedFile::MaxDataBytes, &bytes, &readError, directory)) {
        problem(manifestName, QString(), readError);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 0, column = 0;
        jsonLineColumn(bytes, parseError.offset, &line, &column);
        problem(manifestName, QString(), tr("bad JSON: %1").arg(parseError.errorString()), line, column);
        return false;
    }
    if (!doc.isObject()) {
        problem(manifestName, QString(), tr("expected a JSON object at the top level"));
        return false;
    }
    const QJsonObject root = doc.object();
    static const QSet<QString> rootKeys = {QStringLiteral("format"), QStringLiteral("version"),
                                           QStringLiteral("articles"), QStringLiteral("description")};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!rootKeys.contains(it.key()))
            problem(manifestName, it.key(), tr("unknown field; expected one of: articles, description, format, version"));
    }
    if (root.value(QStringLiteral("format")).toString() != QStringLiteral("entente-corpus"))
        problem(manifestName, QStringLiteral("format"), tr("expected the string \"entente-corpus\""));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInt() != FormatVersion)
        problem(manifestName, QStringLiteral("version"),
                tr("expected %1 (this Entente reads corpus format version %1), found %2")
                    .arg(FormatVersion)
                    .arg(version.isDouble() ? QString::number(version.toDouble()) : jsonTypeName(version)));
    const QJsonValue articlesValue = root.value(QStringLiteral("articles"));
    if (!articlesValue.isArray()) {
        problem(manifestName, QStringLiteral("articles"), tr("expected an array of articles, found %1").arg(jsonTypeName(articlesValue)));
        return false;
    }

    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    static const QRegularExpression langPattern(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    static const QStringList required = {QStringLiteral("id"), QStringLiteral("file"), QStringLiteral("title"),
                                         QStringLiteral("published"), QStringLiteral("language")};
    static const QStringList optional = {QStringLiteral("source"), QStringLiteral("url"), QStringLiteral("description")};

    QHash<QString, QString> seenIds;   // id -> field where first seen
    QHash<QString, QString> seenFiles; // file -> field
    ArticleList articles;
    const QJsonArray array = articlesValue.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("articles[%1]").arg(i);
        if (!array.at(i).isObject()) {
            problem(manifestName, at, tr("expected an article object, found %1").arg(jsonTypeName(array.at(i))));
            continue;
        }
        const QJsonObject o = array.at(i).toObject();
        bool ok = true;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString field = at + u'.' + it.key();
            if (!required.contains(it.key()) && !optional.contains(it.key())) {
                problem(manifestName, field, tr("unknown field; expected one of: %1")
                                                 .arg((required + optional).join(QStringLiteral(", "))));
                ok = false;
            } else if (!it.value().isString()) {
                problem(manifestName, field, tr("expected a string, found %1").arg(jsonTypeName(it.value())));
                ok = false;
            }
        }
        for (const QString &key : required) {
            if (!o.contains(key)) {
                problem(manifestName, at, tr("missing required field '%1'").arg(key));
                ok = false;
            } else if (o.value(key).isString() && o.value(key).toString().trimmed().isEmpty()) {
                problem(manifestName, at + u'.' + key, tr("must not be empty"));
                ok = false;
            }
        }
        if (!ok)
            continue;

        Article a;
        a.id = o.value(QStringLiteral("id")).toString();
        a.file = o.value(QStringLiteral("file")).toString();
        a.title = o.value(QStringLiteral("title")).toString().trimmed();
        a.source = o.value(QStringLiteral("source")).toString().trimmed();
        a.url = o.value(QStringLiteral("url")).toString().trimmed();
        a.language = o.value(QStringLiteral("language")).toString();
        a.description = o.value(QStringLiteral("description")).toString().trimmed();

        if (!idPattern.match(a.id).hasMatch()) {
            problem(manifestName, at + QStringLiteral(".id"),
                    tr("'%1' is not a valid id; expected lower-case letters, digits and '-' (at most 64)").arg(a.id));
            ok = false;
        } else if (seenIds.contains(a.id)) {
            problem(manifestName, at + QStringLiteral(".id"), tr("duplicate id '%1' (also %2)").arg(a.id, seenIds.value(a.id)));
            ok = false;
        } else {
            seenIds.insert(a.id, at);
        }
        if (seenFiles.contains(a.file)) {
            problem(manifestName, at + QStringLiteral(".file"), tr("'%1' is already used by %2").arg(a.file, seenFiles.value(a.file)));
            ok = false;
        } else {
            seenFiles.insert(a.file, at);
        }
        QString dateError;
        a.published = EdtfDate::parse(o.value(QStringLiteral("published")).toString(), &dateError);
        if (!a.published.isValid()) {
            problem(manifestName, at + QStringLiteral(".published"), dateError);
            ok = false;
        }
        if (!langPattern.match(a.language).hasMatch()) {
            problem(manifestName, at + QStringLiteral(".language"),
                    tr("'%1' is not a language tag; expected BCP 47 such as en, fa or ar-IQ").arg(a.language));
            ok = false;
        }
        if (!a.url.isEmpty()) {
            const QUrl url(a.url, QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https"))) {
                problem(manifestName, at + QStringLiteral(".url"), tr("'%1' is not an http(s) URL").arg(a.url));
                ok = false;
            }
        }
        if (!loadArticleText(a, at + QStringLiteral(".file")))
            ok = false;
        if (ok)
            articles.append(a);
    }
    if (array.isEmpty())
        problem(manifestName, QStringLiteral("articles"), tr("the corpus lists no articles"));

    if (!m_problems.isEmpty())
        return false;
    m_articles = articles;
    return true;
}

} // namespace Entente
