#pragma once

#include "reporter/problemdraft.h"
#include "reporter/reportersession.h"
#include "reporter/sendqueue.h"

#include <QPointer>
#include <QWizard>

namespace tierdesk {

class AttachmentPanel;
class ProblemAttachmentsPage;
class ProblemDescriptionPage;
class ProblemDetailsPage;
class ProblemReviewPage;
class ReportAttachments;

// "New problem": guides a customer to a ticket support can work with — what went wrong (a calm hint for a
// subject in capitals), the exact error and the time, screenshots or a step series, then a last look at
// what will be sent together with a known outage that matches and an open ticket of theirs that looks like
// the same problem (add to it instead). Finish hands everything to the session's SendQueue, which sends
// at once or, offline, as soon as the server is back.
class NewProblemWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { DescriptionPage, DetailsPage, AttachmentsPage, ReviewPage };

    explicit NewProblemWizard(ReporterSession *session, QWidget *parent = nullptr);
    ~NewProblemWizard() override;

    ReporterSession *session() const { return m_session; }
    ProblemDraft draft() const;
    ReportAttachments *attachments() const;
    AttachmentPanel *attachmentPanel() const;

    ProblemDescriptionPage *descriptionPage() const { return m_description; }
    ProblemDetailsPage *detailsPage() const { return m_details; }
    ProblemAttachmentsPage *attachmentsPage() const { return m_attachments; }
    ProblemReviewPage *reviewPage() const { return m_review; }

    // What Finish did: the queue entry and, when the report went to an existing ticket, that ticket.
    QString sentEntryId() const { return m_sentEntry; }
    qint64 addedToTicketId() const { return m_addedTo; }
    QString lastError() const { return m_lastError; }

    // Sends (queues) the report; false with lastError() when the files cannot be prepared or kept.
    bool send();

public slots:
    void accept() override;

signals:
    // entryId: the SendQueue entry; existingTicketId: 0 for a new ticket.
    void reportQueued(const QString &entryId, qint64 existingTicketId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QPointer<ReporterSession> m_session;
    ProblemDescriptionPage *m_description;
    ProblemDetailsPage *m_details;
    ProblemAttachmentsPage *m_attachments;
    ProblemReviewPage *m_review;
    QString m_sentEntry;
    qint64 m_addedTo = 0;
    QString m_lastError;
};

} // namespace tierdesk
