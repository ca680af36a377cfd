// Logins, tokens and the login rate limit, against a real server.

#include "support/apiclient.h"
#include "support/testserver.h"

#include <QJsonObject>
#include <QTest>

using namespace tierdesk::test;

class TestAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }

    void loginReturnsTokenAndUser()
    {
        ApiClient api(m_server);
        const ApiReply r = api.post(QStringLiteral("/api/v1/auth/login"),
                                    QJsonObject{{"login", "agent2"}, {"password", "demo"}});
        QCOMPARE(r.status, 200);
        const QString token = r.json().value("token").toString();
        // 256 random bits in unpadded base64url are 43 characters.
        QCOMPARE(token.size(), 43);
        const QJsonObject user = r.json().value("user").toObject();
        QCOMPARE(user.value("login").toString(), QStringLiteral("agent2"));
        QCOMPARE(user.value("role").toString(), QStringLiteral("agent"));
        QCOMPARE(user.value("tier").toInt(), 2);
        QVERIFY(!user.contains("password_hash"));

        api.setToken(token);
        const ApiReply me = api.get(QStringLiteral("/api/v1/me"));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value("login").toString(), QStringLiteral("agent2"));
    }

    void tokensDiffer()
    {
        ApiClient a(m_server), b(m_server);
        QVERIFY(a.login("customer1", "demo"));
        QVERIFY(b.login("customer1", "demo"));
        QVERIFY(a.token() != b.token());
    }

    void wrongPasswordAndUnknownUserLookAlike()
    {
        ApiClient api(m_server);
        const ApiReply wrong = api.post(QStringLiteral("/api/v1/auth/login"),
                                        QJsonObject{{"login", "customer2"}, {"password", "nope"}});
        const ApiReply unknown = api.post(QStringLiteral("/api/v1/auth/login"),
                                          QJsonObject{{"login", "nobody-here"}, {"password", "demo"}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.errorCode(), QStringLiteral("unauthorized"));
        QCOMPARE(wrong.errorMessage(), unknown.errorMessage());
    }

    void tokenRequiredEverywhereButLoginAndHealth()
    {
        ApiClient api(m_server);
        QCOMPARE(api.get(QStringLiteral("/healthz")).status, 200);
        QCOMPARE(api.get(QStringLiteral("/api/v1/openapi.json")).status, 200);
        for (const char *path : {"/api/v1/me", "/api/v1/tickets", "/api/v1/changes", "/api/v1/kb/articles",
                                 "/api/v1/users", "/api/v1/groups", "/api/v1/incidents"}) {
            const ApiReply r = api.get(QString::fromLatin1(path));
            QVERIFY2(r.status == 401 && r.errorCode() == QLatin1String("unauthorized"), qPrintable(r.describe()));
        }
        api.setToken(QByteArray("not-a-token"));
        QCOMPARE(api.get(QStringLiteral("/api/v1/me")).status, 401);
    }

    void logoutRevokesTheToken()
    {
        ApiClient api(m_server);
        QVERIFY(api.login("agent1", "demo"));
        QCOMPARE(api.get(QStringLiteral("/api/v1/me")).status, 200);
        QCOMPARE(api.post(QStringLiteral("/api/v1/auth/logout"), QJsonObject{}).status, 204);
        QCOMPARE(api.get(QStringLiteral("/api/v1/me")).status, 401);
    }

    void failedLoginsAreRateLimited()
    {
        ApiClient api(m_server);
        for (int i = 0; i < 5; ++i) {
            const ApiReply r = api.post(QStringLiteral("/api/v1/auth/login"),
                                        QJsonObject{{"login", "vip1"}, {"password", QString::number(i)}});
            QCOMPARE(r.status, 401);
        }
        // Now even the right password is refused until the window passes: guessing must not go on.
        const ApiReply limited = api.post(QStringLiteral("/api/v1/auth/login"),
                                          QJsonObject{{"login", "vip1"}, {"password", "demo"}});
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("too_many_requests"));
        QVERIFY(limited.header("retry-after").toInt() > 0);
        // Other accounts are not affected.
        QVERIFY(api.login("customer2", "demo"));
    }

private:
    TestServer m_server{TestServerOptions{.demo = true}};
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
