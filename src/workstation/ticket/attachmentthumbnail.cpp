#include "workstation/ticket/attachmentthumbnail.h"

#include "core/attachmentinfo.h"
#include "workstation/session/attachmentloader.h"

#include <QBuffer>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QImageReader>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStyle>
#include <QUrl>

namespace tierdesk {

AttachmentThumbnail::AttachmentThumbnail(const QJsonObject &attachment, AttachmentLoader *loader,
                                         QWidget *parent)
    : QToolButton(parent)
    , m_info(attachment)
    , m_id(attachment.value(QLatin1String("id")).toInteger())
    , m_loader(loader)
{
    setObjectName(QStringLiteral("attachmentThumbnail"));
    setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    setIconSize(QSize(ThumbnailSize, ThumbnailSize));
    setAutoRaise(true);
    setFixedWidth(ThumbnailSize + 28);
    const QString name = fileName();
    const QString shortName = fontMetrics().elidedText(name, Qt::ElideMiddle, ThumbnailSize + 20);
    setText(shortName + QLatin1Char('\n') + sizeText(attachment.value(QLatin1String("size")).toInteger()));
    setToolTip(tr("%1 (%2) — click to open, save or annotate")
                   .arg(name, sizeText(attachment.value(QLatin1String("size")).toInteger())));
    setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    connect(loader, &AttachmentLoader::loaded, this, &AttachmentThumbnail::onLoaded);
    connect(loader, &AttachmentLoader::failed, this, &AttachmentThumbnail::onFailed);
    connect(this, &QToolButton::clicked, this, &AttachmentThumbnail::showMenu);
    if (isImage() && m_id > 0)
        loader->request(m_id, attachment.value(QLatin1String("sha256")).toString().toLatin1());
}

QString AttachmentThumbnail::fileName() const
{
    const QString name = m_info.value(QLatin1String("filename")).toString();
    return name.isEmpty() ? tr("attachment %1").arg(m_id) : AttachmentInfo::sanitisedFilename(name);
}

bool AttachmentThumbnail::isImage() const
{
    return m_info.value(QLatin1String("content_type")).toString().startsWith(QLatin1String("image/"));
}

QString AttachmentThumbnail::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void AttachmentThumbnail::onLoaded(qint64 id, const QByteArray &bytes)
{
    if (id != m_id)
        return;
    m_bytes = bytes;
    m_error.clear();
    if (isImage()) {
        // Decode straight to thumbnail size: a 4K screenshot never becomes a full-size QImage here.
        QBuffer buffer(&m_bytes);
        QImageReader reader(&buffer);
        const QSize full = reader.size();
        if (full.isValid())
            reader.setScaledSize(full.scaled(QSize(ThumbnailSize, ThumbnailSize), Qt::KeepAspectRatio));
        const QImage thumbnail = reader.read();
        if (!thumbnail.isNull()) {
            setIcon(QIcon(QPixmap::fromImage(thumbnail)));
            m_hasThumbnail = true;
        }
    }
    if (m_afterLoad) {
        auto action = std::move(m_afterLoad);
        m_afterLoad = nullptr;
        action();
    }
}

void AttachmentThumbnail::onFailed(qint64 id, const QString &message)
{
    if (id != m_id)
        return;
    m_error = message;
    setToolTip(message);
    if (m_afterLoad) {
        m_afterLoad = nullptr;
        QMessageBox::warning(this, fileName(), message);
    }
}

void AttachmentThumbnail::whenLoaded(std::function<void()> action)
{
    if (hasBytes()) {
        action();
        return;
    }
    m_afterLoad = std::move(action);
    m_loader->request(m_id, m_info.value(QLatin1String("sha256")).toString().toLatin1());
}

void AttachmentThumbnail::showMenu()
{
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, [this] { whenLoaded([this] { openExternally(); }); });
    menu.addAction(tr("&Save as…"), this, [this] { whenLoaded([this] { saveAs(); }); });
    if (isImage()) {
        menu.addAction(tr("&Annotate and attach as a new file…"), this, [this] {
            whenLoaded([this] {
                const QImage image = QImage::fromData(m_bytes);
                if (!image.isNull())
                    emit annotateRequested(image, fileName());
            });
        });
    }
    menu.exec(mapToGlobal(QPoint(0, height())));
}

void AttachmentThumbnail::openExternally()
{
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                            .filePath(QStringLiteral("tierdesk-attachments/%1").arg(m_id));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(fileName());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size()) {
        QMessageBox::warning(this, fileName(), tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    file.close();
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void AttachmentThumbnail::saveAs()
{
    const QString start =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)).filePath(fileName());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save attachment"), start);
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size())
        QMessageBox::warning(this, fileName(), tr("Could not write %1: %2").arg(path, file.errorString()));
}

} // namespace tierdesk
