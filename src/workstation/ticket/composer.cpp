#include "workstation/ticket/composer.h"

#include "ui_composer.h"

#include "capture/grab/captureservice.h"
#include "capture/grab/regionpicker.h"
#include "client/apiclient.h"
#include "client/syncengine.h"
#include "workstation/common/icons.h"
#include "workstation/session/session.h"
#include "workstation/ticket/annotatordialog.h"
#include "workstation/ticket/messagewidget.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMenu>
#include <QMimeData>

Q_LOGGING_CATEGORY(lcComposer, "tierdesk.workstation.composer")

namespace tierdesk {

Composer::Composer(Session *session, qint64 ticketId, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::Composer>())
    , m_session(session)
    , m_ticketId(ticketId)
{
    ui->setupUi(this);
    setAcceptDrops(true);
    ui->errorLabel->hide();
    ui->replyModeButton->setIcon(Icons::icon(QStringLiteral("reply")));
    ui->noteModeButton->setIcon(Icons::icon(QStringLiteral("note")));
    ui->attachButton->setIcon(Icons::icon(QStringLiteral("attach")));
    ui->captureButton->setIcon(Icons::icon(QStringLiteral("capture")));
    ui->sendButton->setIcon(Icons::icon(QStringLiteral("send")));
    ui->sendButton->setToolTip(tr("Ctrl+Enter"));

    auto *modes = new QButtonGroup(this);
    modes->addButton(ui->replyModeButton);
    modes->addButton(ui->noteModeButton);
    modes->setExclusive(true);
    connect(ui->replyModeButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setMode(Mode::Reply);
    });
    connect(ui->noteModeButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setMode(Mode::Note);
    });

    auto *captureMenu = new QMenu(this);
    captureMenu->addAction(tr("&Region of the screen…"), this, &Composer::captureRegion);
    captureMenu->addAction(tr("&Whole screen"), this, &Composer::captureScreen);
    ui->captureButton->setMenu(captureMenu);

    connect(ui->sendButton, &QPushButton::clicked, this, &Composer::send);
    connect(ui->attachButton, &QToolButton::clicked, this, &Composer::chooseFiles);
    connect(ui->composerEdit, &ComposerEdit::imagePasted, this,
            [this](const QImage &image) { addImage(image); });
    connect(ui->composerEdit, &ComposerEdit::filesDropped, this, &Composer::addFiles);
    connect(ui->tray, &AttachmentTray::annotateRequested, this, [this](int index) {
        const PendingAttachment a = ui->tray->attachments().value(index);
        AnnotatorDialog dialog(QImage::fromData(a.bytes), a.fileName, QDateTime::currentDateTime(), this);
        if (dialog.exec() == QDialog::Accepted)
            ui->tray->replace(index, PendingAttachment::fromBytes(dialog.fileName(), dialog.pngBytes()));
    });
    auto *sendShortcut = new QAction(this);
    sendShortcut->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    sendShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QAction::triggered, this, &Composer::send);
    addAction(sendShortcut);
    updateMode();
}

Composer::~Composer() = default;

void Composer::setMode(Mode mode)
{
    m_mode = mode;
    updateMode();
}

void Composer::updateMode()
{
    const bool note = m_mode == Mode::Note;
    ui->replyModeButton->setChecked(!note);
    ui->noteModeButton->setChecked(note);
    ui->sendButton->setText(note ? tr("Add internal note") : tr("Send reply"));
    ui->sendButton->setObjectName(QStringLiteral("sendButton"));
    ui->modeHint->setText(note ? tr("Only staff will see this note.")
                               : tr("The customer will receive this reply."));
    ui->modeHint->setStyleSheet(note ? QStringLiteral("color: #7a5d00;") : QStringLiteral("color: #35608f;"));
    ui->composerEdit->setPlaceholderText(note ? tr("Internal note for staff — the customer will not see it")
                                              : tr("Reply to the customer…"));
    // A note never looks like something that goes out: the field takes the notes' yellow.
    ui->composerEdit->setStyleSheet(
        note ? QStringLiteral("QPlainTextEdit { background: %1; border: 2px dashed #c9a400; }")
                   .arg(MessageWidget::noteBackground().name())
             : QString());
    ui->sendButton->setStyleSheet(note ? QStringLiteral("QPushButton { background: #f3e3a0; }") : QString());
}

QString Composer::text() const
{
    return ui->composerEdit->toPlainText();
}

void Composer::setText(const QString &text)
{
    ui->composerEdit->setPlainText(text);
}

void Composer::insertText(const QString &text)
{
    ui->composerEdit->insertPlainText(text);
}

AttachmentTray *Composer::tray() const
{
    return ui->tray;
}

QString Composer::sendButtonText() const
{
    return ui->sendButton->text();
}

QString Composer::errorText() const
{
    return ui->errorLabel->isHidden() ? QString() : ui->errorLabel->text();
}

void Composer::focusEditor()
{
    ui->composerEdit->setFocus();
}

void Composer::showError(const QString &text)
{
    ui->errorLabel->setText(text);
    ui->errorLabel->setVisible(!text.isEmpty());
}

void Composer::addImage(const QImage &image, const QString &fileName)
{
    if (image.isNull())
        return;
    const QString name =
        fileName.isEmpty()
            ? QStringLiteral("pasted-%1.png")
                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
            : fileName;
    ui->tray->add(PendingAttachment::fromImage(image, name));
    showError({});
}

void Composer::addFiles(const QList<QUrl> &files)
{
    QStringList problems;
    for (const QUrl &url : files) {
        const QString path = url.toLocalFile();
        QFileInfo info(path);
        if (!info.isFile()) {
            problems << tr("%1 is not a file.").arg(info.fileName());
            continue;
        }
        if (info.size() > AttachmentTray::MaximumBytes) {
            problems << tr("%1 is larger than %2 MB.")
                            .arg(info.fileName())
                            .arg(AttachmentTray::MaximumBytes >> 20);
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems << tr("%1 cannot be read: %2").arg(info.fileName(), file.errorString());
            continue;
        }
        ui->tray->add(PendingAttachment::fromBytes(info.fileName(), file.readAll()));
    }
    showError(problems.join(QLatin1Char(' ')));
}

void Composer::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files"));
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    addFiles(urls);
}

void Composer::dragEnterEvent(QDragEnterEvent *event)
{
    if (ComposerEdit::hasAttachments(event->mimeData()))
        event->acceptProposedAction();
}

void Composer::dropEvent(QDropEvent *event)
{
    const QMimeData *data = event->mimeData();
    QList<QUrl> files;
    for (const QUrl &url : data->urls())
        if (url.isLocalFile())
            files << url;
    if (!files.isEmpty())
        addFiles(files);
    else if (data->hasImage())
        addImage(qvariant_cast<QImage>(data->imageData()));
    event->acceptProposedAction();
}

void Composer::annotate(const QImage &image, const QString &sourceName)
{
    AnnotatorDialog dialog(image, sourceName, QDateTime::currentDateTime(), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.pngBytes().isEmpty())
        ui->tray->add(PendingAttachment::fromBytes(dialog.fileName(), dialog.pngBytes()));
}

// --- capture -----------------------------------------------------------------------------------------------

CaptureService *Composer::captureService()
{
    if (!m_capture) {
        m_capture = new CaptureService(this);
        m_capture->setHideHook([this]() -> QList<QWidget *> { return {window()}; });
        connect(m_capture, &CaptureService::captured, this, &Composer::onCaptured);
        connect(m_capture, &CaptureService::failed, this, &Composer::onCaptureFailed);
    }
    return m_capture;
}

void Composer::captureRegion()
{
    m_pickRegion = true;
    captureService()->capture(CaptureRequest::fullDesktop());
}

void Composer::captureScreen()
{
    m_pickRegion = false;
    captureService()->capture(CaptureRequest::fullDesktop());
}

void Composer::onCaptured(const Capture &capture)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(capture.capturedAtMs());
    if (!m_pickRegion) {
        annotate(capture.image(), capture.suggestedFileName());
        return;
    }
    // Through the service: its overlay windows are kept between region captures (fast to show again).
    RegionPicker *picker = captureService()->createRegionPicker(capture, this);
    connect(picker, &RegionPicker::selected, this, [this, picker, when] {
        const Capture region = picker->selectedCapture();
        picker->deleteLater();
        if (!region.isNull())
            annotate(region.image(), region.suggestedFileName());
    });
    connect(picker, &RegionPicker::cancelled, picker, &QObject::deleteLater);
    picker->show();
}

void Composer::onCaptureFailed(const CaptureFailure &failure)
{
    if (failure.error() != CaptureError::Cancelled)
        showError(failure.message());
}

// --- sending -----------------------------------------------------------------------------------------------

void Composer::setSending(bool sending)
{
    m_sending = sending;
    for (QWidget *w : std::initializer_list<QWidget *>{ui->composerEdit, ui->sendButton, ui->attachButton,
                                                       ui->captureButton, ui->replyModeButton,
                                                       ui->noteModeButton, ui->tray})
        w->setEnabled(!sending);
    if (!sending)
        ui->progressLabel->clear();
}

void Composer::send()
{
    if (m_sending)
        return;
    QString body = text().trimmed();
    const QList<PendingAttachment> attachments = ui->tray->attachments();
    if (body.isEmpty() && attachments.isEmpty()) {
        showError(m_mode == Mode::Note ? tr("Write the note first.") : tr("Write the reply first."));
        ui->composerEdit->setFocus();
        return;
    }
    if (body.isEmpty()) {
        QStringList names;
        for (const PendingAttachment &a : attachments)
            names << a.fileName;
        body = tr("Attached: %1").arg(names.join(QStringLiteral(", ")));
    }
    showError({});
    m_body = body;
    m_kind = m_mode == Mode::Note ? QStringLiteral("internal") : QStringLiteral("public");
    m_uploading = attachments;
    m_uploadedIds.clear();
    if (m_uploading.isEmpty()) {
        post();
        return;
    }
    setSending(true);
    uploadNext();
}

void Composer::uploadNext()
{
    if (m_uploadedIds.size() == m_uploading.size()) {
        post();
        return;
    }
    const PendingAttachment &a = m_uploading.at(m_uploadedIds.size());
    ui->progressLabel->setText(
        tr("Uploading %1 (%2 of %3)…").arg(a.fileName).arg(m_uploadedIds.size() + 1).arg(m_uploading.size()));
    m_upload = m_session->api()->uploadAttachment(a.fileName, a.contentType, a.bytes);
    connect(m_upload, &ApiJob::finished, this, [this](ApiJob *job) {
        auto *upload = static_cast<UploadAttachmentJob *>(job);
        if (!upload->ok()) {
            const ClientError e = upload->error();
            setSending(false);
            showError(
                e.isTransient()
                    ? tr("Attachments need a connection to the server; nothing was sent and your message is "
                         "kept here. Send it again when online, or remove the attachments to send the text "
                         "now (text goes out by itself once the connection is back).")
                    : tr("The attachment could not be uploaded: %1. Nothing was sent.").arg(e.message));
            return;
        }
        m_uploadedIds.append(upload->attachment().id);
        uploadNext();
    });
}

void Composer::post()
{
    QJsonArray ids;
    for (qint64 id : std::as_const(m_uploadedIds))
        ids.append(id);
    QJsonObject message{{QStringLiteral("kind"), m_kind}, {QStringLiteral("body"), m_body}};
    if (!ids.isEmpty())
        message.insert(QStringLiteral("attachment_ids"), ids);
    const qint64 localId = m_session->engine()->postMessage(m_ticketId, message);
    qCInfo(lcComposer) << "queued" << m_kind << "message" << localId << "on ticket" << m_ticketId;
    setSending(false);
    ui->composerEdit->clear();
    ui->tray->clear();
    m_uploading.clear();
    m_uploadedIds.clear();
    emit sent(m_kind, localId);
}

} // namespace tierdesk
