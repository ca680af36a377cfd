#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>
#include <QWidget>

class QHBoxLayout;

namespace tierdesk {

// A file waiting in the composer to go out with the next message.
struct PendingAttachment
{
    QString fileName;
    QByteArray contentType;
    QByteArray bytes;
    QImage preview; // images only, already small

    bool isImage() const { return contentType.startsWith("image/"); }
    static PendingAttachment fromImage(const QImage &image, const QString &fileName);
    static PendingAttachment fromBytes(const QString &fileName, const QByteArray &bytes);
};

// The preview strip under the composer: every attachment about to be sent, with its thumbnail, name and size
// and a button to take it out again; clicking an image shows it large with "Annotate". Nothing leaves before
// the person has seen it here.
class AttachmentTray : public QWidget
{
    Q_OBJECT

public:
    static constexpr int PreviewSize = 72;
    // Larger files are refused at once rather than failing on upload.
    static constexpr qint64 MaximumBytes = 25 * 1024 * 1024;

    explicit AttachmentTray(QWidget *parent = nullptr);

    void add(const PendingAttachment &attachment);
    void removeAt(int index);
    void replace(int index, const PendingAttachment &attachment);
    void clear();
    QList<PendingAttachment> attachments() const { return m_items; }
    int count() const { return m_items.size(); }

signals:
    void changed();
    void annotateRequested(int index);

private:
    void rebuild();
    void showPreview(int index);

    QList<PendingAttachment> m_items;
    QHBoxLayout *m_layout;
};

} // namespace tierdesk
