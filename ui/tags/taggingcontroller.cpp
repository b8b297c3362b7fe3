#include "tags/taggingcontroller.h"

#include "reader/articleview.h"
#include "reader/readerarea.h"
#include "store/project.h"
#include "tags/tagcolours.h"
#include "tags/tagentrypopup.h"

#include <QAction>
#include <QMenu>
#include <QTextBrowser>
#include <QUndoStack>

namespace Entente {

TaggingController::TaggingController(Project *project, ReaderArea *reader, QWidget *window)
    : QObject(window)
    , m_project(project)
    , m_reader(reader)
    , m_window(window)
{
    m_action = new QAction(QIcon::fromTheme(QStringLiteral("tag-new")), tr("&Tag Selection\u2026"), this);
    m_action->setObjectName(QStringLiteral("tagSelectionAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_action->setShortcutContext(Qt::WindowShortcut);
    m_action->setToolTip(tr("Tag the passage selected in the reader (Ctrl+T)"));
    connect(m_action, &QAction::triggered, this, [this] { tagSelection(); });
    window->addAction(m_action);
    m_articleAction = new QAction(tr("Tag &Article\u2026"), this);
    m_articleAction->setObjectName(QStringLiteral("tagArticleAction"));
    m_articleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_articleAction->setShortcutContext(Qt::WindowShortcut);
    m_articleAction->setToolTip(tr("Tag the article in the current pane as a whole (Ctrl+Shift+T)"));
    connect(m_articleAction, &QAction::triggered, this, [this] { tagArticle(); });
    window->addAction(m_articleAction);

    connect(reader, &ReaderArea::paneOpened, this, &TaggingController::addContextMenuItem);
    for (ArticleView *view : reader->articleViews())
        addContextMenuItem(view);
    connect(project, &Project::opened, this, &TaggingController::updateEnabled);
    connect(project, &Project::closed, this, &TaggingController::updateEnabled);
    updateEnabled();
}

void TaggingController::updateEnabled()
{
    const bool writable = m_project && m_project->isOpen() && !m_project->isReadOnly();
    m_action->setEnabled(writable);
    m_articleAction->setEnabled(writable);
}

void TaggingController::addContextMenuItem(ArticleView *view)
{
    connect(view, &ArticleView::contextMenuRequested, this, [this, view](QMenu *menu) {
        const auto span = view->selectedSpan();
        QAction *first = menu->actions().value(0);
        QAction *item = new QAction(tr("&Tag Selection\u2026"), menu);
        item->setShortcut(m_action->shortcut());
        item->setEnabled(m_action->isEnabled() && span.first < span.second);
        connect(item, &QAction::triggered, this, [this, view] { tagSelection(view); });
        menu->insertAction(first, item);
        menu->insertSeparator(first);
    });
}

bool TaggingController::tagSelection(ArticleView *view)
{
    if (!view && m_reader)
        view = m_reader->currentPane();
    if (!m_project || !m_project->isOpen() || m_project->isReadOnly()) {
        Q_EMIT message(tr("This project is read-only: passages cannot be tagged."));
        return false;
    }
    if (!view || view->article().isNull()) {
        Q_EMIT message(tr("Open an article and select a passage to tag it."));
        return false;
    }
    const auto span = view->selectedSpan();
    if (span.first >= span.second) {
        Q_EMIT message(tr("Select a passage first, then press Ctrl+T to tag it."));
        return false;
    }
    TagEntryPopup *popup = newPopup(view);
    QStringList existing;
    for (const Annotation &a : m_project->annotations(view->article().id))
        if (a.start == span.first && a.end == span.second)
            for (qint64 t : a.tagIds)
                existing << m_project->tagPath(t);
    if (!existing.isEmpty())
        popup->setInformation(tr("Already tagged: %1").arg(existing.join(QStringLiteral(", "))));
    const QString articleId = view->article().id;
    const qsizetype start = span.first, end = span.second;
    connect(popup, &TagEntryPopup::accepted, this, [this, articleId, start, end](const QString &path, bool) {
        if (applyTag(articleId, start, end, path) != 0)
            Q_EMIT message(tr("Tagged \u201C%1\u201D").arg(path));
        else
            Q_EMIT message(m_error);
    });
    QTextBrowser *text = view->textView();
    QTextCursor endCursor = text->textCursor();
    endCursor.setPosition(text->textCursor().selectionEnd());
    const QRect r = text->cursorRect(endCursor);
    const QPoint anchor = text->viewport()->rect().contains(r.bottomLeft()) ? r.bottomLeft() + QPoint(0, 4)
                                                                            : text->viewport()->rect().center();
    popup->showAt(text->viewport()->mapToGlobal(anchor));
    return true;
}

TagEntryPopup *TaggingController::newPopup(QWidget *parent)
{
    if (m_popup)
        m_popup->close();
    QStringList paths;
    for (const Tag &t : m_project->tags())
        paths << m_project->tagPath(t.id);
    paths.sort(Qt::CaseInsensitive);
    auto *popup = new TagEntryPopup(parent);
    popup->setTagPaths(paths);
    m_popup = popup;
    return popup;
}

bool TaggingController::tagArticle(ArticleView *view)
{
    if (!view && m_reader)
        view = m_reader->currentPane();
    if (!m_project || !m_project->isOpen() || m_project->isReadOnly()) {
        Q_EMIT message(tr("This project is read-only: articles cannot be tagged."));
        return false;
    }
    if (!view || view->article().isNull()) {
        Q_EMIT message(tr("Open an article to tag it."));
        return false;
    }
    QWidget *anchor = view->textView()->viewport();
    return tagArticleById(view->article().id, anchor, anchor->mapToGlobal(QPoint(24, 8)));
}

bool TaggingController::tagArticleById(const QString &articleId, QWidget *parent, const QPoint &globalPos)
{
    if (!m_project || !m_project->isOpen() || m_project->isReadOnly()) {
        Q_EMIT message(tr("This project is read-only: articles cannot be tagged."));
        return false;
    }
    if (m_project->article(articleId).isNull())
        return false;
    TagEntryPopup *popup = newPopup(parent);
    popup->setTitle(tr("Tag the whole article"));
    QStringList existing;
    for (qint64 t : m_project->articleTags(articleId))
        existing << m_project->tagPath(t);
    if (!existing.isEmpty())
        popup->setInformation(tr("Article tags: %1").arg(existing.join(QStringLiteral(", "))));
    connect(popup, &TagEntryPopup::accepted, this, [this, articleId](const QString &path, bool) {
        if (applyArticleTag(articleId, path))
            Q_EMIT message(tr("Tagged the article \u201C%1\u201D").arg(path));
        else
            Q_EMIT message(m_error);
    });
    popup->showAt(globalPos);
    return true;
}

bool TaggingController::applyArticleTag(const QString &articleId, const QString &path)
{
    m_error.clear();
    if (!m_project || !m_project->isOpen()) {
        m_error = tr("No project is open.");
        return false;
    }
    const qint64 known = m_project->tagIdForPath(path);
    if (known != 0 && m_project->articleTags(articleId).contains(known))
        return true;
    QUndoStack *stack = m_project->undoStack();
    const bool macro = known == 0;
    if (macro)
        stack->beginMacro(tr("Tag an article \u201C%1\u201D").arg(path));
    const qint64 tagId = known != 0 ? known : ensureTag(path);
    const bool ok = tagId != 0 && m_project->tagArticle(articleId, tagId);
    if (!ok && m_error.isEmpty())
        m_error = m_project->errorString();
    if (macro) {
        stack->endMacro();
        if (!ok && stack->canUndo() && stack->index() == stack->count())
            stack->undo();
    }
    return ok;
}

qint64 TaggingController::ensureTag(const QString &path)
{
    qint64 parent = 0;
    QString sofar;
    for (const QString &raw : path.split(u'/', Qt::SkipEmptyParts)) {
        const QString part = raw.trimmed();
        sofar = sofar.isEmpty() ? part : sofar + u'/' + part;
        qint64 id = m_project->tagIdForPath(sofar);
        if (id == 0) {
            id = m_project->addTag(part, parent, TagColours::suggested(m_project->tags().size()));
            if (id == 0) {
                m_error = m_project->errorString();
                return 0;
            }
        }
        parent = id;
    }
    return parent;
}

qint64 TaggingController::applyTag(const QString &articleId, qsizetype start, qsizetype end, const QString &path)
{
    m_error.clear();
    if (!m_project || !m_project->isOpen()) {
        m_error = tr("No project is open.");
        return 0;
    }
    qint64 existing = 0;
    for (const Annotation &a : m_project->annotations(articleId))
        if (a.start == start && a.end == end)
            existing = a.id;
    const qint64 known = m_project->tagIdForPath(path);
    if (known != 0 && existing != 0 && m_project->annotation(existing).tagIds.contains(known))
        return existing; // nothing to do

    QUndoStack *stack = m_project->undoStack();
    const bool macro = known == 0; // a new tag and its use undo together
    if (macro)
        stack->beginMacro(tr("Tag a passage \u201C%1\u201D").arg(path));
    qint64 result = 0;
    const qint64 tagId = known != 0 ? known : ensureTag(path);
    if (tagId != 0) {
        if (existing != 0) {
            if (m_project->tagAnnotation(existing, tagId))
                result = existing;
        } else {
            result = m_project->addAnnotation(articleId, start, end, {tagId});
        }
        if (result == 0)
            m_error = m_project->errorString();
    }
    if (macro) {
        stack->endMacro();
        // A failed attempt may have created part of the tag path: take that back.
        if (result == 0 && stack->canUndo() && stack->index() == stack->count())
            stack->undo();
    }
    return result;
}

} // namespace Entente
