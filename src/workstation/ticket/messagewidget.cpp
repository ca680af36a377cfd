#include "workstation/ticket/messagewidget.h"

#include "core/timestamp.h"
#include "workstation/common/icons.h"
#include "workstation/common/ticketdisplay.h"
#include "workstation/session/directory.h"
#include "workstation/ticket/attachmentthumbnail.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QVBoxLayout>

namespace tierdesk {

QColor MessageWidget::noteBackground()
{
    return QColor(0xff, 0xf4, 0xc2);
}

MessageWidget::MessageWidget(const QJsonObject &message, Directory *directory, AttachmentLoader *loader,
                             QWidget *parent)
    : QFrame(parent)
    , m_id(message.value(QLatin1String("id")).toInteger())
    , m_body(message.value(QLatin1String("body")).toString())
    , m_pending(message.value(QLatin1String("pending")).toBool())
{
    const qint64 author = message.value(QLatin1String("author_id")).toInteger();
    if (message.value(QLatin1String("kind")).toString() == QLatin1String("internal"))
        m_kind = Kind::InternalNote;
    else if (directory->isStaff(author))
        m_kind = Kind::PublicReply;
    else
        m_kind = Kind::CustomerMessage;

    static const char *const names[] = {"customerMessage", "publicReply", "internalNote"};
    setObjectName(QLatin1String(names[int(m_kind)]));
    setProperty("messageKind", QLatin1String(names[int(m_kind)]));
    setFrameShape(QFrame::StyledPanel);

    QString frameStyle;
    QString caption;
    switch (m_kind) {
    case Kind::CustomerMessage:
        frameStyle = QStringLiteral("background: #ffffff; border: 1px solid #c8ced6; border-radius: 6px;");
        caption = tr("Customer");
        break;
    case Kind::PublicReply:
        frameStyle = QStringLiteral("background: #e8f1fb; border: 1px solid #a9c6e8; border-radius: 6px;");
        caption = tr("Reply — sent to the customer");
        break;
    case Kind::InternalNote:
        frameStyle = QStringLiteral("background: %1; border: 2px dashed #c9a400; border-radius: 6px;")
                         .arg(noteBackground().name());
        caption = tr("Internal note — not visible to the customer");
        break;
    }
    setStyleSheet(QStringLiteral("#%1 { %2 } QLabel { background: transparent; border: none; }")
                      .arg(objectName(), frameStyle));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    header->setSpacing(6);
    if (m_kind == Kind::InternalNote) {
        auto *lock = new QLabel(this);
        lock->setPixmap(Icons::icon(QStringLiteral("lock")).pixmap(16, 16));
        header->addWidget(lock);
    }
    auto *kindLabel = new QLabel(caption, this);
    kindLabel->setObjectName(QStringLiteral("kindLabel"));
    kindLabel->setStyleSheet(m_kind == Kind::InternalNote
                                 ? QStringLiteral("color: #7a5d00; font-weight: 600;")
                                 : QStringLiteral("color: #4a5563; font-weight: 600;"));
    header->addWidget(kindLabel);
    auto *author_ = new QLabel(directory->userName(author), this);
    author_->setObjectName(QStringLiteral("authorLabel"));
    header->addWidget(author_);
    if (directory->isVip(author)) {
        auto *vip = new QLabel(tr("VIP"), this);
        vip->setStyleSheet(QStringLiteral("color: #8a6400; font-weight: 700;"));
        header->addWidget(vip);
    }
    header->addStretch();
    QString when = TicketDisplay::dateTime(message.value(QLatin1String("created_at")));
    if (m_pending)
        when = tr("Waiting to be sent");
    auto *time = new QLabel(when, this);
    time->setObjectName(QStringLiteral("timeLabel"));
    time->setStyleSheet(m_pending ? QStringLiteral("color: #a15c00; font-style: italic;")
                                  : QStringLiteral("color: #6b7480;"));
    header->addWidget(time);
    layout->addLayout(header);

    auto *body = new QLabel(this);
    body->setObjectName(QStringLiteral("bodyLabel"));
    body->setTextFormat(Qt::PlainText);
    body->setText(m_body);
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(body);

    // Metadata of each attachment: from the message itself (server) or the cache (a message still pending).
    QJsonArray attachments = message.value(QLatin1String("attachments")).toArray();
    if (attachments.isEmpty()) {
        for (const QJsonValue &id : message.value(QLatin1String("attachment_ids")).toArray())
            attachments.append(QJsonObject{{QStringLiteral("id"), id}});
    }
    if (!attachments.isEmpty()) {
        auto *row = new QHBoxLayout;
        row->setSpacing(6);
        for (const QJsonValue &v : std::as_const(attachments)) {
            auto *thumbnail = new AttachmentThumbnail(v.toObject(), loader, this);
            connect(thumbnail, &AttachmentThumbnail::annotateRequested, this,
                    &MessageWidget::annotateRequested);
            m_thumbnails.append(thumbnail);
            row->addWidget(thumbnail);
        }
        row->addStretch();
        layout->addLayout(row);
    }
}

} // namespace tierdesk
