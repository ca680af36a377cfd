#include "reporter/problemdescriptionpage.h"

#include "ui_problemdescriptionpage.h"

#include "reporter/capitalshint.h"

namespace tierdesk {

ProblemDescriptionPage::ProblemDescriptionPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ProblemDescriptionPage>())
{
    m_ui->setupUi(this);
    m_ui->capsHint->hide();
    // Both are needed for a useful ticket: Next stays disabled until they are filled in.
    registerField(QStringLiteral("subject*"), m_ui->subjectEdit);
    registerField(QStringLiteral("happened*"), m_ui->happenedEdit, "plainText", SIGNAL(textChanged()));
    connect(m_ui->subjectEdit, &QLineEdit::textChanged, this, &ProblemDescriptionPage::updateCapitalsHint);
}

ProblemDescriptionPage::~ProblemDescriptionPage() = default;

bool ProblemDescriptionPage::isCapitalsHintShown() const
{
    return !m_ui->capsHint->isHidden();
}

void ProblemDescriptionPage::updateCapitalsHint()
{
    const bool shout = CapitalsHint::isMostlyCapitals(m_ui->subjectEdit->text());
    if (shout)
        m_ui->capsHint->setText(CapitalsHint::hintText());
    m_ui->capsHint->setVisible(shout);
}

void ProblemDescriptionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateCapitalsHint();
    }
    QWizardPage::changeEvent(event);
}

} // namespace tierdesk
