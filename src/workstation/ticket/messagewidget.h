#pragma once

#include <QFrame>
#include <QJsonObject>

namespace tierdesk {

class AttachmentLoader;
class AttachmentThumbnail;
class Directory;

// One entry of the conversation. The three kinds look different on purpose:
//  - a customer's message: white, on the left;
//  - a public reply by staff: light blue, on the right, "Reply — sent to the customer";
//  - an internal note: yellow, dashed border, a lock and "Internal note — not visible to the customer",
//    never styled like anything that goes out.
// Messages still in the outbox say "Waiting to be sent".
class MessageWidget : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { CustomerMessage, PublicReply, InternalNote };

    MessageWidget(const QJsonObject &message, Directory *directory, AttachmentLoader *loader,
                  QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    qint64 messageId() const { return m_id; }
    QString body() const { return m_body; }
    bool isPending() const { return m_pending; }
    QList<AttachmentThumbnail *> thumbnails() const { return m_thumbnails; }

    static QColor noteBackground();

signals:
    void annotateRequested(const QImage &image, const QString &fileName);

private:
    Kind m_kind;
    qint64 m_id;
    QString m_body;
    bool m_pending;
    QList<AttachmentThumbnail *> m_thumbnails;
};

} // namespace tierdesk
