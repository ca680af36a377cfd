#pragma once

#include "reporter/duplicatescorer.h"
#include "reporter/outagematcher.h"

#include <QWizardPage>
#include <memory>

namespace Ui {
class ProblemReviewPage;
}

namespace tierdesk {

// Page 4 of "New problem": the ticket exactly as support will get it, and before it is sent the two
// questions that save everybody time: is it a known outage (link to it), and is there already an open ticket
// of this customer about the same problem (add to it instead of opening a duplicate).
class ProblemReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ProblemReviewPage(QWidget *parent = nullptr);
    ~ProblemReviewPage() override;

    Ui::ProblemReviewPage *form() const { return m_ui.get(); }
    const QList<DuplicateMatch> &duplicates() const { return m_duplicates; }
    const QList<OutageMatch> &outages() const { return m_outages; }
    // The ticket to add the report to; 0 for a new ticket.
    qint64 existingTicketId() const;
    // The outage to link the new ticket to; 0 for none.
    qint64 linkedIncidentId() const;
    QString previewText() const;

protected:
    void initializePage() override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    std::unique_ptr<Ui::ProblemReviewPage> m_ui;
    QList<DuplicateMatch> m_duplicates;
    QList<OutageMatch> m_outages;
};

} // namespace tierdesk
