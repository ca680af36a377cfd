#include "reporter/reportattachments.h"

#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/pngencoder.h"
#include "capture/steps/stepseries.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <QTime>
#include <QUndoStack>
#include <QUrl>

namespace tierdesk {

namespace {
constexpr int ThumbnailSide = 160;
} // namespace

ReportAttachments::ReportAttachments(QObject *parent)
    : QAbstractListModel(parent)
    , m_steps(new StepSeries(this))
{
    connect(m_steps, &StepSeries::countChanged, this, &ReportAttachments::changed);
    connect(m_steps, &QAbstractItemModel::dataChanged, this, &ReportAttachments::changed);
}

ReportAttachments::~ReportAttachments() = default;

int ReportAttachments::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ReportAttachments::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.name;
    case Qt::DecorationRole:
        return thumbnail(e);
    case Qt::ToolTipRole:
        if (e.kind == Kind::Image)
            return e.annotation.isEmpty()
                       ? tr("%1 × %2 pixels").arg(e.image.width()).arg(e.image.height())
                       : tr("%1 × %2 pixels, annotated").arg(e.image.width()).arg(e.image.height());
        return QLocale().formattedDataSize(e.bytes.size());
    case KindRole:
        return QVariant::fromValue(int(e.kind));
    case ImageRole:
        return e.kind == Kind::Image ? e.preview : QImage();
    case AnnotatedRole:
        return !e.annotation.isEmpty();
    case SizeRole:
        return qint64(e.bytes.size());
    default:
        return {};
    }
}

QImage ReportAttachments::thumbnail(const Entry &entry) const
{
    if (entry.kind == Kind::Image)
        return entry.preview.scaled(ThumbnailSide, ThumbnailSide, Qt::KeepAspectRatio,
                                    Qt::SmoothTransformation);
    return {};
}

bool ReportAttachments::isEmpty() const
{
    return m_entries.isEmpty() && m_steps->count() == 0;
}

int ReportAttachments::addCapture(const Capture &capture)
{
    const QDateTime time =
        QDateTime::fromMSecsSinceEpoch(capture.capturedAtMs(), Qt::OffsetFromUTC, capture.utcOffsetSeconds());
    return addImage(capture.image(), tr("Screenshot %1").arg(time.toString(QStringLiteral("HH:mm:ss"))),
                    time);
}

int ReportAttachments::addImage(const QImage &image, const QString &label, const QDateTime &capturedAt)
{
    if (image.isNull())
        return -1;
    Entry e;
    e.kind = Kind::Image;
    e.name = label;
    e.image = image;
    e.preview = image;
    e.capturedAt = capturedAt.isValid() ? capturedAt : QDateTime::currentDateTime();
    const int row = int(m_entries.size());
    beginInsertRows(QModelIndex(), row, row);
    m_entries.append(e);
    endInsertRows();
    emit changed();
    return row;
}

int ReportAttachments::addFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.size() > MaximumFileBytes) {
        *error = tr("%1 is larger than %2; attach a smaller file or a part of it.")
                     .arg(info.fileName(), QLocale().formattedDataSize(MaximumFileBytes));
        return -1;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return -1;
    }
    const QByteArray bytes = file.readAll();
    QImageReader reader(&file);
    file.seek(0);
    if (reader.canRead()) {
        reader.setAutoTransform(true); // a photo shows as it was taken; its EXIF is not sent along
        const QImage image = reader.read();
        if (!image.isNull())
            return addImage(image, info.fileName(), info.lastModified());
    }
    Entry e;
    e.kind = Kind::File;
    e.name = info.fileName();
    e.bytes = bytes;
    e.contentType = QMimeDatabase().mimeTypeForFileNameAndData(path, bytes).name().toLatin1();
    const int row = int(m_entries.size());
    beginInsertRows(QModelIndex(), row, row);
    m_entries.append(e);
    endInsertRows();
    emit changed();
    return row;
}

bool ReportAttachments::canAccept(const QMimeData *data)
{
    if (!data)
        return false;
    if (data->hasImage())
        return true;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            return true;
    }
    return false;
}

int ReportAttachments::addMimeData(const QMimeData *data, QStringList *errors)
{
    if (!data)
        return 0;
    int added = 0;
    // Files first: a file manager may offer a picture of the file besides the file itself.
    bool hadFiles = false;
    for (const QUrl &url : data->urls()) {
        if (!url.isLocalFile())
            continue;
        hadFiles = true;
        QString error;
        if (addFile(url.toLocalFile(), &error) >= 0)
            ++added;
        else
            errors->append(error);
    }
    if (!hadFiles && data->hasImage()) {
        const QImage image = qvariant_cast<QImage>(data->imageData());
        if (addImage(image,
                     tr("Pasted image %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")))) >=
            0)
            ++added;
        else
            errors->append(tr("The pasted image could not be read."));
    }
    return added;
}

bool ReportAttachments::setAnnotation(int row, const QJsonObject &annotationJson,
                                      const AnnotationExportOptions &options, QString *error)
{
    if (row < 0 || row >= m_entries.size() || m_entries.at(row).kind != Kind::Image)
        return false;
    QString why;
    const std::unique_ptr<AnnotationDocument> document = AnnotationDocument::fromJson(annotationJson, &why);
    if (!document) {
        if (error)
            *error = why;
        return false;
    }
    Entry &e = m_entries[row];
    e.annotation = annotationJson;
    e.exportOptions = options;
    e.exportOptions.writeDocument = true;
    e.preview = AnnotationExporter::flatten(*document, e.exportOptions);
    emit dataChanged(index(row), index(row));
    emit changed();
    return true;
}

bool ReportAttachments::removeAt(int row)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    emit changed();
    return true;
}

void ReportAttachments::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
    m_steps->clear();
    m_steps->undoStack()->clear();
    emit changed();
}

bool ReportAttachments::encodeImage(const Entry &entry, const QString &name, bool withDocument,
                                    OutgoingFiles *files, QString *error)
{
    if (entry.annotation.isEmpty()) {
        const QByteArray png = PngEncoder::encode(entry.image);
        if (png.isEmpty()) {
            *error = tr("%1 could not be encoded as PNG.").arg(name);
            return false;
        }
        files->append({name, "image/png", png});
        return true;
    }
    // The exporter is the one path that burns redactions in and seals the document; it writes files, so it
    // writes them into a private folder that goes away again.
    QString why;
    const std::unique_ptr<AnnotationDocument> document = AnnotationDocument::fromJson(entry.annotation, &why);
    if (!document) {
        *error = tr("The annotations of %1 cannot be read: %2").arg(entry.name, why);
        return false;
    }
    QTemporaryDir folder;
    if (!folder.isValid()) {
        *error = tr("No temporary folder for the screenshots: %1").arg(folder.errorString());
        return false;
    }
    AnnotationExportOptions options = entry.exportOptions;
    options.writeDocument = withDocument;
    const AnnotationExportResult result =
        AnnotationExporter::exportTo(*document, folder.filePath(name), options);
    if (!result.ok) {
        *error = result.error;
        return false;
    }
    QFile image(result.imagePath);
    if (!image.open(QIODevice::ReadOnly)) {
        *error = image.errorString();
        return false;
    }
    files->append({name, "image/png", image.readAll()});
    if (withDocument && !result.documentPath.isEmpty()) {
        QFile json(result.documentPath);
        if (!json.open(QIODevice::ReadOnly)) {
            *error = json.errorString();
            return false;
        }
        files->append({QFileInfo(result.documentPath).fileName(), "application/json", json.readAll()});
    }
    return true;
}

bool ReportAttachments::prepare(OutgoingFiles *files, QString *stepsText, QString *error) const
{
    OutgoingFiles result;
    int screenshot = 0;
    for (const Entry &e : m_entries) {
        if (e.kind == Kind::Image) {
            if (!encodeImage(e, screenshotName(++screenshot), true, &result, error))
                return false;
        } else {
            result.append({e.name, e.contentType, e.bytes});
        }
    }
    for (int row = 0; row < m_steps->count(); ++row) {
        const Step &step = m_steps->step(row);
        Entry e;
        e.image = step.capture.image();
        e.annotation = step.annotation;
        e.name = step.caption;
        if (!encodeImage(e, stepName(row + 1), false, &result, error))
            return false;
    }
    *files = result;
    *stepsText = this->stepsText();
    return true;
}

QStringList ReportAttachments::plannedFileNames() const
{
    QStringList names;
    int screenshot = 0;
    for (const Entry &e : m_entries) {
        if (e.kind == Kind::File) {
            names.append(e.name);
            continue;
        }
        const QString name = screenshotName(++screenshot);
        names.append(name);
        if (!e.annotation.isEmpty())
            names.append(QFileInfo(AnnotationExporter::documentPathFor(name)).fileName());
    }
    for (int row = 0; row < m_steps->count(); ++row)
        names.append(stepName(row + 1));
    return names;
}

QString ReportAttachments::stepsText() const
{
    if (m_steps->count() == 0)
        return {};
    QStringList lines{tr("Steps (attached as %1 to %2):").arg(stepName(1), stepName(m_steps->count()))};
    for (int row = 0; row < m_steps->count(); ++row) {
        const Step &step = m_steps->step(row);
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(step.capture.capturedAtMs(), Qt::OffsetFromUTC,
                                                              step.capture.utcOffsetSeconds());
        const QString when = time.toString(QStringLiteral("HH:mm:ss"));
        lines.append(step.caption.trimmed().isEmpty()
                         ? tr("Step %1 (%2)").arg(row + 1).arg(when)
                         : tr("Step %1 (%2): %3").arg(row + 1).arg(when, step.caption.trimmed()));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace tierdesk
