#pragma once

#include <QJsonObject>
#include <QToolButton>

namespace tierdesk {

class AttachmentLoader;

// One attachment of a message: a thumbnail for images (the bytes come through the AttachmentLoader, from the
// cache or downloaded once), a file icon otherwise, the file name and size below. Clicking offers to open,
// save or — for images — annotate it.
class AttachmentThumbnail : public QToolButton
{
    Q_OBJECT

public:
    static constexpr int ThumbnailSize = 96;

    AttachmentThumbnail(const QJsonObject &attachment, AttachmentLoader *loader, QWidget *parent = nullptr);

    qint64 attachmentId() const { return m_id; }
    QString fileName() const;
    bool isImage() const;
    bool hasBytes() const { return !m_bytes.isEmpty(); }
    QByteArray bytes() const { return m_bytes; }
    bool hasThumbnail() const { return m_hasThumbnail; }
    QString errorText() const { return m_error; }

    static QString sizeText(qint64 bytes);

signals:
    void annotateRequested(const QImage &image, const QString &fileName);

private:
    void onLoaded(qint64 id, const QByteArray &bytes);
    void onFailed(qint64 id, const QString &message);
    void showMenu();
    void openExternally();
    void saveAs();
    void whenLoaded(std::function<void()> action);

    QJsonObject m_info;
    qint64 m_id;
    AttachmentLoader *m_loader;
    QByteArray m_bytes;
    QString m_error;
    bool m_hasThumbnail = false;
    std::function<void()> m_afterLoad;
};

} // namespace tierdesk
