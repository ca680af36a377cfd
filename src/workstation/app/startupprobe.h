#pragma once

#include <QObject>
#include <QString>

namespace tierdesk {

class AppSettings;
class MainWindow;
class Session;

// `tierdesk --startup-probe --cache FILE`: opens the main window from an existing cache without any
// network, and once the window is shown and the queue's first page painted prints
//
//     startup_ms <milliseconds since the process started>
//
// on stdout and quits (exit code 0; 1 with a message on stderr when the cache cannot be opened or nothing
// was painted within a minute). tierdesk-bench queue measures `startup_ms` with it.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    StartupProbe(const QString &cacheFile, AppSettings *settings, QObject *parent = nullptr);
    ~StartupProbe() override;

    // Opens the window; false with error() when the cache cannot be opened.
    bool start();
    QString error() const { return m_error; }

    // Milliseconds since this process was created (Linux: from /proc/self/stat, so loading the program and
    // its libraries counts too); elsewhere since the first call of this function's static timer.
    static qint64 msSinceProcessStart();
    // Starts the fallback timer as early as possible (call first thing in main()).
    static void markProcessStart();

signals:
    void finished(int exitCode);

private:
    QString m_cacheFile;
    AppSettings *m_settings;
    Session *m_session = nullptr;
    MainWindow *m_window = nullptr;
    QString m_error;
};

} // namespace tierdesk
