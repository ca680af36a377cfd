#include "capture/annotate/sampledocument.h"

#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/tools/arrow/arrowitem.h"
#include "capture/annotate/tools/ellipse/ellipseitem.h"
#include "capture/annotate/tools/highlighter/highlighteritem.h"
#include "capture/annotate/tools/line/lineitem.h"
#include "capture/annotate/tools/pen/penitem.h"
#include "capture/annotate/tools/pixelate/pixelateitem.h"
#include "capture/annotate/tools/rectangle/rectangleitem.h"
#include "capture/annotate/tools/redact/redactitem.h"
#include "capture/annotate/tools/stepmarker/stepmarkeritem.h"
#include "capture/annotate/tools/text/textitem.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QtMath>

namespace tierdesk {

namespace {
QImage desktop(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient wallpaper(0, 0, size.width(), size.height());
    wallpaper.setColorAt(0, QColor(0x23, 0x4e, 0x7a));
    wallpaper.setColorAt(1, QColor(0x6a, 0x8f, 0x5c));
    painter.fillRect(image.rect(), wallpaper);
    QRandomGenerator random(20261123); // the same picture every run
    QFont font;
    font.setPixelSize(qMax(10, size.height() / 120));
    painter.setFont(font);
    const int windows = 6;
    for (int w = 0; w < windows; ++w) {
        const QRect frame(size.width() * w / (windows + 2), size.height() * w / (windows + 3),
                          size.width() / 2, size.height() / 2);
        painter.fillRect(frame, QColor(0xf4, 0xf4, 0xf4));
        painter.fillRect(QRect(frame.topLeft(), QSize(frame.width(), font.pixelSize() * 2)),
                         QColor(0x3b, 0x3b, 0x3b));
        painter.setPen(QColor(0x20, 0x20, 0x20));
        for (int y = frame.top() + font.pixelSize() * 3; y < frame.bottom() - font.pixelSize();
             y += font.pixelSize() * 3 / 2) {
            const int words = 4 + int(random.bounded(10));
            QString line;
            for (int i = 0; i < words; ++i)
                line += QStringLiteral("error%1 ").arg(random.bounded(100000));
            painter.drawText(frame.left() + font.pixelSize(), y, line);
        }
    }
    return image;
}
} // namespace

std::unique_ptr<AnnotationDocument> SampleDocument::create(const QSize &size, int itemCount)
{
    auto document = std::make_unique<AnnotationDocument>(desktop(size));
    document->setCaptureTime(QDateTime(QDate(2026, 11, 23), QTime(14, 5, 12), Qt::OffsetFromUTC, 3600));
    document->setCaption(QStringLiteral("Sample document"));
    const qreal w = size.width(), h = size.height();
    const QColor colors[] = {QColor(0xe5, 0x1c, 0x23), QColor(0x1e, 0x6f, 0xd9), QColor(0x2e, 0x9d, 0x3a)};
    for (int i = 0; i < itemCount; ++i) {
        // Spread over the image on a loose grid.
        const QPointF at(w * (0.05 + 0.85 * ((i * 7) % 20) / 20.0), h * (0.05 + 0.8 * ((i * 3) % 10) / 10.0));
        const QPointF span(w * 0.08, h * 0.07);
        AnnotationItem *item = nullptr;
        switch (i % 10) {
        case 0:
            item = new ArrowItem;
            item->setPoints({at, at + span});
            break;
        case 1:
            item = new RectangleItem;
            item->setPoints({at, at + span});
            break;
        case 2:
            item = new EllipseItem;
            item->setPoints({at, at + span});
            break;
        case 3:
            item = new LineItem;
            item->setPoints({at, at + QPointF(span.x(), 0)});
            break;
        case 4:
        case 5: {
            item = i % 10 == 4 ? new PenItem : new HighlighterItem;
            QPolygonF stroke;
            for (int k = 0; k < 80; ++k)
                stroke << at + QPointF(span.x() * k / 80.0, span.y() * 0.2 * qSin(k / 6.0));
            item->setPoints(stroke);
            break;
        }
        case 6: {
            auto *text = new TextItem;
            text->setText(QStringLiteral("Step %1: the error appears here").arg(i));
            text->setBackground(TextItem::defaultBackgroundFor(colors[i % 3]));
            item = text;
            item->setPoints({at});
            break;
        }
        case 7:
            item = new StepMarkerItem;
            item->setPoints({at});
            break;
        case 8:
            item = new RedactItem;
            item->setPoints({at, at + span});
            break;
        case 9:
            item = new PixelateItem;
            item->setPoints({at, at + span});
            break;
        }
        if (item->typeName() != QLatin1String("redact"))
            item->setColor(colors[i % 3]);
        item->setLineWidth(3 + i % 4);
        document->insertItem(int(document->items().size()), item);
    }
    return document;
}

AnnotationExporter::Options SampleDocument::benchmarkOptions()
{
    AnnotationExporter::Options options;
    options.stampCaptureTime = true;
    options.caption = QStringLiteral("Sample document");
    return options;
}

} // namespace tierdesk
