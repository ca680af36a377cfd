#pragma once

#include <QDialog>
#include <QImage>

class QLabel;

namespace tierdesk {

// An image as it will be sent (or as it was received), scaled down to fit the screen, never up.
class ImagePreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImagePreviewDialog(const QImage &image, const QString &title, QWidget *parent = nullptr);

    QImage image() const { return m_image; }

private:
    QImage m_image;
};

} // namespace tierdesk
