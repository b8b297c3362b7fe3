// The reader on long articles: one article built from the bundled articles' paragraphs
// (repeated and shuffled with a fixed seed, officials' names included) at 50k, 100k, 200k and
// 300k characters, carrying one annotation per 60 characters (5,000 at 300k) in a project,
// shown in an ArticleView with its tag and mention layers as the window sets them, and
// painted (grab()). Also, on the 300k article: a selection change, a page scroll and adding
// one annotation, each with the repaint, as p95 over repeated runs. Run with `tools/dev
// bench`; figures go to bench-results.json (see benchresults.h).

#include "benchresults.h"
#include "fixtures.h"

#include "officials/mentionhighlighting.h"
#include "reader/articleview.h"
#include "reader/readerarea.h"
#include "reference/officialsmatcher.h"
#include "store/project.h"
#include "tags/taghighlighting.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <algorithm>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

constexpr int CharsPerAnnotation = 60;

QString longText(qsizetype size)
{
    QStringList paragraphs;
    for (const Article &a : TestFixtures::bundledArticles())
        for (const QString &p : a.text.split(u"\n\n"_s, Qt::SkipEmptyParts))
            paragraphs.append(p.trimmed());
    QRandomGenerator rng(300000);
    QString text;
    text.reserve(size + 4096);
    while (text.size() < size) {
        text += paragraphs.at(rng.bounded(int(paragraphs.size())));
        text += u"\n\n"_s;
    }
    text.truncate(size);
    return text.trimmed() + u'\n';
}

struct Fixture
{
    QTemporaryDir dir;
    Project project;
    Article article;
};

// A project holding one article of @p size characters with one annotation per
// CharsPerAnnotation characters, under a handful of tags.
bool makeFixture(Fixture *f, qsizetype size)
{
    if (!f->project.create(f->dir.filePath(u"big.entente"_s)))
        return false;
    ProjectContents c;
    f->article.id = u"big"_s;
    f->article.title = u"A long article"_s;
    f->article.language = u"en"_s;
    f->article.published = EdtfDate::parse(u"2023-04-02"_s);
    f->article.text = longText(size);
    c.articles = {f->article};
    const QStringList names = {u"visits"_s, u"energy"_s, u"security"_s, u"water"_s, u"pilgrims"_s, u"trade"_s};
    for (int i = 0; i < names.size(); ++i)
        c.tags.append(Tag{i + 1, 0, names.at(i), QColor::fromHsv(i * 55, 160, 220), QString()});
    QRandomGenerator rng(5000);
    const qsizetype count = f->article.text.size() / CharsPerAnnotation;
    for (qsizetype i = 0; i < count; ++i) {
        Annotation a;
        a.id = i + 1;
        a.articleId = f->article.id;
        a.start = i * CharsPerAnnotation + rng.bounded(20);
        a.end = std::min<qsizetype>(a.start + 10 + rng.bounded(80), f->article.text.size()); // some overlap the next
        a.exact = f->article.text.mid(a.start, a.end - a.start);
        a.tagIds = {1 + rng.bounded(int(names.size()))};
        c.annotations.append(a);
    }
    return f->project.importContents(c);
}

// What the window does when a pane shows an article: the text, the tag layer from the
// project, the mention layer from the matcher; then one paint.
void show(ArticleView *view, const Project &project, const Article &article, const OfficialsMatcher &matcher)
{
    view->setArticle(article);
    view->setHighlightLayer(TagHighlighting::layerName(), TagHighlighting::spansFor(&project, article.id, view->palette()));
    view->setHighlightLayer(MentionHighlighting::layerName(),
                            MentionHighlighting::spans(article, matcher.find(article.text, article.published),
                                                       TestFixtures::bundledGazetteer(), view->theme()));
    view->grab();
}

double p95(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(values.size() * 0.95)));
}

} // namespace

class BenchReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openBySize();
    void interactOnTheLongest();
};

void BenchReader::openBySize()
{
    const OfficialsMatcher matcher(TestFixtures::bundledGazetteer());
    for (const qsizetype size : {50'000, 100'000, 200'000, 300'000}) {
        Fixture f;
        QVERIFY(makeFixture(&f, size));
        const Article article = f.project.article(u"big"_s);
        ArticleView view;
        view.resize(1000, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QList<double> runs;
        for (int run = 0; run < 3; ++run) {
            view.setArticle(Article());
            QElapsedTimer t;
            t.start();
            show(&view, f.project, article, matcher);
            runs.append(t.nsecsElapsed() / 1e6);
        }
        QVERIFY(view.highlightLayers().contains(TagHighlighting::layerName()));
        const double best = *std::min_element(runs.cbegin(), runs.cend());
        const QString name = size == 300'000 ? u"big_article_open_ms"_s : u"article_open_%1k_ms"_s.arg(size / 1000);
        Bench::record(name, best, u"ms"_s);
    }
}

void BenchReader::interactOnTheLongest()
{
    const OfficialsMatcher matcher(TestFixtures::bundledGazetteer());
    Fixture f;
    QVERIFY(makeFixture(&f, 300'000));
    const Article article = f.project.article(u"big"_s);
    QCOMPARE(f.project.annotations(article.id).size(), 300'000 / CharsPerAnnotation);
    // The window's way: a reader pane whose tag layer TagHighlighting keeps in step with the
    // project's signals (an added annotation is read alone, not the article's 5,000).
    ReaderArea reader;
    TagHighlighting tagLayer(&f.project, &reader);
    reader.resize(1000, 800);
    reader.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reader));
    ArticleView &view = *reader.openArticle(article, false);
    view.setHighlightLayer(MentionHighlighting::layerName(),
                           MentionHighlighting::spans(article, matcher.find(article.text, article.published),
                                                      TestFixtures::bundledGazetteer(), view.theme()));
    QVERIFY(view.highlightLayers().contains(TagHighlighting::layerName()));
    view.grab();

    QList<double> selection, scroll, tag;
    QRandomGenerator rng(16);
    for (int i = 0; i < 60; ++i) {
        const qsizetype at = rng.bounded(int(article.text.size()) - 200);
        QElapsedTimer t;
        t.start();
        view.scrollToSpan(at, at + 40);
        view.grab();
        selection.append(t.nsecsElapsed() / 1e6);
    }
    QScrollBar *bar = view.textView()->verticalScrollBar();
    bar->setValue(0);
    for (int i = 0; i < 60; ++i) {
        QElapsedTimer t;
        t.start();
        bar->setValue(bar->value() + bar->pageStep());
        view.grab();
        scroll.append(t.nsecsElapsed() / 1e6);
    }
    for (int i = 0; i < 40; ++i) {
        const qsizetype at = rng.bounded(int(article.text.size()) - 200);
        QElapsedTimer t;
        t.start();
        QVERIFY(f.project.addAnnotation(article.id, at, at + 25, {1}) != 0);
        QCoreApplication::processEvents(); // TagHighlighting's coalesced refresh
        view.grab();
        tag.append(t.nsecsElapsed() / 1e6);
    }
    Bench::record(u"big_article_selection_ms"_s, p95(selection), u"ms"_s);
    Bench::record(u"big_article_scroll_ms"_s, p95(scroll), u"ms"_s);
    Bench::record(u"big_article_tag_ms"_s, p95(tag), u"ms"_s);
}

QTEST_MAIN(BenchReader)
#include "bench_reader.moc"
