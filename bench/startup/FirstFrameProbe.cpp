// SPDX-License-Identifier: GPL-3.0-or-later
// Preloaded into `maestro` by bench-startup. When the first top-level window is exposed,
// it waits for the event loop to come back (the expose paints the window) and prints
// "first-frame-ms X" on standard error: milliseconds since MAESTRO_BENCH_T0_NS, the
// CLOCK_MONOTONIC time at which bench-startup started the process.
#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace {

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

class FirstFrameProbe : public QObject
{
public:
    explicit FirstFrameProbe(qint64 startNs)
        : m_startNs(startNs)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_seen || event->type() != QEvent::Expose)
            return false;
        auto *window = qobject_cast<QWindow *>(watched);
        if (!window || window->parent() || !window->isExposed())
            return false;
        m_seen = true;
        const double exposedMs = double(monotonicNs() - m_startNs) / 1e6;
        // Queued: runs once the expose (and the paint it triggers) has been handled.
        const QByteArray title = window->title().toUtf8();
        QTimer::singleShot(0, this, [this, exposedMs, title] {
            std::fprintf(stderr, "first-window %s\nfirst-exposed-ms %.3f\nfirst-frame-ms %.3f\n",
                         title.constData(), exposedMs, double(monotonicNs() - m_startNs) / 1e6);
            std::fflush(stderr);
        });
        return false;
    }

private:
    qint64 m_startNs;
    bool m_seen = false;
};

void installProbe()
{
    const QByteArray start = qgetenv("MAESTRO_BENCH_T0_NS");
    if (start.isEmpty())
        return;
    auto *probe = new FirstFrameProbe(start.toLongLong());
    probe->moveToThread(QCoreApplication::instance()->thread());
    QCoreApplication::instance()->installEventFilter(probe);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installProbe)
