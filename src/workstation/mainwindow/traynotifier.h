#pragma once

#include <QObject>
#include <QSet>
#include <functional>

class QSystemTrayIcon;
class QTimer;

namespace tierdesk {

class Session;
struct StoreChange;

// Tells the agent about what happens even when the window is in the background: the server's notifications
// for me as they arrive (a ticket assigned to me by someone else — my own "assign to me" makes none —, a
// customer's reply on a ticket of mine) and a ticket of mine — or unassigned in my tier — whose
// first-response SLA has just run out. Shown as tray messages where
// the desktop has a tray (QSystemTrayIcon); notified() is emitted either way (the window's status bar shows
// it, tests watch it).
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Assigned, Reply, SlaBreached };
    Q_ENUM(Kind)

    explicit TrayNotifier(Session *session, QObject *parent = nullptr);
    ~TrayNotifier() override;

    bool hasTray() const { return m_tray != nullptr; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // The clock and how often breaches are looked for (tests).
    void setClock(std::function<qint64()> nowMs);
    void setCheckInterval(int ms);
    // Starts watching: remembers what is mine now (no messages for what was already so).
    void start();

public slots:
    void checkSlaBreaches();

signals:
    void notified(tierdesk::TrayNotifier::Kind kind, qint64 ticketId, const QString &title,
                  const QString &text);
    void openTicketRequested(qint64 ticketId);

private:
    void onStoreChanged(const StoreChange &change);
    void rememberSeen();
    void notify(Kind kind, qint64 ticketId, const QString &title, const QString &text);

    Session *m_session;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_timer;
    qint64 m_lastNotification = 0; // the newest notification already known: later ones are news
    qint64 m_lastCheck = 0;
    qint64 m_lastTicket = 0;
    std::function<qint64()> m_clock;
    bool m_started = false;
    bool m_baseline = false; // what was already there is known; notifications from here on are news
};

} // namespace tierdesk
