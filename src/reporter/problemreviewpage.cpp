#include "reporter/problemreviewpage.h"

#include "ui_problemreviewpage.h"

#include "reporter/newproblemwizard.h"
#include "reporter/reportattachments.h"
#include "reporter/reportersession.h"
#include "reporter/ticketstatustext.h"

#include "client/localstore.h"
#include "client/syncengine.h"

namespace tierdesk {

ProblemReviewPage::ProblemReviewPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ProblemReviewPage>())
{
    m_ui->setupUi(this);
    m_ui->outageGroup->hide();
    m_ui->duplicateGroup->hide();
    connect(m_ui->duplicateList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_ui->addToExistingRadio->setChecked(true);
    });
}

ProblemReviewPage::~ProblemReviewPage() = default;

qint64 ProblemReviewPage::existingTicketId() const
{
    const int row = m_ui->duplicateList->currentRow();
    if (m_duplicates.isEmpty() || !m_ui->addToExistingRadio->isChecked() || row < 0 ||
        row >= m_duplicates.size())
        return 0;
    return m_duplicates.at(row).ticketId;
}

qint64 ProblemReviewPage::linkedIncidentId() const
{
    if (m_outages.isEmpty() || !m_ui->linkOutageCheck->isChecked())
        return 0;
    return m_outages.first().incidentId;
}

QString ProblemReviewPage::previewText() const
{
    return m_ui->previewBrowser->toPlainText();
}

void ProblemReviewPage::initializePage()
{
    refresh();
}

void ProblemReviewPage::refresh()
{
    auto *wizard = qobject_cast<NewProblemWizard *>(this->wizard());
    if (!wizard)
        return;
    const ProblemDraft draft = wizard->draft();
    ReporterSession *session = wizard->session();

    m_outages = session ? OutageMatcher::matches(draft, session->incidents()) : QList<OutageMatch>();
    m_ui->outageGroup->setVisible(!m_outages.isEmpty());
    if (!m_outages.isEmpty()) {
        const OutageMatch &outage = m_outages.first();
        QString description = outage.description;
        if (description.size() > 400)
            description = description.left(400) + QStringLiteral("…");
        m_ui->outageLabel->setText(
            tr("Support already knows about this problem and is working on it:\n%1\n%2")
                .arg(outage.title, description));
    }

    m_duplicates =
        session ? DuplicateScorer::likelyDuplicates(draft, session->myTickets(), session->openingTexts())
                : QList<DuplicateMatch>();
    m_ui->duplicateGroup->setVisible(!m_duplicates.isEmpty());
    m_ui->duplicateList->clear();
    for (const DuplicateMatch &match : std::as_const(m_duplicates)) {
        QString status;
        if (session && session->store()) {
            if (const auto ticket = session->store()->ticket(match.ticketId))
                status = TicketStatusText::displayName(*ticket);
        }
        const QString number = match.number.isEmpty() ? tr("(not sent yet)") : match.number;
        auto *item = new QListWidgetItem(tr("%1 · %2 · %3").arg(number, match.subject, status));
        if (!match.sharedCodes.isEmpty())
            item->setToolTip(tr("Same error code: %1").arg(match.sharedCodes.join(QStringLiteral(", "))));
        m_ui->duplicateList->addItem(item);
    }
    if (!m_duplicates.isEmpty()) {
        m_ui->duplicateList->setCurrentRow(0);
        m_ui->addToExistingRadio->setChecked(true);
    }

    QString text = tr("Subject: %1").arg(draft.subject.trimmed()) + QStringLiteral("\n\n") + draft.body();
    const QStringList codes = draft.errorCodes();
    if (!codes.isEmpty())
        text += QStringLiteral("\n\n") + tr("Error codes: %1").arg(codes.join(QStringLiteral(", ")));
    const QStringList files = wizard->attachments()->plannedFileNames();
    if (!files.isEmpty())
        text += QStringLiteral("\n\n") + tr("Attachments: %1").arg(files.join(QStringLiteral(", ")));
    m_ui->previewBrowser->setPlainText(text);

    const bool offline =
        session && session->engine() && session->engine()->state() == SyncEngine::State::Offline;
    m_ui->sendNote->setText(offline
                                ? tr("You are offline. The report is kept on this computer and sent as soon "
                                     "as the server can be reached.")
                                : QString());
    m_ui->sendNote->setVisible(offline);
}

void ProblemReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (wizard() && wizard()->currentPage() == this)
            refresh();
    }
    QWizardPage::changeEvent(event);
}

} // namespace tierdesk
