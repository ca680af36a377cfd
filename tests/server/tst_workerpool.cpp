// Handlers run on a worker pool apart from the I/O threads: while the database's write lock is held for 2 s
// and every worker waits on it, /healthz and a WebSocket ping still answer within 100 ms, and the waiting
// requests complete once the lock is gone.

#include "support/apiclient.h"
#include "support/testserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QWebSocket>

using namespace tierdesk::test;

namespace {

constexpr int Workers = 2;
constexpr int HeldMs = 2000;
constexpr int AnswerWithinMs = 100;

// The server's write lock, taken from outside the server on its own database: SQLite's RESERVED lock through
// BEGIN IMMEDIATE, PostgreSQL's transaction-scoped advisory lock on the key
// src/server/storage/transaction.cpp uses. Either way every write transaction of the server waits for it.
class WriteLock
{
public:
    bool take(const TestServer &server, QString *error)
    {
        if (server.backend() == TestServer::Backend::Postgres) {
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("lock"));
            const QUrl url(server.databaseUrl());
            m_db.setHostName(url.host());
            m_db.setPort(url.port(5432));
            m_db.setUserName(url.userName());
            m_db.setPassword(url.password());
            m_db.setDatabaseName(url.path().mid(1));
        } else {
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
            m_db.setDatabaseName(server.dataDir() + QStringLiteral("/tierdesk.sqlite"));
        }
        if (!m_db.open()) {
            *error = m_db.lastError().text();
            return false;
        }
        QSqlQuery q(m_db);
        const bool ok = server.backend() == TestServer::Backend::Postgres
                            ? q.exec(QStringLiteral("BEGIN")) &&
                                  q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(8388347322939306856)"))
                            : q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!ok)
            *error = q.lastError().text();
        return ok;
    }
    void release()
    {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("lock"));
    }

private:
    QSqlDatabase m_db;
};

} // namespace

class TestWorkerPool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_customer.login("customer1", "demo"));
    }

    void ioAnswersWhileEveryWorkerWaits()
    {
        // The stream is opened first: its handshake checks the token on a worker.
        QWebSocket socket;
        QUrl wsUrl = m_server.baseUrl();
        wsUrl.setScheme(QStringLiteral("ws"));
        wsUrl.setPath(QStringLiteral("/api/v1/stream"));
        QNetworkRequest wsRequest(wsUrl);
        wsRequest.setRawHeader("Authorization", "Bearer " + m_customer.token());
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(wsRequest);
        QVERIFY(connected.wait(5000));

        WriteLock lock;
        QString error;
        QVERIFY2(lock.take(m_server, &error), qPrintable(error));
        QElapsedTimer held;
        held.start();

        // More writers than workers: every worker now waits on the lock.
        QNetworkAccessManager nam;
        QList<QNetworkReply *> writes;
        for (int i = 0; i < Workers + 2; ++i) {
            QNetworkRequest request(m_server.baseUrl().resolved(QUrl(QStringLiteral("/api/v1/tickets"))));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            request.setRawHeader("Authorization", "Bearer " + m_customer.token());
            request.setTransferTimeout(30000);
            const QJsonObject body{{"subject", QStringLiteral("Written while locked %1").arg(i)},
                                   {"body", "Waits for the lock."}};
            writes.append(nam.post(request, QJsonDocument(body).toJson()));
        }
        QTest::qWait(300); // they reach the server and its workers

        qint64 worstHealth = 0;
        qint64 worstPing = 0;
        int rounds = 0;
        while (held.elapsed() < HeldMs - 200) {
            QElapsedTimer t;
            t.start();
            QNetworkRequest request(m_server.baseUrl().resolved(QUrl(QStringLiteral("/healthz"))));
            request.setTransferTimeout(5000);
            QNetworkReply *health = nam.get(request);
            QSignalSpy finished(health, &QNetworkReply::finished);
            QVERIFY(finished.wait(5000));
            QCOMPARE(health->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            health->deleteLater();
            worstHealth = std::max(worstHealth, t.elapsed());

            t.restart();
            QSignalSpy pong(&socket, &QWebSocket::pong);
            socket.ping("are you there");
            QVERIFY(pong.wait(5000));
            worstPing = std::max(worstPing, t.elapsed());
            ++rounds;
            QTest::qWait(100);
        }
        // Nothing was written while the lock was held.
        for (QNetworkReply *reply : std::as_const(writes))
            QVERIFY2(!reply->isFinished(), "a write finished while the write lock was held");
        qInfo() << rounds << "rounds while locked; slowest /healthz" << worstHealth << "ms, slowest ping"
                << worstPing << "ms";
        QVERIFY(rounds >= 3);
        QVERIFY2(worstHealth < AnswerWithinMs, qPrintable(QString::number(worstHealth)));
        QVERIFY2(worstPing < AnswerWithinMs, qPrintable(QString::number(worstPing)));

        lock.release();
        for (QNetworkReply *reply : std::as_const(writes)) {
            if (!reply->isFinished()) {
                QSignalSpy finished(reply, &QNetworkReply::finished);
                QVERIFY(finished.wait(15000));
            }
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
            reply->deleteLater();
        }
        QVERIFY(m_server.isRunning());
    }

private:
    TestServer m_server{
        TestServerOptions{.demo = true, .extraArgs = {"--threads", QString::number(Workers)}}};
    ApiClient m_customer{m_server};
};

QTEST_GUILESS_MAIN(TestWorkerPool)
#include "tst_workerpool.moc"
