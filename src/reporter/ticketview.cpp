#include "reporter/ticketview.h"

#include "ui_ticketview.h"

#include "reporter/annotatedialog.h"
#include "reporter/attachmentpanel.h"
#include "reporter/imagepreviewdialog.h"
#include "reporter/reportattachments.h"
#include "reporter/reportersession.h"
#include "reporter/sendqueue.h"
#include "reporter/ticketstatustext.h"

#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/newfilewriter.h"
#include "client/apiclient.h"
#include "client/localstore.h"
#include "client/syncengine.h"
#include "core/timestamp.h"

#include <QClipboard>
#include <QDateTime>
#include <QDropEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLocale>
#include <QMimeData>
#include <QStandardPaths>
#include <QUrl>

namespace tierdesk {

TicketView::TicketView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TicketView>())
{
    m_ui->setupUi(this);
    m_ui->replyPanel->setVisible(false);
    connect(m_ui->attachToggle, &QToolButton::toggled, this, [this](bool on) {
        m_ui->replyPanel->setVisible(on);
        m_ui->attachToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_ui->conversation, &QTextBrowser::anchorClicked, this, &TicketView::onAnchor);
    connect(m_ui->sendButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (!sendReply(&error))
            m_ui->sendStatus->setText(error);
    });
    connect(m_ui->statusButton, &QPushButton::clicked, this, &TicketView::toggleStatus);
    m_ui->replyEdit->installEventFilter(this);
    m_ui->replyEdit->viewport()->installEventFilter(this);
    setEnabled(false);
}

TicketView::~TicketView() = default;

AttachmentPanel *TicketView::replyPanel() const
{
    return m_ui->replyPanel;
}

QString TicketView::conversationText() const
{
    return m_ui->conversation->toPlainText();
}

void TicketView::setSession(ReporterSession *session)
{
    m_session = session;
    if (!session || !session->store())
        return;
    connect(session->store(), &LocalStore::changed, this, [this](const StoreChange &change) {
        if (change.reset || change.ticketIds.contains(m_ticketId) ||
            change.entities.contains(QStringLiteral("outbox")))
            refresh();
        else if (change.entities.contains(QStringLiteral("notification")))
            markSeen(); // a reply arrived on the ticket being read
    });
    connect(session->queue(), &SendQueue::changed, this, &TicketView::refresh);
    connect(session->queue(), &SendQueue::handedOver, this,
            [this](const QString &, SendQueue::Kind kind, qint64 ticketId, qint64) {
                if (kind == SendQueue::Kind::Message && ticketId == m_ticketId)
                    refresh();
            });
}

void TicketView::showTicket(qint64 ticketId)
{
    if (ticketId != m_ticketId) {
        m_ui->replyEdit->clear();
        m_ui->replyPanel->attachments()->clear();
        m_ui->sendStatus->clear();
    }
    m_ticketId = ticketId;
    refresh();
}

void TicketView::refresh()
{
    const std::optional<QJsonObject> ticket = m_session && m_session->store() && m_ticketId != 0
                                                  ? m_session->store()->ticket(m_ticketId)
                                                  : std::nullopt;
    setEnabled(ticket.has_value());
    if (!ticket) {
        m_ui->titleLabel->clear();
        m_ui->statusLabel->clear();
        m_ui->conversation->clear();
        m_ui->statusButton->hide();
        return;
    }
    const QString number = ticket->value(QLatin1String("number")).toString();
    m_ui->titleLabel->setText(
        number.isEmpty() ? ticket->value(QLatin1String("subject")).toString()
                         : tr("%1: %2").arg(number, ticket->value(QLatin1String("subject")).toString()));
    m_ui->statusLabel->setText(TicketStatusText::displayName(*ticket));
    updateStatusButton(*ticket);
    renderConversation(*ticket);
    markSeen();
}

void TicketView::markSeen()
{
    // Only what is on screen counts as seen: a hidden window does not read replies for its customer.
    if (!m_session || !m_session->store() || m_ticketId <= 0 || !isVisible())
        return;
    LocalStore *store = m_session->store();
    for (const Notification &n : store->notifications()) {
        if (!n.isRead() && n.ticketId == m_ticketId)
            store->markNotificationRead(n.id);
    }
}

void TicketView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    markSeen();
}

void TicketView::updateStatusButton(const QJsonObject &ticket)
{
    const QString status = ticket.value(QLatin1String("status")).toString();
    const bool sent = ticket.value(QLatin1String("id")).toInteger() > 0;
    m_ui->statusButton->setVisible(sent);
    m_ui->statusButton->setText(TicketStatusText::isFinished(status) ? tr("Reopen") : tr("Close ticket"));
    m_ui->statusButton->setToolTip(TicketStatusText::isFinished(status)
                                       ? tr("The problem is back: support will look at it again")
                                       : tr("The problem is solved or no longer matters"));
}

void TicketView::toggleStatus()
{
    if (!m_session || !m_session->engine() || !m_session->store())
        return;
    const auto ticket = m_session->store()->ticket(m_ticketId);
    if (!ticket)
        return;
    const bool finished = TicketStatusText::isFinished(ticket->value(QLatin1String("status")).toString());
    // Customers may only open or close (the server refuses anything else).
    m_session->engine()->patchTicket(
        m_ticketId,
        {{QStringLiteral("status"), finished ? QStringLiteral("open") : QStringLiteral("closed")}});
}

void TicketView::renderConversation(const QJsonObject &ticket)
{
    const qint64 me = m_session->userId();
    const QLocale locale;
    m_attachments.clear();
    QString html;
    for (const QJsonObject &message :
         m_session->visibleMessages(ticket.value(QLatin1String("id")).toInteger())) {
        const bool mine = message.value(QLatin1String("author_id")).toInteger() == me;
        const qint64 at =
            Timestamp::fromIso(message.value(QLatin1String("created_at")).toString()).value_or(0);
        QString header = mine ? tr("You") : tr("Support");
        if (at > 0)
            header += QStringLiteral(" · ") +
                      locale.toString(QDateTime::fromMSecsSinceEpoch(at), QLocale::ShortFormat);
        if (message.value(QLatin1String("pending")).toBool())
            header += QStringLiteral(" · ") + tr("waiting to be sent");
        html += QStringLiteral("<p style=\"margin-top:12px\"><b>%1</b></p>").arg(header.toHtmlEscaped());
        html += QStringLiteral("<p style=\"white-space: pre-wrap\">%1</p>")
                    .arg(message.value(QLatin1String("body")).toString().toHtmlEscaped());
        QStringList links;
        for (const QJsonValue &value : message.value(QLatin1String("attachments")).toArray()) {
            const QJsonObject info = value.toObject();
            const qint64 id = info.value(QLatin1String("id")).toInteger();
            if (id <= 0)
                continue;
            m_attachments.insert(id, info);
            links.append(QStringLiteral("<a href=\"attachment:%1\">%2</a> (%3)")
                             .arg(id)
                             .arg(info.value(QLatin1String("filename")).toString().toHtmlEscaped(),
                                  locale.formattedDataSize(info.value(QLatin1String("size")).toInteger())));
        }
        if (links.isEmpty()) {
            // Pending messages carry ids only; the names come with the server's copy.
            const int count = int(message.value(QLatin1String("attachment_ids")).toArray().size());
            if (count > 0)
                links.append(tr("%n attachment(s)", nullptr, count).toHtmlEscaped());
        }
        if (!links.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(links.join(QStringLiteral("<br>")));
    }
    // Replies still uploading their files.
    if (m_session->queue()) {
        for (const SendQueue::Entry &entry : m_session->queue()->entries()) {
            if (entry.kind != SendQueue::Kind::Message || entry.ticketId != m_ticketId)
                continue;
            const QString state = entry.state == SendQueue::State::Failed
                                      ? tr("not sent: %1").arg(entry.error)
                                      : tr("uploading %1 of %n file(s)", nullptr, int(entry.files.size()))
                                            .arg(entry.uploadedCount());
            html += QStringLiteral("<p style=\"margin-top:12px\"><b>%1 · %2</b></p><p style=\"white-space: "
                                   "pre-wrap\">%3</p>")
                        .arg(tr("You").toHtmlEscaped(), state.toHtmlEscaped(),
                             entry.payload.value(QLatin1String("body")).toString().toHtmlEscaped());
        }
    }
    m_ui->conversation->setHtml(html);
}

bool TicketView::sendReply(QString *error)
{
    if (!m_session || !m_session->queue() || m_ticketId == 0) {
        *error = tr("No ticket is open.");
        return false;
    }
    ReportAttachments *attachments = m_ui->replyPanel->attachments();
    QString body = m_ui->replyEdit->toPlainText().trimmed();
    if (body.isEmpty() && attachments->isEmpty()) {
        *error = tr("Write a reply or attach a screenshot first.");
        return false;
    }
    OutgoingFiles files;
    QString steps;
    if (!attachments->prepare(&files, &steps, error))
        return false;
    if (!steps.isEmpty())
        body = body.isEmpty() ? steps : body + QStringLiteral("\n\n") + steps;
    if (body.isEmpty())
        body = tr("Attached: %1").arg(attachments->plannedFileNames().join(QStringLiteral(", ")));
    const QJsonObject message{{QStringLiteral("kind"), QStringLiteral("public")},
                              {QStringLiteral("body"), body}};
    const QString entry = m_session->queue()->enqueueMessage(m_ticketId, message, files, error);
    if (entry.isEmpty())
        return false;
    m_ui->replyEdit->clear();
    attachments->clear();
    m_ui->attachToggle->setChecked(false);
    const bool offline = m_session->engine() && m_session->engine()->state() == SyncEngine::State::Offline;
    m_ui->sendStatus->setText(offline ? tr("You are offline; the reply is sent when the server is back.")
                                      : tr("Reply sent."));
    emit replyQueued(entry);
    refresh();
    return true;
}

void TicketView::onAnchor(const QUrl &url)
{
    if (url.scheme() == QLatin1String("attachment"))
        openAttachment(url.path().toLongLong());
}

void TicketView::openAttachment(qint64 attachmentId)
{
    if (!m_session || !m_session->store())
        return;
    QJsonObject info = m_attachments.value(attachmentId);
    if (info.isEmpty())
        info = m_session->store()->attachmentInfo(attachmentId).value_or(QJsonObject());
    if (const auto cached = m_session->store()->cachedAttachment(attachmentId)) {
        showAttachment(info, *cached);
        return;
    }
    const QByteArray sha = info.value(QLatin1String("sha256")).toString().toLatin1();
    m_ui->sendStatus->setText(tr("Downloading %1…").arg(info.value(QLatin1String("filename")).toString()));
    DownloadAttachmentJob *job = m_session->api()->downloadAttachment(attachmentId, sha);
    connect(job, &ApiJob::finished, this, [this, job, info, attachmentId, sha](ApiJob *) {
        if (!job->ok()) {
            m_ui->sendStatus->setText(tr("The file could not be downloaded: %1").arg(job->error().message));
            return;
        }
        m_ui->sendStatus->clear();
        if (m_session && m_session->store())
            m_session->store()->cacheAttachment(attachmentId, sha, job->bytes());
        showAttachment(info, job->bytes());
    });
}

void TicketView::showAttachment(const QJsonObject &info, const QByteArray &bytes)
{
    const qint64 id = info.value(QLatin1String("id")).toInteger();
    emit attachmentOpened(id, bytes);
    const QString name = info.value(QLatin1String("filename")).toString();
    const QString type = info.value(QLatin1String("content_type")).toString();
    if (type.startsWith(QLatin1String("image/"))) {
        const QImage image = QImage::fromData(bytes);
        if (!image.isNull()) {
            auto *dialog = new ImagePreviewDialog(image, name, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
            return;
        }
    }
    if (name.endsWith(QLatin1String(".annotation.json"))) {
        // Support's marks on a screenshot: go on marking it and attach the result to the reply.
        QString error;
        const auto document = AnnotationDocument::fromJsonBytes(bytes, &error);
        if (document) {
            ReportAttachments *attachments = m_ui->replyPanel->attachments();
            const int row = attachments->addImage(document->baseImage(), name, document->captureTime());
            attachments->setAnnotation(row, document->toJson());
            m_ui->attachToggle->setChecked(true);
            m_ui->replyPanel->annotateImage(row);
            return;
        }
        m_ui->sendStatus->setText(error);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save attachment"),
        NewFileWriter::unusedPath(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation) +
                                  QLatin1Char('/') + name),
        QString(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    QString error;
    if (!NewFileWriter::write(path, bytes, &error))
        m_ui->sendStatus->setText(error);
}

bool TicketView::eventFilter(QObject *watched, QEvent *event)
{
    const bool replyBox = watched == m_ui->replyEdit || watched == m_ui->replyEdit->viewport();
    if (!replyBox)
        return QWidget::eventFilter(watched, event);
    auto attach = [this](const QMimeData *data) {
        QStringList errors;
        const int added = m_ui->replyPanel->attachments()->addMimeData(data, &errors);
        m_ui->attachToggle->setChecked(true);
        if (!errors.isEmpty())
            m_ui->sendStatus->setText(errors.join(QLatin1Char('\n')));
        return added > 0;
    };
    switch (event->type()) {
    case QEvent::KeyPress: {
        const QMimeData *clipboard = QGuiApplication::clipboard()->mimeData();
        // Text stays text: only images and local files are attached.
        if (static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste) &&
            ReportAttachments::canAccept(clipboard)) {
            attach(clipboard);
            return true;
        }
        break;
    }
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (ReportAttachments::canAccept(drag->mimeData())) {
            drag->acceptProposedAction();
            return true;
        }
        break;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (ReportAttachments::canAccept(drop->mimeData())) {
            if (attach(drop->mimeData()))
                drop->acceptProposedAction();
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void TicketView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace tierdesk
