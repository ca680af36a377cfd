// The knowledge-base view over a real synced cache (the demo's articles in six languages): searching as you
// type finds articles with the matches highlighted and nothing else marked up; a lookup by error code finds
// the articles that answer it; the reader renders the Markdown; "Insert into reply" fills the open ticket's
// composer and "Link to ticket" reaches the server; an agent's new article and edit go to the server too.

#include "workstationtest.h"

#include "workstation/kb/articleeditor.h"
#include "workstation/kb/kbpage.h"
#include "workstation/kb/snippettext.h"
#include "workstation/ticket/composer.h"
#include "workstation/ticket/conflictbanner.h"
#include "workstation/ticket/propertiespanel.h"
#include "workstation/ticket/ticketpage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace tierdesk;
using tierdesk::test::Desk;
using tierdesk::test::TestServer;

class TestKbPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    Desk m_desk;
    std::unique_ptr<test::ApiClient> m_agent;

    Session *session() { return m_desk.app->session(); }
    KbPage *kb() { return m_desk.app->mainWindow()->kbPage(); }

private slots:
    void initTestCase()
    {
        test::prepareTestProgram();
        m_server = std::make_unique<TestServer>(test::TestServerOptions{.demo = true});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_agent = std::make_unique<test::ApiClient>(*m_server);
        QVERIFY(m_agent->login(QStringLiteral("agent2"), QStringLiteral("demo")));
        const QString failure = test::signInAndSync(m_desk, m_server->baseUrl(), QStringLiteral("agent1"));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(session()->store()->count(QStringLiteral("article")) >= 10);
    }

    void snippetsAreEscapedAndHighlighted()
    {
        QCOMPARE(SnippetText::toHtml(QStringLiteral("a <b>&amp; [relay] x")),
                 QStringLiteral("a &lt;b&gt;&amp;amp; <b style=\"background-color:#ffe58a\">relay</b> x"));
        QCOMPARE(SnippetText::plain(QStringLiteral("…the [relay] is [down]")),
                 QStringLiteral("…the relay is down"));
    }

    void searchAsYouType()
    {
        m_desk.app->mainWindow()->showKnowledgeBase();
        QLineEdit *search = kb()->searchEdit();
        search->setFocus();
        const QList<QJsonObject> expected = session()->store()->searchArticles(QStringLiteral("relay"), 50);
        QList<qint64> expectedIds;
        for (const QJsonObject &a : expected)
            expectedIds << a.value(QLatin1String("id")).toInteger();
        QVERIFY(!expectedIds.isEmpty());
        QVERIFY(expectedIds.size() < session()->store()->count(QStringLiteral("article")));
        QTest::keyClicks(search, QStringLiteral("relay"));
        // The full-text search's hits, best first, every one with the word marked.
        QTRY_COMPARE_WITH_TIMEOUT(kb()->resultIds(), expectedIds, 5000);
        for (int i = 0; i < kb()->resultIds().size(); ++i) {
            QCOMPARE(kb()->resultIds().at(i), expected.at(i).value(QLatin1String("id")).toInteger());
            QVERIFY2(kb()->resultHtml(i).contains(QStringLiteral("<b style=\"background-color:#ffe58a\">")),
                     qPrintable(kb()->resultHtml(i)));
        }
        // A word in no article: nothing, and it says so.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("zzqxv"));
        QTRY_VERIFY(kb()->resultIds().isEmpty());
        QVERIFY(kb()->findChild<QLabel *>(QStringLiteral("resultsLabel"))
                    ->text()
                    .contains(QStringLiteral("zzqxv")));
        search->clear();
    }

    void lookupByErrorCodeAndRead()
    {
        QList<qint64> expectedIds;
        for (const QJsonObject &a : session()->store()->articlesForErrorCode(QStringLiteral("SMTP-421")))
            expectedIds << a.value(QLatin1String("id")).toInteger();
        QVERIFY(!expectedIds.isEmpty());
        QTest::keyClicks(kb()->errorCodeEdit(), QStringLiteral("smtp-421"));
        QTRY_COMPARE_WITH_TIMEOUT(kb()->resultIds(), expectedIds, 5000);
        for (qint64 id : kb()->resultIds()) {
            const QJsonArray codes =
                session()->store()->article(id)->value(QLatin1String("error_codes")).toArray();
            QVERIFY(codes.contains(QStringLiteral("SMTP-421")));
        }
        kb()->resultsList()->setCurrentRow(0);
        QCOMPARE(kb()->currentArticleId(), kb()->resultIds().first());
        const QJsonObject article = *session()->store()->article(kb()->currentArticleId());
        // Markdown rendered: the heading's text is there without its '#'.
        const QString shown = kb()->reader()->toPlainText();
        QVERIFY(shown.contains(article.value(QLatin1String("title")).toString()));
        QVERIFY(!shown.contains(QStringLiteral("# ")));
        QVERIFY(kb()->reader()->document()->toMarkdown().contains(QStringLiteral("SMTP-421")));
    }

    void insertIntoReplyAndLinkToTicket()
    {
        MainWindow *window = m_desk.app->mainWindow();
        const qint64 ticketId = test::ticketIdByNumber(session()->store(), 1001);
        TicketPage *page = window->openTicket(ticketId);
        window->showKnowledgeBase();
        QCOMPARE(kb()->targetTicket(), ticketId);
        kb()->lookupErrorCode(QStringLiteral("SMTP-421"));
        const qint64 articleId = kb()->currentArticleId();
        QVERIFY(articleId > 0);
        const QJsonObject article = *session()->store()->article(articleId);

        QTest::mouseClick(kb()->findChild<QToolButton *>(QStringLiteral("insertButton")), Qt::LeftButton);
        QCOMPARE(window->currentTicketPage(), page);
        QCOMPARE(page->composer()->mode(), Composer::Mode::Reply);
        QCOMPARE(page->composer()->text(), KbPage::replyText(article));
        QVERIFY(!page->composer()->text().contains(QStringLiteral("**")));

        window->showKnowledgeBase();
        QTest::mouseClick(kb()->findChild<QToolButton *>(QStringLiteral("linkButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_agent->get(QStringLiteral("/api/v1/tickets/%1").arg(ticketId))
                                     .json()
                                     .value(QLatin1String("tags"))
                                     .toArray()
                                     .contains(PropertiesPanel::articleTag(articleId)),
                                 15000);
        QTRY_VERIFY(PropertiesPanel::linkedArticles(page->ticket()).contains(articleId));
        page->composer()->setText({});
    }

    void agentsWriteAndEditArticles()
    {
        QVERIFY(session()->isStaff());
        QVERIFY(kb()->findChild<QToolButton *>(QStringLiteral("editButton"))->isVisibleTo(kb()));
        const QString title =
            QStringLiteral("Printer spooler stuck with E-7001 (%1)").arg(QDateTime::currentMSecsSinceEpoch());
        QTimer::singleShot(100, this, [&] {
            auto *editor = qobject_cast<ArticleEditor *>(QApplication::activeModalWidget());
            QVERIFY(editor);
            editor->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(title);
            editor->findChild<QComboBox *>(QStringLiteral("categoryCombo"))
                ->setCurrentText(QStringLiteral("Printing"));
            editor->findChild<QLineEdit *>(QStringLiteral("codesEdit"))->setText(QStringLiteral("E-7001"));
            editor->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))
                ->setPlainText(QStringLiteral("# Spooler\n\nRestart the **spooler** service."));
            editor->accept();
        });
        kb()->newArticle();
        QJsonObject created;
        QTRY_VERIFY_WITH_TIMEOUT(
            ([&] {
                for (const QJsonValue &v :
                     m_agent->get(QStringLiteral("/api/v1/kb/articles?error_code=E-7001")).jsonArray())
                    if (v.toObject().value(QLatin1String("title")).toString() == title)
                        created = v.toObject();
                return !created.isEmpty();
            }()),
            15000);
        QCOMPARE(created.value(QLatin1String("category")).toString(), QStringLiteral("Printing"));
        QTRY_VERIFY_WITH_TIMEOUT(test::syncedAndIdle(session()), 10000);

        // Edit it: only the changed field is sent.
        const qint64 id = created.value(QLatin1String("id")).toInteger();
        kb()->openArticle(id);
        QTimer::singleShot(100, this, [&] {
            auto *editor = qobject_cast<ArticleEditor *>(QApplication::activeModalWidget());
            QVERIFY(editor);
            auto *body = editor->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
            body->setPlainText(body->toPlainText() + QStringLiteral("\n\nThen print a test page."));
            QCOMPARE(editor->patch().keys(), QStringList{QStringLiteral("body")});
            editor->accept();
        });
        kb()->editArticle();
        QTRY_VERIFY_WITH_TIMEOUT(m_agent->get(QStringLiteral("/api/v1/kb/articles/%1").arg(id))
                                     .json()
                                     .value(QLatin1String("body"))
                                     .toString()
                                     .endsWith(QStringLiteral("Then print a test page.")),
                                 15000);
        // The category tree follows: "Printing" counts the new article.
        QTRY_VERIFY(!kb()->findChild<QTreeWidget *>(QStringLiteral("categoryTree"))
                         ->findItems(QStringLiteral("Printing (2)"), Qt::MatchRecursive)
                         .isEmpty());
    }

    void articleConflictShowsBesideTheReader()
    {
        const qint64 id = kb()->currentArticleId();
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(test::syncedAndIdle(session()), 10000);
        ConflictBanner *banner = kb()->conflictBanner();
        QVERIFY(banner->isHidden());
        session()->stop();
        session()->engine()->patchArticle(
            id, {{QStringLiteral("title"), QStringLiteral("Spooler stuck (my title)")}});
        const QJsonObject theirs = m_agent->get(QStringLiteral("/api/v1/kb/articles/%1").arg(id)).json();
        const test::ApiReply patched = m_agent->patch(
            QStringLiteral("/api/v1/kb/articles/%1").arg(id),
            QJsonObject{{QStringLiteral("title"), QStringLiteral("Spooler stuck (their title)")}},
            {{"If-Match",
              '"' + QByteArray::number(theirs.value(QLatin1String("version")).toInteger()) + '"'}});
        QVERIFY2(patched.status == 200, qPrintable(patched.describe()));
        session()->start();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QCOMPARE(banner->conflicts().first().fields, QStringList{QStringLiteral("title")});
        QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("keepTheirsButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(banner->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(test::syncedAndIdle(session()), 10000);
        QCOMPARE(session()->store()->article(id)->value(QLatin1String("title")).toString(),
                 QStringLiteral("Spooler stuck (their title)"));
        QCOMPARE(m_agent->get(QStringLiteral("/api/v1/kb/articles/%1").arg(id))
                     .json()
                     .value(QLatin1String("title"))
                     .toString(),
                 QStringLiteral("Spooler stuck (their title)"));
    }
};

QTEST_MAIN(TestKbPage)
#include "tst_kbpage.moc"
