#pragma once

#include "reporter/outgoingfile.h"

#include "capture/annotate/annotationexporter.h"
#include "capture/grab/capture.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QImage>
#include <QJsonObject>
#include <QUuid>

class QMimeData;

namespace tierdesk {

class StepSeries;

// What a report or reply will carry besides its text: screenshots (captured, pasted or dropped images, each
// with an optional annotation document), other files (logs…), and one numbered step series. A list model of
// the screenshots and files (DisplayRole: the file name, DecorationRole: a thumbnail of what will be sent,
// annotations included); the series is a StepSeries of its own.
//
// prepare() turns it all into the files to upload, in order:
//   screenshot-01.png (+ screenshot-01.annotation.json when annotated, so support can add marks), …,
//   the other files under their own names, then step-01.png, step-02.png … of the series.
// Images always go through AnnotationExporter / PngEncoder: flattened, redactions burnt in, no metadata
// (also none of a dropped photo's EXIF).
class ReportAttachments : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        ImageRole,                   // QImage: the image as it will be sent (annotations flattened)
        AnnotatedRole,               // bool
        SizeRole,                    // qint64: bytes of a file, 0 for images (not encoded yet)
    };
    enum class Kind { Image, File };

    struct Entry
    {
        QUuid id = QUuid::createUuid();
        Kind kind = Kind::Image;
        QString name;           // images: "screenshot-NN.png" is given at prepare(); this is a label
        QImage image;           // Image: the original pixels
        QDateTime capturedAt;   // Image: when it was taken (or added)
        QJsonObject annotation; // Image: AnnotationDocument JSON; empty when not annotated
        AnnotationExportOptions exportOptions; // Image: caption and time stamp chosen in the annotator
        QImage preview;                        // Image: flattened, for thumbnails and the preview
        QByteArray bytes;                      // File
        QByteArray contentType;                // File
    };

    // Larger files are refused at once (the server's default limit is the same order; a dialog is kinder
    // than a failed upload later).
    static constexpr qint64 MaximumFileBytes = 50 * 1024 * 1024;

    explicit ReportAttachments(QObject *parent = nullptr);
    ~ReportAttachments() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const Entry &entry(int row) const { return m_entries.at(row); }
    int count() const { return int(m_entries.size()); }
    StepSeries *steps() const { return m_steps; }
    bool isEmpty() const;

    int addCapture(const Capture &capture);
    int addImage(const QImage &image, const QString &label, const QDateTime &capturedAt = QDateTime());
    // An image file becomes an image (re-encoded without metadata); anything else is attached as it is.
    // -1 and *error when the file cannot be read or is too large.
    int addFile(const QString &path, QString *error);
    // Images and local files of a paste or drop. Returns how many were added; *errors collects the rest.
    int addMimeData(const QMimeData *data, QStringList *errors);
    static bool canAccept(const QMimeData *data);

    bool setAnnotation(int row, const QJsonObject &annotationJson,
                       const AnnotationExportOptions &options = AnnotationExportOptions(),
                       QString *error = nullptr);
    bool removeAt(int row);
    void clear();

    // The files to upload and the numbered step list for the message body. false and *error when an image
    // cannot be encoded (it is then better not to send than to send half).
    bool prepare(OutgoingFiles *files, QString *stepsText, QString *error) const;
    // Just the step list text (the preview shows it before prepare()).
    QString stepsText() const;
    // The names prepare() will give the files, in the same order (for the preview).
    QStringList plannedFileNames() const;

    static QString screenshotName(int number)
    {
        return QStringLiteral("screenshot-%1.png").arg(number, 2, 10, QLatin1Char('0'));
    }
    static QString stepName(int number)
    {
        return QStringLiteral("step-%1.png").arg(number, 2, 10, QLatin1Char('0'));
    }

signals:
    void changed();

private:
    QImage thumbnail(const Entry &entry) const;
    static bool encodeImage(const Entry &entry, const QString &name, bool withDocument, OutgoingFiles *files,
                            QString *error);

    QList<Entry> m_entries;
    StepSeries *m_steps;
};

} // namespace tierdesk
