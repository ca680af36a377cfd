#pragma once

#include <QImage>
#include <QList>
#include <QPlainTextEdit>
#include <QUrl>

namespace tierdesk {

// The composer's text field. Text pastes as text; an image on the clipboard (Ctrl+V of a screenshot) or
// files dropped or pasted from a file manager become attachments instead of being lost or pasted as a path.
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit ComposerEdit(QWidget *parent = nullptr);

    // Whether the data holds something this field turns into attachments.
    static bool hasAttachments(const QMimeData *data);

signals:
    void imagePasted(const QImage &image);
    void filesDropped(const QList<QUrl> &files);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace tierdesk
