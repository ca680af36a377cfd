#pragma once

#include <QWizardPage>
#include <memory>

namespace Ui {
class ProblemAttachmentsPage;
}

namespace tierdesk {

class AttachmentPanel;

// Page 3 of "New problem": screenshots, files and steps (AttachmentPanel).
class ProblemAttachmentsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ProblemAttachmentsPage(QWidget *parent = nullptr);
    ~ProblemAttachmentsPage() override;

    AttachmentPanel *panel() const;
    bool isComplete() const override; // not while a capture runs

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::ProblemAttachmentsPage> m_ui;
};

} // namespace tierdesk
