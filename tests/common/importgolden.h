#pragma once

#include "import/importedarticle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

/**
 * Golden files for the import readers: what a reader gave for one fixture, as JSON
 * ({"articles": [...], "skipped": [...]}, each article's text as a list of paragraphs), compared
 * field by field with `<fixture>.json` beside the fixture. On a mismatch the actual result is
 * written to ENTENTE_TEST_BINARY_DIR/import-actual/ for review; goldens are never rewritten by
 * the tests. Header-only: no production code is compiled into the tests.
 */
namespace Entente::ImportGolden {

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(ENTENTE_TEST_DATA "/import/") + relative;
}

inline QByteArray readFixture(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

inline QJsonObject articleJson(const ImportedArticle &a)
{
    QJsonObject o;
    o[QStringLiteral("locator")] = a.locator;
    o[QStringLiteral("format")] = a.format;
    o[QStringLiteral("title")] = a.title;
    o[QStringLiteral("published")] = a.published.isValid() ? a.published.toString() : QString();
    o[QStringLiteral("dateEvidence")] = a.dateEvidence;
    o[QStringLiteral("outlet")] = a.outlet;
    o[QStringLiteral("author")] = a.author;
    o[QStringLiteral("url")] = a.url;
    o[QStringLiteral("language")] = a.language;
    o[QStringLiteral("warnings")] = QJsonArray::fromStringList(a.warnings);
    o[QStringLiteral("text")] = QJsonArray::fromStringList(a.text.split(QStringLiteral("\n\n")));
    return o;
}

inline QJsonObject resultJson(const ImportedArticleList &articles, const QStringList &skipped)
{
    QJsonArray list;
    for (const ImportedArticle &a : articles)
        list.append(articleJson(a));
    QJsonObject o;
    o[QStringLiteral("articles")] = list;
    o[QStringLiteral("skipped")] = QJsonArray::fromStringList(skipped);
    return o;
}

inline QString show(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

/// Compares @p articles and @p skipped, read from fixture @p relative, with its golden file.
inline void compare(const QString &relative, const ImportedArticleList &articles,
                    const QStringList &skipped)
{
    const QJsonObject actual = resultJson(articles, skipped);
    const QString goldenPath = dataPath(relative + QStringLiteral(".json"));
    QFile golden(goldenPath);
    QJsonObject expected;
    if (golden.open(QIODevice::ReadOnly))
        expected = QJsonDocument::fromJson(golden.readAll()).object();
    const bool same = expected == actual;
    if (!same) {
        const QString dir = QStringLiteral(ENTENTE_TEST_BINARY_DIR "/import-actual");
        QDir().mkpath(dir);
        QFile out(dir + u'/' + QString(relative).replace(u'/', u'_') + QStringLiteral(".json"));
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
        qWarning("actual result written to %s", qPrintable(out.fileName()));
    }
    QVERIFY2(golden.exists(), qPrintable(QStringLiteral("no golden file %1").arg(goldenPath)));
    for (const ImportedArticle &a : articles) {
        QVERIFY2(QFileInfo(a.sourceFile).isAbsolute(), qPrintable(a.sourceFile));
        QVERIFY2(a.sourceFile.endsWith(QFileInfo(relative).fileName()), qPrintable(a.sourceFile));
    }
    const QJsonArray e = expected.value(QStringLiteral("articles")).toArray();
    const QJsonArray g = actual.value(QStringLiteral("articles")).toArray();
    QCOMPARE(show(actual.value(QStringLiteral("skipped"))), show(expected.value(QStringLiteral("skipped"))));
    QCOMPARE(g.size(), e.size());
    for (qsizetype i = 0; i < e.size(); ++i) {
        const QJsonObject eo = e.at(i).toObject();
        const QJsonObject go = g.at(i).toObject();
        for (auto it = eo.begin(); it != eo.end(); ++it) {
            const QString field = QStringLiteral("article %1, %2").arg(i + 1).arg(it.key());
            const QString got = show(go.value(it.key()));
            const QString want = show(it.value());
            if (got != want)
                qWarning("%s differs", qPrintable(field));
            QCOMPARE(got, want);
        }
        QCOMPARE(go.size(), eo.size());
    }
    QVERIFY(same);
}

} // namespace Entente::ImportGolden
