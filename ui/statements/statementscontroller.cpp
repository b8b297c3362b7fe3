#include "statements/statementscontroller.h"

#include "io/referencedata.h"
#include "reader/articleview.h"
#include "reader/readerarea.h"
#include "statements/comparisonview.h"
#include "statements/statementdialog.h"
#include "store/project.h"
#include "store/recordconversion.h"
#include "text/offsetmap.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QMenu>

namespace Entente {

StatementsController::StatementsController(Workspace *workspace, ReaderArea *reader, ComparisonView *comparison, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_project(workspace->project())
    , m_reader(reader)
    , m_comparison(comparison)
    , m_window(window)
{
    Project *project = workspace->project();
    m_newAction = new QAction(tr("New &Statement from Selection\u2026"), this);
    m_newAction->setObjectName(QStringLiteral("newStatementAction"));
    m_newAction->setToolTip(tr("Record the passage selected in the reader as a statement"));
    connect(m_newAction, &QAction::triggered, this, [this] { newStatementFromSelection(); });

    connect(reader, &ReaderArea::paneOpened, this, &StatementsController::addContextMenuItem);
    for (ArticleView *view : reader->articleViews())
        addContextMenuItem(view);
    ComparisonView *view = comparison;
    connect(view, &ComparisonView::acceptRequested, this, &StatementsController::acceptStatement);
    connect(view, &ComparisonView::correctRequested, this, &StatementsController::correctStatement);
    connect(view, &ComparisonView::deleteRequested, this, &StatementsController::deleteStatement);
    connect(project, &Project::opened, this, &StatementsController::updateEnabled);
    connect(project, &Project::closed, this, &StatementsController::updateEnabled);
    updateEnabled();
}

bool StatementsController::isWritable() const
{
    return m_project && m_project->isOpen() && !m_project->isReadOnly();
}

void StatementsController::updateEnabled()
{
    m_newAction->setEnabled(isWritable());
    if (m_comparison)
        m_comparison->setEditable(isWritable());
}

void StatementsController::addContextMenuItem(ArticleView *view)
{
    connect(view, &ArticleView::contextMenuRequested, this, [this, view](QMenu *menu) {
        const auto span = view->selectedSpan();
        QAction *item = menu->addAction(m_newAction->text());
        item->setObjectName(QStringLiteral("newStatementMenuItem"));
        item->setEnabled(isWritable() && span.first < span.second);
        connect(item, &QAction::triggered, this, [this, view] { newStatementFromSelection(view); });
    });
}

Statement StatementsController::statementFromSelection(const ArticleView *view) const
{
    Statement s;
    if (!view || view->article().isNull())
        return s;
    const Article &article = view->article();
    const auto [start, end] = view->selectedSpan();
    if (start >= end)
        return s;
    const OffsetMap map(article.text);
    const qsizetype from = map.toUtf16(start);
    s.articleId = article.id;
    s.content = {TextSpan{start, end}};
    s.evidence = {start, end};
    s.text = article.text.mid(from, map.toUtf16(end) - from);
    s.kind = Statement::Kind::Direct;
    s.date = article.published;
    s.status = Statement::Status::User;
    const QStringList speakers = m_workspace->reference().officialsInSpan(article.id, start, end);
    if (speakers.size() == 1)
        s.speakerId = speakers.constFirst();
    return s;
}

bool StatementsController::newStatementFromSelection(ArticleView *view)
{
    if (!view)
        view = m_reader ? m_reader->currentPane() : nullptr;
    if (!isWritable()) {
        Q_EMIT message(tr("This project is read-only: statements cannot be added."));
        return false;
    }
    const Statement suggested = statementFromSelection(view);
    if (suggested.articleId.isEmpty()) {
        Q_EMIT message(tr("Select the statement's passage first."));
        return false;
    }
    delete m_dialog;
    m_dialog = new StatementDialog(suggested, m_workspace->reference().officialNames(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] {
        Statement s = dialog->statement();
        s.status = Statement::Status::User;
        if (m_project->addStatement(RecordConversion::toRecord(s)) == 0)
            Q_EMIT message(m_project->errorString());
        else
            Q_EMIT message(tr("Statement added. Undo with Ctrl+Z."));
    });
    m_dialog->open();
    return true;
}

bool StatementsController::acceptStatement(qint64 id)
{
    if (!isWritable() || id == 0)
        return false;
    StatementRecord r = m_project->statement(id);
    if (r.id == 0)
        return false;
    r.status = Statement::statusName(Statement::Status::Accepted);
    if (!m_project->updateStatement(r)) {
        Q_EMIT message(m_project->errorString());
        return false;
    }
    return true;
}

bool StatementsController::correctStatement(qint64 id)
{
    if (!isWritable() || id == 0)
        return false;
    const StatementRecord r = m_project->statement(id);
    if (r.id == 0)
        return false;
    delete m_dialog;
    m_dialog = new StatementDialog(RecordConversion::toStatement(r), m_workspace->reference().officialNames(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] { updateStatement(dialog->statement()); });
    m_dialog->open();
    return true;
}

bool StatementsController::updateStatement(Statement statement)
{
    if (!isWritable() || statement.id == 0)
        return false;
    const StatementRecord old = m_project->statement(statement.id);
    if (old.id == 0)
        return false;
    statement.status = Statement::statusFromName(old.status);
    if (RecordConversion::toRecord(statement) == old)
        return true; // nothing changed: no undo step
    if (statement.status != Statement::Status::User)
        statement.status = Statement::Status::Edited;
    const StatementRecord record = RecordConversion::toRecord(statement);
    if (!m_project->updateStatement(record)) {
        Q_EMIT message(m_project->errorString());
        return false;
    }
    return true;
}

bool StatementsController::deleteStatement(qint64 id)
{
    if (!isWritable() || id == 0)
        return false;
    if (!m_project->removeStatement(id)) {
        Q_EMIT message(m_project->errorString());
        return false;
    }
    Q_EMIT message(tr("Statement deleted. Undo with Ctrl+Z."));
    return true;
}

} // namespace Entente
