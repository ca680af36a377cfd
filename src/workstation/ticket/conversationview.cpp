#include "workstation/ticket/conversationview.h"

#include "workstation/ticket/messagewidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace tierdesk {

ConversationView::ConversationView(Directory *directory, AttachmentLoader *loader, QWidget *parent)
    : QScrollArea(parent)
    , m_directory(directory)
    , m_loader(loader)
    , m_content(new QWidget)
    , m_layout(new QVBoxLayout(m_content))
{
    setObjectName(QStringLiteral("conversation"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_content->setObjectName(QStringLiteral("conversationContent"));
    m_layout->setSpacing(10);
    m_layout->addStretch();
    setWidget(m_content);
}

void ConversationView::setMessages(const QList<QJsonObject> &messages)
{
    if (messages == m_messages)
        return;
    QScrollBar *bar = verticalScrollBar();
    const bool atBottom = m_widgets.isEmpty() || bar->value() >= bar->maximum() - 4;
    m_messages = messages;
    for (QWidget *row : std::as_const(m_rows)) {
        m_layout->removeWidget(row);
        row->hide();
        row->deleteLater();
    }
    m_rows.clear();
    m_widgets.clear();
    int index = 0;
    if (messages.isEmpty()) {
        auto *empty = new QLabel(tr("No messages yet."), m_content);
        empty->setAlignment(Qt::AlignCenter);
        m_layout->insertWidget(index++, empty);
        m_rows.append(empty);
    }
    for (const QJsonObject &m : messages) {
        auto *row = new QWidget(m_content);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *widget = new MessageWidget(m, m_directory, m_loader, row);
        connect(widget, &MessageWidget::annotateRequested, this, &ConversationView::annotateRequested);
        // Customers on the left, replies on the right, notes across the whole width.
        switch (widget->kind()) {
        case MessageWidget::Kind::CustomerMessage:
            rowLayout->addWidget(widget, 5);
            rowLayout->addStretch(1);
            break;
        case MessageWidget::Kind::PublicReply:
            rowLayout->addStretch(1);
            rowLayout->addWidget(widget, 5);
            break;
        case MessageWidget::Kind::InternalNote:
            rowLayout->addWidget(widget);
            break;
        }
        m_layout->insertWidget(index++, row);
        m_widgets.append(widget);
        m_rows.append(row);
    }
    if (atBottom)
        QTimer::singleShot(0, this, &ConversationView::scrollToBottom);
}

void ConversationView::scrollToBottom()
{
    m_content->adjustSize();
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

} // namespace tierdesk
