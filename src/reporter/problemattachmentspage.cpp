#include "reporter/problemattachmentspage.h"

#include "ui_problemattachmentspage.h"

#include "reporter/attachmentpanel.h"

namespace tierdesk {

ProblemAttachmentsPage::ProblemAttachmentsPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ProblemAttachmentsPage>())
{
    m_ui->setupUi(this);
    connect(m_ui->attachmentPanel, &AttachmentPanel::busyChanged, this, &QWizardPage::completeChanged);
}

ProblemAttachmentsPage::~ProblemAttachmentsPage() = default;

AttachmentPanel *ProblemAttachmentsPage::panel() const
{
    return m_ui->attachmentPanel;
}

bool ProblemAttachmentsPage::isComplete() const
{
    return !m_ui->attachmentPanel->isCapturing();
}

void ProblemAttachmentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWizardPage::changeEvent(event);
}

} // namespace tierdesk
