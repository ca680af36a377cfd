#pragma once

#include "reporter/reportersession.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>
#include <memory>

class QUrl;

namespace Ui {
class TicketView;
}

namespace tierdesk {

class AttachmentPanel;

// One of the customer's tickets: its state, the conversation (public messages only, the customer's own
// ones marked as still waiting while they sit in the outbox or the send queue), its attachments (opened
// from the local cache or downloaded, checked against their sha256), and a reply box with the same
// screenshot panel as "New problem". Works offline: replies go to the send queue and the outbox.
class TicketView : public QWidget
{
    Q_OBJECT

public:
    explicit TicketView(QWidget *parent = nullptr);
    ~TicketView() override;

    void setSession(ReporterSession *session);
    void showTicket(qint64 ticketId);
    qint64 ticketId() const { return m_ticketId; }

    AttachmentPanel *replyPanel() const;
    Ui::TicketView *form() const { return m_ui.get(); }
    QString conversationText() const;
    // Queues the reply; false with *error when there is nothing to send or it cannot be kept.
    bool sendReply(QString *error);
    // Opens attachment id: images in a preview, annotation documents in the annotator (the result is added
    // to the reply), other files are offered for saving.
    void openAttachment(qint64 attachmentId);

signals:
    void replyQueued(const QString &entryId);
    void attachmentOpened(qint64 attachmentId, const QByteArray &bytes);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    // Ctrl+V of an image and dropped files in the reply box attach them instead of inserting text.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    // Marks the shown ticket's notifications (a reply) read: the customer has seen them.
    void markSeen();
    void renderConversation(const QJsonObject &ticket);
    void onAnchor(const QUrl &url);
    void showAttachment(const QJsonObject &info, const QByteArray &bytes);
    void toggleStatus();
    void updateStatusButton(const QJsonObject &ticket);

    std::unique_ptr<Ui::TicketView> m_ui;
    QPointer<ReporterSession> m_session;
    qint64 m_ticketId = 0;
    QHash<qint64, QJsonObject> m_attachments; // of the shown ticket
};

} // namespace tierdesk
