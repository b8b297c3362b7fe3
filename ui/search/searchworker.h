#pragma once

#include "store/searchhit.h"

#include <QObject>

#include <memory>

namespace Entente {

class Project;

/// Runs full-text searches away from the GUI thread: lives in a worker thread with its own
/// read-only connection to the project file (SQLite in WAL mode lets it read while the window
/// writes), reopened when the file changes.
class SearchWorker : public QObject
{
    Q_OBJECT
public:
    explicit SearchWorker(QObject *parent = nullptr);
    ~SearchWorker() override;

public Q_SLOTS:
    /// Searches @p fileName for @p query; answers with finished() carrying @p serial.
    void search(int serial, const QString &fileName, const QString &query, int limit);
    /// Drops the connection (call through the worker's thread before it ends).
    void closeProject();

Q_SIGNALS:
    void finished(int serial, const QString &query, const Entente::SearchHitList &hits, const QString &error);

private:
    std::unique_ptr<Project> m_project;
};

} // namespace Entente
