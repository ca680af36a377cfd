#pragma once

#include "capture/annotate/tools/pen/pentool.h"

namespace tierdesk {

class HighlighterTool : public PenTool
{
    Q_DECLARE_TR_FUNCTIONS(HighlighterTool)

public:
    QString id() const override { return QStringLiteral("highlighter"); }
    QString label() const override { return tr("Highlighter"); }
    QString toolTip() const override;
    QList<QKeySequence> shortcuts() const override { return {QKeySequence(Qt::Key_H)}; }
    void paintIcon(QPainter *painter, const QRectF &rect, const QColor &color) const override;

protected:
    PenItem *createItem(const ToolContext &context) const override;
};

} // namespace tierdesk
