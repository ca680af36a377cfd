#include "reporter/imagepreviewdialog.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tierdesk {

ImagePreviewDialog::ImagePreviewDialog(const QImage &image, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_image(image)
{
    setWindowTitle(tr("Preview: %1").arg(title));
    const QSize available = (screen() ? screen()->availableGeometry().size() : QSize(1280, 800)) * 0.8;
    QPixmap pixmap = QPixmap::fromImage(image);
    if (pixmap.width() > available.width() || pixmap.height() > available.height())
        pixmap = pixmap.scaled(available, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    auto *label = new QLabel(this);
    label->setPixmap(pixmap);
    label->setAlignment(Qt::AlignCenter);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(label);
    scroll->setWidgetResizable(true);
    auto *size = new QLabel(tr("%1 × %2 pixels").arg(image.width()).arg(image.height()), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(size);
    layout->addWidget(buttons);
    resize(pixmap.size().boundedTo(available) + QSize(40, 90));
}

} // namespace tierdesk
