#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace tierdesk {

class AppSettings;
class MainWindow;
class WorkstationApp;

// `tierdesk ... --screenshot-tour DIR`: once the main window is up and the first sync is done, shows the
// views one after the other and writes what the window shows as PNG files — login.png, queue.png,
// ticket.png and kb.png — then quits. It only reads: nothing is sent to the server (the draft in the
// ticket's composer is never sent). scripts/screenshots runs it against the demo server under Xvfb.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(WorkstationApp *app, AppSettings *settings, const QString &directory,
                   QObject *parent = nullptr);

    QStringList writtenFiles() const { return m_written; }

signals:
    void finished(int exitCode);

private:
    void onMainWindow(MainWindow *window);
    void waitForSync(int attempt);
    void run();
    void settle(int ms);
    bool save(QWidget *widget, const QString &name);
    void fail(const QString &message);

    WorkstationApp *m_app;
    AppSettings *m_settings;
    QString m_directory;
    QPointer<MainWindow> m_window;
    QStringList m_written;
};

} // namespace tierdesk
