// Tagging in the reader, end to end and offscreen: select a span with a QTextCursor, press
// Ctrl+T, type a tag, Enter -> the annotation exists and the "tags" layer covers exactly the
// span's UTF-16 positions; Ctrl+Z removes both, Ctrl+Shift+Z brings them back.
#include "io/corpusseeder.h"
#include "library/librarypane.h"
#include "mainwindow.h"
#include "projectcontroller.h"
#include "reader/articleview.h"
#include "reader/readerarea.h"
#include "settings.h"
#include "store/project.h"
#include "tags/tagcolours.h"
#include "tags/tagentrypopup.h"
#include "tags/taggingcontroller.h"
#include "tags/taghighlighting.h"
#include "text/offsetmap.h"

#include <QAction>
#include <QCompleter>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QRandomGenerator>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QUndoStack>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

// The format the highlighter gave the character at UTF-16 position @p pos.
QTextCharFormat formatAt(ArticleView *view, int pos)
{
    const QTextBlock block = view->textView()->document()->findBlock(pos);
    const int inBlock = pos - block.position();
    QTextCharFormat result;
    for (const QTextLayout::FormatRange &r : block.layout()->formats())
        if (inBlock >= r.start && inBlock < r.start + r.length)
            result = r.format;
    return result;
}

QColor backgroundAt(ArticleView *view, int pos)
{
    const QTextCharFormat f = formatAt(view, pos);
    return f.hasProperty(QTextFormat::BackgroundBrush) ? f.background().color() : QColor();
}

// An article with astral characters (emoji, a flag) and Arabic before the tagged word, so UTF-16
// and code-point offsets differ.
Article mixedArticle()
{
    Article a;
    a.id = u"mixed-script-test"_s;
    a.title = u"Mixed script"_s;
    a.language = u"en"_s;
    a.text = u"\U0001F600 Talks \U0001F1EE\U0001F1F7 in Baghdad \u2014 \u0627\u0644\u0639\u0631\u0627\u0642 welcomed the envoy.\n"
             u"Second paragraph about Tehran."_s;
    return a;
}

} // namespace

class TestTagging : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Fixture
    {
        std::unique_ptr<MainWindow> window;
        ProjectController *controller = nullptr;
        ArticleView *view = nullptr;
        Project *project() const { return controller->project(); }
    };

    void setUp(Fixture &f, const QString &articleId)
    {
        const QString path = m_dir.filePath(u"tagging-%1.entente"_s.arg(++m_counter));
        QString error;
        QVERIFY2(CorpusSeeder::createProject(path, QStringLiteral(ENTENTE_TEST_CORPUS), &error), qPrintable(error));
        f.window = std::make_unique<MainWindow>();
        f.controller = f.window->projectController();
        QVERIFY(f.controller);
        QVERIFY2(f.controller->openProjectFile(path, false, &error), qPrintable(error));
        QVERIFY(f.project()->importArticle(mixedArticle()));
        f.window->resize(1200, 800);
        f.window->show();
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        QVERIFY(f.window->openArticle(articleId, false));
        f.view = f.window->readerArea()->currentPane();
        QVERIFY(f.view);
        QCOMPARE(f.view->article().id, articleId);
    }

    static void select(ArticleView *view, int from, int to)
    {
        QTextCursor c(view->textView()->document());
        c.setPosition(from);
        c.setPosition(to, QTextCursor::KeepAnchor);
        view->textView()->setTextCursor(c);
        view->textView()->setFocus();
    }

    // Shortcuts of the window need it active; closing the popup hands activation back
    // asynchronously (and on the offscreen platform not always), so make sure.
    static bool ensureActive(QWidget *window)
    {
        if (QTest::qWaitFor([window] { return window->isActiveWindow(); }, 200))
            return true;
        window->activateWindow();
        return QTest::qWaitForWindowActive(window);
    }

    static TagEntryPopup *pressCtrlT(Fixture &f)
    {
        if (!ensureActive(f.window.get()))
            return nullptr;
        QTest::keyClick(f.view->textView(), Qt::Key_T, Qt::ControlModifier);
        TagEntryPopup *popup = f.window->tagging()->popup();
        return popup && popup->isVisible() ? popup : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::setEnabled(false);
        QVERIFY(m_dir.isValid());
    }

    void tagUndoRedo_data()
    {
        QTest::addColumn<QString>("articleId");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("tag");
        QTest::newRow("corpus article, new nested tag") << u"khamenei-rashid-2023"_s << u"Rashid"_s << u"people/iraq"_s;
        QTest::newRow("after emoji and a flag") << u"mixed-script-test"_s << u"Baghdad"_s << u"places"_s;
        QTest::newRow("Arabic word") << u"mixed-script-test"_s << u"\u0627\u0644\u0639\u0631\u0627\u0642"_s << u"names/arabic"_s;
    }

    void tagUndoRedo()
    {
        QFETCH(QString, articleId);
        QFETCH(QString, word);
        QFETCH(QString, tag);
        Fixture f;
        setUp(f, articleId);
        if (QTest::currentTestFailed())
            return;
        Project *project = f.project();
        const QString text = project->article(articleId).text;
        const int u16Start = int(text.indexOf(word));
        QVERIFY(u16Start > 0);
        const int u16End = u16Start + int(word.size());
        const OffsetMap map(text);
        const qsizetype cpStart = map.toCodePoint(u16Start), cpEnd = map.toCodePoint(u16End);

        select(f.view, u16Start, u16End);
        QCOMPARE(f.view->selectedSpan(), qMakePair(cpStart, cpEnd));
        QSignalSpy added(project, &Project::annotationAdded);
        TagEntryPopup *popup = pressCtrlT(f);
        QVERIFY2(popup, "Ctrl+T did not open the tag popup");
        QTest::keyClicks(popup->lineEdit(), tag);
        QTest::keyClick(popup->lineEdit(), Qt::Key_Return);
        QCOMPARE(added.size(), 1);

        // The annotation, with code-point offsets and its quote.
        const AnnotationList annotations = project->annotations(articleId);
        QCOMPARE(annotations.size(), 1);
        const Annotation a = annotations.first();
        QCOMPARE(a.start, cpStart);
        QCOMPARE(a.end, cpEnd);
        QCOMPARE(a.exact, word);
        QCOMPARE(a.tagIds.size(), 1);
        QCOMPARE(project->tagPath(a.tagIds.first()), tag);
        QVERIFY(project->tag(project->tagIdForPath(tag)).colour.isValid());

        // The highlight: exactly [u16Start, u16End) in the tag's colour.
        const QColor expected = TagColours::blend(TagColours::effective(project, a.tagIds.first()),
                                                  f.view->palette().color(QPalette::Base), 0.30);
        QTRY_COMPARE(backgroundAt(f.view, u16Start), expected);
        QCOMPARE(backgroundAt(f.view, u16End - 1), expected);
        QVERIFY(backgroundAt(f.view, u16Start - 1) != expected);
        QVERIFY(backgroundAt(f.view, u16End) != expected);
        QVERIFY(f.view->highlightLayers().contains(TagHighlighting::layerName()));
        QVERIFY(f.view->toolTipAt(u16Start).contains(tag));

        // Ctrl+Z: gone, highlight too.
        QVERIFY(!f.window->tagging()->popup());
        QVERIFY(ensureActive(f.window.get()));
        QTest::keyClick(f.view->textView(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(project->annotations(articleId).size(), 0);
        QTRY_VERIFY(backgroundAt(f.view, u16Start) != expected);
        QCOMPARE(project->tagIdForPath(tag), 0); // the new tag went with it: one step

        // Ctrl+Shift+Z: back, same span and tag.
        QTest::keyClick(f.view->textView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        const AnnotationList again = project->annotations(articleId);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().start, cpStart);
        QCOMPARE(again.first().end, cpEnd);
        QCOMPARE(project->tagPath(again.first().tagIds.value(0)), tag);
        QTRY_COMPARE(backgroundAt(f.view, u16Start), expected);
    }

    void severalTagsOnOneSpan()
    {
        Fixture f;
        setUp(f, u"mixed-script-test"_s);
        if (QTest::currentTestFailed())
            return;
        Project *project = f.project();
        const QString text = f.view->article().text;
        const int from = int(text.indexOf(u"Baghdad"_s)), to = from + 7;
        for (const QString &tag : {u"places/cities"_s, u"meetings"_s}) {
            select(f.view, from, to);
            TagEntryPopup *popup = pressCtrlT(f);
            QVERIFY(popup);
            QTest::keyClicks(popup->lineEdit(), tag);
            QTest::keyClick(popup->lineEdit(), Qt::Key_Return);
        }
        const AnnotationList annotations = project->annotations(f.view->article().id);
        QCOMPARE(annotations.size(), 1); // one span, two tags
        QCOMPARE(annotations.first().tagIds.size(), 2);
        // Two tags on one span look different from one: stronger tint and an underline.
        QTRY_VERIFY(formatAt(f.view, from).underlineStyle() != QTextCharFormat::NoUnderline);
        QVERIFY(f.view->toolTipAt(from).contains(u"places/cities"_s));
        QVERIFY(f.view->toolTipAt(from).contains(u"meetings"_s));
        // The completer offers existing paths.
        select(f.view, from, to);
        TagEntryPopup *popup = pressCtrlT(f);
        QVERIFY(popup);
        QVERIFY(popup->completer()->model()->match(popup->completer()->model()->index(0, 0), Qt::DisplayRole,
                                                   u"places/cities"_s, 1, Qt::MatchExactly).size() == 1);
        QTest::keyClick(popup->lineEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!f.window->tagging()->popup());
    }

    // Adjacent segments with the same annotations and looks, joined: what a reader sees.
    static QList<std::tuple<qsizetype, qsizetype, QString, QString, QBrush, int>> joined(const HighlightSpans &spans)
    {
        QList<std::tuple<qsizetype, qsizetype, QString, QString, QBrush, int>> out;
        for (const HighlightSpan &s : spans) {
            const auto item = std::make_tuple(s.start, s.end, s.key, s.toolTip, s.format.background(), int(s.format.underlineStyle()));
            if (!out.isEmpty() && std::get<1>(out.last()) == s.start && std::get<2>(out.last()) == s.key
                && std::get<3>(out.last()) == s.toolTip && std::get<4>(out.last()) == s.format.background()
                && std::get<5>(out.last()) == int(s.format.underlineStyle()))
                std::get<1>(out.last()) = s.end;
            else
                out.append(item);
        }
        return out;
    }

    // One edit recomputes only the range it touches; after many random edits (overlapping,
    // nested, removed, retagged) the pane shows what computing every segment again gives.
    void editsPatchTheLayer()
    {
        Fixture f;
        setUp(f, u"mixed-script-test"_s);
        if (QTest::currentTestFailed())
            return;
        Project *project = f.project();
        const QString id = f.view->article().id;
        const qsizetype length = OffsetMap(f.view->article().text).codePointLength();
        const QList<qint64> tags{project->addTag(u"a"_s), project->addTag(u"b"_s), project->addTag(u"c"_s)};
        TagHighlighting *highlighting = f.window->tagHighlighting();
        QRandomGenerator random(11);
        QList<qint64> added;
        for (int step = 0; step < 60; ++step) {
            const int what = int(random.bounded(10));
            if (what < 6 || added.isEmpty()) {
                const qsizetype start = random.bounded(int(length - 1));
                const qsizetype end = std::min<qsizetype>(length, start + 1 + random.bounded(40));
                const qint64 annotation = project->addAnnotation(id, start, end, {tags.at(random.bounded(3))});
                QVERIFY(annotation != 0);
                added.append(annotation);
            } else if (what < 8) {
                QVERIFY(project->removeAnnotation(added.takeAt(random.bounded(int(added.size())))));
            } else {
                const qint64 annotation = added.at(random.bounded(int(added.size())));
                QVERIFY(project->tagAnnotation(annotation, tags.at(random.bounded(3))) || true); // may have it already
                QVERIFY(project->setNote(annotation, u"note %1"_s.arg(step)));
            }
            if (step % 3 != 2)
                continue; // several edits coalesce into one refresh
            QCoreApplication::processEvents();
            QCOMPARE(joined(highlighting->shownSpans(f.view)), joined(TagHighlighting::spansFor(project, id, f.view->palette())));
        }
        QVERIFY(added.size() > 10);
    }

    void overlappingSpansAreDistinct()
    {
        Fixture f;
        setUp(f, u"mixed-script-test"_s);
        if (QTest::currentTestFailed())
            return;
        Project *project = f.project();
        const QString id = f.view->article().id;
        const QString text = f.view->article().text;
        const OffsetMap map(text);
        const qsizetype talks = map.toCodePoint(text.indexOf(u"Talks"_s));
        const qsizetype baghdad = map.toCodePoint(text.indexOf(u"Baghdad"_s));
        TaggingController *tagging = f.window->tagging();
        QVERIFY(tagging->applyTag(id, talks, baghdad + 7, u"outer"_s) != 0);
        QVERIFY(tagging->applyTag(id, baghdad, baghdad + 7, u"inner"_s) != 0);
        const HighlightSpans spans = TagHighlighting::spansFor(project, id, f.view->palette());
        // [Talks .. Baghdad) by the outer one alone, [Baghdad] by both.
        QCOMPARE(spans.size(), 2);
        QCOMPARE(spans.at(0).start, talks);
        QCOMPARE(spans.at(0).end, baghdad);
        QCOMPARE(spans.at(1).start, baghdad);
        QCOMPARE(spans.at(1).end, baghdad + 7);
        QVERIFY(spans.at(0).format.background() != spans.at(1).format.background());
        QCOMPARE(spans.at(0).format.underlineStyle(), QTextCharFormat::NoUnderline);
        QVERIFY(spans.at(1).format.underlineStyle() != QTextCharFormat::NoUnderline);
        QCOMPARE(spans.at(1).key.split(u','), QStringList({QString::number(project->annotations(id).at(0).id),
                                                            QString::number(project->annotations(id).at(1).id)}));
    }

    void contextMenuOffersTagging()
    {
        Fixture f;
        setUp(f, u"mixed-script-test"_s);
        if (QTest::currentTestFailed())
            return;
        select(f.view, 3, 8);
        QMenu menu;
        Q_EMIT f.view->contextMenuRequested(&menu);
        QAction *item = nullptr;
        for (QAction *a : menu.actions())
            if (a->text().contains(u"Tag Selection"_s))
                item = a;
        QVERIFY(item);
        QVERIFY(item->isEnabled());
        item->trigger();
        QVERIFY(f.window->tagging()->popup());
        QVERIFY(f.window->tagging()->popup()->isVisible());
    }

    void noSelectionNoPopup()
    {
        Fixture f;
        setUp(f, u"khamenei-rashid-2023"_s);
        if (QTest::currentTestFailed())
            return;
        select(f.view, 5, 5);
        QSignalSpy messages(f.window->tagging(), &TaggingController::message);
        QVERIFY(!pressCtrlT(f));
        QCOMPARE(messages.size(), 1);
        QCOMPARE(f.project()->annotations().size(), 0);
    }

    void tagWholeArticle()
    {
        Fixture f;
        setUp(f, u"rouhani-fuad-hussein-2021"_s);
        if (QTest::currentTestFailed())
            return;
        Project *project = f.project();
        const QString id = f.view->article().id;
        QVERIFY(ensureActive(f.window.get()));
        QTest::keyClick(f.view->textView(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        TagEntryPopup *popup = f.window->tagging()->popup();
        QVERIFY2(popup && popup->isVisible(), "Ctrl+Shift+T did not open the tag popup");
        QTest::keyClicks(popup->lineEdit(), u"visits/tehran"_s);
        QTest::keyClick(popup->lineEdit(), Qt::Key_Return);
        const qint64 tag = project->tagIdForPath(u"visits/tehran"_s);
        QVERIFY(tag);
        QCOMPARE(project->articleTags(id), QList<qint64>{tag});
        QCOMPARE(project->annotations(id).size(), 0); // no span was tagged
        project->undoStack()->undo();
        QVERIFY(project->articleTags(id).isEmpty());
        QCOMPARE(project->tagIdForPath(u"visits/tehran"_s), 0);
    }

    void tagArticleFromLibrary()
    {
        Fixture f;
        setUp(f, u"rouhani-fuad-hussein-2021"_s);
        if (QTest::currentTestFailed())
            return;
        Project *project = f.project();
        // The library's "Tag Article…" tags an article that need not be open in any pane.
        const QString id = u"kazimi-iranian-journalists-2021"_s;
        LibraryPane *library = f.window->library();
        Q_EMIT library->tagArticleRequested(id, library->mapToGlobal(QPoint(20, 20)));
        TagEntryPopup *popup = f.window->tagging()->popup();
        QVERIFY2(popup && popup->isVisible(), "Tag Article… did not open the tag popup");
        QTest::keyClicks(popup->lineEdit(), u"press/interviews"_s);
        QTest::keyClick(popup->lineEdit(), Qt::Key_Return);
        const qint64 tag = project->tagIdForPath(u"press/interviews"_s);
        QVERIFY(tag);
        QCOMPARE(project->articleTags(id), QList<qint64>{tag});
        QVERIFY(project->articleTags(f.view->article().id).isEmpty());
    }
};

QTEST_MAIN(TestTagging)
#include "tst_tagging.moc"
