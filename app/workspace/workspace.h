#pragma once

#include "io/referencedata.h"
#include "model/article.h"
#include "model/meeting.h"
#include "model/statement.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace Entente {

class MentionIndexer;
class Project;

/**
 * What one window works on: the open Project and the one ReferenceData (the gazetteer with the
 * project's officials edits applied, its matcher, the corpus's meetings and the mention index
 * over the articles being read). Not a widget: it follows the project's signals, keeps the
 * reference data in step and tells views what changed, so controllers and docks take a
 * Workspace and none of them rebuilds reference data of its own.
 *
 * - Officials edits (undo and redo too) are applied to the loaded gazetteer in order; the
 *   matcher and the mention index are rebuilt: referenceChanged(), then mentionsChanged().
 * - Another article set (a file opened or closed, an import): articlesChanged(), then
 *   mentionsChanged().
 * - meetings() are the open project's; the corpus's only while no project is open.
 * - articles() are the metadata without the texts when a project is open (article() reads
 *   one with its text). The mention index of a project of more than SynchronousIndexLimit
 *   articles is built on a worker thread (MentionIndexer): mentionsChanged() comes when it
 *   is done, with indexingProgress() meanwhile; mentionsReady() says whether it is current.
 *
 * The Project object lives as long as the workspace (opening another file reopens it), so
 * pointers to it and to reference() stay valid.
 */
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    Project *project() const { return m_project; }
    /// The reference data of the window: shared by highlighting, the Officials and
    /// Annotations panels, the timeline and exports. Same object for the workspace's lifetime.
    const ReferenceData &reference() const { return m_reference; }

    /**
     * Loads the officials and meetings of the corpus in @p corpusDirectory (see
     * ReferenceData::load) and applies the open project's officials edits. On failure the
     * previous data stays and errorString() says why.
     */
    bool loadReferenceData(const QString &corpusDirectory);
    /// The corpus the reference data came from (empty before the first load).
    QString corpusDirectory() const { return m_corpusDirectory; }
    QString errorString() const { return m_error; }

    /// Projects up to this many articles are indexed at once, on the calling thread.
    static constexpr int SynchronousIndexLimit = 200;

    /// The articles being read: the open project's (without their texts), or those given to
    /// setArticles() (with them).
    const ArticleList &articles() const { return m_articles; }
    /// Replaces the articles being read (e.g. without a project); the next project change
    /// replaces them again.
    void setArticles(const ArticleList &articles);
    /// The article with @p id with its text, or a null one.
    Article article(const QString &id) const;
    /// The text of the article @p id (empty for an unknown one).
    QString articleText(const QString &id) const;
    /// False while the mention index is being rebuilt on a worker thread.
    bool mentionsReady() const;

    /// True when the project is open: meetings and statements then come from it.
    bool hasProject() const;
    /// The meetings to show: the open project's, else the corpus's.
    MeetingList meetings() const;
    /// The open project's statements (empty without a project: views extract their own).
    StatementList statements() const;
    /// The officials edits of the project that could not be applied (see ReferenceData).
    QStringList officialsEditErrors() const { return m_reference.officialsEditErrors(); }

Q_SIGNALS:
    /// articles() was replaced.
    void articlesChanged();
    /// The gazetteer and matcher changed (other reference data, or officials edits).
    void referenceChanged();
    /// The mention index was rebuilt (after articlesChanged() or referenceChanged()).
    void mentionsChanged();
    /// meetings() or the officials' names changed. @p replaced: another source (a file opened
    /// or closed, other reference data), so a view may show its default range again.
    void meetingsChanged(bool replaced);
    /// statements() changed, or what resolves their speakers did.
    void statementsChanged();
    /// Some officials edits of the project do not apply to the gazetteer (listed).
    void officialsEditsFailed(const QStringList &errors);
    /// An undo or redo of the project could not be written (Project::editFailed()); the
    /// stack was put back. A message for the user.
    void editFailed(const QString &message);
    /// The mention index being built on a worker thread: @p done of @p total articles; when
    /// @p done == @p total it is in place (mentionsChanged() follows).
    void indexingProgress(int done, int total);
    /// The articles could not be read to find their mentions (a message for the user).
    void indexingFailed(const QString &message);

private:
    void onOpenedOrClosed();
    void onArticlesChanged();
    void onOfficialsEditsChanged();
    /// Applies the project's officials edits to the reference data (reports failures).
    void applyOfficialsEdits();
    /// Indexes the open project's articles: at once when there are few, else on the worker
    /// (the current index stays until the new one is in). True when the index is current.
    bool indexProject();

    Project *m_project = nullptr;
    MentionIndexer *m_indexer = nullptr;
    ReferenceData m_reference;
    ArticleList m_articles;
    QString m_corpusDirectory;
    QString m_error;
};

} // namespace Entente
