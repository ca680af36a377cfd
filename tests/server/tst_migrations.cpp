// The schema's migration runner on a real database (SQLite, or PostgreSQL with TIERDESK_TEST_DB=pg): every
// module recorded on a fresh database, a database of the layout before modules (one schema_migrations list)
// opened with its data, and the runner's refusals.

#include "support/pgtestdatabase.h"
#include "support/testserver.h"

#include "server/resources/tickets/ticketrepository.h"
#include "server/server.h"
#include "server/storage/database.h"
#include "server/storage/schemamigrator.h"
#include "server/storage/transaction.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace tierdesk;
using namespace tierdesk::test;

namespace {

QMap<QString, QList<int>> recordedVersions(Database &db)
{
    QMap<QString, QList<int>> out;
    Transaction tx(db, Transaction::Mode::Read);
    Statement st =
        db.prepare(QStringLiteral("SELECT module, version FROM schema_versions ORDER BY module, version"));
    st.exec();
    while (st.next())
        out[st.text(0)].append(int(st.int64(1)));
    return out;
}

bool tableExists(Database &db, const QString &name)
{
    Statement st =
        db.prepare(db.isPostgres() ? QStringLiteral("SELECT 1 FROM information_schema.tables WHERE"
                                                    " table_schema = current_schema() AND table_name = ?")
                                   : QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table'"
                                                    " AND name = ?"));
    st.bind(name).exec();
    return st.next();
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_config = ServerConfig{};
        m_config.dataDir = m_dir.path() + QStringLiteral("/") + QString::number(++m_round);
        if (TestServer::usesPostgres()) {
            m_pg = std::make_unique<PgTestDatabase>();
            QString error;
            QVERIFY2(m_pg->create(&error), qPrintable(error));
            const std::optional<DatabaseConfig> db = DatabaseConfig::fromPostgresUrl(m_pg->url(), &error);
            QVERIFY2(db, qPrintable(error));
            m_config.database = *db;
        }
    }
    void cleanup() { m_pg.reset(); }

    void freshDatabaseRecordsEveryModule()
    {
        Server server(m_config);
        server.open();
        const QMap<QString, QList<int>> versions = recordedVersions(server.database());
        QCOMPARE(versions.value("core"), (QList<int>{1, 2}));
        for (const char *module : {"incidents", "notifications", "tickets", "attachments", "articles"})
            QVERIFY2(versions.value(QLatin1String(module)) == QList<int>{1}, module);
        QVERIFY(!tableExists(server.database(), QStringLiteral("schema_migrations")));

        // Opening again applies nothing and changes nothing.
        Server again(m_config);
        again.open();
        QCOMPARE(recordedVersions(again.database()), versions);
    }

    void databaseFromBeforeModulesOpensWithItsData()
    {
        qint64 ticketId = 0;
        {
            // Build the old layout in SQL: today's schema of server version 1 is exactly what that version
            // created, so take a fresh database back to it — drop what came later and put the single list
            // back — then fill it as the old server did.
            Server server(m_config);
            server.open();
            Database &db = server.database();
            Transaction tx(db, Transaction::Mode::Write);
            for (const char *sql : {
                     "DROP TABLE notifications",
                     "ALTER TABLE changes DROP COLUMN recipient_id",
                     "ALTER TABLE idempotency_keys DROP COLUMN headers",
                     "DROP TABLE schema_versions",
                     "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
                     " applied_at BIGINT NOT NULL)",
                     "INSERT INTO schema_migrations (version, description, applied_at) VALUES (1, 'accounts, "
                     "tickets, messages, attachments, articles, change log, audit, idempotency', 0)",
                     "INSERT INTO users (login, name, role, lang, password_hash, created_at)"
                     " VALUES ('olga', 'Olga Old', 'customer', 'pl', 'x', 1)",
                     "INSERT INTO changes (entity, entity_id, op, data, staff_only, customer_id, created_at)"
                     " VALUES ('user', 1, 'upsert', '{}', 0, NULL, 1)",
                 })
                db.execute(QString::fromLatin1(sql));
            Statement user = db.prepare(QStringLiteral("SELECT id FROM users WHERE login = 'olga'"));
            user.exec();
            QVERIFY(user.next());
            const qint64 olga = user.int64(0);
            ticketId =
                db
                    .prepare(QStringLiteral(
                        "INSERT INTO tickets (number, subject, status, severity, priority, requester_id,"
                        " tier, created_at, updated_at, sla_due_at) VALUES (5000, 'Old ticket', 'open',"
                        " 2, 3, ?, 1, 10, 20, 30) RETURNING id"))
                    .bind(olga)
                    .execReturningId();
            tx.commit();
            QVERIFY(!tableExists(db, QStringLiteral("schema_versions")));
        }

        Server server(m_config);
        server.open();
        Database &db = server.database();
        const QMap<QString, QList<int>> versions = recordedVersions(db);
        QCOMPARE(versions.value("core"), (QList<int>{1, 2}));
        for (const char *module : {"incidents", "notifications", "tickets", "attachments", "articles"})
            QVERIFY2(versions.value(QLatin1String(module)) == QList<int>{1}, module);
        QVERIFY(!tableExists(db, QStringLiteral("schema_migrations")));
        QVERIFY(tableExists(db, QStringLiteral("notifications")));

        // The old rows are all there and readable through today's code.
        const std::optional<Ticket> ticket = server.tickets().ticketById(ticketId);
        QVERIFY(ticket);
        QCOMPARE(ticket->subject, QStringLiteral("Old ticket"));
        QVERIFY(ticket->status == TicketStatus::Open);
        QCOMPARE(ticket->number, qint64(5000));
        QVERIFY(ticket->collaboratorIds.isEmpty());
        QVERIFY(!server.seedDemoIfEmpty()); // it has users: not empty
        Transaction tx(db, Transaction::Mode::Read);
        Statement st = db.prepare(QStringLiteral("SELECT COUNT(*), COUNT(recipient_id) FROM changes"));
        st.exec();
        QVERIFY(st.next());
        QCOMPARE(st.int64(0), qint64(1));
        QCOMPARE(st.int64(1), qint64(0));
        Statement keys = db.prepare(QStringLiteral("SELECT COUNT(headers) FROM idempotency_keys"));
        keys.exec();
        QVERIFY(keys.next());
    }

    void versionsOutOfOrderAreRefused()
    {
        Database db(storage());
        const MigrationModule gap{
            QStringLiteral("gappy"),
            {{1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE gappy_a (id INTEGER)")}, {}, {}, 0},
             {3, QStringLiteral("three"), {QStringLiteral("CREATE TABLE gappy_b (id INTEGER)")}, {}, {}, 0}}};
        QVERIFY_THROWS_EXCEPTION(DatabaseError, SchemaMigrator::migrate(db, {gap}));
        // What came before the gap was applied; the step after it was not.
        QCOMPARE(recordedVersions(db).value("gappy"), QList<int>{1});
        QVERIFY(!tableExists(db, QStringLiteral("gappy_b")));
    }

    void aFailingStepChangesNothingAndSaysWhere()
    {
        Database db(storage());
        const MigrationModule broken{
            QStringLiteral("broken"),
            {{1, QStringLiteral("fine"), {QStringLiteral("CREATE TABLE broken_a (id INTEGER)")}, {}, {}, 0},
             {2,
              QStringLiteral("half"),
              {QStringLiteral("CREATE TABLE broken_b (id INTEGER)"),
               QStringLiteral("CREATE TABLE nonsense (")},
              {},
              {},
              0}}};
        try {
            SchemaMigrator::migrate(db, {broken});
            QFAIL("a broken migration was accepted");
        } catch (const DatabaseError &e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(QLatin1String("broken")) &&
                         message.contains(QLatin1String("version 2")),
                     qPrintable(message));
        }
        QCOMPARE(recordedVersions(db).value("broken"), QList<int>{1});
        QVERIFY(tableExists(db, QStringLiteral("broken_a")));
        QVERIFY2(!tableExists(db, QStringLiteral("broken_b")), "half a migration was left behind");
    }

private:
    DatabaseConfig storage()
    {
        if (m_config.database.backend == DatabaseConfig::Backend::Postgres)
            return m_config.database;
        QDir().mkpath(m_config.dataDir);
        return DatabaseConfig::sqlite(m_config.dataDir + QStringLiteral("/scratch.sqlite"));
    }

    QTemporaryDir m_dir;
    int m_round = 0;
    ServerConfig m_config;
    std::unique_ptr<PgTestDatabase> m_pg;
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
