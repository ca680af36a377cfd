#pragma once

#include "workstation/ticket/attachmenttray.h"

#include <QPointer>
#include <QWidget>
#include <memory>

namespace Ui {
class Composer;
}

namespace tierdesk {

class CaptureService;
class Capture;
class CaptureFailure;
class Session;
class UploadAttachmentJob;

// Writing on a ticket: a reply to the customer or an internal note, switched explicitly; the send button
// always says which ("Send reply" / "Add internal note") and a note is yellow like the notes in the
// conversation. Text goes through the sync engine's outbox (works offline). Attachments — files, pasted
// screenshots (Ctrl+V), dropped files, captures, annotated images — wait in a preview strip and are uploaded
// when the message is sent; a failed upload keeps the whole draft.
class Composer : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Reply, Note };

    Composer(Session *session, qint64 ticketId, QWidget *parent = nullptr);
    ~Composer() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QString text() const;
    void setText(const QString &text);
    void insertText(const QString &text);
    AttachmentTray *tray() const;
    bool isSending() const { return m_sending; }
    QString sendButtonText() const;
    QString errorText() const;

    void addImage(const QImage &image, const QString &fileName = {});
    void addFiles(const QList<QUrl> &files);
    // Opens the annotator on image; "Attach" adds the result as a new file.
    void annotate(const QImage &image, const QString &sourceName);
    void setTicketId(qint64 id) { m_ticketId = id; }

public slots:
    void send();
    void focusEditor();
    void chooseFiles();
    void captureRegion();
    void captureScreen();

signals:
    // A message went into the outbox (kind "public" or "internal").
    void sent(const QString &kind, qint64 localMessageId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateMode();
    void showError(const QString &text);
    void uploadNext();
    void post();
    void setSending(bool sending);
    CaptureService *captureService();
    void onCaptured(const Capture &capture);
    void onCaptureFailed(const CaptureFailure &failure);

    std::unique_ptr<Ui::Composer> ui;
    Session *m_session;
    qint64 m_ticketId;
    Mode m_mode = Mode::Reply;
    bool m_sending = false;
    bool m_pickRegion = false;
    QList<PendingAttachment> m_uploading;
    QList<qint64> m_uploadedIds;
    QString m_body;
    QString m_kind;
    QPointer<UploadAttachmentJob> m_upload;
    CaptureService *m_capture = nullptr;
};

} // namespace tierdesk
