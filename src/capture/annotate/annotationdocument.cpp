#include "capture/annotate/annotationdocument.h"

#include "capture/annotate/annotationitem.h"
#include "capture/annotate/annotationscene.h"
#include "capture/annotate/commands/additemscommand.h"
#include "capture/annotate/commands/cropcommand.h"
#include "capture/annotate/commands/edittextcommand.h"
#include "capture/annotate/commands/moveitemscommand.h"
#include "capture/annotate/commands/removeitemscommand.h"
#include "capture/annotate/commands/resizeitemcommand.h"
#include "capture/annotate/commands/setcolorcommand.h"
#include "capture/annotate/commands/setlinewidthcommand.h"
#include "capture/annotate/jsonfields.h"
#include "capture/annotate/pngencoder.h"
#include "capture/annotate/toolregistry.h"
#include "capture/annotate/tools/text/textitem.h"

#include <QBuffer>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUndoStack>

#ifndef TIERDESK_VERSION
#define TIERDESK_VERSION "unknown"
#endif

Q_LOGGING_CATEGORY(lcAnnotationDocument, "tierdesk.capture.annotate")

namespace tierdesk {

namespace {
const QString FormatName = QStringLiteral("tierdesk-annotation");

// Marks (and, below them, pixels items) stack in list order; pixels items always lie below marks.
constexpr qreal MarksZ = 1e6;

QImage normalised(const QImage &image)
{
    // Scene coordinates are device pixels: a HiDPI grab keeps all its pixels at one scene unit each.
    QImage result = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                                  : QImage::Format_RGB32);
    result.setDevicePixelRatio(1.0);
    return result;
}

QImage decodePng(const QByteArray &base64, int width, int height, QString *error)
{
    const auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *error = AnnotationDocument::tr("the image is not valid base64");
        return {};
    }
    QByteArray bytes = *decoded;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "png");
    reader.setAutoTransform(false);
    // Check the header before decoding: a small PNG may claim an enormous size.
    const QSize size = reader.size();
    if (!reader.canRead() || !size.isValid()) {
        *error = AnnotationDocument::tr("the image is not a PNG");
        return {};
    }
    if (size != QSize(width, height)) {
        *error = AnnotationDocument::tr("the image is %1×%2 pixels but the document says %3×%4")
                     .arg(size.width())
                     .arg(size.height())
                     .arg(width)
                     .arg(height);
        return {};
    }
    QImage image = reader.read();
    if (image.isNull()) {
        *error = AnnotationDocument::tr("the image cannot be decoded: %1").arg(reader.errorString());
        return {};
    }
    return image;
}
} // namespace

AnnotationDocument::AnnotationDocument(const QImage &baseImage, QObject *parent)
    : QObject(parent)
    , m_base(normalised(baseImage))
    , m_crop(m_base.rect())
    , m_captureTime(QDateTime::currentDateTime())
    , m_scene(new AnnotationScene(this))
    , m_undo(new QUndoStack(this))
{
    m_scene->setBaseImage(m_base);
}

AnnotationDocument::~AnnotationDocument()
{
    // Commands own the items that are out of the scene (deleted, or added and undone); they go first.
    delete m_undo;
    delete m_scene;
}

QRectF AnnotationDocument::pointBounds() const
{
    const qreal margin = qMax(m_base.width(), m_base.height());
    return QRectF(m_base.rect()).adjusted(-margin, -margin, margin, margin);
}

void AnnotationDocument::addItem(AnnotationItem *item)
{
    m_undo->push(new AddItemsCommand(this, {item}));
}

void AnnotationDocument::removeItems(const QList<AnnotationItem *> &items)
{
    if (!items.isEmpty())
        m_undo->push(new RemoveItemsCommand(this, items));
}

void AnnotationDocument::moveItems(const QList<AnnotationItem *> &items, const QPointF &delta)
{
    if (items.isEmpty() || delta.isNull())
        return;
    QList<QPointF> from, to;
    for (AnnotationItem *item : items) {
        from.append(item->pos());
        to.append(item->pos() + delta);
    }
    m_undo->push(new MoveItemsCommand(items, from, to));
}

void AnnotationDocument::recordMove(const QList<AnnotationItem *> &items, const QList<QPointF> &oldPositions)
{
    QList<QPointF> to;
    for (AnnotationItem *item : items)
        to.append(item->pos());
    if (items.isEmpty() || to == oldPositions)
        return;
    m_undo->push(new MoveItemsCommand(items, oldPositions, to));
}

void AnnotationDocument::setItemPoints(AnnotationItem *item, const QPolygonF &scenePoints)
{
    if (item->points() != scenePoints)
        m_undo->push(new ResizeItemCommand(item, item->points(), scenePoints));
}

void AnnotationDocument::recordResize(AnnotationItem *item, const QPolygonF &oldPoints)
{
    if (item->points() != oldPoints)
        m_undo->push(new ResizeItemCommand(item, oldPoints, item->points()));
}

void AnnotationDocument::setItemsColor(const QList<AnnotationItem *> &items, const QColor &color)
{
    QList<AnnotationItem *> changing;
    for (AnnotationItem *item : items) {
        if (item->color() != color)
            changing.append(item);
    }
    if (!changing.isEmpty())
        m_undo->push(new SetColorCommand(changing, color));
}

void AnnotationDocument::setItemsLineWidth(const QList<AnnotationItem *> &items, qreal width)
{
    width = qBound(AnnotationItem::MinimumLineWidth, width, AnnotationItem::MaximumLineWidth);
    QList<AnnotationItem *> changing;
    for (AnnotationItem *item : items) {
        if (!qFuzzyCompare(item->lineWidth(), width))
            changing.append(item);
    }
    if (!changing.isEmpty())
        m_undo->push(new SetLineWidthCommand(changing, width));
}

void AnnotationDocument::setItemText(TextItem *item, const QString &text)
{
    if (item->text() != text)
        m_undo->push(new EditTextCommand(item, item->text(), text));
}

void AnnotationDocument::crop(const QRect &rect)
{
    const QRect target = rect.normalized().intersected(m_base.rect());
    if (target.isEmpty() || target == m_crop)
        return;
    m_undo->push(new CropCommand(this, m_crop, target));
}

void AnnotationDocument::insertItem(int index, AnnotationItem *item)
{
    index = qBound(0, index, int(m_items.size()));
    m_items.insert(index, item);
    m_scene->addItem(item);
    restack();
    Q_EMIT itemsChanged();
}

int AnnotationDocument::takeItem(AnnotationItem *item)
{
    const int index = int(m_items.indexOf(item));
    if (index < 0)
        return -1;
    item->setSelected(false);
    m_items.removeAt(index);
    m_scene->removeItem(item);
    restack();
    Q_EMIT itemsChanged();
    return index;
}

void AnnotationDocument::applyCropRect(const QRect &rect)
{
    m_crop = rect;
    m_scene->setCropRect(QRectF(rect));
    Q_EMIT cropRectChanged(rect);
}

void AnnotationDocument::restack()
{
    int number = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        AnnotationItem *item = m_items.at(i);
        const qreal z = (item->layer() == AnnotationItem::Layer::Marks ? MarksZ : 0) + i;
        if (item->zValue() != z)
            item->setZValue(z);
        if (item->isNumbered())
            item->setNumber(++number);
    }
}

QJsonObject AnnotationDocument::toJson() const
{
    QJsonArray items;
    for (const AnnotationItem *item : m_items)
        items.append(item->toJson());
    return composeJson(PngEncoder::encode(m_base), m_base.size(), m_crop, items, m_captureTime, m_caption);
}

QJsonObject AnnotationDocument::composeJson(const QByteArray &png, const QSize &imageSize, const QRect &crop,
                                            const QJsonArray &items, const QDateTime &captureTime,
                                            const QString &caption)
{
    QJsonObject image;
    image.insert(QStringLiteral("width"), imageSize.width());
    image.insert(QStringLiteral("height"), imageSize.height());
    image.insert(QStringLiteral("png"), QString::fromLatin1(png.toBase64()));

    QJsonObject object;
    object.insert(QStringLiteral("format"), FormatName);
    object.insert(QStringLiteral("version"), FormatVersion);
    object.insert(QStringLiteral("application"), QStringLiteral("Tierdesk " TIERDESK_VERSION));
    if (captureTime.isValid()) {
        const QDateTime withOffset = captureTime.toOffsetFromUtc(captureTime.offsetFromUtc());
        object.insert(QStringLiteral("capturedAt"), withOffset.toString(Qt::ISODateWithMs));
    }
    if (!caption.isEmpty())
        object.insert(QStringLiteral("caption"), caption);
    object.insert(QStringLiteral("image"), image);
    if (crop != QRect(QPoint(), imageSize)) {
        object.insert(QStringLiteral("crop"), QJsonObject{{QStringLiteral("x"), crop.x()},
                                                          {QStringLiteral("y"), crop.y()},
                                                          {QStringLiteral("width"), crop.width()},
                                                          {QStringLiteral("height"), crop.height()}});
    }
    object.insert(QStringLiteral("items"), items);
    return object;
}

QByteArray AnnotationDocument::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

std::unique_ptr<AnnotationDocument> AnnotationDocument::fromJsonBytes(const QByteArray &json, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (json.size() > MaximumJsonBytes) {
        message = AnnotationDocument::tr("The annotation file is larger than %1 MB.")
                      .arg(MaximumJsonBytes / (1024 * 1024));
        return nullptr;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        message = AnnotationDocument::tr("The annotation file is not valid JSON (%1 at byte %2).")
                      .arg(parseError.errorString())
                      .arg(parseError.offset);
        return nullptr;
    }
    if (!document.isObject()) {
        message = AnnotationDocument::tr("The annotation file does not hold a JSON object.");
        return nullptr;
    }
    return fromJson(document.object(), error);
}

std::unique_ptr<AnnotationDocument> AnnotationDocument::fromJson(const QJsonObject &object, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    const auto reject = [&](const QString &why) {
        message = AnnotationDocument::tr("This is not a usable annotation document: %1").arg(why);
        qCInfo(lcAnnotationDocument) << "rejected annotation document:" << why;
        return nullptr;
    };

    JsonFields top(object, QString());
    if (top.string(QStringLiteral("format"), 64) != FormatName && top.ok())
        top.fail(QStringLiteral("format"), AnnotationDocument::tr("must be \"%1\"").arg(FormatName));
    const int version = top.integer(QStringLiteral("version"), 1, 1000000);
    if (top.ok() && version > FormatVersion)
        top.fail(QStringLiteral("version"),
                 AnnotationDocument::tr("is %1, newer than this program understands (%2)")
                     .arg(version)
                     .arg(FormatVersion));
    top.optionalString(QStringLiteral("application"), 200);
    const QString captured = top.optionalString(QStringLiteral("capturedAt"), 64);
    const QString caption = top.optionalString(QStringLiteral("caption"), MaximumCaptionLength);
    const QJsonObject imageObject = top.object(QStringLiteral("image"));
    if (!top.ok())
        return reject(top.error());

    QDateTime captureTime;
    if (!captured.isEmpty()) {
        captureTime = QDateTime::fromString(captured, Qt::ISODateWithMs);
        if (!captureTime.isValid())
            return reject(AnnotationDocument::tr("\"capturedAt\" is not an ISO 8601 time"));
    }

    JsonFields imageFields(imageObject, QStringLiteral("image"));
    const int width = imageFields.integer(QStringLiteral("width"), 1, MaximumImageSide);
    const int height = imageFields.integer(QStringLiteral("height"), 1, MaximumImageSide);
    if (imageFields.ok() && qint64(width) * height > MaximumImagePixels)
        imageFields.fail(
            QString(),
            AnnotationDocument::tr("%1×%2 pixels is larger than this program opens").arg(width).arg(height));
    const QString png = imageFields.string(QStringLiteral("png"), int(MaximumJsonBytes));
    if (!imageFields.ok())
        return reject(imageFields.error());
    QString imageError;
    const QImage image = decodePng(png.toLatin1(), width, height, &imageError);
    if (image.isNull())
        return reject(imageError);

    auto document = std::make_unique<AnnotationDocument>(image);
    document->m_captureTime = captureTime;
    document->m_caption = caption;

    if (object.contains(QStringLiteral("crop"))) {
        JsonFields cropFields(top.object(QStringLiteral("crop")), QStringLiteral("crop"));
        const int x = cropFields.integer(QStringLiteral("x"), 0, width - 1);
        const int y = cropFields.integer(QStringLiteral("y"), 0, height - 1);
        const int w = cropFields.integer(QStringLiteral("width"), 1, width);
        const int h = cropFields.integer(QStringLiteral("height"), 1, height);
        if (cropFields.ok() && (x + w > width || y + h > height))
            cropFields.fail(QString(), AnnotationDocument::tr("the crop rectangle leaves the image"));
        if (!top.ok() || !cropFields.ok())
            return reject(top.ok() ? cropFields.error() : top.error());
        document->applyCropRect(QRect(x, y, w, h));
    }

    const QJsonValue itemsValue = object.value(QStringLiteral("items"));
    if (!itemsValue.isArray())
        return reject(AnnotationDocument::tr("\"items\" must be a list"));
    const QJsonArray items = itemsValue.toArray();
    if (items.size() > MaximumItems)
        return reject(AnnotationDocument::tr("more than %1 items").arg(MaximumItems));
    const QRectF bounds = document->pointBounds();
    for (int i = 0; i < items.size(); ++i) {
        const QString where = AnnotationDocument::tr("item %1").arg(i + 1);
        if (!items.at(i).isObject())
            return reject(AnnotationDocument::tr("%1 is not an object").arg(where));
        const QJsonObject itemObject = items.at(i).toObject();
        JsonFields itemFields(itemObject, where);
        const QString type = itemFields.string(QStringLiteral("type"), 64);
        if (!itemFields.ok())
            return reject(itemFields.error());
        std::unique_ptr<AnnotationItem> item(ToolRegistry::instance().createItem(type));
        if (!item)
            return reject(AnnotationDocument::tr("%1 has the unknown type \"%2\"").arg(where, type));
        QString itemError;
        if (!item->fromJson(itemObject, bounds, &itemError))
            return reject(QStringLiteral("%1 (%2): %3").arg(where, type, itemError));
        document->insertItem(int(document->m_items.size()), item.release());
    }
    return document;
}

AnnotationItem *AnnotationDocument::cloneItem(const AnnotationItem *item, const QRectF &bounds)
{
    std::unique_ptr<AnnotationItem> copy(ToolRegistry::instance().createItem(item->typeName()));
    if (!copy || !copy->fromJson(item->toJson(), bounds, nullptr))
        return nullptr;
    return copy.release();
}

} // namespace tierdesk
