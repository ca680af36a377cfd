#pragma once

#include <QMainWindow>
#include <QPointer>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace tierdesk {

class AppSettings;
class KbPage;
class QueuePage;
class Session;
class SyncStatusWidget;
class TicketPage;
class NotificationBell;
class TrayNotifier;

// The workstation window: the queue and the knowledge base as the first two tabs, each open ticket in a tab
// of its own, the sync state in the status bar, and the keyboard shortcuts agents use all day (J/K or
// Ctrl+PgDn/PgUp next/previous ticket, R reply, N note, Ctrl+Shift+A assign to me, Ctrl+F or / search,
// F1 or ? the list of shortcuts).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Session *session, AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }
    QueuePage *queuePage() const { return m_queue; }
    KbPage *kbPage() const { return m_kb; }
    SyncStatusWidget *syncStatus() const { return m_status; }
    TrayNotifier *notifier() const { return m_notifier; }
    NotificationBell *bell() const { return m_bell; }

    TicketPage *currentTicketPage() const;
    QList<TicketPage *> ticketPages() const;
    TicketPage *ticketPage(qint64 id) const;
    // The ticket tab the agent last worked in (KB insert/link act on it).
    TicketPage *lastTicketPage() const;
    QList<QAction *> shortcutActions() const;
    QAction *action(const QString &objectName) const;

public slots:
    // Opens (or switches to) the ticket's tab; replaceCurrent puts it in place of the current ticket tab.
    TicketPage *openTicket(qint64 id, bool replaceCurrent = false);
    void showQueue();
    void showKnowledgeBase();
    void nextTicket();
    void previousTicket();
    void reply();
    void note();
    void assignToMe();
    void search();
    void showShortcuts();
    void closeCurrentTicket();
    void lookupErrorCode(const QString &code);
    void openArticle(qint64 id);

signals:
    void signOutRequested();
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void setUpLanguageMenu();
    void stepTicket(int delta);
    void onTabChanged(int index);
    void updateTitle();
    void updateKbTarget();

    std::unique_ptr<Ui::MainWindow> ui;
    Session *m_session;
    AppSettings *m_settings;
    QueuePage *m_queue;
    KbPage *m_kb;
    SyncStatusWidget *m_status;
    TrayNotifier *m_notifier;
    NotificationBell *m_bell;
    QPointer<TicketPage> m_lastTicket;
};

} // namespace tierdesk
