// The queue view over a real synced cache: bulk actions on selected rows (assign to me, to a colleague,
// change the status) reach the server and move the saved views' live counts; the filter box filters as you
// type; the delegate really paints the VIP star in gold and a breached SLA in red.

#include "workstationtest.h"

#include "workstation/queue/queuemodel.h"
#include "workstation/queue/savedviewsmodel.h"
#include "workstation/queueview/queuepage.h"
#include "workstation/session/directory.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QTableView>
#include <QToolButton>

using namespace tierdesk;
using tierdesk::test::Desk;
using tierdesk::test::TestServer;

namespace {
bool hasColourNear(const QImage &image, const QRect &area, const QColor &colour, int tolerance = 24)
{
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) <= tolerance && qAbs(c.green() - colour.green()) <= tolerance &&
                qAbs(c.blue() - colour.blue()) <= tolerance)
                return true;
        }
    return false;
}

QAction *actionNamed(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions())
        if (a->text() == text)
            return a;
    return nullptr;
}
} // namespace

class TestBulkActions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    Desk m_desk;
    std::unique_ptr<test::ApiClient> m_api;

    Session *session() { return m_desk.app->session(); }
    QueuePage *queue() { return m_desk.app->mainWindow()->queuePage(); }

    void selectRows(int first, int count)
    {
        QTableView *table = queue()->table();
        table->clearSelection();
        for (int r = first; r < first + count; ++r)
            table->selectionModel()->select(queue()->model()->index(r, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    QJsonObject serverTicket(qint64 id)
    {
        return m_api->get(QStringLiteral("/api/v1/tickets/%1").arg(id)).json();
    }

private slots:
    void initTestCase()
    {
        test::prepareTestProgram();
        m_server = std::make_unique<TestServer>(test::TestServerOptions{.demo = true});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_api = std::make_unique<test::ApiClient>(*m_server);
        QVERIFY(m_api->login(QStringLiteral("supervisor"), QStringLiteral("demo")));
        const QString failure = test::signInAndSync(m_desk, m_server->baseUrl(), QStringLiteral("agent1"));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_desk.app->mainWindow()->resize(1400, 900);
    }

    void bulkAssignToMeAndChangeStatus()
    {
        SavedViewsModel *views = queue()->savedViews();
        queue()->setSavedView(views->rowOf(SavedView::UnassignedInMyTier));
        QTRY_VERIFY(queue()->model()->rowCount() >= 2);
        const auto mineInCache = [this] {
            QSqlQuery q(LocalStoreTestAccess::database(*session()->store()));
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE owner_id = ? AND status IN"
                                     " ('new', 'open', 'waiting_customer', 'waiting_internal')"));
            q.addBindValue(session()->currentUserId());
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        const int mineBefore = mineInCache();
        QVERIFY(mineBefore > 0);
        QTRY_COMPARE_WITH_TIMEOUT(views->count(SavedView::MyTickets), mineBefore, 5000);
        selectRows(0, 2);
        const QList<qint64> ids = queue()->selectedTicketIds();
        QCOMPARE(ids.size(), 2);
        auto *assign = queue()->findChild<QToolButton *>(QStringLiteral("assignToMeButton"));
        QVERIFY(assign->isEnabled());
        QTest::mouseClick(assign, Qt::LeftButton);
        const qint64 me = session()->currentUserId();
        for (qint64 id : ids)
            QTRY_COMPARE_WITH_TIMEOUT(serverTicket(id).value(QLatin1String("owner_id")).toInteger(), me,
                                      15000);
        QTRY_COMPARE_WITH_TIMEOUT(views->count(SavedView::MyTickets), mineBefore + 2, 10000);

        // Both now in "My tickets": set their status from the bulk menu.
        queue()->setSavedView(views->rowOf(SavedView::MyTickets));
        QTableView *table = queue()->table();
        table->clearSelection();
        for (qint64 id : ids) {
            int row = -1;
            QTRY_VERIFY((row = queue()->model()->rowOfTicket(id)) >= 0);
            table->selectionModel()->select(queue()->model()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QMenu *statusMenu = queue()->findChild<QToolButton *>(QStringLiteral("statusButton"))->menu();
        QAction *waiting = actionNamed(statusMenu, QStringLiteral("Waiting on customer"));
        QVERIFY(waiting);
        waiting->trigger();
        for (qint64 id : ids)
            QTRY_COMPARE_WITH_TIMEOUT(serverTicket(id).value(QLatin1String("status")).toString(),
                                      QStringLiteral("waiting_customer"), 15000);

        // And hand one to a colleague.
        table->clearSelection();
        int row = -1;
        QTRY_VERIFY((row = queue()->model()->rowOfTicket(ids.first())) >= 0);
        table->selectRow(row);
        qint64 agent2 = 0;
        for (const QJsonObject &u : session()->directory()->staff())
            if (u.value(QLatin1String("login")).toString() == QLatin1String("agent2"))
                agent2 = u.value(QLatin1String("id")).toInteger();
        QVERIFY(agent2 > 0);
        QMenu *assignMenu = queue()->findChild<QToolButton *>(QStringLiteral("assignButton"))->menu();
        QAction *toAgent2 = actionNamed(
            assignMenu, QStringLiteral("%1 (tier 2)").arg(session()->directory()->userName(agent2)));
        QVERIFY(toAgent2);
        toAgent2->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(serverTicket(ids.first()).value(QLatin1String("owner_id")).toInteger(),
                                  agent2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(queue()->model()->rowOfTicket(ids.first()) < 0, 10000); // no longer mine
    }

    void filterAsYouType()
    {
        queue()->setSavedView(queue()->savedViews()->rowOf(SavedView::AllTickets));
        QueueModel *model = queue()->model();
        QTRY_VERIFY(model->rowCount() > 10);
        const int all = model->rowCount();
        QLineEdit *filter = queue()->filterEdit();
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("status:new"));
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && model->rowCount() < all, 5000);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->index(r, 0).data(QueueModel::StatusNameRole).toString(), QStringLiteral("new"));
        filter->clear();
        QTRY_COMPARE(model->rowCount(), all);
        QTest::keyClicks(filter, QStringLiteral("SMTP-421"));
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && model->rowCount() < all, 5000);
        for (int r = 0; r < model->rowCount(); ++r) {
            const auto ticket = session()->store()->ticket(model->ticketId(r));
            QVERIFY(
                ticket->value(QLatin1String("subject"))
                    .toString()
                    .contains(QStringLiteral("SMTP-421"), Qt::CaseInsensitive) ||
                ticket->value(QLatin1String("error_codes")).toArray().contains(QStringLiteral("SMTP-421")));
        }
        filter->clear();
    }

    void delegatePaintsVipStarAndBreachedSla()
    {
        queue()->setSavedView(queue()->savedViews()->rowOf(SavedView::AllOpen));
        QueueModel *model = queue()->model();
        QTableView *table = queue()->table();
        QTRY_VERIFY(model->rowCount() > 0);
        int vipRow = -1, breachedRow = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (vipRow < 0 && model->index(r, 0).data(QueueModel::IsVipRole).toBool())
                vipRow = r;
            const QVariant remaining = model->index(r, 0).data(QueueModel::SlaRemainingRole);
            if (breachedRow < 0 && remaining.isValid() && remaining.toLongLong() < 0)
                breachedRow = r;
        }
        QVERIFY2(vipRow >= 0, "the demo has VIP tickets");
        QVERIFY2(breachedRow >= 0, "the demo has a ticket past its first-response target");
        table->clearSelection();
        table->setCurrentIndex(QModelIndex());

        const QModelIndex vip = model->index(vipRow, QueueModel::RequesterColumn);
        table->scrollTo(vip);
        QApplication::processEvents();
        QImage shot = table->viewport()->grab().toImage();
        const QRect vipRect = table->visualRect(vip);
        QVERIFY(hasColourNear(shot, QRect(vipRect.left(), vipRect.top(), 22, vipRect.height()),
                              QColor(0xe6, 0xa7, 0x00)));

        const QModelIndex sla = model->index(breachedRow, QueueModel::SlaColumn);
        table->scrollTo(sla);
        QApplication::processEvents();
        shot = table->viewport()->grab().toImage();
        QVERIFY(hasColourNear(shot, table->visualRect(sla), QColor(0xc6, 0x28, 0x28), 10));
        // A row that is neither shows no red pill.
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(QueueModel::SlaMetRole).toBool()) {
                const QModelIndex met = model->index(r, QueueModel::SlaColumn);
                table->scrollTo(met);
                QApplication::processEvents();
                shot = table->viewport()->grab().toImage();
                QVERIFY(!hasColourNear(shot, table->visualRect(met), QColor(0xc6, 0x28, 0x28), 10));
                break;
            }
        }
    }
};

QTEST_MAIN(TestBulkActions)
#include "tst_bulkactions.moc"
