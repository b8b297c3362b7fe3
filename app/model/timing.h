#pragma once

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace Entente {

/// Durations of the steps of opening and editing a project, for profiling:
/// QT_LOGGING_RULES="entente.timing.debug=true" prints one line per timed step.
Q_DECLARE_LOGGING_CATEGORY(lcTiming)

/// Logs how long the enclosing scope took, under lcTiming (nothing when the category is off).
class ScopedTiming
{
public:
    explicit ScopedTiming(const char *what)
        : m_what(what)
    {
        if (lcTiming().isDebugEnabled())
            m_timer.start();
    }
    ~ScopedTiming()
    {
        if (m_timer.isValid())
            qCDebug(lcTiming, "%s: %.1f ms", m_what, m_timer.nsecsElapsed() / 1e6);
    }
    ScopedTiming(const ScopedTiming &) = delete;
    ScopedTiming &operator=(const ScopedTiming &) = delete;

private:
    const char *m_what;
    QElapsedTimer m_timer;
};

} // namespace Entente
