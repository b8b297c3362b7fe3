#include "tags/taggingcontroller.h"

#include "reader/articleview.h"
#include "reader/readerarea.h"
#include "store/project.h"
#include "tags/tagcolours.h"
#include "tags/tagentrypopup.h"
#include "text/offsetmap.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QMenu>
#include <QTextBrowser>
#include <QUndoStack>

#include <algorithm>

namespace Entente {

TaggingController::TaggingController(Workspace *workspace, ReaderArea *reader, QWidget *window)
    : QObject(window)
    , m_project(workspace->project())
    , m_reader(reader)
    , m_window(window)
{
    Project *project = workspace->project();
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

QString TaggingController::checkTagging(const QString &articleId, const QString &path, const std::pair<qsizetype, qsizetype> *span) const
{
    if (!m_project || !m_project->isOpen())
        return tr("No project is open.");
    if (m_project->isReadOnly())
        return tr("This project is read-only: nothing can be tagged.");
    const Article article = m_project->article(articleId);
    if (article.isNull())
        return tr("No article with the id \u201C%1\u201D.").arg(articleId);
    const qsizetype length = OffsetMap(article.text).codePointLength();
    if (span && (span->first < 0 || span->second <= span->first || span->second > length))
        return tr("The span [%1, %2) is not inside the article (%3 code points).").arg(span->first).arg(span->second).arg(length);
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty() || std::any_of(parts.cbegin(), parts.cend(), [](const QString &p) { return p.trimmed().isEmpty(); }))
        return tr("\u201C%1\u201D is not a tag path (expected names separated by '/').").arg(path);
    return {};
}

qint64 TaggingController::createTagPath(const QString &path)
{
    // The tags of the path that do not exist yet, to colour once created.
    QStringList missing;
    QString sofar;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        sofar = sofar.isEmpty() ? part.trimmed() : sofar + u'/' + part.trimmed();
        if (m_project->tagIdForPath(sofar) == 0)
            missing << sofar;
    }
    const qsizetype before = m_project->tags().size();
    const qint64 id = m_project->ensureTagPath(path);
    if (id == 0) {
        m_error = m_project->errorString();
        return 0;
    }
    for (qsizetype k = 0; k < missing.size(); ++k) {
        const qint64 created = m_project->tagIdForPath(missing.at(k));
        if (created != 0 && !m_project->tag(created).colour.isValid())
            m_project->recolourTag(created, TagColours::suggested(before + k));
    }
    return id;
}

bool TaggingController::applyArticleTag(const QString &articleId, const QString &path)
{
    m_error = checkTagging(articleId, path);
    if (!m_error.isEmpty())
        return false;
    const qint64 known = m_project->tagIdForPath(path);
    if (known != 0 && m_project->articleTags(articleId).contains(known))
        return true;
    if (known != 0) {
        if (m_project->tagArticle(articleId, known))
            return true;
        m_error = m_project->errorString();
        return false;
    }
    // A new tag and its use: one undo step.
    QUndoStack *stack = m_project->undoStack();
    stack->beginMacro(tr("Tag an article \u201C%1\u201D").arg(path));
    const qint64 tagId = createTagPath(path);
    const bool ok = tagId != 0 && m_project->tagArticle(articleId, tagId);
    stack->endMacro();
    if (!ok && m_error.isEmpty())
        m_error = tr("The tag \u201C%1\u201D was created, but the article could not be tagged: %2").arg(path, m_project->errorString());
    return ok;
}

qint64 TaggingController::applyTag(const QString &articleId, qsizetype start, qsizetype end, const QString &path)
{
    const std::pair<qsizetype, qsizetype> span{start, end};
    m_error = checkTagging(articleId, path, &span);
    if (!m_error.isEmpty())
        return 0;
    qint64 existing = 0;
    for (const Annotation &a : m_project->annotations(articleId))
        if (a.start == start && a.end == end)
            existing = a.id;
    const qint64 known = m_project->tagIdForPath(path);
    if (known != 0 && existing != 0 && m_project->annotation(existing).tagIds.contains(known))
        return existing; // nothing to do

    const auto use = [&](qint64 tagId) -> qint64 {
        if (existing != 0)
            return m_project->tagAnnotation(existing, tagId) ? existing : 0;
        return m_project->addAnnotation(articleId, start, end, {tagId});
    };
    if (known != 0) {
        const qint64 result = use(known);
        if (result == 0)
            m_error = m_project->errorString();
        return result;
    }
    // A new tag and its use undo together: one macro. Everything was checked above, so only
    // the disk can still fail here; the macro then holds what was written, and says so.
    QUndoStack *stack = m_project->undoStack();
    stack->beginMacro(tr("Tag a passage \u201C%1\u201D").arg(path));
    const qint64 tagId = createTagPath(path);
    const qint64 result = tagId != 0 ? use(tagId) : 0;
    stack->endMacro();
    if (result == 0 && m_error.isEmpty())
        m_error = tr("The tag \u201C%1\u201D was created, but the passage could not be tagged: %2").arg(path, m_project->errorString());
    return result;
}

} // namespace Entente
