#pragma once

#include "reference/mentionindex.h"
#include "reference/officialsmatcher.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace Entente {

/**
 * Finds the officials' mentions in every article of a project file on a worker thread (the
 * texts are read there with a connection of its own, ArticleTextScan, one at a time), so
 * opening a project of 10,000 articles does not wait for 40 MB of matching and does not hold
 * the texts. The matcher is copied when a run starts: the gazetteer may change meanwhile.
 *
 * start() while a run is going cancels that run: only the latest run reports, through
 * progress() and then finished() or failed(). The destructor cancels and waits.
 */
class MentionIndexer : public QObject
{
    Q_OBJECT
public:
    explicit MentionIndexer(QObject *parent = nullptr);
    ~MentionIndexer() override;

    /// Indexes the @p total articles of the project file @p path with a copy of @p matcher.
    void start(const QString &path, const OfficialsMatcher &matcher, int total);
    /// Drops the run in progress (it stops at its next article); nothing more is reported.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// @p done of @p total articles indexed (every few hundred articles, and at the end).
    void progress(int done, int total);
    void finished(const Entente::MentionIndex &index);
    void failed(const QString &message);

private:
    struct Run;
    std::shared_ptr<Run> m_run;
    QList<QThread *> m_threads; // still going, cancelled ones included
    bool m_running = false;
};

} // namespace Entente
