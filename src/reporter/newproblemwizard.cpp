#include "reporter/newproblemwizard.h"

#include "ui_problemdescriptionpage.h"
#include "ui_problemdetailspage.h"

#include "reporter/attachmentpanel.h"
#include "reporter/problemattachmentspage.h"
#include "reporter/problemdescriptionpage.h"
#include "reporter/problemdetailspage.h"
#include "reporter/problemreviewpage.h"
#include "reporter/reportattachments.h"
#include "reporter/reportersession.h"

#include <QEvent>
#include <QGuiApplication>
#include <QMessageBox>

namespace tierdesk {

NewProblemWizard::NewProblemWizard(ReporterSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_description(new ProblemDescriptionPage(this))
    , m_details(new ProblemDetailsPage(this))
    , m_attachments(new ProblemAttachmentsPage(this))
    , m_review(new ProblemReviewPage(this))
{
    setPage(DescriptionPage, m_description);
    setPage(DetailsPage, m_details);
    setPage(AttachmentsPage, m_attachments);
    setPage(ReviewPage, m_review);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    resize(800, 740);
    retranslate();
}

NewProblemWizard::~NewProblemWizard() = default;

ReportAttachments *NewProblemWizard::attachments() const
{
    return m_attachments->panel()->attachments();
}

AttachmentPanel *NewProblemWizard::attachmentPanel() const
{
    return m_attachments->panel();
}

ProblemDraft NewProblemWizard::draft() const
{
    ProblemDraft draft;
    const auto *description = m_description->form();
    draft.subject = description->subjectEdit->text().trimmed();
    draft.whatIDid = description->didEdit->toPlainText();
    draft.whatIExpected = description->expectedEdit->toPlainText();
    draft.whatHappened = description->happenedEdit->toPlainText();
    const auto *details = m_details->form();
    draft.errorMessage = details->errorEdit->toPlainText();
    draft.occurredAt = details->whenEdit->dateTime();
    draft.severity = m_details->severity();
    draft.stepsText = attachments()->stepsText();
    return draft;
}

bool NewProblemWizard::send()
{
    m_lastError.clear();
    if (!m_session || !m_session->queue()) {
        m_lastError = tr("You are not signed in.");
        return false;
    }
    OutgoingFiles files;
    QString stepsText;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool prepared = attachments()->prepare(&files, &stepsText, &m_lastError);
    QGuiApplication::restoreOverrideCursor();
    if (!prepared)
        return false;
    ProblemDraft report = draft();
    report.stepsText = stepsText;

    const qint64 existing = m_review->existingTicketId();
    QString entry;
    if (existing != 0) {
        QString body = report.bodyForExistingTicket();
        if (!m_review->outages().isEmpty())
            body +=
                QStringLiteral("\n\n") +
                tr("This may be part of the known problem \"%1\".").arg(m_review->outages().first().title);
        const QJsonObject message{{QStringLiteral("kind"), QStringLiteral("public")},
                                  {QStringLiteral("body"), body}};
        entry = m_session->queue()->enqueueMessage(existing, message, files, &m_lastError);
    } else {
        entry = m_session->queue()->enqueueTicket(report.ticketJson(m_review->linkedIncidentId()), files,
                                                  &m_lastError);
    }
    if (entry.isEmpty())
        return false;
    m_sentEntry = entry;
    m_addedTo = existing;
    emit reportQueued(entry, existing);
    return true;
}

void NewProblemWizard::accept()
{
    if (!send()) {
        QMessageBox::warning(this, tr("Not sent"), m_lastError);
        return;
    }
    QWizard::accept();
}

void NewProblemWizard::retranslate()
{
    setWindowTitle(tr("Report a problem"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Send"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
}

void NewProblemWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

} // namespace tierdesk
