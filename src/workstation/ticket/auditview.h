#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace tierdesk {

class ApiJob;
class Session;

// The ticket's audit history (who changed which field from what to what, when), read from the server: the
// history is not part of the local cache. Offline it says so instead of showing an empty list.
class AuditView : public QWidget
{
    Q_OBJECT

public:
    AuditView(Session *session, qint64 ticketId, QWidget *parent = nullptr);

    int entryCount() const;
    QTreeWidget *tree() const { return m_tree; }
    bool isLoading() const;
    void setTicketId(qint64 id) { m_ticketId = id; }

public slots:
    void reload();

signals:
    void loaded(int entries);

private:
    void onFinished(ApiJob *job);
    QString valueText(const QString &field, const QJsonValue &value) const;

    Session *m_session;
    qint64 m_ticketId;
    QTreeWidget *m_tree;
    QLabel *m_status;
    QPointer<ApiJob> m_job;
};

} // namespace tierdesk
