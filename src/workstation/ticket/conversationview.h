#pragma once

#include <QJsonObject>
#include <QList>
#include <QScrollArea>

class QVBoxLayout;

namespace tierdesk {

class AttachmentLoader;
class Directory;
class MessageWidget;

// The conversation of one ticket, oldest first: customer messages on the left, replies on the right, internal
// notes across in yellow (MessageWidget). setMessages() rebuilds only when the list changed and keeps the
// view at the bottom when it was there, so a new reply scrolls into view but reading older ones is not
// disturbed.
class ConversationView : public QScrollArea
{
    Q_OBJECT

public:
    ConversationView(Directory *directory, AttachmentLoader *loader, QWidget *parent = nullptr);

    void setMessages(const QList<QJsonObject> &messages);
    QList<MessageWidget *> messageWidgets() const { return m_widgets; }
    void scrollToBottom();

signals:
    void annotateRequested(const QImage &image, const QString &fileName);

private:
    Directory *m_directory;
    AttachmentLoader *m_loader;
    QWidget *m_content;
    QVBoxLayout *m_layout;
    QList<MessageWidget *> m_widgets;
    QList<QWidget *> m_rows; // what the layout holds besides its final stretch
    QList<QJsonObject> m_messages;
};

} // namespace tierdesk
