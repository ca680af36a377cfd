#include "reporter/problemdetailspage.h"

#include "ui_problemdetailspage.h"

#include "reporter/errorcodeextractor.h"

#include <QDateTime>

namespace tierdesk {

ProblemDetailsPage::ProblemDetailsPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ProblemDetailsPage>())
{
    m_ui->setupUi(this);
    fillSeverities();
    m_ui->whenEdit->setDateTime(QDateTime::currentDateTime());
    m_ui->whenEdit->setMaximumDateTime(QDateTime::currentDateTime().addDays(1));
    connect(m_ui->whenEdit, &QDateTimeEdit::dateTimeChanged, this, [this] { m_timeTouched = true; });
    connect(m_ui->nowButton, &QPushButton::clicked, this, [this] {
        m_ui->whenEdit->setDateTime(QDateTime::currentDateTime());
        m_timeTouched = false;
    });
    connect(m_ui->errorEdit, &QPlainTextEdit::textChanged, this, &ProblemDetailsPage::updateCodes);
    updateCodes();
}

ProblemDetailsPage::~ProblemDetailsPage() = default;

void ProblemDetailsPage::fillSeverities()
{
    const int current = m_ui->severityCombo->currentIndex();
    m_ui->severityCombo->clear();
    m_ui->severityCombo->addItem(tr("Critical: work has stopped for many people"), 1);
    m_ui->severityCombo->addItem(tr("High: I cannot work and there is no way around it"), 2);
    m_ui->severityCombo->addItem(tr("Normal: something does not work, but I can carry on"), 3);
    m_ui->severityCombo->addItem(tr("Low: a question or a small annoyance"), 4);
    m_ui->severityCombo->setCurrentIndex(current >= 0 ? current : 2);
}

int ProblemDetailsPage::severity() const
{
    return m_ui->severityCombo->currentData().toInt();
}

void ProblemDetailsPage::initializePage()
{
    // "When" follows the clock until the person sets it: a wizard left open for an hour still says now.
    if (!m_timeTouched) {
        m_ui->whenEdit->blockSignals(true);
        m_ui->whenEdit->setDateTime(QDateTime::currentDateTime());
        m_ui->whenEdit->blockSignals(false);
    }
}

void ProblemDetailsPage::updateCodes()
{
    const QStringList codes = ErrorCodeExtractor::extract(m_ui->errorEdit->toPlainText());
    m_ui->codesLabel->setText(
        codes.isEmpty() ? QString() : tr("Error codes found: %1").arg(codes.join(QStringLiteral(", "))));
    m_ui->codesLabel->setVisible(!codes.isEmpty());
}

void ProblemDetailsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillSeverities();
        updateCodes();
    }
    QWizardPage::changeEvent(event);
}

} // namespace tierdesk
