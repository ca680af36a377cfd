#pragma once

#include <QWizardPage>
#include <memory>

namespace Ui {
class ProblemDetailsPage;
}

namespace tierdesk {

// Page 2 of "New problem": the exact error message (the codes found in it are shown as they are
// recognised), when it happened (now by default) and the severity.
class ProblemDetailsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ProblemDetailsPage(QWidget *parent = nullptr);
    ~ProblemDetailsPage() override;

    Ui::ProblemDetailsPage *form() const { return m_ui.get(); }
    int severity() const; // 1 … 4

protected:
    void initializePage() override;
    void changeEvent(QEvent *event) override;

private:
    void fillSeverities();
    void updateCodes();

    std::unique_ptr<Ui::ProblemDetailsPage> m_ui;
    bool m_timeTouched = false;
};

} // namespace tierdesk
