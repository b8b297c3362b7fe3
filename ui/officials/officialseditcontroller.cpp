#include "officials/officialseditcontroller.h"

#include "reference/gazetteer.h"
#include "io/officialsedits.h"
#include "officials/addofficialdialog.h"
#include "officials/officialpickerdialog.h"
#include "reader/articleview.h"
#include "reader/readerarea.h"
#include "store/project.h"
#include "text/offsetmap.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QMenu>

namespace Entente {

OfficialsEditController::OfficialsEditController(Workspace *workspace, ReaderArea *reader, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_project(workspace->project())
    , m_reader(reader)
    , m_window(window)
{
    Project *project = workspace->project();
    m_addOfficial = new QAction(QIcon::fromTheme(QStringLiteral("list-add-user")), tr("Add &Official from Selection\u2026"), this);
    m_addOfficial->setObjectName(QStringLiteral("addOfficialAction"));
    m_addOfficial->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_addOfficial->setToolTip(tr("Add the person named by the selected text to the officials (Ctrl+Shift+O)"));
    connect(m_addOfficial, &QAction::triggered, this, [this] { addOfficialFromSelection(); });
    m_addAlias = new QAction(tr("Add Selection as A&lias of\u2026"), this);
    m_addAlias->setObjectName(QStringLiteral("addAliasAction"));
    m_addAlias->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_addAlias->setToolTip(tr("Add the selected text as another name of an official (Ctrl+Shift+A)"));
    connect(m_addAlias, &QAction::triggered, this, [this] { addSelectionAsAlias(); });
    for (QAction *a : {m_addOfficial, m_addAlias}) {
        a->setShortcutContext(Qt::WindowShortcut);
        window->addAction(a);
    }

    connect(reader, &ReaderArea::paneOpened, this, &OfficialsEditController::addContextMenuItems);
    for (ArticleView *view : reader->articleViews())
        addContextMenuItems(view);
    connect(project, &Project::opened, this, &OfficialsEditController::updateEnabled);
    connect(project, &Project::closed, this, &OfficialsEditController::updateEnabled);
    updateEnabled();
}

const Gazetteer &OfficialsEditController::gazetteer() const
{
    return m_workspace->reference().gazetteer();
}

void OfficialsEditController::updateEnabled()
{
    const bool writable = m_project && m_project->isOpen() && !m_project->isReadOnly();
    m_addOfficial->setEnabled(writable);
    m_addAlias->setEnabled(writable);
}

void OfficialsEditController::addContextMenuItems(ArticleView *view)
{
    connect(view, &ArticleView::contextMenuRequested, this, [this, view](QMenu *menu) {
        const auto span = view->selectedSpan();
        const bool selected = span.first < span.second;
        menu->addSeparator();
        QAction *person = menu->addAction(m_addOfficial->text(), this, [this, view] { addOfficialFromSelection(view); });
        person->setShortcut(m_addOfficial->shortcut());
        person->setEnabled(m_addOfficial->isEnabled() && selected);
        QAction *alias = menu->addAction(m_addAlias->text(), this, [this, view] { addSelectionAsAlias(view); });
        alias->setShortcut(m_addAlias->shortcut());
        alias->setEnabled(m_addAlias->isEnabled() && selected);
    });
}

QString OfficialsEditController::selectedText(ArticleView *view, QString *why) const
{
    if (!m_project || !m_project->isOpen() || m_project->isReadOnly()) {
        *why = tr("This project is read-only: officials cannot be added.");
        return QString();
    }
    if (!view || view->article().isNull()) {
        *why = tr("Open an article and select a name first.");
        return QString();
    }
    const auto span = view->selectedSpan();
    // The selection in code points, cut from the article text itself.
    QString selected;
    if (span.first < span.second) {
        const QString &text = view->article().text;
        const OffsetMap map(text);
        const qsizetype from = map.toUtf16(span.first), to = map.toUtf16(span.second);
        if (from >= 0 && to > from && to <= text.size())
            selected = text.mid(from, to - from).simplified();
    }
    if (selected.isEmpty())
        *why = tr("Select the name in the text first.");
    return selected;
}

bool OfficialsEditController::addOfficialFromSelection(ArticleView *view)
{
    if (!view && m_reader)
        view = m_reader->currentPane();
    QString why;
    const QString name = selectedText(view, &why);
    if (name.isEmpty()) {
        Q_EMIT message(why);
        return false;
    }
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new AddOfficialDialog(gazetteer(), name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_project)
            return;
        const Official official = dialog->official();
        if (m_project->addOfficialsEdit(OfficialsEdits::addPersonRecord(official, dialog->script())) == 0)
            Q_EMIT message(m_project->errorString());
        else
            Q_EMIT message(tr("Added %1 to the officials.").arg(official.name));
    });
    dialog->open();
    return true;
}

bool OfficialsEditController::addSelectionAsAlias(ArticleView *view)
{
    if (!view && m_reader)
        view = m_reader->currentPane();
    QString why;
    const QString alias = selectedText(view, &why);
    if (alias.isEmpty()) {
        Q_EMIT message(why);
        return false;
    }
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new OfficialPickerDialog(gazetteer(), alias, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = dialog->selectedOfficialId();
        if (!m_project || id.isEmpty())
            return;
        if (m_project->addOfficialsEdit(OfficialsEdits::addAliasRecord(id, dialog->alias())) == 0) {
            Q_EMIT message(m_project->errorString());
            return;
        }
        const Official *o = gazetteer().official(id);
        Q_EMIT message(tr("\u201C%1\u201D is now a name of %2.").arg(dialog->alias(), o ? o->name : id));
    });
    dialog->open();
    return true;
}

} // namespace Entente
