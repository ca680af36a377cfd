#pragma once

#include <QDateTime>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPolygonF>
#include <QRect>
#include <memory>

class QUndoStack;

namespace tierdesk {

class AnnotationItem;
class AnnotationScene;
class TextItem;

// A screenshot and the marks on it: the base image (device pixels, never changed by editing), an ordered
// list of items (bottom to top; step markers number themselves in this order), a crop rectangle, the
// capture time and a caption. Every edit goes through one of the edit methods below, each of which pushes
// exactly one QUndoCommand that records only what that edit changed.
//
// JSON (toJson/fromJson) is the working form: format "tierdesk-annotation", version 1, the base image as a
// base64 PNG inside the document ("image": {"width", "height", "png"}), so one file carries everything and
// cannot lose its picture; items as objects with a "type" key. The exporter writes a *sealed* copy next to
// the flattened PNG: crop applied, redaction and pixelation burnt into the base, so the shared JSON never
// holds more of the screenshot than the PNG shows.
class AnnotationDocument : public QObject
{
    Q_OBJECT

public:
    explicit AnnotationDocument(const QImage &baseImage, QObject *parent = nullptr);
    ~AnnotationDocument() override;

    static constexpr int FormatVersion = 1;
    // Limits for documents read from JSON (hostile input must not exhaust memory).
    static constexpr qsizetype MaximumJsonBytes = 256 * 1024 * 1024;
    static constexpr int MaximumImageSide = 32768;
    static constexpr qint64 MaximumImagePixels = 64 * 1024 * 1024;
    static constexpr int MaximumItems = 10000;
    static constexpr int MaximumCaptionLength = 1000;

    const QImage &baseImage() const { return m_base; }
    QRect imageRect() const { return m_base.rect(); }
    // The part of the image that is exported; imageRect() when not cropped.
    QRect cropRect() const { return m_crop; }

    QDateTime captureTime() const { return m_captureTime; }
    void setCaptureTime(const QDateTime &time) { m_captureTime = time; }
    QString caption() const { return m_caption; }
    void setCaption(const QString &caption) { m_caption = caption.left(MaximumCaptionLength); }

    AnnotationScene *scene() const { return m_scene; }
    QUndoStack *undoStack() const { return m_undo; }

    const QList<AnnotationItem *> &items() const { return m_items; }
    // Where points of items may lie: the image and a margin of its size around it.
    QRectF pointBounds() const;

    // --- Edits: one undo step each -------------------------------------------------------------------------
    void addItem(AnnotationItem *item); // takes ownership
    void removeItems(const QList<AnnotationItem *> &items);
    void moveItems(const QList<AnnotationItem *> &items, const QPointF &delta);
    // For moves already shown live (a drag): items are at their new place, oldPositions says where from.
    void recordMove(const QList<AnnotationItem *> &items, const QList<QPointF> &oldPositions);
    void setItemPoints(AnnotationItem *item, const QPolygonF &scenePoints);
    // For a resize already shown live: item has its new points, oldPoints were its points before.
    void recordResize(AnnotationItem *item, const QPolygonF &oldPoints);
    void setItemsColor(const QList<AnnotationItem *> &items, const QColor &color);
    void setItemsLineWidth(const QList<AnnotationItem *> &items, qreal width);
    void setItemText(TextItem *item, const QString &text);
    void crop(const QRect &rect);

    // --- Primitives for the undo commands (no undo step of their own)
    // ---------------------------------------
    void insertItem(int index, AnnotationItem *item);
    // Takes item out of the list and the scene; returns its former index. The caller owns the item.
    int takeItem(AnnotationItem *item);
    void applyCropRect(const QRect &rect);

    // --- JSON
    // -------------------------------------------------------------------------------------------------
    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
    // A document from JSON written by anyone: wrong types, absurd numbers, unknown item types, a broken or
    // oversized image give nullptr and a sentence in *error, never a crash or a huge allocation.
    static std::unique_ptr<AnnotationDocument> fromJson(const QJsonObject &object, QString *error);
    static std::unique_ptr<AnnotationDocument> fromJsonBytes(const QByteArray &json, QString *error);
    // The JSON of a document made of these parts (toJson() and the exporter's sealed copy); png holds the
    // encoded base image.
    static QJsonObject composeJson(const QByteArray &png, const QSize &imageSize, const QRect &crop,
                                   const QJsonArray &items, const QDateTime &captureTime,
                                   const QString &caption);
    // A new item of the same type and geometry (through its JSON).
    static AnnotationItem *cloneItem(const AnnotationItem *item, const QRectF &bounds);

Q_SIGNALS:
    // Items were added, removed or reordered (step numbers may have changed).
    void itemsChanged();
    void cropRectChanged(const QRect &rect);

private:
    void restack();

    QImage m_base;
    QRect m_crop;
    QDateTime m_captureTime;
    QString m_caption;
    QList<AnnotationItem *> m_items;
    // Declared before the undo stack: commands are destroyed first and may still look at their items.
    AnnotationScene *m_scene;
    QUndoStack *m_undo;
};

} // namespace tierdesk
