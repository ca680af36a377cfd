#include "workstation/ticket/composeredit.h"

#include <QMimeData>

namespace tierdesk {

namespace {
QList<QUrl> localFiles(const QMimeData *data)
{
    QList<QUrl> files;
    if (!data->hasUrls())
        return files;
    for (const QUrl &url : data->urls())
        if (url.isLocalFile())
            files.append(url);
    return files;
}
} // namespace

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("composerEdit"));
}

bool ComposerEdit::hasAttachments(const QMimeData *data)
{
    return data && (data->hasImage() || !localFiles(data).isEmpty());
}

bool ComposerEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return hasAttachments(source) || QPlainTextEdit::canInsertFromMimeData(source);
}

void ComposerEdit::insertFromMimeData(const QMimeData *source)
{
    // Files first: a file manager's copy carries both the files and their paths as text.
    const QList<QUrl> files = localFiles(source);
    if (!files.isEmpty()) {
        emit filesDropped(files);
        return;
    }
    if (source->hasImage()) {
        const QImage image = qvariant_cast<QImage>(source->imageData());
        if (!image.isNull()) {
            emit imagePasted(image);
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace tierdesk
