#include "workstation/app/startupprobe.h"

#include "client/localstore.h"
#include "workstation/mainwindow/mainwindow.h"
#include "workstation/queueview/queuepage.h"
#include "workstation/session/session.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <cstdio>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace tierdesk {

namespace {
QElapsedTimer &fallbackTimer()
{
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return timer;
}
} // namespace

void StartupProbe::markProcessStart()
{
    fallbackTimer();
}

qint64 StartupProbe::msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    // Field 22 of /proc/self/stat is the start time in clock ticks after boot; CLOCK_BOOTTIME counts from the
    // same origin. The comm field may hold spaces and parentheses, so fields are counted after its last ')'.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        const QList<QByteArray> fields = text.mid(close + 2).split(' ');
        // After ')': field 3 (state) is index 0, so field 22 is index 19.
        bool ok = false;
        const qint64 startTicks = fields.size() > 19 ? fields.at(19).toLongLong(&ok) : 0;
        const long ticksPerSecond = sysconf(_SC_CLK_TCK);
        timespec now = {};
        if (ok && ticksPerSecond > 0 && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
            const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
            return nowMs - startTicks * 1000 / ticksPerSecond;
        }
    }
#endif
    return fallbackTimer().elapsed();
}

StartupProbe::StartupProbe(const QString &cacheFile, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_cacheFile(cacheFile)
    , m_settings(settings)
{}

StartupProbe::~StartupProbe()
{
    delete m_window;
    delete m_session;
}

bool StartupProbe::start()
{
    if (!QFileInfo::exists(m_cacheFile)) {
        m_error = QStringLiteral("no such cache file: %1").arg(m_cacheFile);
        return false;
    }
    // No network: the session is never started, its address is only a name.
    m_session = new Session(QUrl(QStringLiteral("http://offline.invalid")), QString());
    if (!m_session->openCache(m_cacheFile, &m_error))
        return false;
    m_window = new MainWindow(m_session, m_settings);
    connect(m_window->queuePage(), &QueuePage::firstPagePainted, this, [this] {
        std::printf("startup_ms %lld\n", static_cast<long long>(msSinceProcessStart()));
        std::fflush(stdout);
        emit finished(0);
    });
    QTimer::singleShot(60000, this, [this] {
        std::fprintf(stderr, "startup probe: no queue page was painted within 60 s\n");
        emit finished(1);
    });
    m_window->show();
    return true;
}

} // namespace tierdesk
