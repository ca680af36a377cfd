#include "capture/annotate/tools/text/inlinetexteditor.h"

#include "capture/annotate/tools/text/textitem.h"

#include <QKeyEvent>
#include <QPainter>
#include <QTextDocument>

namespace tierdesk {

InlineTextEditor::InlineTextEditor(const QFont &font, const QColor &color, const QColor &background)
    : m_background(background)
{
    setFont(font);
    setDefaultTextColor(color);
    document()->setDocumentMargin(0);
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setFlag(ItemIsFocusable);
}

void InlineTextEditor::finish(bool accepted)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(accepted);
}

QRectF InlineTextEditor::boundingRect() const
{
    // The box around the text, as the TextItem will draw it.
    const qreal pad = TextItem::Padding + 1;
    return QGraphicsTextItem::boundingRect().adjusted(-pad, -pad, pad, pad);
}

void InlineTextEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & Qt::ControlModifier)) {
        finish(true);
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
}

void InlineTextEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    // A popup (the input method, a context menu) takes focus for a moment; that is not the end of typing.
    if (event->reason() != Qt::PopupFocusReason)
        finish(true);
}

void InlineTextEditor::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QRectF box = QGraphicsTextItem::boundingRect().adjusted(-TextItem::Padding, -TextItem::Padding,
                                                                  TextItem::Padding, TextItem::Padding);
    painter->setPen(QPen(QColor(0x1e, 0x6f, 0xd9), 0, Qt::DashLine));
    painter->setBrush(m_background.isValid() ? m_background : QColor(Qt::transparent));
    painter->drawRect(box);
    QGraphicsTextItem::paint(painter, option, widget);
}

} // namespace tierdesk
