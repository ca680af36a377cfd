#pragma once

#include <QJsonObject>
#include <QWidget>
#include <memory>

namespace Ui {
class PropertiesPanel;
}

namespace tierdesk {

class Session;

// The ticket's fields beside the conversation: status, severity, owner (with "Assign to me"), group and tier,
// collaborators, error codes, tags, incident, linked knowledge-base articles and the SLA timers. Every change
// is one patch through the sync engine (shown at once, sent when possible); a refresh from the cache never
// sends anything back.
class PropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    PropertiesPanel(Session *session, QWidget *parent = nullptr);
    ~PropertiesPanel() override;

    void setTicket(const QJsonObject &ticket);
    QJsonObject ticket() const { return m_ticket; }
    void refreshTimers();

    // Knowledge-base articles linked to a ticket are kept as tags "kb-<article id>".
    static QString articleTag(qint64 articleId);
    static QList<qint64> linkedArticles(const QJsonObject &ticket);
    static QStringList splitList(const QString &text);

public slots:
    void assignToMe();
    void setStatus(const QString &status);

signals:
    void lookupErrorCode(const QString &code);
    void openArticle(qint64 articleId);
    void patched(const QJsonObject &patch);

private:
    void patch(const QJsonObject &patch);
    void fillChoices();
    void onCollaboratorChanged();

    std::unique_ptr<Ui::PropertiesPanel> ui;
    Session *m_session;
    QJsonObject m_ticket;
    qint64 m_id = 0;
    bool m_updating = false;
};

} // namespace tierdesk
