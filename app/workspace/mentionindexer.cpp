#include "workspace/mentionindexer.h"

#include "store/articletextscan.h"

#include <QThread>

namespace Entente {

struct MentionIndexer::Run
{
    std::atomic<bool> cancelled{false};
};

MentionIndexer::MentionIndexer(QObject *parent)
    : QObject(parent)
{
}

MentionIndexer::~MentionIndexer()
{
    cancel();
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void MentionIndexer::cancel()
{
    if (m_run)
        m_run->cancelled = true;
    m_run.reset();
    m_running = false;
}

void MentionIndexer::start(const QString &path, const OfficialsMatcher &matcher, int total)
{
    cancel();
    auto run = std::make_shared<Run>();
    m_run = run;
    m_running = true;
    // From the worker, a queued call that reports only while its run is the current one (the
    // indexer outlives every worker: its destructor waits for them).
    const auto report = [this, run](std::function<void()> call) {
        QMetaObject::invokeMethod(this, [this, run, call = std::move(call)] {
            if (m_run == run)
                call();
        }, Qt::QueuedConnection);
    };
    QThread *thread = QThread::create([this, path, matcher, total, run, report] {
        MentionIndex index;
        int done = 0;
        QString error;
        const bool ok = ArticleTextScan::run(path, [&](const Article &a) {
            if (run->cancelled)
                return false;
            index.add(a, matcher.find(a.text, a.published));
            if (++done % 250 == 0)
                report([this, done, total] { Q_EMIT progress(done, total); });
            return true;
        }, &error);
        if (run->cancelled)
            return;
        if (!ok) {
            report([this, error] {
                m_running = false;
                Q_EMIT failed(error);
            });
            return;
        }
        report([this, index = std::move(index), done] {
            m_running = false;
            Q_EMIT progress(done, done);
            Q_EMIT finished(index);
        });
    });
    m_threads.append(thread);
    // A finished thread is deleted here (not deleteLater(): the indexer may be gone by then).
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->wait();
        delete thread;
    });
    thread->start(QThread::LowPriority);
}

} // namespace Entente
