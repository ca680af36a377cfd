#pragma once

#include <QWizardPage>
#include <memory>

namespace Ui {
class ProblemDescriptionPage;
}

namespace tierdesk {

// Page 1 of "New problem": the subject (with the calm capitals hint) and what was done, expected and seen.
class ProblemDescriptionPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ProblemDescriptionPage(QWidget *parent = nullptr);
    ~ProblemDescriptionPage() override;

    Ui::ProblemDescriptionPage *form() const { return m_ui.get(); }
    bool isCapitalsHintShown() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateCapitalsHint();

    std::unique_ptr<Ui::ProblemDescriptionPage> m_ui;
};

} // namespace tierdesk
