#pragma once

// A project of the size our users reach, the same one for the same seed: articles made of the
// import benchmark's generated stories (English, about 8% Arabic, about 7% Persian; officials'
// names in every script), each article several stories of one language until it is about
// 4,000 characters long (10,000 articles: about 40 MB), published 2020-2024; a tag tree of
// 6 themes with 5 sub-tags each; annotations over sentence-like spans (1-2 tags, some with a
// note); some whole-article tags. Optionally one article of 300,000 characters carrying one
// annotation per 60 characters (5,000).
//
// Everything comes from QRandomGenerator seeded with the seed, so two runs make the same
// project and their figures compare.

#include "htmlcorpusgenerator.h"

#include "store/project.h"

#include <QColor>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>

namespace Entente::Bench {

struct ProjectShape
{
    int articles = 10'000;
    int annotations = 100'000;
    qsizetype articleChars = 3'500; // articles end up about 4,000 long
    bool bigArticle = true; ///< plus "big": 300,000 characters, 5,000 annotations
    quint32 seed = 20261201u;
};

class ProjectGenerator
{
public:
    static constexpr qsizetype BigArticleChars = 300'000;
    static constexpr int BigArticleAnnotations = 5'000;
    static QString bigArticleId() { return QStringLiteral("big"); }

    /// The project's contents for @p shape (articles, tags, annotations, article tags).
    static ProjectContents contents(const ProjectShape &shape)
    {
        ProjectContents c;
        QRandomGenerator rng(shape.seed);
        c.tags = tagTree();
        QList<qint64> leaves;
        for (const Tag &t : std::as_const(c.tags))
            if (t.parentId != 0)
                leaves.append(t.id);

        HtmlCorpusGenerator pages(shape.seed);
        QHash<QString, Article> pending; // per language: stories gathered so far
        c.articles.reserve(shape.articles + 1);
        while (c.articles.size() < shape.articles) {
            const HtmlCorpusGenerator::Page page = pages.next();
            Article &a = pending[page.language];
            if (a.id.isEmpty()) {
                a.id = QStringLiteral("gen-%1").arg(c.articles.size() + pending.size(), 5, 10, QLatin1Char('0'));
                a.title = page.headline;
                a.source = page.outlet;
                a.language = page.language;
                a.published = EdtfDate::parse(page.published.toString(Qt::ISODate));
                a.description = page.headline;
                a.file = QStringLiteral("generated/%1.txt").arg(a.id);
            } else {
                a.text += QStringLiteral("\n\n");
            }
            a.text += page.text;
            if (a.text.size() >= shape.articleChars) {
                // A byline: names made of syllables, the long tail of rare words real
                // corpora have (the stories' own vocabulary is small).
                a.text = a.text.trimmed() + QStringLiteral("\n\n(%1 %2, %3)\n").arg(madeUpName(rng), madeUpName(rng), a.source);
                a.id = QStringLiteral("gen-%1").arg(c.articles.size() + 1, 5, 10, QLatin1Char('0'));
                a.file = QStringLiteral("generated/%1.txt").arg(a.id);
                a.sha256 = QString::number(qHash(a.text), 16);
                c.articles.append(a);
                pending.remove(page.language);
            }
        }

        // Annotations spread evenly over the articles, on spans of 30-250 characters.
        const int perArticle = shape.articles > 0 ? std::max(1, shape.annotations / shape.articles) : 0;
        qint64 nextId = 1;
        for (const Article &a : std::as_const(c.articles)) {
            for (int i = 0; i < perArticle && nextId <= shape.annotations; ++i)
                c.annotations.append(annotation(nextId++, a, rng, leaves));
        }
        for (qsizetype i = 0; i < c.articles.size() && nextId <= shape.annotations; ++i)
            c.annotations.append(annotation(nextId++, c.articles.at(i), rng, leaves));
        for (qsizetype i = 0; i < c.articles.size(); i += 7)
            {
            ArticleTagRecord r;
            r.articleId = c.articles.at(i).id;
            r.tagId = leaves.at(rng.bounded(int(leaves.size())));
            r.author = QStringLiteral("bench");
            r.created = QStringLiteral("2026-01-01T00:00:00.000Z");
            c.articleTags.append(r);
        }

        if (shape.bigArticle) {
            Article big;
            big.id = bigArticleId();
            big.title = QStringLiteral("A long article");
            big.language = QStringLiteral("en");
            big.published = EdtfDate::parse(QStringLiteral("2023-04-02"));
            big.file = QStringLiteral("generated/big.txt");
            while (big.text.size() < BigArticleChars) {
                const HtmlCorpusGenerator::Page page = pages.next();
                if (page.language == big.language)
                    big.text += page.text + QStringLiteral("\n\n");
            }
            big.text.truncate(BigArticleChars - 1);
            big.text += QLatin1Char('\n');
            big.sha256 = QString::number(qHash(big.text), 16);
            c.articles.append(big);
            const qsizetype step = BigArticleChars / BigArticleAnnotations;
            for (int i = 0; i < BigArticleAnnotations; ++i) {
                Annotation an;
                an.id = nextId++;
                an.articleId = big.id;
                an.start = i * step + rng.bounded(20);
                an.end = std::min<qsizetype>(an.start + 10 + rng.bounded(80), big.text.size());
                an.exact = big.text.mid(an.start, an.end - an.start);
                an.tagIds = {leaves.at(rng.bounded(int(leaves.size())))};
                an.author = QStringLiteral("bench");
                an.created = an.modified = QStringLiteral("2026-01-01T00:00:00.000Z");
                c.annotations.append(an);
            }
        }
        return c;
    }

private:
    static QString madeUpName(QRandomGenerator &rng)
    {
        static const QStringList syllables = {
            QStringLiteral("ka"), QStringLiteral("dor"), QStringLiteral("mi"), QStringLiteral("ran"), QStringLiteral("she"),
            QStringLiteral("nu"), QStringLiteral("bel"), QStringLiteral("zi"), QStringLiteral("fa"), QStringLiteral("rum"),
            QStringLiteral("lo"), QStringLiteral("hen"), QStringLiteral("qa"), QStringLiteral("jo"), QStringLiteral("tal"),
            QStringLiteral("yo"), QStringLiteral("ve"), QStringLiteral("gus"), QStringLiteral("ki"), QStringLiteral("sar")};
        QString name;
        for (int i = 0, n = 2 + rng.bounded(3); i < n; ++i)
            name += syllables.at(rng.bounded(int(syllables.size())));
        name[0] = name.at(0).toUpper();
        return name;
    }

    static TagList tagTree()
    {
        const QStringList themes = {QStringLiteral("security"), QStringLiteral("energy"), QStringLiteral("trade"),
                                    QStringLiteral("water"), QStringLiteral("pilgrims"), QStringLiteral("visits")};
        const QStringList aspects = {QStringLiteral("claims"), QStringLiteral("denials"), QStringLiteral("figures"),
                                     QStringLiteral("promises"), QStringLiteral("quotes")};
        TagList tags;
        qint64 id = 1;
        for (int t = 0; t < themes.size(); ++t) {
            const qint64 parent = id;
            tags.append(Tag{id++, 0, themes.at(t), QColor::fromHsv(t * 55, 160, 220), QString()});
            for (const QString &aspect : aspects)
                tags.append(Tag{id++, parent, aspect, QColor(), QString()});
        }
        return tags;
    }

    static Annotation annotation(qint64 id, const Article &a, QRandomGenerator &rng, const QList<qint64> &leaves)
    {
        Annotation an;
        an.id = id;
        an.articleId = a.id;
        const int length = 30 + rng.bounded(220);
        const int room = std::max(1, int(a.text.size()) - length);
        an.start = rng.bounded(room);
        an.end = std::min<qsizetype>(an.start + length, a.text.size());
        an.exact = a.text.mid(an.start, an.end - an.start);
        an.prefix = a.text.mid(std::max<qsizetype>(0, an.start - 32), std::min<qsizetype>(32, an.start));
        an.suffix = a.text.mid(an.end, 32);
        an.tagIds = {leaves.at(rng.bounded(int(leaves.size())))};
        if (rng.bounded(4) == 0) {
            const qint64 second = leaves.at(rng.bounded(int(leaves.size())));
            if (second != an.tagIds.constFirst())
                an.tagIds.append(second);
        }
        if (rng.bounded(10) == 0)
            an.note = QStringLiteral("Compare with the statement of the same week (note %1).").arg(id);
        an.author = QStringLiteral("bench");
        an.created = an.modified = QStringLiteral("2026-01-01T00:00:00.000Z");
        return an;
    }
};

} // namespace Entente::Bench
