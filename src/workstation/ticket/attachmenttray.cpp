#include "workstation/ticket/attachmenttray.h"

#include "capture/annotate/pngencoder.h"
#include "workstation/common/icons.h"
#include "workstation/ticket/attachmentthumbnail.h"

#include <QBuffer>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMimeDatabase>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace tierdesk {

namespace {
QImage previewOf(const QByteArray &bytes, int size)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    QImageReader reader(&buffer);
    const QSize full = reader.size();
    if (full.isValid())
        reader.setScaledSize(full.scaled(QSize(size, size), Qt::KeepAspectRatio));
    return reader.read();
}
} // namespace

PendingAttachment PendingAttachment::fromImage(const QImage &image, const QString &fileName)
{
    PendingAttachment a;
    a.fileName = fileName;
    a.contentType = "image/png";
    a.bytes = PngEncoder::encode(image);
    a.preview = image.scaled(AttachmentTray::PreviewSize, AttachmentTray::PreviewSize, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    return a;
}

PendingAttachment PendingAttachment::fromBytes(const QString &fileName, const QByteArray &bytes)
{
    PendingAttachment a;
    a.fileName = fileName;
    a.bytes = bytes;
    a.contentType = QMimeDatabase().mimeTypeForFileNameAndData(fileName, bytes).name().toLatin1();
    if (a.isImage())
        a.preview = previewOf(bytes, AttachmentTray::PreviewSize);
    return a;
}

AttachmentTray::AttachmentTray(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("attachmentTray"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_layout->addStretch();
    hide();
}

void AttachmentTray::add(const PendingAttachment &attachment)
{
    m_items.append(attachment);
    rebuild();
}

void AttachmentTray::removeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return;
    m_items.removeAt(index);
    rebuild();
}

void AttachmentTray::replace(int index, const PendingAttachment &attachment)
{
    if (index < 0 || index >= m_items.size())
        return;
    m_items[index] = attachment;
    rebuild();
}

void AttachmentTray::clear()
{
    m_items.clear();
    rebuild();
}

void AttachmentTray::rebuild()
{
    while (m_layout->count() > 1) {
        QLayoutItem *item = m_layout->takeAt(0);
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    for (int i = 0; i < m_items.size(); ++i) {
        const PendingAttachment &a = m_items.at(i);
        auto *card = new QFrame(this);
        card->setObjectName(QStringLiteral("pendingAttachment"));
        card->setFrameShape(QFrame::StyledPanel);
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(4, 4, 4, 4);
        cardLayout->setSpacing(2);
        auto *top = new QHBoxLayout;
        auto *picture = new QToolButton(card);
        picture->setObjectName(QStringLiteral("previewButton"));
        picture->setAutoRaise(true);
        picture->setIconSize(QSize(PreviewSize, PreviewSize));
        picture->setIcon(a.preview.isNull() ? style()->standardIcon(QStyle::SP_FileIcon)
                                            : QIcon(QPixmap::fromImage(a.preview)));
        picture->setToolTip(a.isImage() ? tr("Show it large, or annotate it") : a.fileName);
        connect(picture, &QToolButton::clicked, this, [this, i] { showPreview(i); });
        top->addWidget(picture);
        auto *remove = new QToolButton(card);
        remove->setObjectName(QStringLiteral("removeAttachmentButton"));
        remove->setText(QStringLiteral("×"));
        remove->setToolTip(tr("Do not send this file"));
        remove->setAutoRaise(true);
        connect(remove, &QToolButton::clicked, this, [this, i] { removeAt(i); });
        top->addWidget(remove, 0, Qt::AlignTop);
        cardLayout->addLayout(top);
        auto *name = new QLabel(fontMetrics().elidedText(a.fileName, Qt::ElideMiddle, PreviewSize + 20) +
                                    QLatin1Char('\n') + AttachmentThumbnail::sizeText(a.bytes.size()),
                                card);
        name->setToolTip(a.fileName);
        cardLayout->addWidget(name);
        m_layout->insertWidget(i, card);
    }
    setVisible(!m_items.isEmpty());
    emit changed();
}

void AttachmentTray::showPreview(int index)
{
    if (index < 0 || index >= m_items.size())
        return;
    const PendingAttachment a = m_items.at(index);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Attachment preview — %1").arg(a.fileName));
    auto *layout = new QVBoxLayout(&dialog);
    auto *scroll = new QScrollArea(&dialog);
    auto *label = new QLabel;
    if (a.isImage()) {
        QImage image = QImage::fromData(a.bytes);
        if (image.width() > 1200 || image.height() > 800)
            image = image.scaled(1200, 800, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        label->setPixmap(QPixmap::fromImage(image));
    } else {
        label->setText(tr("%1\n%2, %3")
                           .arg(a.fileName, QString::fromLatin1(a.contentType),
                                AttachmentThumbnail::sizeText(a.bytes.size())));
    }
    scroll->setWidget(label);
    layout->addWidget(scroll);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    if (a.isImage()) {
        QPushButton *annotate = buttons->addButton(tr("&Annotate…"), QDialogButtonBox::ActionRole);
        annotate->setIcon(Icons::icon(QStringLiteral("annotate")));
        connect(annotate, &QPushButton::clicked, &dialog, [this, &dialog, index] {
            dialog.accept();
            emit annotateRequested(index);
        });
    }
    QPushButton *remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::DestructiveRole);
    connect(remove, &QPushButton::clicked, &dialog, [this, &dialog, index] {
        dialog.accept();
        removeAt(index);
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(900, 650);
    dialog.exec();
}

} // namespace tierdesk
