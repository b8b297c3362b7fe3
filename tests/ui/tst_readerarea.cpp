// Tests for the reader: ReaderArea panes, ArticleView headers, text, layers and selection,
// and the ReaderHighlighter's own syntax definition.
#include "io/corpusloader.h"
#include "reader/articleview.h"
#include "reader/readerarea.h"
#include "reader/readerhighlighter.h"
#include "text/offsetmap.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

Article textArticle(const QString &id, const QString &text)
{
    Article a;
    a.id = id;
    a.title = u"Title of "_s + id;
    a.source = u"Test Source"_s;
    a.published = EdtfDate::parse(u"2021-02-06");
    a.description = u"Description of "_s + id;
    a.text = text;
    return a;
}

/// The document's text exactly (toPlainText() turns no-break spaces into spaces).
QString documentText(const ArticleView *view)
{
    QString raw = view->textView()->document()->toRawText();
    raw.replace(QChar::ParagraphSeparator, u'\n');
    return raw;
}

/// The merged character format the highlighter gave UTF-16 document position @p pos.
QTextCharFormat formatAt(const ArticleView &view, int pos)
{
    const QTextBlock block = view.textView()->document()->findBlock(pos);
    const int inBlock = pos - block.position();
    QTextCharFormat result;
    for (const QTextLayout::FormatRange &r : block.layout()->formats())
        if (inBlock >= r.start && inBlock < r.start + r.length)
            result.merge(r.format);
    return result;
}

} // namespace

class TestReaderArea : public QObject
{
    Q_OBJECT
private:
    ArticleList m_articles;

    const Article &byId(const QString &id) const
    {
        static const Article none;
        for (const Article &a : m_articles)
            if (a.id == id)
                return a;
        return none;
    }

private Q_SLOTS:
    void initTestCase()
    {
        CorpusLoader loader;
        QVERIFY2(loader.load(QStringLiteral(ENTENTE_TEST_CORPUS)), qPrintable(loader.errorString()));
        m_articles = loader.articles();
        QVERIFY(m_articles.size() >= 2);
    }

    void syntaxDefinitionLoads()
    {
        const auto def = ReaderHighlighter::articleDefinition();
        QVERIFY(def.isValid());
        QCOMPARE(def.name(), u"Entente Article"_s);
    }

    void twoArticlesSideBySide()
    {
        ReaderArea area;
        area.resize(1200, 800);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QSignalSpy opened(&area, &ReaderArea::paneOpened);
        QSignalSpy current(&area, &ReaderArea::currentArticleChanged);

        const Article &a = byId(u"shamkhani-salih-baghdad-2020"_s);
        const Article &b = byId(u"rouhani-fuad-hussein-2021"_s);
        area.openArticle(a, false);
        area.openArticle(b, true);

        QCOMPARE(area.paneCount(), 2);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(documentText(area.pane(0)), a.text);
        QCOMPARE(documentText(area.pane(1)), b.text);
        QCOMPARE(area.pane(0)->headerTitle(), a.title);
        QCOMPARE(area.pane(1)->headerTitle(), b.title);
        QVERIFY(area.pane(1)->headerMeta().contains(u"EghtesadOnline"_s));
        QVERIFY(area.pane(1)->headerMeta().contains(b.published.toDisplayString()));
        QVERIFY(!area.pane(0)->headerMeta().contains(u"EghtesadOnline"_s));
        QCOMPARE(area.currentPane(), area.pane(1));
        QVERIFY(area.pane(1)->isCurrent());
        QVERIFY(!area.pane(0)->isCurrent());
        QCOMPARE(current.last().at(0).toString(), b.id);
        QCOMPARE(area.openArticleIds(), (QStringList{a.id, b.id}));
        // Side by side: the second pane is to the right of the first, both visible.
        QVERIFY(area.pane(0)->isVisible() && area.pane(1)->isVisible());
        QVERIFY(area.pane(1)->x() >= area.pane(0)->x() + area.pane(0)->width());
    }

    void openInCurrentPaneReplaces()
    {
        ReaderArea area;
        QSignalSpy opened(&area, &ReaderArea::paneOpened);
        ArticleView *first = area.openArticle(m_articles.at(0), false);
        QSignalSpy changed(first, &ArticleView::articleChanged);
        ArticleView *again = area.openArticle(m_articles.at(1), false);
        QCOMPARE(again, first);
        QCOMPARE(area.paneCount(), 1);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(first->article().id, m_articles.at(1).id);
        QCOMPARE(documentText(first), m_articles.at(1).text);
    }

    void closeAndCycle()
    {
        ReaderArea area;
        area.resize(1200, 600);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        for (int i = 0; i < 3; ++i)
            area.openArticle(m_articles.at(i), true);
        QCOMPARE(area.currentIndex(), 2);
        area.nextPane();
        QCOMPARE(area.currentIndex(), 0); // wraps
        area.previousPane();
        QCOMPARE(area.currentIndex(), 2);
        area.setCurrentPane(1);
        QCOMPARE(area.currentPane()->article().id, m_articles.at(1).id);

        QSignalSpy current(&area, &ReaderArea::currentArticleChanged);
        area.closeCurrentPane();
        QCOMPARE(area.paneCount(), 2);
        QCOMPARE(area.openArticleIds(), (QStringList{m_articles.at(0).id, m_articles.at(2).id}));
        QCOMPARE(area.currentPane()->article().id, m_articles.at(2).id); // the right neighbour
        QCOMPARE(current.last().at(0).toString(), m_articles.at(2).id);

        // The pane's own close button.
        auto *button = area.pane(0)->findChild<QWidget *>(u"closePaneButton"_s);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(area.paneCount(), 1);
        area.closePane(0);
        QCOMPARE(area.paneCount(), 0);
        QVERIFY(!area.currentPane());
        QCOMPARE(current.last().at(0).toString(), QString());
        area.closePane(5); // out of range: nothing happens
        QCOMPARE(area.paneCount(), 0);
    }

    void layersAtUtf16Positions()
    {
        // "Hi 😀 مرحبا world": the emoji is 1 code point but 2 UTF-16 units.
        const QString text = u"Hi \U0001F600 \u0645\u0631\u062D\u0628\u0627 world"_s;
        ArticleView view;
        view.resize(600, 400);
        view.setArticle(textArticle(u"t"_s, text));
        const OffsetMap map(text);
        QCOMPARE(map.toUtf16(5), 6);

        QTextCharFormat red;
        red.setBackground(Qt::red);
        red.setForeground(Qt::green);
        HighlightSpan arabic{5, 10, red, u"Arabic word"_s, u"k1"_s}; // code points of مرحبا
        view.setHighlightLayer(u"a"_s, {arabic});
        QCOMPARE(formatAt(view, 6).background().color(), QColor(Qt::red));
        QCOMPARE(formatAt(view, 10).background().color(), QColor(Qt::red));
        QCOMPARE(formatAt(view, 5).background().style(), Qt::NoBrush); // the space before
        QCOMPARE(formatAt(view, 11).background().style(), Qt::NoBrush); // the space after

        // A later layer: its background wins; the foreground of the earlier one stays.
        QTextCharFormat blue;
        blue.setBackground(Qt::blue);
        blue.setFontUnderline(true);
        view.setHighlightLayer(u"b"_s, {{8, 16, blue, u"Tail"_s, u"k2"_s}});
        QCOMPARE(formatAt(view, 9).background().color(), QColor(Qt::blue));
        QCOMPARE(formatAt(view, 9).foreground().color(), QColor(Qt::green));
        QVERIFY(formatAt(view, 9).fontUnderline());
        QCOMPARE(formatAt(view, 7).background().color(), QColor(Qt::red));
        QCOMPARE(view.toolTipAt(9), u"Arabic word\nTail"_s);
        QCOMPARE(view.toolTipAt(2), QString());

        // Replacing layer "a" keeps its place under "b".
        view.setHighlightLayer(u"a"_s, {arabic});
        QCOMPARE(view.highlightLayers(), (QStringList{ArticleView::residueLayerName(), u"a"_s, u"b"_s}));
        QCOMPARE(formatAt(view, 9).background().color(), QColor(Qt::blue));

        view.clearHighlightLayer(u"b"_s);
        QCOMPARE(formatAt(view, 9).background().color(), QColor(Qt::red));
        QVERIFY(!formatAt(view, 9).fontUnderline());
        view.clearHighlightLayer(u"a"_s);
        QCOMPARE(formatAt(view, 9).background().style(), Qt::NoBrush);

        // A new article clears the callers' layers.
        view.setHighlightLayer(u"a"_s, {arabic});
        view.setArticle(textArticle(u"u"_s, text));
        QCOMPARE(view.highlightLayers(), QStringList{ArticleView::residueLayerName()});
    }

    void quotationsUseTheDefinition()
    {
        const QString text = u"He said \u201Chello there\u201D today."_s;
        ArticleView view;
        view.setArticle(textArticle(u"q"_s, text));
        QVERIFY(view.theme().isValid());
        const int inside = int(text.indexOf(u"hello"));
        QVERIFY(formatAt(view, inside).hasProperty(QTextFormat::ForegroundBrush));
        QVERIFY(!formatAt(view, 0).hasProperty(QTextFormat::ForegroundBrush));
        QVERIFY(!formatAt(view, int(text.indexOf(u"today"))).hasProperty(QTextFormat::ForegroundBrush));
    }

    void residueIsDimmed()
    {
        ArticleView view;
        const Article &a = byId(u"kazimi-iranian-journalists-2021"_s);
        view.setArticle(a);
        QCOMPARE(view.highlightLayers().value(0), ArticleView::residueLayerName());
        const int residue = int(a.text.indexOf(u"class = "));
        const int sentence = int(a.text.indexOf(u"Kazimi made statements"));
        QVERIFY(formatAt(view, residue).hasProperty(QTextFormat::FontPointSize));
        QVERIFY(!formatAt(view, sentence).hasProperty(QTextFormat::FontPointSize));
        QVERIFY(view.toolTipAt(residue).contains(u"residue"_s));
    }

    void selectedSpanInCodePoints()
    {
        const QString text = u"a\U0001F600bc \u0633\u0644\u0627\u0645 d"_s;
        ArticleView view;
        view.setArticle(textArticle(u"s"_s, text));
        QSignalSpy selection(&view, &ArticleView::selectionChanged);
        const OffsetMap map(text);
        QTextCursor c(view.textView()->document());
        c.setPosition(int(map.toUtf16(0)));
        c.setPosition(int(map.toUtf16(6)), QTextCursor::KeepAnchor); // across the emoji
        view.textView()->setTextCursor(c);
        QCOMPARE(view.selectedSpan(), (QPair<qsizetype, qsizetype>(0, 6)));
        QVERIFY(selection.size() >= 1);

        view.scrollToSpan(5, 9, true);
        QCOMPARE(view.selectedSpan(), (QPair<qsizetype, qsizetype>(5, 9)));
        QCOMPARE(view.textView()->textCursor().selectedText(), u"\u0633\u0644\u0627\u0645"_s);

        view.textView()->setTextCursor(QTextCursor(view.textView()->document()));
        const auto empty = view.selectedSpan();
        QCOMPARE(empty.first, empty.second);
    }

    void themeFollowsPalette()
    {
        ArticleView view;
        view.setArticle(textArticle(u"p"_s, u"He said \u201Chello\u201D."_s));
        QPalette light = view.palette();
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        view.setPalette(light);
        const QString lightTheme = view.theme().name();
        QPalette dark = light;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        view.setPalette(dark);
        QVERIFY(view.theme().isValid());
        QVERIFY2(view.theme().name() != lightTheme, qPrintable(view.theme().name()));
        QCOMPARE(view.theme().name(), ReaderHighlighter::repository().defaultTheme(KSyntaxHighlighting::Repository::DarkTheme).name());
    }

    void rightToLeftParagraphs()
    {
        const QString text = u"\u0627\u06CC\u0646 \u06CC\u06A9 \u0645\u062A\u0646 \u0627\u0633\u062A.\n\nThis is English.\n"_s;
        ArticleView view;
        view.resize(500, 300);
        view.setArticle(textArticle(u"r"_s, text));
        QTextDocument *doc = view.textView()->document();
        QCOMPARE(doc->findBlockByNumber(0).textDirection(), Qt::RightToLeft);
        QCOMPARE(doc->findBlockByNumber(2).textDirection(), Qt::LeftToRight);
    }
};

QTEST_MAIN(TestReaderArea)
#include "tst_readerarea.moc"
