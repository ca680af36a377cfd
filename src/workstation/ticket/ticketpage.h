#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTimer;

namespace tierdesk {

class AuditView;
class Composer;
class ConflictBanner;
class ConversationView;
class PropertiesPanel;
class Session;
struct StoreChange;

// One ticket in a tab of the main window: header, conflict banner, the conversation with the composer
// below it, and beside them the properties and the audit history. Everything reads the local cache and
// follows its changes, so an edit shows at once and a colleague's change arrives by itself.
class TicketPage : public QWidget
{
    Q_OBJECT

public:
    TicketPage(Session *session, qint64 ticketId, QWidget *parent = nullptr);

    qint64 ticketId() const { return m_id; }
    QJsonObject ticket() const { return m_ticket; }
    bool exists() const { return !m_ticket.isEmpty(); }
    QString tabTitle() const;

    Composer *composer() const { return m_composer; }
    ConversationView *conversation() const { return m_conversation; }
    PropertiesPanel *properties() const { return m_properties; }
    AuditView *audit() const { return m_audit; }
    ConflictBanner *conflictBanner() const { return m_banner; }
    QTabWidget *sideTabs() const { return m_sideTabs; }

public slots:
    void reload();
    void startReply();
    void startNote();
    void assignToMe();
    void showHistory();
    // Inserts text (a knowledge-base article) into the composer as a reply.
    void insertIntoReply(const QString &text);
    void linkArticle(qint64 articleId);

signals:
    void titleChanged(const QString &title);
    void lookupErrorCode(const QString &code);
    void openArticle(qint64 articleId);

private:
    void onStoreChanged(const StoreChange &change);
    void updateHeader();

    Session *m_session;
    qint64 m_id;
    QJsonObject m_ticket;
    QLabel *m_header;
    QLabel *m_subHeader;
    ConflictBanner *m_banner;
    ConversationView *m_conversation;
    Composer *m_composer;
    PropertiesPanel *m_properties;
    AuditView *m_audit;
    QTabWidget *m_sideTabs;
    QTimer *m_timer;
    QTimer *m_auditTimer;
};

} // namespace tierdesk
