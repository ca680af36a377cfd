#pragma once

#include "reporter/newproblemwizard.h"
#include "reporter/reportersession.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

namespace Ui {
class MainWindow;
}

class QSortFilterProxyModel;

namespace tierdesk {

class TicketListModel;
class TicketView;

// The reporter's window: "My tickets" on the left, the chosen ticket on the right, "Report a problem"
// (the wizard) in the tool bar, and in the status bar whether the program is online and how much is still
// waiting to be sent. A banner names anything the server refused, so nothing is lost in silence.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ReporterSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    TicketListModel *ticketModel() const { return m_model; }
    TicketView *ticketView() const;
    NewProblemWizard *wizard() const { return m_wizard; }
    QString statusText() const;
    QString bannerText() const;

public slots:
    NewProblemWizard *reportProblem();
    void showTicket(qint64 ticketId);

signals:
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateStatus();
    void showBanner(const QString &text);

    std::unique_ptr<Ui::MainWindow> m_ui;
    QPointer<ReporterSession> m_session;
    TicketListModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QPointer<NewProblemWizard> m_wizard;
};

} // namespace tierdesk
