#pragma once

#include "capture/annotate/annotationtool.h"

#include <QCoreApplication>

namespace tierdesk {

class TextItem;

// A click asks the editor for inline editing (a new text, or the text under the pointer); the editor adds
// the item or changes its text when editing ends.
class TextTool : public AnnotationTool
{
    Q_DECLARE_TR_FUNCTIONS(TextTool)

public:
    QString id() const override { return QStringLiteral("text"); }
    QString label() const override { return tr("Text"); }
    QList<QKeySequence> shortcuts() const override { return {QKeySequence(Qt::Key_T)}; }
    void paintIcon(QPainter *painter, const QRectF &rect, const QColor &color) const override;
    QCursor cursor() const override { return Qt::IBeamCursor; }

    void press(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers modifiers) override;

    // A new text item (not yet in any document) with its box's top-left corner at topLeft.
    static TextItem *createItem(const ItemStyle &style, const QPointF &topLeft, const QString &text);
};

} // namespace tierdesk
