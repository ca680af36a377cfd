// The reporter end to end, under Xvfb (real screen captures) against a real tierdesk-server with the demo
// data: a customer signs in, fills in "New problem" (the capitals hint comes and goes), captures the screen
// with the real "Full screen" button, blacks out part of it in the annotator, records three steps with the
// real steps recorder bar, captions them and sends. On the server the ticket carries the screenshot, its
// annotation document and step-01..03.png with the same sha256 as the files the reporter prepared, and the
// captions in order. A second report of the same problem is recognised as a duplicate and added to the open
// ticket; a report naming the demo outage's error code shows the outage and links the new ticket to it.
#include "reporter/annotatedialog.h"
#include "reporter/attachmentpanel.h"
#include "reporter/languagesetup.h"
#include "reporter/logindialog.h"
#include "reporter/mainwindow.h"
#include "reporter/newproblemwizard.h"
#include "reporter/problemdescriptionpage.h"
#include "reporter/problemreviewpage.h"
#include "reporter/regioncaptureflow.h"
#include "reporter/reportattachments.h"
#include "reporter/reportersession.h"
#include "reporter/sendqueue.h"

#include "ui_logindialog.h"
#include "ui_problemdescriptionpage.h"
#include "ui_problemdetailspage.h"
#include "ui_problemreviewpage.h"

#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/annotationeditor.h"
#include "capture/annotate/annotationview.h"
#include "capture/grab/regionpicker.h"
#include "capture/steps/stepseries.h"
#include "capture/steps/stepsrecorderbar.h"
#include "client/credentialstore.h"
#include "client/localstore.h"
#include "client/syncengine.h"
#include "reporter/problemdetailspage.h"

#include "support/apiclient.h"
#include "support/testserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tierdesk;
using tierdesk::test::TestServer;

namespace {

const QString Password = QStringLiteral("erin-password-1");
const QPoint AppPosition(40, 40);
constexpr int Square = 40;

QColor squareColour(int row, int column)
{
    static const QRgb colours[3][4] = {{0xff0000, 0x00ff00, 0x0000ff, 0xffff00},
                                       {0xff00ff, 0x00ffff, 0x804020, 0x208040},
                                       {0x402080, 0xffffff, 0x808080, 0xff8000}};
    return QColor::fromRgb(colours[row][column]);
}

// "The program with the problem": known pixels at a known place, where the reporter's windows never are.
class ProblemApp : public QWidget
{
public:
    ProblemApp()
        : QWidget(nullptr, Qt::FramelessWindowHint | Qt::X11BypassWindowManagerHint)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
        setFixedSize(4 * Square, 3 * Square);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        for (int row = 0; row < 3; ++row)
            for (int column = 0; column < 4; ++column)
                painter.fillRect(column * Square, row * Square, Square, Square, squareColour(row, column));
    }
};

bool showsTheApp(const QImage &image)
{
    for (int row = 0; row < 3; ++row)
        for (int column = 0; column < 4; ++column) {
            const QPoint centre =
                AppPosition + QPoint(column * Square + Square / 2, row * Square + Square / 2);
            if (image.pixelColor(centre) != squareColour(row, column))
                return false;
        }
    return true;
}

QPushButton *buttonWithText(QWidget *parent, const QString &text)
{
    for (QPushButton *button : parent->findChildren<QPushButton *>())
        if (button->text() == text)
            return button;
    return nullptr;
}

QString sha(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestX11Reporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signIn();
    void regionThroughTheFrozenOverlay();
    void fileAProblemWithScreenshotAndSteps();
    void sameProblemAgainIsAddedToTheOpenTicket();
    void knownOutageIsShownAndLinked();
    void cleanupTestCase();

private:
    NewProblemWizard *openWizard();
    void fillIn(NewProblemWizard *wizard, const QString &subject, const QString &happened,
                const QString &error);
    bool settle(int timeoutMs = 30000);

    QTemporaryDir m_data;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ReporterSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<tierdesk::test::ApiClient> m_api; // the server's view, as erin
    ProblemApp m_app;
    qint64 m_firstTicket = 0;
};

void TestX11Reporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);                   // settings of this test only
    LanguageSetup::install(QCoreApplication::instance(), "en"); // as the program does: plural forms
    QCOMPARE(QGuiApplication::platformName(), QString("xcb"));
    QVERIFY(m_data.isValid());
    m_server = std::make_unique<TestServer>(tierdesk::test::TestServerOptions{.demo = true});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString())); // --demo seeds only an empty database
    const auto added = m_server->runCli({"user", "add", "erin", "--role", "customer", "--password-stdin"},
                                        Password.toUtf8() + '\n');
    QVERIFY2(added.finished && added.exitCode == 0, added.standardError.constData());
    m_api = std::make_unique<tierdesk::test::ApiClient>(*m_server);
    QVERIFY(m_api->login("erin", Password));

    m_app.move(AppPosition);
    m_app.show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_app));
}

void TestX11Reporter::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
}

bool TestX11Reporter::settle(int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            return m_session->queue()->isIdle() && m_session->engine()->isIdle() &&
                   m_session->store()->pendingCount() == 0;
        },
        timeoutMs);
}

void TestX11Reporter::signIn()
{
    m_credentials = std::make_unique<CredentialStore>();
    m_credentials->setServiceName(
        QStringLiteral("tierdesk-report-test-%1").arg(QCoreApplication::applicationPid()));
    m_credentials->setFallbackDirectory(m_data.filePath("credentials"));
    LoginDialog dialog(m_credentials.get());
    dialog.setDataDirectory(m_data.filePath("reporter"));
    dialog.setFileConsent(LoginDialog::FileConsent::Allowed); // the person said yes to the file
    dialog.setServer(m_server->baseUrl());
    dialog.show();
    // A support agent is sent to the workstation.
    dialog.form()->loginEdit->setText("agent1");
    dialog.form()->passwordEdit->setText("demo");
    QTest::mouseClick(dialog.form()->signInButton, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(dialog.statusText().contains("workstation"), qPrintable(dialog.statusText()),
                              15000);
    QVERIFY(dialog.isVisible());

    dialog.form()->loginEdit->setText("erin");
    dialog.form()->passwordEdit->setText(Password);
    QVERIFY(dialog.form()->rememberCheck->isChecked());
    QTest::mouseClick(dialog.form()->signInButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 40000);
    m_session = dialog.takeSession();
    QVERIFY(m_session);
    QCOMPARE(m_session->login(), QString("erin"));
    m_session->engine()->setMaxPollIntervalMs(500);
    // The token was kept (keychain, or the file the person agreed to), and it is the session's.
    QString error;
    m_credentials->setFileFallbackAllowed(true);
    QCOMPARE(m_credentials->readTokenBlocking(m_server->baseUrl(), "erin", &error), m_session->token());

    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->setGeometry(420, 40, 820, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(settle());
}

NewProblemWizard *TestX11Reporter::openWizard()
{
    if (!m_window)
        return nullptr; // signIn() failed
    NewProblemWizard *wizard = m_window->reportProblem();
    wizard->move(440, 60);
    return QTest::qWaitForWindowExposed(wizard) ? wizard : nullptr;
}

void TestX11Reporter::fillIn(NewProblemWizard *wizard, const QString &subject, const QString &happened,
                             const QString &error)
{
    auto *description = wizard->descriptionPage()->form();
    description->subjectEdit->setText(subject);
    description->didEdit->setPlainText("Opened Invoices, chose November, clicked Export");
    description->expectedEdit->setPlainText("A CSV file in Downloads");
    description->happenedEdit->setPlainText(happened);
    wizard->next();
    wizard->detailsPage()->form()->errorEdit->setPlainText(error);
    wizard->detailsPage()->form()->severityCombo->setCurrentIndex(1); // high
    wizard->next();
}

void TestX11Reporter::regionThroughTheFrozenOverlay()
{
    NewProblemWizard *wizard = openWizard();
    QVERIFY(wizard);
    fillIn(wizard, "Region only", "Nothing happens", QString());
    AttachmentPanel *panel = wizard->attachmentPanel();
    QTest::mouseClick(buttonWithText(panel, "Region…"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->regionFlow()->picker() && panel->regionFlow()->picker()->isShown(),
                             10000);
    RegionPicker *picker = panel->regionFlow()->picker();
    QWidget *view = picker->views().first();
    QVERIFY(QTest::qWaitForWindowExposed(view));
    // Drag over squares (0, 1)…(1, 2) of the program with the problem.
    const QPoint from = AppPosition + QPoint(Square, 0);
    const QPoint to = AppPosition + QPoint(3 * Square, 2 * Square);
    QTest::mousePress(view, Qt::LeftButton, {}, view->mapFromGlobal(from));
    QTest::mouseMove(view, view->mapFromGlobal((from + to) / 2));
    QTest::mouseMove(view, view->mapFromGlobal(to));
    QTest::mouseRelease(view, Qt::LeftButton, {}, view->mapFromGlobal(to));
    QTRY_COMPARE_WITH_TIMEOUT(panel->attachments()->count(), 1, 5000);
    const QImage region = panel->attachments()->entry(0).image;
    QCOMPARE(region.size(), QSize(2 * Square, 2 * Square));
    QCOMPARE(region.pixelColor(Square / 2, Square / 2), squareColour(0, 1));
    QCOMPARE(region.pixelColor(Square + Square / 2, Square / 2), squareColour(0, 2));
    QCOMPARE(region.pixelColor(Square / 2, Square + Square / 2), squareColour(1, 1));
    QCOMPARE(region.pixelColor(2 * Square - 1, 2 * Square - 1), squareColour(1, 2));
    QVERIFY(!picker->isShown());
    QTRY_VERIFY(wizard->isVisible());
    wizard->reject();
    QTRY_VERIFY(!m_window->wizard());
}

void TestX11Reporter::fileAProblemWithScreenshotAndSteps()
{
    NewProblemWizard *wizard = openWizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(NewProblemWizard::DescriptionPage));

    // The calm hint: there for capitals, gone for a normal subject.
    auto *description = wizard->descriptionPage()->form();
    QTest::keyClicks(description->subjectEdit, "EXPORT BROKEN!!! FIX NOW");
    QVERIFY(wizard->descriptionPage()->isCapitalsHintShown());
    QVERIFY(description->capsHint->text().contains("severity"));
    description->subjectEdit->clear();
    QTest::keyClicks(description->subjectEdit, "Invoice export stops with an error");
    QVERIFY(!wizard->descriptionPage()->isCapitalsHintShown());
    // Next waits for what happened.
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    fillIn(wizard, "Invoice export stops with an error", "A red box: export failed",
           "Export failed (TD-E7001): the file could not be written");
    QCOMPARE(wizard->currentId(), int(NewProblemWizard::AttachmentsPage));
    QVERIFY(wizard->detailsPage()->form()->codesLabel->text().contains("TD-E7001"));

    // A real screenshot: the reporter's windows step aside, the program with the problem is in it.
    AttachmentPanel *panel = wizard->attachmentPanel();
    ReportAttachments *attachments = panel->attachments();
    QPushButton *full = buttonWithText(panel, "Full screen");
    QVERIFY(full);
    QTest::mouseClick(full, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(attachments->count(), 1, 10000);
    QVERIFY(wizard->isVisible()); // back after the grab
    const QImage screenshot = attachments->entry(0).image;
    QCOMPARE(screenshot.size(), QSize(1280, 800));
    QVERIFY(showsTheApp(screenshot));
    // The wizard was not in its own screenshot: where it stands, the desktop shows.
    const QPoint insideWizard = wizard->geometry().center();
    QCOMPARE(screenshot.pixelColor(insideWizard), screenshot.pixelColor(QPoint(1279, 799)));

    // Black out the first square in the annotator, by dragging with the Redact tool.
    panel->annotateImage(0);
    AnnotateDialog *annotator = panel->annotateDialog();
    QVERIFY(annotator);
    QVERIFY(QTest::qWaitForWindowExposed(annotator));
    AnnotationEditor *editor = annotator->editor();
    editor->setCurrentTool("redact");
    AnnotationView *view = editor->view();
    const QPoint from = view->mapFromScene(QPointF(AppPosition) + QPointF(2, 2));
    const QPoint to = view->mapFromScene(QPointF(AppPosition) + QPointF(Square - 2, Square - 2));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), (from + to) / 2);
    QTest::mouseMove(view->viewport(), to);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(editor->document()->items().size(), 1);
    annotator->accept();
    QVERIFY(attachments->data(attachments->index(0), ReportAttachments::AnnotatedRole).toBool());

    // Three steps with the real recorder bar.
    panel->recordSteps();
    StepsRecorderBar *bar = panel->recorderBar();
    QVERIFY(bar);
    QVERIFY(QTest::qWaitForWindowExposed(bar));
    QVERIFY(!wizard->isVisible()); // out of the way while the person works
    QSignalSpy stepped(bar, &StepsRecorderBar::stepCaptured);
    for (int i = 1; i <= 3; ++i) {
        QPushButton *capture = buttonWithText(bar, "Capture step");
        QVERIFY(capture);
        QTRY_VERIFY(capture->isEnabled());
        QTest::mouseClick(capture, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stepped.size(), i, 10000);
    }
    QTest::mouseClick(buttonWithText(bar, "Finish"), Qt::LeftButton);
    QTRY_VERIFY(wizard->isVisible());
    StepSeries *steps = attachments->steps();
    QCOMPARE(steps->count(), 3);
    const QStringList captions{"Open Invoices", "Choose November", "Click Export: the red box appears"};
    for (int row = 0; row < 3; ++row) {
        QVERIFY(showsTheApp(steps->step(row).capture.image())); // the bar was not in front of it
        QVERIFY(steps->setData(steps->index(row), captions.at(row), Qt::EditRole));
    }

    wizard->next();
    QCOMPARE(wizard->currentId(), int(NewProblemWizard::ReviewPage));
    const QString preview = wizard->reviewPage()->previewText();
    QVERIFY(preview.contains("Invoice export stops with an error"));
    QVERIFY(preview.contains(
        "screenshot-01.png, screenshot-01.annotation.json, step-01.png, step-02.png, step-03.png"));
    QVERIFY(wizard->reviewPage()->duplicates().isEmpty()); // erin has no tickets yet

    // What the reporter will upload, to compare with what the server stores.
    OutgoingFiles expected;
    QString stepsText, error;
    QVERIFY(attachments->prepare(&expected, &stepsText, &error));
    QCOMPARE(expected.size(), 5);

    QSignalSpy queued(wizard, &NewProblemWizard::reportQueued);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().at(1).toLongLong(), 0); // a new ticket
    QVERIFY(settle());

    const QJsonArray tickets = m_api->get("/api/v1/tickets").json().value("items").toArray();
    QCOMPARE(tickets.size(), 1);
    const QJsonObject ticket = tickets.first().toObject();
    m_firstTicket = ticket.value("id").toInteger();
    QCOMPARE(ticket.value("subject").toString(), QString("Invoice export stops with an error"));
    QCOMPARE(ticket.value("severity").toInt(), 2);
    QCOMPARE(ticket.value("error_codes").toArray(), QJsonArray{"TD-E7001"});
    const QJsonArray messages =
        m_api->get(QString("/api/v1/tickets/%1/messages").arg(m_firstTicket)).json().value("items").toArray();
    QCOMPARE(messages.size(), 1);
    const QString body = messages.first().toObject().value("body").toString();
    const qsizetype first = body.indexOf("Step 1 ("), second = body.indexOf("Step 2 ("),
                    third = body.indexOf("Step 3 (");
    QVERIFY2(first >= 0 && first < second && second < third, qPrintable(body));
    QVERIFY(body.mid(first).contains(captions.at(0)));
    QVERIFY(body.indexOf(captions.at(0)) < body.indexOf(captions.at(1)));
    QVERIFY(body.indexOf(captions.at(1)) < body.indexOf(captions.at(2)));
    QVERIFY(body.contains("TD-E7001"));

    const QJsonArray stored = messages.first().toObject().value("attachments").toArray();
    QCOMPARE(stored.size(), expected.size());
    for (int i = 0; i < stored.size(); ++i) {
        const QJsonObject info = stored.at(i).toObject();
        QCOMPARE(info.value("filename").toString(), expected.at(i).filename);
        QCOMPARE(info.value("sha256").toString(), sha(expected.at(i).bytes));
        const QByteArray downloaded =
            m_api->get(QString("/api/v1/attachments/%1").arg(info.value("id").toInteger())).body;
        QCOMPARE(sha(downloaded), info.value("sha256").toString());
    }
    // The redaction is burnt in: the first square is one flat colour, the second one untouched.
    const QImage sent = QImage::fromData(expected.at(0).bytes);
    QVERIFY(sent.height() >= 800); // the time stamp strip comes under the screenshot
    const QColor redaction = sent.pixelColor(AppPosition + QPoint(Square / 2, Square / 2));
    QVERIFY(redaction != squareColour(0, 0));
    for (int y = 3; y < Square - 3; y += 4)
        for (int x = 3; x < Square - 3; x += 4)
            QCOMPARE(sent.pixelColor(AppPosition + QPoint(x, y)), redaction);
    QCOMPARE(sent.pixelColor(AppPosition + QPoint(Square + Square / 2, Square / 2)), squareColour(0, 1));
    for (int i = 2; i < 5; ++i)
        QVERIFY(showsTheApp(QImage::fromData(expected.at(i).bytes)));

    // The new ticket is in "My tickets".
    QTRY_VERIFY(m_session->myTickets().size() == 1 &&
                m_session->myTickets().first().value("id").toInteger() == m_firstTicket);
}

void TestX11Reporter::sameProblemAgainIsAddedToTheOpenTicket()
{
    QVERIFY(m_firstTicket > 0);
    NewProblemWizard *wizard = openWizard();
    QVERIFY(wizard);
    fillIn(wizard, "CSV export of invoices fails", "The export stopped again", "TD-E7001");
    QTest::mouseClick(buttonWithText(wizard->attachmentPanel(), "Full screen"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->attachments()->count(), 1, 10000);
    wizard->next();
    ProblemReviewPage *review = wizard->reviewPage();
    QVERIFY(review->form()->duplicateGroup->isVisible());
    QCOMPARE(review->duplicates().size(), 1);
    QCOMPARE(review->duplicates().first().ticketId, m_firstTicket);
    QVERIFY(review->form()->addToExistingRadio->isChecked());
    QCOMPARE(review->existingTicketId(), m_firstTicket);
    QVERIFY(review->form()->duplicateList->item(0)->text().contains("Invoice export stops with an error"));

    QSignalSpy queued(wizard, &NewProblemWizard::reportQueued);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().at(1).toLongLong(), m_firstTicket);
    QVERIFY(settle());

    QCOMPARE(m_api->get("/api/v1/tickets").json().value("items").toArray().size(), 1); // no new ticket
    const QJsonArray messages =
        m_api->get(QString("/api/v1/tickets/%1/messages").arg(m_firstTicket)).json().value("items").toArray();
    QCOMPARE(messages.size(), 2);
    const QJsonObject added = messages.at(1).toObject();
    QVERIFY(added.value("body").toString().startsWith(
        "Another report of this problem: CSV export of invoices fails"));
    QCOMPARE(added.value("attachments").toArray().size(), 1);
    QCOMPARE(added.value("attachments").toArray().first().toObject().value("filename").toString(),
             QString("screenshot-01.png"));
}

void TestX11Reporter::knownOutageIsShownAndLinked()
{
    QVERIFY(m_window);
    const QJsonArray incidents = m_api->get("/api/v1/incidents").json().value("items").toArray();
    qint64 outage = 0;
    for (const QJsonValue &incident : incidents)
        if (incident.toObject().value("title").toString().contains("SMTP-421"))
            outage = incident.toObject().value("id").toInteger();
    QVERIFY(outage > 0);

    NewProblemWizard *wizard = openWizard();
    QVERIFY(wizard);
    fillIn(wizard, "Customers do not get our notification mails", "Mails stay in the outbox",
           "Remote server answered: 421 Service not available (SMTP-421)");
    wizard->next();
    ProblemReviewPage *review = wizard->reviewPage();
    QVERIFY(review->form()->outageGroup->isVisible());
    QVERIFY(review->form()->outageLabel->text().contains("Outbound email relay"));
    QCOMPARE(review->outages().first().incidentId, outage);
    QVERIFY(review->form()->linkOutageCheck->isChecked());
    QVERIFY(!review->form()->duplicateGroup->isVisible()); // a different problem than the export
    QCOMPARE(review->linkedIncidentId(), outage);

    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(settle());
    const QJsonArray tickets = m_api->get("/api/v1/tickets").json().value("items").toArray();
    QCOMPARE(tickets.size(), 2);
    bool linked = false;
    for (const QJsonValue &t : tickets)
        if (t.toObject().value("subject").toString() == "Customers do not get our notification mails")
            linked = t.toObject().value("incident_id").toInteger() == outage;
    QVERIFY(linked);
}

QTEST_MAIN(TestX11Reporter)
#include "tst_x11_report_wizard.moc"
