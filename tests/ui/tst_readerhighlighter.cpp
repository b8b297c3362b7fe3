// ReaderHighlighter's layers: formats merged in layer order where spans overlap, a span that
// runs over several paragraphs reaching every one of them (also past shorter spans that
// start later), replacing and clearing a layer restoring exactly what was there, and the
// tooltips at a position.

#include "reader/readerhighlighter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

// The format the highlighter gave position @p pos of @p doc.
QTextCharFormat formatAt(QTextDocument *doc, int pos)
{
    const QTextBlock block = doc->findBlock(pos);
    const int inBlock = pos - block.position();
    QTextCharFormat result;
    for (const QTextLayout::FormatRange &r : block.layout()->formats())
        if (r.start <= inBlock && inBlock < r.start + r.length)
            result = r.format;
    return result;
}

HighlightSpan span(qsizetype start, qsizetype end, const QTextCharFormat &format, const QString &tip = {})
{
    return {start, end, format, tip, QString()};
}

QTextCharFormat background(const QColor &c)
{
    QTextCharFormat f;
    f.setBackground(c);
    return f;
}

QTextCharFormat foreground(const QColor &c)
{
    QTextCharFormat f;
    f.setForeground(c);
    return f;
}

} // namespace

class TestReaderHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void layersMergeInOrder();
    void longSpanReachesEveryParagraph();
    void replacingAndClearingRestores();
    void toolTipsAtAPosition();
    void batchHighlightsOnceAtTheEnd();

private:
    QTextDocument *m_doc = nullptr;
    ReaderHighlighter *m_highlighter = nullptr;
};

// Three paragraphs: [0, 20) "first paragraph here", [21, 42) and [43, 63).
void TestReaderHighlighter::init()
{
    m_doc = new QTextDocument;
    m_doc->setPlainText(u"first paragraph here\nsecond paragraph too\nthird and last one."_s);
    m_highlighter = new ReaderHighlighter(m_doc);
    OffsetMap map(m_doc->toPlainText());
    m_highlighter->setOffsetMap(map);
}

void TestReaderHighlighter::cleanup()
{
    delete m_highlighter;
    delete m_doc;
}

void TestReaderHighlighter::layersMergeInOrder()
{
    m_highlighter->setLayer(u"a"_s, {span(0, 10, background(Qt::yellow))});
    m_highlighter->setLayer(u"b"_s, {span(5, 15, foreground(Qt::blue)), span(8, 12, background(Qt::green))});
    QCOMPARE(formatAt(m_doc, 2).background().color(), QColor(Qt::yellow));
    QVERIFY(!formatAt(m_doc, 2).hasProperty(QTextFormat::ForegroundBrush));
    QCOMPARE(formatAt(m_doc, 6).background().color(), QColor(Qt::yellow)); // a under b's foreground
    QCOMPARE(formatAt(m_doc, 6).foreground().color(), QColor(Qt::blue));
    QCOMPARE(formatAt(m_doc, 9).background().color(), QColor(Qt::green)); // the later layer wins
    QCOMPARE(formatAt(m_doc, 9).foreground().color(), QColor(Qt::blue));
    QCOMPARE(formatAt(m_doc, 13).foreground().color(), QColor(Qt::blue));
    QVERIFY(!formatAt(m_doc, 13).hasProperty(QTextFormat::BackgroundBrush));
    QVERIFY(!formatAt(m_doc, 16).hasProperty(QTextFormat::ForegroundBrush));
}

void TestReaderHighlighter::longSpanReachesEveryParagraph()
{
    // The long span starts first; short ones after it end early. A lookup that only looked at
    // the latest-starting spans would miss the long one in the third paragraph.
    m_highlighter->setLayer(u"a"_s, {span(2, 60, background(Qt::yellow)), span(3, 4, foreground(Qt::red)),
                                     span(22, 24, foreground(Qt::red)), span(44, 45, foreground(Qt::red))});
    for (int pos : {2, 10, 25, 40, 50, 59})
        QVERIFY2(formatAt(m_doc, pos).background().color() == QColor(Qt::yellow), qPrintable(QString::number(pos)));
    QCOMPARE(formatAt(m_doc, 44).foreground().color(), QColor(Qt::red));
    QCOMPARE(formatAt(m_doc, 44).background().color(), QColor(Qt::yellow));
    QVERIFY(!formatAt(m_doc, 61).hasProperty(QTextFormat::BackgroundBrush));
}

void TestReaderHighlighter::replacingAndClearingRestores()
{
    m_highlighter->setLayer(u"a"_s, {span(0, 5, background(Qt::yellow))});
    m_highlighter->setLayer(u"b"_s, {span(45, 50, background(Qt::green))});
    // Replacing b moves its span from the third paragraph to the second: both are redone.
    m_highlighter->setLayer(u"b"_s, {span(25, 30, background(Qt::green))});
    QVERIFY(!formatAt(m_doc, 46).hasProperty(QTextFormat::BackgroundBrush));
    QCOMPARE(formatAt(m_doc, 26).background().color(), QColor(Qt::green));
    QCOMPARE(formatAt(m_doc, 1).background().color(), QColor(Qt::yellow));
    // An empty layer clears where the old spans were.
    m_highlighter->setLayer(u"b"_s, {});
    QVERIFY(!formatAt(m_doc, 26).hasProperty(QTextFormat::BackgroundBrush));
    m_highlighter->clearLayer(u"a"_s);
    QVERIFY(!formatAt(m_doc, 1).hasProperty(QTextFormat::BackgroundBrush));
    QCOMPARE(m_highlighter->layerNames(), QStringList{u"b"_s});
}

void TestReaderHighlighter::batchHighlightsOnceAtTheEnd()
{
    m_highlighter->beginBatch();
    m_highlighter->setLayer(u"a"_s, {span(0, 60, background(Qt::yellow))});
    m_highlighter->setLayer(u"b"_s, {span(25, 30, foreground(Qt::blue))});
    m_highlighter->beginBatch(); // nested: only the outer end counts
    m_highlighter->clearLayer(u"a"_s);
    m_highlighter->setLayer(u"a"_s, {span(0, 5, background(Qt::green))});
    m_highlighter->endBatch();
    QVERIFY(!formatAt(m_doc, 1).hasProperty(QTextFormat::BackgroundBrush)); // nothing applied yet
    QCOMPARE(m_highlighter->layerNames(), (QStringList{u"b"_s, u"a"_s})); // but the layers are set
    m_highlighter->endBatch();
    QCOMPARE(formatAt(m_doc, 1).background().color(), QColor(Qt::green));
    QCOMPARE(formatAt(m_doc, 26).foreground().color(), QColor(Qt::blue));
    QVERIFY(!formatAt(m_doc, 45).hasProperty(QTextFormat::BackgroundBrush));
}

void TestReaderHighlighter::toolTipsAtAPosition()
{
    m_highlighter->setLayer(u"a"_s, {span(0, 40, background(Qt::yellow), u"long"_s), span(5, 8, background(Qt::red), u"short"_s),
                                     span(30, 35, background(Qt::red), u"late"_s)});
    m_highlighter->setLayer(u"b"_s, {span(6, 7, foreground(Qt::blue), u"other layer"_s)});
    QCOMPARE(m_highlighter->toolTipsAt(6), (QStringList{u"long"_s, u"short"_s, u"other layer"_s}));
    QCOMPARE(m_highlighter->toolTipsAt(32), (QStringList{u"long"_s, u"late"_s}));
    QCOMPARE(m_highlighter->toolTipsAt(8), QStringList{u"long"_s}); // ends are exclusive
    QCOMPARE(m_highlighter->toolTipsAt(45), QStringList());
}

QTEST_MAIN(TestReaderHighlighter)
#include "tst_readerhighlighter.moc"
