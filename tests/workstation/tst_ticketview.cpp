// The ticket view's harder parts against a real server: an image attachment shows as a thumbnail downloaded
// through the client (and cached); a screenshot pasted with Ctrl+V and a file dropped on the composer wait
// in the preview strip and go out with the note, byte for byte; an image attachment opens in the annotator
// and comes back as a new file; and an edit that collides with a colleague's shows the conflict banner with
// both versions, where "Keep mine", "Keep theirs" and a per-field choice each end up on the server.

#include "workstationtest.h"

#include "workstation/session/directory.h"
#include "workstation/ticket/annotatordialog.h"
#include "workstation/ticket/attachmentthumbnail.h"
#include "workstation/ticket/attachmenttray.h"
#include "workstation/ticket/composer.h"
#include "workstation/ticket/conflictbanner.h"
#include "workstation/ticket/conversationview.h"
#include "workstation/ticket/messagewidget.h"
#include "workstation/ticket/ticketpage.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFile>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>

using namespace tierdesk;
using tierdesk::test::Desk;
using tierdesk::test::TestServer;

namespace {
QImage testPicture(const QSize &size, const QColor &colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QPainter p(&image);
    p.fillRect(QRect(10, 10, size.width() / 3, size.height() / 3), Qt::black);
    p.end();
    return image;
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
} // namespace

class TestTicketView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    Desk m_desk;
    std::unique_ptr<test::ApiClient> m_agent2;

    Session *session() { return m_desk.app->session(); }
    MainWindow *window() { return m_desk.app->mainWindow(); }

private slots:
    void initTestCase()
    {
        test::prepareTestProgram();
        m_server = std::make_unique<TestServer>(test::TestServerOptions{.demo = true});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_agent2 = std::make_unique<test::ApiClient>(*m_server);
        QVERIFY(m_agent2->login(QStringLiteral("agent2"), QStringLiteral("demo")));
        const QString failure = test::signInAndSync(m_desk, m_server->baseUrl(), QStringLiteral("agent1"));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void imageAttachmentShowsAsThumbnail()
    {
        const qint64 ticketId = test::ticketIdByNumber(session()->store(), 1001);
        const QByteArray bytes = png(testPicture(QSize(640, 400), QColor(0x33, 0x99, 0xcc)));
        const test::ApiReply upload = m_agent2->post(
            QStringLiteral("/api/v1/attachments?filename=error-dialog.png"), bytes, "image/png");
        QVERIFY2(upload.status == 201, qPrintable(upload.describe()));
        const qint64 attachmentId = upload.json().value(QLatin1String("id")).toInteger();
        const test::ApiReply posted = m_agent2->post(
            QStringLiteral("/api/v1/tickets/%1/messages").arg(ticketId),
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("internal")},
                        {QStringLiteral("body"), QStringLiteral("The dialog the customer saw.")},
                        {QStringLiteral("attachment_ids"), QJsonArray{attachmentId}}});
        QVERIFY2(posted.status == 201, qPrintable(posted.describe()));

        TicketPage *page = window()->openTicket(ticketId);
        AttachmentThumbnail *thumbnail = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     for (MessageWidget *w : page->conversation()->messageWidgets())
                                         for (AttachmentThumbnail *t : w->thumbnails())
                                             if (t->attachmentId() == attachmentId)
                                                 thumbnail = t;
                                     return thumbnail && thumbnail->hasThumbnail();
                                 }()),
                                 20000);
        QCOMPARE(thumbnail->fileName(), QStringLiteral("error-dialog.png"));
        QVERIFY(thumbnail->isImage());
        QCOMPARE(thumbnail->bytes(), bytes);
        QVERIFY(thumbnail->icon().availableSizes().first().width() <= AttachmentThumbnail::ThumbnailSize);
        // Downloaded once, kept in the cache's attachment store.
        QCOMPARE(session()->store()->cachedAttachment(attachmentId).value_or(QByteArray()), bytes);

        // Opened in the annotator from its menu, it comes back as a new attachment in the composer.
        Composer *composer = page->composer();
        QCOMPARE(composer->tray()->count(), 0);
        bool annotatorSeen = false;
        QTimer::singleShot(200, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            QAction *annotate = nullptr;
            for (QAction *a : menu->actions())
                if (a->text().startsWith(QStringLiteral("&Annotate")))
                    annotate = a;
            QVERIFY(annotate);
            QTimer::singleShot(300, this, [&] {
                auto *dialog = qobject_cast<AnnotatorDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                annotatorSeen = true;
                dialog->attach();
            });
            annotate->trigger();
            menu->close();
        });
        QTest::mouseClick(thumbnail, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(annotatorSeen && composer->tray()->count() == 1, 10000);
        const PendingAttachment annotated = composer->tray()->attachments().first();
        QCOMPARE(annotated.fileName, QStringLiteral("error-dialog-annotated.png"));
        QCOMPARE(annotated.contentType, QByteArray("image/png"));
        // The whole picture (plus the annotator's time-stamp strip when that is on), as a new file.
        const QImage result = QImage::fromData(annotated.bytes);
        QCOMPARE(result.width(), 640);
        QVERIFY(result.height() >= 400);
        composer->tray()->clear();
    }

    void pastedAndDroppedFilesGoOutWithTheNote()
    {
        const qint64 ticketId = test::ticketIdByNumber(session()->store(), 1002);
        TicketPage *page = window()->openTicket(ticketId);
        Composer *composer = page->composer();
        auto *edit = page->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        composer->setMode(Composer::Mode::Note);

        // Ctrl+V of a screenshot: an attachment with a preview, no text pasted.
        const QImage shot = testPicture(QSize(300, 200), Qt::red);
        auto *clip = new QMimeData;
        clip->setImageData(shot);
        QApplication::clipboard()->setMimeData(clip);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(composer->tray()->count(), 1);
        QVERIFY(edit->toPlainText().isEmpty());
        QVERIFY(composer->tray()->isVisible());
        QVERIFY(!composer->tray()->attachments().first().preview.isNull());

        // A file dropped on the text field.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray log = "2026-11-23 09:00:01 relay refused: 421\n";
        file.write(log);
        file.close();
        QMimeData drop;
        drop.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = edit->viewport()->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &drop, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(edit->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(at, Qt::CopyAction, &drop, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(edit->viewport(), &dropEvent);
        QCOMPARE(composer->tray()->count(), 2);
        QCOMPARE(composer->tray()->attachments().at(1).fileName, QStringLiteral("server.log"));

        const QList<PendingAttachment> pending = composer->tray()->attachments();
        const QString body = QStringLiteral("Screenshot and relay log attached (%1).")
                                 .arg(QDateTime::currentMSecsSinceEpoch());
        QTest::keyClicks(edit, body);
        QSignalSpy sent(composer, &Composer::sent);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 20000);
        QCOMPARE(sent.first().first().toString(), QStringLiteral("internal"));
        QCOMPARE(composer->tray()->count(), 0);

        QJsonObject message;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     for (const QJsonValue &v : test::serverMessages(*m_agent2, ticketId))
                                         if (v.toObject().value(QLatin1String("body")).toString() == body)
                                             message = v.toObject();
                                     return !message.isEmpty();
                                 }()),
                                 20000);
        QCOMPARE(message.value(QLatin1String("kind")).toString(), QStringLiteral("internal"));
        const QJsonArray ids = message.value(QLatin1String("attachment_ids")).toArray();
        QCOMPARE(ids.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const test::ApiReply got =
                m_agent2->get(QStringLiteral("/api/v1/attachments/%1").arg(ids.at(i).toInteger()));
            QCOMPARE(got.status, 200);
            QCOMPARE(got.body, pending.at(i).bytes);
        }
        QCOMPARE(QImage::fromData(pending.at(0).bytes).size(), shot.size());
        QCOMPARE(pending.at(1).bytes, log);
    }

    void conflictBannerKeepsMineOrTheirs()
    {
        const qint64 ticketId = test::ticketIdByNumber(session()->store(), 1006);
        TicketPage *page = window()->openTicket(ticketId);
        ConflictBanner *banner = page->conflictBanner();
        QVERIFY(banner->isHidden());

        QCOMPARE(page->ticket().value(QLatin1String("severity")).toInt(),
                 4); // the demo's "Add-on billed twice"
        // 1. Severity: I say critical offline, a colleague says high meanwhile; I keep mine.
        session()->stop();
        session()->engine()->patchTicket(ticketId, {{QStringLiteral("severity"), 1}});
        QJsonObject theirs = m_agent2->get(QStringLiteral("/api/v1/tickets/%1").arg(ticketId)).json();
        test::ApiReply patched = m_agent2->patch(
            QStringLiteral("/api/v1/tickets/%1").arg(ticketId), QJsonObject{{QStringLiteral("severity"), 2}},
            {{"If-Match",
              '"' + QByteArray::number(theirs.value(QLatin1String("version")).toInteger()) + '"'}});
        QVERIFY2(patched.status == 200, qPrintable(patched.describe()));
        session()->start();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        auto *table = banner->findChild<QTableWidget *>(QStringLiteral("conflictTable"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("severity"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("1 — Critical"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("2 — High"));
        QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("keepMineButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_agent2->get(QStringLiteral("/api/v1/tickets/%1").arg(ticketId))
                                      .json()
                                      .value(QLatin1String("severity"))
                                      .toInt(),
                                  1, 20000);
        QTRY_VERIFY(banner->isHidden());

        // 2. Status and tags together; the colleague's status wins, my tags stay (a per-field choice).
        QTRY_VERIFY_WITH_TIMEOUT(test::syncedAndIdle(session()), 20000);
        session()->stop();
        session()->engine()->patchTicket(
            ticketId,
            {{QStringLiteral("status"), QStringLiteral("waiting_internal")},
             {QStringLiteral("tags"), QJsonArray{QStringLiteral("billing"), QStringLiteral("mine")}}});
        theirs = m_agent2->get(QStringLiteral("/api/v1/tickets/%1").arg(ticketId)).json();
        patched = m_agent2->patch(
            QStringLiteral("/api/v1/tickets/%1").arg(ticketId),
            QJsonObject{{QStringLiteral("status"), QStringLiteral("open")},
                        {QStringLiteral("tags"), QJsonArray{QStringLiteral("theirs")}}},
            {{"If-Match",
              '"' + QByteArray::number(theirs.value(QLatin1String("version")).toInteger()) + '"'}});
        QVERIFY2(patched.status == 200, qPrintable(patched.describe()));
        session()->start();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QCOMPARE(banner->conflicts().size(), 1);
        QStringList fields = banner->conflicts().first().fields;
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("status"), QStringLiteral("tags")}));
        QVERIFY(banner->applyChoices({{QStringLiteral("status"), false}, {QStringLiteral("tags"), true}}));
        QTRY_VERIFY_WITH_TIMEOUT(
            ([&] {
                const QJsonObject t =
                    m_agent2->get(QStringLiteral("/api/v1/tickets/%1").arg(ticketId)).json();
                return t.value(QLatin1String("status")).toString() == QLatin1String("open") &&
                       t.value(QLatin1String("tags")).toArray() ==
                           QJsonArray{QStringLiteral("billing"), QStringLiteral("mine")};
            }()),
            20000);

        // 3. Keep theirs: my edit is dropped, the window shows the server's value.
        QTRY_VERIFY_WITH_TIMEOUT(test::syncedAndIdle(session()), 20000);
        session()->stop();
        session()->engine()->patchTicket(ticketId, {{QStringLiteral("severity"), 2}});
        theirs = m_agent2->get(QStringLiteral("/api/v1/tickets/%1").arg(ticketId)).json();
        patched = m_agent2->patch(
            QStringLiteral("/api/v1/tickets/%1").arg(ticketId), QJsonObject{{QStringLiteral("severity"), 3}},
            {{"If-Match",
              '"' + QByteArray::number(theirs.value(QLatin1String("version")).toInteger()) + '"'}});
        QVERIFY2(patched.status == 200, qPrintable(patched.describe()));
        session()->start();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("keepTheirsButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(banner->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(test::syncedAndIdle(session()), 20000);
        QCOMPARE(m_agent2->get(QStringLiteral("/api/v1/tickets/%1").arg(ticketId))
                     .json()
                     .value(QLatin1String("severity"))
                     .toInt(),
                 3);
        QTRY_COMPARE(page->ticket().value(QLatin1String("severity")).toInt(), 3);
    }
};

QTEST_MAIN(TestTicketView)
#include "tst_ticketview.moc"
