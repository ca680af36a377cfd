// The reporter's windows with real widgets (offscreen) against a real tierdesk-server with the demo data:
// sign-in messages, "My tickets" in the customer's words, a ticket's conversation without internal notes,
// a reply with a pasted screenshot, closing and reopening, and a ticket written offline.
#include "reporter/attachmentpanel.h"
#include "reporter/languagesetup.h"
#include "reporter/logindialog.h"
#include "reporter/mainwindow.h"
#include "reporter/reportattachments.h"
#include "reporter/reportersession.h"
#include "reporter/sendqueue.h"
#include "reporter/ticketlistmodel.h"
#include "reporter/ticketview.h"

#include "ui_logindialog.h"
#include "ui_ticketview.h"

#include "capture/annotate/pngencoder.h"
#include "client/changesjob.h"
#include "client/credentialstore.h"
#include "client/localstore.h"
#include "client/syncengine.h"

#include "support/apiclient.h"
#include "support/testserver.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDropEvent>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tierdesk;
using tierdesk::test::TestServer;

class TestReporterViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wrongPasswordSaysSo();
    void myTicketsInTheCustomersWords();
    void internalNotesAreNeverShown();
    void replyWithAPastedScreenshot();
    void closeAndReopen();
    void droppedFilesArePreparedWithoutMetadata();
    void ticketWrittenOfflineWaits();
    void replyIsNewUntilSeen();
    void cleanupTestCase();

private:
    bool settle(int timeoutMs = 30000);
    qint64 ticketWithStatus(const QString &status);

    QTemporaryDir m_data;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ReporterSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<tierdesk::test::ApiClient> m_customer;
    std::unique_ptr<tierdesk::test::ApiClient> m_agent;
};

void TestReporterViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    LanguageSetup::install(QCoreApplication::instance(), "en"); // as the program does: plural forms
    QVERIFY(m_data.isValid());
    m_server = std::make_unique<TestServer>(tierdesk::test::TestServerOptions{.demo = true});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_customer = std::make_unique<tierdesk::test::ApiClient>(*m_server);
    QVERIFY(m_customer->login("customer1", "demo"));
    m_agent = std::make_unique<tierdesk::test::ApiClient>(*m_server);
    QVERIFY(m_agent->login("agent1", "demo"));

    m_session = std::make_unique<ReporterSession>(m_server->baseUrl());
    m_session->setDataDirectory(m_data.filePath("reporter"));
    QSignalSpy signedIn(m_session.get(), &ReporterSession::signedIn);
    m_session->signIn("customer1", "demo");
    QVERIFY(signedIn.wait(20000));
    m_session->engine()->setMaxPollIntervalMs(500);
    QVERIFY(settle());
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestReporterViews::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
}

bool TestReporterViews::settle(int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            return m_session->queue()->isIdle() && m_session->engine()->isIdle() &&
                   m_session->store()->pendingCount() == 0;
        },
        timeoutMs);
}

qint64 TestReporterViews::ticketWithStatus(const QString &status)
{
    for (const QJsonValue &v : m_customer->get("/api/v1/tickets").json().value("items").toArray())
        if (v.toObject().value("status").toString() == status)
            return v.toObject().value("id").toInteger();
    return 0;
}

void TestReporterViews::wrongPasswordSaysSo()
{
    CredentialStore credentials;
    LoginDialog dialog(&credentials);
    dialog.setDataDirectory(m_data.filePath("login"));
    dialog.setServer(m_server->baseUrl());
    dialog.form()->loginEdit->setText("customer2");
    dialog.form()->passwordEdit->setText("not the password");
    dialog.show();
    QTest::mouseClick(dialog.form()->signInButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains("password is wrong"), 15000);
    QVERIFY(dialog.form()->signInButton->isEnabled());
    QCOMPARE(dialog.result(), 0);

    dialog.form()->serverEdit->setText("ftp://example.com");
    dialog.form()->passwordEdit->setText("demo");
    QTest::mouseClick(dialog.form()->signInButton, Qt::LeftButton);
    QVERIFY(dialog.statusText().contains("server's address"));
}

void TestReporterViews::myTicketsInTheCustomersWords()
{
    const QJsonArray onServer = m_customer->get("/api/v1/tickets").json().value("items").toArray();
    TicketListModel *model = m_window->ticketModel();
    QCOMPARE(model->rowCount(), onServer.size());
    QVERIFY(onServer.size() >= 3);
    const qint64 waiting = ticketWithStatus("waiting_customer");
    QVERIFY(waiting > 0);
    const int row = model->rowOf(waiting);
    QVERIFY(row >= 0);
    // (an unseen reply adds "· new reply")
    QVERIFY2(model->index(row, TicketListModel::StatusColumn)
                 .data()
                 .toString()
                 .startsWith("Waiting for your answer"),
             qPrintable(model->index(row, TicketListModel::StatusColumn).data().toString()));
    QVERIFY(model->index(row, TicketListModel::NumberColumn).data().toString().startsWith("TD-"));
    // Only customer1's own tickets.
    const qint64 me = m_session->userId();
    for (const QJsonObject &ticket : m_session->myTickets())
        QCOMPARE(ticket.value("requester_id").toInteger(), me);
}

void TestReporterViews::internalNotesAreNeverShown()
{
    const qint64 ticket = ticketWithStatus("open");
    QVERIFY(ticket > 0);
    QVERIFY(m_agent
                ->post(QString("/api/v1/tickets/%1/messages").arg(ticket),
                       QJsonObject{{"kind", "internal"}, {"body", "INTERNAL: customer is on the old plan"}})
                .status == 201);
    QVERIFY(m_agent
                ->post(QString("/api/v1/tickets/%1/messages").arg(ticket),
                       QJsonObject{{"kind", "public"}, {"body", "We are looking into it."}})
                .status == 201);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QJsonObject &m : m_session->store()->messages(ticket))
                if (m.value("body").toString() == "We are looking into it.")
                    return true;
            return false;
        }(),
        20000);
    QVERIFY(settle());
    m_window->showTicket(ticket);
    TicketView *view = m_window->ticketView();
    QCOMPARE(view->ticketId(), ticket);
    QVERIFY(view->conversationText().contains("We are looking into it."));
    QVERIFY(!view->conversationText().contains("INTERNAL"));

    // The server keeps internal notes out of a customer's feed, so it cannot show the reporter's own lock.
    // An internal message is put into the cache directly, as a faulty server or a shared cache would.
    FeedChange leaked;
    leaked.seq = m_session->store()->cursor();
    leaked.entity = "message";
    leaked.id = 990001;
    leaked.data = QJsonObject{{"id", 990001},
                              {"ticket_id", ticket},
                              {"author_id", 2},
                              {"kind", "internal"},
                              {"body", "LEAKED internal note"},
                              {"attachment_ids", QJsonArray()},
                              {"attachments", QJsonArray()},
                              {"created_at", "2026-11-23T09:00:00.000Z"}};
    leaked.dataText = QString::fromUtf8(QJsonDocument(leaked.data).toJson(QJsonDocument::Compact));
    m_session->store()->applyPage({leaked}, m_session->store()->cursor(), true);
    bool inCache = false;
    for (const QJsonObject &m : m_session->store()->messages(ticket))
        inCache = inCache || m.value("body").toString() == "LEAKED internal note";
    QVERIFY(inCache);
    for (const QJsonObject &m : m_session->visibleMessages(ticket))
        QVERIFY(m.value("kind").toString() != "internal");
    view->showTicket(ticket);
    QVERIFY(view->conversationText().contains("We are looking into it."));
    QVERIFY(!view->conversationText().contains("LEAKED"));
}

void TestReporterViews::replyWithAPastedScreenshot()
{
    const qint64 ticket = ticketWithStatus("waiting_customer");
    m_window->showTicket(ticket);
    TicketView *view = m_window->ticketView();
    QImage image(300, 200, QImage::Format_RGB32);
    image.fill(QColor(10, 120, 200));
    QGuiApplication::clipboard()->setImage(image);
    // Ctrl+V in the reply box attaches the image (and a text on the clipboard would be pasted as text).
    view->form()->replyEdit->setFocus();
    QTest::keySequence(view->form()->replyEdit, QKeySequence::Paste);
    QCOMPARE(view->replyPanel()->attachments()->count(), 1);
    QVERIFY(view->form()->replyEdit->toPlainText().isEmpty());
    QVERIFY(view->form()->attachToggle->isChecked());
    QTest::keyClicks(view->form()->replyEdit, "Here is what I see now.");
    QSignalSpy queued(view, &TicketView::replyQueued);
    QTest::mouseClick(view->form()->sendButton, Qt::LeftButton);
    QCOMPARE(queued.size(), 1);
    QCOMPARE(view->replyPanel()->attachments()->count(), 0); // the composer is empty again
    QVERIFY(settle());

    const QJsonArray messages =
        m_customer->get(QString("/api/v1/tickets/%1/messages").arg(ticket)).json().value("items").toArray();
    const QJsonObject last = messages.last().toObject();
    QCOMPARE(last.value("body").toString(), QString("Here is what I see now."));
    const QJsonArray attachments = last.value("attachments").toArray();
    QCOMPARE(attachments.size(), 1);
    QCOMPARE(attachments.first().toObject().value("filename").toString(), QString("screenshot-01.png"));
    QCOMPARE(attachments.first().toObject().value("sha256").toString(),
             QString::fromLatin1(
                 QCryptographicHash::hash(PngEncoder::encode(image), QCryptographicHash::Sha256).toHex()));
    QTRY_VERIFY(view->conversationText().contains("screenshot-01.png"));

    // Opening it downloads it (checked against its sha256), keeps it in the cache and shows it.
    QSignalSpy opened(view, &TicketView::attachmentOpened);
    const qint64 id = attachments.first().toObject().value("id").toInteger();
    view->openAttachment(id);
    QVERIFY(opened.wait(10000));
    QCOMPARE(QImage::fromData(opened.first().at(1).toByteArray()).convertToFormat(QImage::Format_RGB32),
             image);
    QVERIFY(m_session->store()->cachedAttachment(id).has_value());
}

void TestReporterViews::closeAndReopen()
{
    const qint64 ticket = ticketWithStatus("waiting_customer");
    m_window->showTicket(ticket);
    TicketView *view = m_window->ticketView();
    QCOMPARE(view->form()->statusButton->text(), QString("Close ticket"));
    QTest::mouseClick(view->form()->statusButton, Qt::LeftButton);
    QVERIFY(settle());
    QCOMPARE(m_customer->get(QString("/api/v1/tickets/%1").arg(ticket)).json().value("status").toString(),
             QString("closed"));
    QTRY_COMPARE(view->form()->statusButton->text(), QString("Reopen"));
    QTest::mouseClick(view->form()->statusButton, Qt::LeftButton);
    QVERIFY(settle());
    QCOMPARE(m_customer->get(QString("/api/v1/tickets/%1").arg(ticket)).json().value("status").toString(),
             QString("open"));
}

void TestReporterViews::droppedFilesArePreparedWithoutMetadata()
{
    // A photo with a comment in its metadata and a log file, dropped onto the panel from a file manager.
    QImage photo(64, 48, QImage::Format_RGB32);
    photo.fill(QColor(200, 40, 90));
    photo.setText("Comment", "home address: 1 Secret Lane");
    const QString photoPath = m_data.filePath("photo.png");
    QVERIFY(photo.save(photoPath));
    QFile source(photoPath);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QVERIFY(source.readAll().contains("Secret Lane")); // the original file does carry it
    source.close();
    const QString logPath = m_data.filePath("client.log");
    QFile log(logPath);
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write("12:00:01 export started\n12:00:02 TD-E1042\n");
    log.close();

    AttachmentPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(photoPath), QUrl::fromLocalFile(logPath)});
    const QPoint where = panel.rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&panel, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(where), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&panel, &drop);
    ReportAttachments *attachments = panel.attachments();
    QCOMPARE(attachments->count(), 2);
    QCOMPARE(attachments->entry(0).kind, ReportAttachments::Kind::Image);
    QCOMPARE(attachments->entry(1).kind, ReportAttachments::Kind::File);

    OutgoingFiles files;
    QString steps, error;
    QVERIFY2(attachments->prepare(&files, &steps, &error), qPrintable(error));
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0).filename, QString("screenshot-01.png"));
    QVERIFY(!files.at(0).bytes.contains("Secret Lane"));
    for (const QByteArray &chunk : PngEncoder::chunkTypes(files.at(0).bytes))
        QVERIFY2(chunk == "IHDR" || chunk == "IDAT" || chunk == "IEND", chunk.constData());
    QCOMPARE(QImage::fromData(files.at(0).bytes).convertToFormat(QImage::Format_RGB32),
             photo.convertToFormat(QImage::Format_RGB32));
    QCOMPARE(files.at(1).filename, QString("client.log"));
    QVERIFY2(files.at(1).contentType.startsWith("text/"), files.at(1).contentType.constData()); // text/x-log
    QCOMPARE(files.at(1).bytes, QByteArray("12:00:01 export started\n12:00:02 TD-E1042\n"));
}

void TestReporterViews::ticketWrittenOfflineWaits()
{
    QVERIFY(m_server->stop());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusText().startsWith("Offline"), 20000);
    QString error;
    const QString entry = m_session->queue()->enqueueTicket(
        {{"subject", "Written without network"}, {"body", "Sent later."}, {"severity", 3}}, {}, &error);
    QVERIFY2(!entry.isEmpty(), qPrintable(error));
    TicketListModel *model = m_window->ticketModel();
    int row = -1;
    QTRY_VERIFY((row = [&] {
                    for (int r = 0; r < model->rowCount(); ++r)
                        if (model->index(r, TicketListModel::SubjectColumn).data().toString() ==
                            "Written without network")
                            return r;
                    return -1;
                }()) >= 0);
    QCOMPARE(model->index(row, TicketListModel::StatusColumn).data().toString(), QString("Not sent yet"));
    // A new ticket whose screenshot waits for the server is listed too, with how far its files got.
    QImage shot(40, 30, QImage::Format_RGB32);
    shot.fill(Qt::darkCyan);
    QVERIFY(!m_session->queue()
                 ->enqueueTicket({{"subject", "Offline with a screenshot"}, {"body", "See the picture."}},
                                 {{"screenshot-01.png", "image/png", PngEncoder::encode(shot)}}, &error)
                 .isEmpty());
    int queued = -1;
    QTRY_VERIFY((queued = [&] {
                    for (int r = 0; r < model->rowCount(); ++r)
                        if (model->index(r, TicketListModel::SubjectColumn).data().toString() ==
                            "Offline with a screenshot")
                            return r;
                    return -1;
                }()) >= 0);
    QCOMPARE(model->index(queued, TicketListModel::StatusColumn).data().toString(),
             QString("Sending files: 0 of 1"));
    QVERIFY2(m_window->statusText().contains("2 items waiting to be sent"),
             qPrintable(m_window->statusText()));

    QVERIFY2(m_server->restart(true), qPrintable(m_server->errorString()));
    QVERIFY(settle(40000));
    QStringList arrived;
    for (const QJsonValue &v : m_customer->get("/api/v1/tickets?limit=200").json().value("items").toArray())
        arrived.append(v.toObject().value("subject").toString());
    QVERIFY(arrived.contains("Written without network"));
    QVERIFY(arrived.contains("Offline with a screenshot"));
    QTRY_VERIFY(m_window->statusText().startsWith("Online"));
}

void TestReporterViews::replyIsNewUntilSeen()
{
    QVERIFY(settle());
    const qint64 shown = m_window->ticketView()->ticketId();
    qint64 ticket = 0;
    for (const QJsonObject &t : m_session->myTickets()) {
        const qint64 id = t.value("id").toInteger();
        if (id > 0 && id != shown) {
            ticket = id;
            break;
        }
    }
    QVERIFY(ticket > 0);
    QVERIFY(m_agent
                ->post(QString("/api/v1/tickets/%1/messages").arg(ticket),
                       QJsonObject{{"kind", "public"}, {"body", "We found it: please update the driver."}})
                .status == 201);
    TicketListModel *model = m_window->ticketModel();
    QTRY_VERIFY_WITH_TIMEOUT(
        model->rowOf(ticket) >= 0 &&
            model->index(model->rowOf(ticket), 0).data(TicketListModel::UnreadRole).toBool(),
        15000);
    const QModelIndex status = model->index(model->rowOf(ticket), TicketListModel::StatusColumn);
    QVERIFY2(status.data().toString().endsWith("new reply"), qPrintable(status.data().toString()));
    QVERIFY(status.data(Qt::FontRole).value<QFont>().bold());

    // Opening it is seeing it: read here at once, and on the server once the outbox got through.
    m_window->showTicket(ticket);
    QTRY_VERIFY(!model->index(model->rowOf(ticket), 0).data(TicketListModel::UnreadRole).toBool());
    QVERIFY(settle());
    bool found = false;
    for (const QJsonValue &v :
         m_customer->get("/api/v1/notifications?limit=200").json().value("items").toArray()) {
        const QJsonObject n = v.toObject();
        if (n.value("ticket_id").toInteger() == ticket && n.value("kind").toString() == "reply" &&
            n.value("text").toString().startsWith("We found it")) {
            found = true;
            QVERIFY2(!n.value("read_at").isNull(), "seen in the program but unread on the server");
        }
    }
    QVERIFY(found);
}

QTEST_MAIN(TestReporterViews)
#include "tst_report_views.moc"
