// The OpenAPI document in resources/ against the server's real routes: every route documented, nothing
// documented that does not exist, and the running server answers every documented operation.

#include "support/apiclient.h"
#include "support/testserver.h"

#include "server/http/router.h"
#include "server/server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace tierdesk;
using namespace tierdesk::test;

class TestOpenApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }

    void documentMatchesRoutes()
    {
        ApiClient api(m_server);
        const ApiReply r = api.get(QStringLiteral("/api/v1/openapi.json"));
        QCOMPARE(r.status, 200);
        const QJsonObject doc = QJsonDocument::fromJson(r.body).object();
        QVERIFY(doc.value("openapi").toString().startsWith(QLatin1String("3.")));
        QSet<QString> documented;
        const QJsonObject paths = doc.value("paths").toObject();
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            for (const QString &method : it.value().toObject().keys()) {
                if (QStringList{"get", "post", "patch", "put", "delete"}.contains(method))
                    documented.insert(method.toUpper() + QLatin1Char(' ') + it.key());
            }
        }

        // The routes as the server registers them (an in-process server on a scratch SQLite file).
        QTemporaryDir dir;
        ServerConfig config;
        config.dataDir = dir.path();
        Server server(config);
        server.open();
        QSet<QString> routed;
        for (const auto &[method, pattern] : server.router().routes())
            routed.insert(QString::fromLatin1(method) + QLatin1Char(' ') + pattern);

        QCOMPARE(documented - routed, QSet<QString>());
        QCOMPARE(routed - documented, QSet<QString>());
        QVERIFY(routed.size() >= 20);
    }

    void everyDocumentedOperationAnswers()
    {
        ApiClient api(m_server);
        const QJsonObject paths =
            QJsonDocument::fromJson(api.get(QStringLiteral("/api/v1/openapi.json")).body)
                .object()
                .value("paths")
                .toObject();
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            if (it.key() == QLatin1String("/api/v1/stream"))
                continue;
            QString path = it.key();
            path.replace(QLatin1String("{id}"), QLatin1String("1"));
            static const QStringList httpMethods{"get",     "put",  "post",  "delete",
                                                 "options", "head", "patch", "trace"};
            for (const QString &method : it.value().toObject().keys()) {
                if (!httpMethods.contains(method)) // path-level "parameters", "summary"…
                    continue;
                const QJsonObject op = it.value().toObject().value(method).toObject();
                const ApiReply reply = api.request(method.toUpper().toLatin1(), path, QByteArray("{}"),
                                                   {{"Content-Type", "application/json"}});
                // Unauthenticated: a documented route exists (never 404/405) and says why it refuses.
                QVERIFY2(
                    reply.status != 404 && reply.status != 405 && reply.status < 500,
                    qPrintable(method + QLatin1Char(' ') + path + QLatin1String(": ") + reply.describe()));
                const bool isPublic = op.contains("security") && op.value("security").toArray().isEmpty();
                if (!isPublic)
                    QVERIFY2(reply.status == 401, qPrintable(method + QLatin1Char(' ') + path));
                QVERIFY2(op.value("responses").toObject().contains(QString::number(reply.status)) ||
                             reply.status == 401 || reply.status == 422 || reply.status == 415,
                         qPrintable(method + QLatin1Char(' ') + path + QLatin1String(" answered ") +
                                    QString::number(reply.status) + QLatin1String(", not documented")));
            }
        }
    }

private:
    TestServer m_server;
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
