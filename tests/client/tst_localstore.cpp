// LocalStore on a real SQLite file, without a server: migrations, feed pages with their cursor, the
// optimistic overlay of pending edits, acknowledgements that renumber offline-created records, conflicts kept
// with both versions, the attachment cache cap, and the conflict analysis.

#include "client/conflictanalyzer.h"
#include "client/localstore.h"
#include "client/storeschema.h"
#include "support/localstoretestaccess.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tierdesk;

namespace {

QJsonObject ticketJson(qint64 id, qint64 version, const QString &subject,
                       const QString &status = QStringLiteral("open"))
{
    return QJsonObject{{"id", id},
                       {"number", QStringLiteral("TD-%1").arg(1000 + id)},
                       {"subject", subject},
                       {"status", status},
                       {"severity", 3},
                       {"priority", 6},
                       {"requester_id", 7},
                       {"owner_id", 3},
                       {"group_id", 1},
                       {"tier", 1},
                       {"collaborator_ids", QJsonArray{}},
                       {"error_codes", QJsonArray{"E-1"}},
                       {"tags", QJsonArray{}},
                       {"incident_id", QJsonValue::Null},
                       {"merged_into_id", QJsonValue::Null},
                       {"created_at", "2026-11-20T10:00:00.000Z"},
                       {"updated_at", "2026-11-20T10:00:00.000Z"},
                       {"sla_due_at", "2026-11-20T18:00:00.000Z"},
                       {"version", version}};
}

FeedChange change(qint64 seq, const QString &entity, const QJsonObject &data)
{
    FeedChange c;
    c.seq = seq;
    c.entity = entity;
    c.id = data.value("id").toInteger();
    c.data = data;
    return c;
}

// Tickets the full-text table finds for `text` (a phrase).
qint64 searchHits(LocalStore &store, const QString &text)
{
    QSqlQuery q(LocalStoreTestAccess::database(store));
    q.prepare("SELECT COUNT(*) FROM tickets_search WHERE tickets_search MATCH ?");
    q.addBindValue(QString('"' + text + '"'));
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestLocalStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<LocalStore>();
        QString error;
        QVERIFY2(m_store->open(m_dir->filePath("cache.sqlite"), &error), qPrintable(error));
        m_store->setCurrentUser(QJsonObject{{"id", 3}, {"login", "agent1"}, {"role", "agent"}});
    }

    void migratesAndReopens()
    {
        QCOMPARE(m_store->schemaVersion(), storeschema::version());
        m_store->applyPage({change(1, "ticket", ticketJson(1, 1, "Printer"))}, 1, true);
        m_store->close();
        LocalStore again;
        QVERIFY(again.open(m_dir->filePath("cache.sqlite")));
        QCOMPARE(again.schemaVersion(), storeschema::version());
        QCOMPARE(again.cursor(), 1);
        QVERIFY(again.firstSyncDone());
        QCOMPARE(again.ticket(1)->value("subject").toString(), QStringLiteral("Printer"));
        QSqlQuery q(LocalStoreTestAccess::database(again));
        QVERIFY(q.exec("PRAGMA journal_mode"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    // A first sync runs without the views' indexes and builds them at its end; one cut off by a crash builds
    // them when it completes after the restart. Either way a synced cache has every index and uses it.
    void firstSyncEndsWithAllIndexes_data()
    {
        QTest::addColumn<bool>("reopenHalfway");
        QTest::newRow("straight through") << false;
        QTest::newRow("reopened halfway") << true;
    }

    void firstSyncEndsWithAllIndexes()
    {
        QFETCH(bool, reopenHalfway);
        QStringList expected;
        for (const QString &create : storeschema::secondaryIndexes())
            expected << storeschema::indexName(create);
        expected.sort();
        QVERIFY(expected.contains("tickets_owner_name") && expected.contains("messages_ticket"));
        const auto indexes = [](LocalStore &store) {
            QSqlQuery q(LocalStoreTestAccess::database(store));
            q.exec("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'"
                   " AND tbl_name IN ('tickets', 'messages') ORDER BY name");
            QStringList names;
            while (q.next())
                names << q.value(0).toString();
            return names;
        };
        QCOMPARE(indexes(*m_store), expected); // a fresh cache
        m_store->applyPage({change(1, "ticket", ticketJson(1, 1, "A"))}, 1, false);
        if (reopenHalfway) {
            m_store = std::make_unique<LocalStore>();
            QVERIFY(m_store->open(m_dir->filePath("cache.sqlite")));
            QVERIFY(!m_store->firstSyncDone());
            m_store->applyPage({change(2, "ticket", ticketJson(2, 1, "B"))}, 2, false);
        }
        m_store->applyPage({change(3, "ticket", ticketJson(3, 1, "C"))}, 3, true);
        QCOMPARE(indexes(*m_store), expected);
        QCOMPARE(m_store->count("ticket"), reopenHalfway ? 3 : 2);
        QSqlQuery plan(LocalStoreTestAccess::database(*m_store));
        QVERIFY(plan.exec("EXPLAIN QUERY PLAN SELECT id FROM tickets WHERE owner_id = 3"));
        QVERIFY(plan.next());
        QVERIFY2(plan.value(3).toString().contains("tickets_owner_status"),
                 qPrintable(plan.value(3).toString()));
        // The search table was filled at the end (its triggers were off during the sync) and is kept again.
        QCOMPARE(searchHits(*m_store, "E-1"), m_store->count("ticket"));
        m_store->applyPage({change(4, "ticket", ticketJson(4, 1, "Scanner quokka"))}, 4, true);
        QCOMPARE(searchHits(*m_store, "quokka"), 1);
    }

    // The requester's and owner's names are kept on each ticket row (the queue sorts by them at a million
    // tickets); they follow the users: known before, learnt after, renamed, removed.
    void ticketRowsCarryTheUsersNames()
    {
        const auto user = [](qint64 id, const QString &name, const QString &login) {
            return QJsonObject{{"id", id}, {"login", login}, {"name", name}, {"role", "agent"}};
        };
        const auto names = [this](qint64 ticket) {
            QSqlQuery q(LocalStoreTestAccess::database(*m_store));
            q.exec(QString("SELECT requester_name, owner_name FROM tickets WHERE id = %1").arg(ticket));
            return q.next() ? QStringList{q.value(0).toString(), q.value(1).toString()} : QStringList{};
        };
        // A first sync: the owner before the tickets, the requester only after them.
        m_store->applyPage(
            {change(1, "user", user(3, "Ann Agent", "agent1")), change(2, "ticket", ticketJson(1, 1, "A"))},
            2, false);
        m_store->applyPage({change(3, "ticket", ticketJson(2, 1, "B")),
                            change(4, "user", user(7, "", "customer7"))}, // no display name: the login
                           4, true);
        QCOMPARE(names(1), (QStringList{"customer7", "Ann Agent"}));
        QCOMPARE(names(2), (QStringList{"customer7", "Ann Agent"}));
        QCOMPARE(m_store->count("ticket"), 2);
        // After it: a rename, then a removal.
        m_store->applyPage({change(5, "user", user(3, "Ann Smith", "agent1"))}, 5, true);
        QCOMPARE(names(1), (QStringList{"customer7", "Ann Smith"}));
        FeedChange gone;
        gone.seq = 6;
        gone.entity = "user";
        gone.id = 7;
        gone.deleted = true;
        m_store->applyPage({gone}, 6, true);
        QCOMPARE(names(2), (QStringList{QString(), "Ann Smith"}));
        // An edit of mine that hands the ticket to someone else shows their name at once.
        m_store->applyPage({change(7, "user", user(9, "Bob Builder", "agent9"))}, 7, true);
        m_store->patchTicket(1, QJsonObject{{"owner_id", 9}});
        QCOMPARE(names(1).value(1), QStringLiteral("Bob Builder"));
    }

    // A user renamed late in a first sync that a crash cuts off: the names are still set right when the sync
    // completes after the restart (what has to be refreshed is kept in the cache, not in memory).
    void lateUserChangeSurvivesARestartOfTheFirstSync()
    {
        m_store->applyPage({change(1, "ticket", ticketJson(1, 1, "A"))}, 1, false);
        m_store->applyPage(
            {change(2, "user",
                    QJsonObject{{"id", 7}, {"login", "cust7"}, {"name", "Cora"}, {"role", "customer"}})},
            2, false);
        m_store = std::make_unique<LocalStore>(); // the old one is gone as in a crash (nothing else runs)
        QVERIFY(m_store->open(m_dir->filePath("cache.sqlite")));
        m_store->applyPage({change(3, "ticket", ticketJson(2, 1, "B"))}, 3, true);
        QSqlQuery q(LocalStoreTestAccess::database(*m_store));
        // and the indexes are back right away, not at the next start
        QVERIFY(q.exec("SELECT COUNT(*) FROM sqlite_master WHERE name = 'tickets_queue_order'") && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        QVERIFY(q.exec("SELECT id, requester_name FROM tickets ORDER BY id"));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("Cora")); // stored before the user arrived
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("Cora"));
    }

    // A cache written by the previous version (schema 1, data in it) is migrated on open: names filled, the
    // old owner/requester indexes replaced, the search table built from the tickets already there.
    void migratesASchemaOneCache()
    {
        m_store->close();
        const QString path = m_dir->filePath("old.sqlite");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "schema1");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &sql : storeschema::migrations().first())
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            QVERIFY(q.exec("PRAGMA user_version = 1"));
            QVERIFY(q.exec("INSERT INTO users (id, login, name, role, json) VALUES (7, 'cust', 'Cora', "
                           "'customer', '{}')"));
            QVERIFY(q.exec("INSERT INTO tickets (id, number, subject, status, severity, priority, "
                           "requester_id, error_codes, tags, version, json) VALUES (1, 1001, 'VPN drops', "
                           "'open', 3, 6, 7, '[\"E-77\"]', '[]', 1, '{}')"));
            QVERIFY(q.exec("INSERT INTO meta (key, value) VALUES ('first_sync_done', '1'), ('cursor', '9')"));
            db.close();
        }
        QSqlDatabase::removeDatabase("schema1");
        LocalStore old;
        QString error;
        QVERIFY2(old.open(path, &error), qPrintable(error));
        QCOMPARE(old.schemaVersion(), storeschema::version());
        QSqlQuery q(LocalStoreTestAccess::database(old));
        QVERIFY(q.exec("SELECT requester_name, owner_name FROM tickets WHERE id = 1") && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Cora"));
        QVERIFY(q.value(1).isNull());
        q.finish();
        QVERIFY(q.exec("SELECT name FROM sqlite_master WHERE name IN ('tickets_owner', 'tickets_requester',"
                       " 'tickets_owner_name', 'tickets_requester_name') ORDER BY name"));
        QStringList present;
        while (q.next())
            present << q.value(0).toString();
        QCOMPARE(present, (QStringList{"tickets_owner_name", "tickets_requester_name"}));
        QCOMPARE(searchHits(old, "E-77"), 1);
        QCOMPARE(searchHits(old, "vpn"), 1);
    }

    void pageAndCursorAreOneTransaction()
    {
        m_store->applyPage({change(1, "ticket", ticketJson(1, 1, "A"))}, 1, false);
        // Make the last change of the next page fail for sure: its table is gone (a fault a healthy cache
        // cannot show otherwise). The page must roll back whole: no ticket 2, cursor unmoved.
        QSqlQuery q(LocalStoreTestAccess::database(*m_store));
        QVERIFY(q.exec("DROP TABLE groups"));
        QVERIFY_THROWS_EXCEPTION(
            std::exception,
            m_store->applyPage({change(2, "ticket", ticketJson(2, 1, "B")),
                                change(3, "group", QJsonObject{{"id", 1}, {"name", "T1"}, {"tier", 1}})},
                               3, true));
        QCOMPARE(m_store->cursor(), 1);
        QVERIFY(!m_store->ticket(2).has_value());
        QVERIFY(!m_store->firstSyncDone());
    }

    void optimisticPatchOverlaysServerState()
    {
        m_store->applyPage({change(1, "ticket", ticketJson(1, 1, "Printer jams"))}, 1, true);
        QSignalSpy outbox(m_store.get(), &LocalStore::outboxChanged);
        m_store->patchTicket(1, QJsonObject{{"status", "waiting_customer"}});
        QCOMPARE(outbox.count(), 1);
        QCOMPARE(m_store->pendingCount(), 1);
        QCOMPARE(m_store->ticket(1)->value("status").toString(), QStringLiteral("waiting_customer"));
        QCOMPARE(m_store->serverTicket(1)->value("status").toString(), QStringLiteral("open"));

        // The server's newer state (someone else changed the subject) arrives: my pending status stays on
        // top.
        m_store->applyPage({change(2, "ticket", ticketJson(1, 2, "Printer jams on tray 2"))}, 2, true);
        QCOMPARE(m_store->ticket(1)->value("subject").toString(), QStringLiteral("Printer jams on tray 2"));
        QCOMPARE(m_store->ticket(1)->value("status").toString(), QStringLiteral("waiting_customer"));

        // An older state never overwrites a newer one.
        m_store->applyPage({change(3, "ticket", ticketJson(1, 1, "Printer jams"))}, 3, true);
        QCOMPARE(m_store->serverTicket(1)->value("version").toInteger(), 2);

        // Acknowledged: the overlay is gone and the answer is the state.
        const OutboxEntry entry = *m_store->nextPushable();
        QCOMPARE(entry.baseVersion, 1);
        QJsonObject answer = ticketJson(1, 3, "Printer jams on tray 2", "waiting_customer");
        m_store->acknowledge(entry, answer);
        QCOMPARE(m_store->pendingCount(), 0);
        QCOMPARE(m_store->ticket(1)->value("status").toString(), QStringLiteral("waiting_customer"));
        QVERIFY(!m_store->ticket(1)->contains("pending"));
        // A duplicate acknowledgement changes nothing.
        m_store->acknowledge(entry, ticketJson(1, 3, "other"));
        QCOMPARE(m_store->ticket(1)->value("subject").toString(), QStringLiteral("Printer jams on tray 2"));
    }

    void laterEditsRebaseOntoEarlierAcknowledgements()
    {
        m_store->applyPage({change(1, "ticket", ticketJson(1, 4, "VPN"))}, 1, true);
        m_store->patchTicket(1, QJsonObject{{"severity", 2}});
        m_store->patchTicket(1, QJsonObject{{"severity", 1}});
        const QList<OutboxEntry> entries = m_store->outbox();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].baseVersion, 4);
        QCOMPARE(entries[1].baseVersion, 4);
        QCOMPARE(m_store->ticket(1)->value("severity").toInt(), 1); // the last edit wins locally
        QJsonObject answer = ticketJson(1, 5, "VPN");
        answer.insert("severity", 2);
        m_store->acknowledge(entries[0], answer);
        const OutboxEntry second = *m_store->nextPushable();
        QCOMPARE(second.id, entries[1].id);
        QCOMPARE(second.baseVersion, 4); // the server still checks the version it was made on…
        // …but my first edit is now part of its base, so the 412 that follows merges instead of conflicting.
        QCOMPARE(second.baseJson.value("severity").toInt(), 2);
        QCOMPARE(m_store->ticket(1)->value("severity").toInt(), 1);
    }

    void offlineCreatedTicketGetsItsRealId()
    {
        const qint64 local = m_store->createTicket(QJsonObject{{"subject", "Laptop will not boot"},
                                                               {"severity", 2},
                                                               {"requester_id", 7},
                                                               {"body", "Black screen."}});
        QVERIFY(local < 0);
        QCOMPARE(m_store->ticket(local)->value("subject").toString(), QStringLiteral("Laptop will not boot"));
        QCOMPARE(m_store->messages(local).size(), 1); // the description, pending
        const qint64 reply =
            m_store->postMessage(local, QJsonObject{{"kind", "internal"}, {"body", "Check BIOS"}});
        m_store->patchTicket(local, QJsonObject{{"tags", QJsonArray{"hardware"}}});
        QCOMPARE(m_store->pendingCount(), 3);
        QCOMPARE(m_store->messages(local).size(), 2);

        const QList<OutboxEntry> entries = m_store->outbox();
        QCOMPARE(entries[0].kind, OutboxEntry::Kind::CreateTicket);
        m_store->acknowledge(entries[0], ticketJson(42, 1, "Laptop will not boot", "new"));
        QVERIFY(!m_store->ticket(local).has_value());
        QVERIFY(m_store->ticket(42).has_value());
        QCOMPARE(m_store->ticket(42)->value("tags").toArray(),
                 QJsonArray{"hardware"}); // pending patch on top
        const QList<OutboxEntry> rest = m_store->outbox();
        QCOMPARE(rest.size(), 2);
        QCOMPARE(rest[0].kind, OutboxEntry::Kind::PostMessage);
        QCOMPARE(rest[0].entityId, 42);
        QCOMPARE(rest[1].entityId, 42);
        QCOMPARE(rest[1].baseVersion, 1);
        // The pending reply moved with the ticket; the stand-in description went (the server's comes by
        // feed).
        const QList<QJsonObject> messages = m_store->messages(42);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0].value("id").toInteger(), reply);
        m_store->acknowledge(rest[0], QJsonObject{{"id", 900},
                                                  {"ticket_id", 42},
                                                  {"author_id", 3},
                                                  {"kind", "internal"},
                                                  {"body", "Check BIOS"},
                                                  {"created_at", "2026-11-20T10:00:01.000Z"}});
        QCOMPARE(m_store->messages(42).size(), 1);
        QCOMPARE(m_store->messages(42)[0].value("id").toInteger(), 900);
        QVERIFY(!m_store->messages(42)[0].contains("pending"));
    }

    void conflictKeepsBothVersionsUntilResolved()
    {
        m_store->applyPage({change(1, "ticket", ticketJson(1, 1, "Mail"))}, 1, true);
        m_store->patchTicket(1, QJsonObject{{"subject", "Mail bounces (mine)"}});
        m_store->patchTicket(2, QJsonObject{{"subject", "another record, not blocked"}});
        const OutboxEntry entry = m_store->outbox().first();
        Conflict c;
        c.outboxId = entry.id;
        c.entity = "ticket";
        c.entityId = 1;
        c.fields = {"subject"};
        c.mine = entry.payload;
        c.theirs = ticketJson(1, 2, "Mail bounces (theirs)");
        c.base = entry.baseJson;
        m_store->park(entry, c);
        QCOMPARE(m_store->conflicts().size(), 1);
        QCOMPARE(m_store->conflicts()[0].theirs.value("subject").toString(),
                 QStringLiteral("Mail bounces (theirs)"));
        QCOMPARE(m_store->conflicts()[0].mine.value("subject").toString(),
                 QStringLiteral("Mail bounces (mine)"));
        // My version stays visible; the other record's edit is not held back by this conflict.
        QCOMPARE(m_store->ticket(1)->value("subject").toString(), QStringLiteral("Mail bounces (mine)"));
        QCOMPARE(m_store->nextPushable()->entityId, 2);

        QVERIFY(m_store->resolveConflict(entry.id, LocalStore::Resolution::Merged,
                                         QJsonObject{{"subject", "Mail bounces (merged)"}}));
        QVERIFY(m_store->conflicts().isEmpty());
        const OutboxEntry requeued = m_store->outbox().first();
        QCOMPARE(requeued.state, OutboxEntry::State::Pending);
        QCOMPARE(requeued.baseVersion, 2);
        QVERIFY(requeued.idempotencyKey != entry.idempotencyKey);
        QCOMPARE(m_store->ticket(1)->value("subject").toString(), QStringLiteral("Mail bounces (merged)"));
    }

    void keepTheirsIsLoggedNotSilent()
    {
        m_store->applyPage({change(1, "ticket", ticketJson(1, 1, "Mail"))}, 1, true);
        m_store->patchTicket(1, QJsonObject{{"subject", "mine"}});
        const OutboxEntry entry = m_store->outbox().first();
        Conflict c{entry.id,       "ticket", 1, {"subject"}, entry.payload, ticketJson(1, 2, "theirs"),
                   entry.baseJson, 0};
        m_store->park(entry, c);
        QVERIFY(m_store->resolveConflict(entry.id, LocalStore::Resolution::KeepTheirs));
        QCOMPARE(m_store->pendingCount(), 0);
        QCOMPARE(m_store->ticket(1)->value("subject").toString(), QStringLiteral("theirs"));
        QCOMPARE(m_store->rejections().size(), 1);
        QCOMPARE(m_store->rejections()[0].value("payload").toObject().value("subject").toString(),
                 QStringLiteral("mine"));
    }

    void articlesSearchOfflineWithSnippets()
    {
        m_store->applyPage({change(1, "article",
                                   QJsonObject{{"id", 1},
                                               {"title", "Outbound email deferred"},
                                               {"body", "SMTP-421 means the relay refuses new sessions."},
                                               {"lang", "en"},
                                               {"error_codes", QJsonArray{"SMTP-421"}},
                                               {"version", 1}}),
                            change(2, "article",
                                   QJsonObject{{"id", 2},
                                               {"title", "Drukarka nie drukuje"},
                                               {"body", "Sprawdź kolejkę wydruku."},
                                               {"lang", "pl"},
                                               {"error_codes", QJsonArray{}},
                                               {"version", 1}})},
                           2, true);
        const QList<QJsonObject> hits = m_store->searchArticles("relay refuses");
        QCOMPARE(hits.size(), 1);
        QVERIFY(hits[0].value("snippet").toString().contains("[refuses]"));
        QCOMPARE(m_store->searchArticles("drukark").size(), 1);      // prefix match, Polish
        QCOMPARE(m_store->searchArticles("\" OR 1=1 --").size(), 0); // input is never FTS syntax
        QCOMPARE(m_store->articlesForErrorCode("smtp-421").size(), 1);
        m_store->patchArticle(2, QJsonObject{{"title", "Drukarka nie drukuje (poprawione)"}});
        QCOMPARE(m_store->searchArticles("poprawione").size(), 1); // my pending edit is searchable at once
    }

    void attachmentCacheEvictsLeastRecentlyUsed()
    {
        m_store->setAttachmentCacheLimit(3000);
        const QByteArray a(1000, 'a'), b(1000, 'b'), c(1000, 'c'), d(1000, 'd');
        const auto sha = [](const QByteArray &x) {
            return QCryptographicHash::hash(x, QCryptographicHash::Sha256).toHex();
        };
        m_store->cacheAttachment(1, sha(a), a);
        m_store->cacheAttachment(2, sha(b), b);
        m_store->cacheAttachment(3, sha(c), c);
        QCOMPARE(m_store->cachedAttachment(1).value(), a); // 1 is now the most recently used
        m_store->cacheAttachment(4, sha(d), d);
        QVERIFY(m_store->attachmentCacheSize() <= 3000);
        QVERIFY(!m_store->cachedAttachment(2).has_value()); // the least recently used went first
        QVERIFY(m_store->cachedAttachment(1).has_value());
        QVERIFY(m_store->cachedAttachment(4).has_value());
        // A damaged entry is never handed out.
        QSqlQuery q(LocalStoreTestAccess::database(*m_store));
        QVERIFY(q.exec("UPDATE attachment_cache SET data = x'00' WHERE id = 4"));
        QVERIFY(!m_store->cachedAttachment(4).has_value());
    }

    void conflictAnalysis_data()
    {
        QTest::addColumn<QJsonObject>("base");
        QTest::addColumn<QJsonObject>("theirs");
        QTest::addColumn<QJsonObject>("mine");
        QTest::addColumn<QStringList>("conflicts");
        QTest::addColumn<QJsonObject>("rebased");
        const QJsonObject base{{"subject", "A"}, {"status", "open"}, {"tags", QJsonArray{"x"}}};
        QTest::newRow("disjoint") << base
                                  << QJsonObject{{"subject", "B"},
                                                 {"status", "open"},
                                                 {"tags", QJsonArray{"x"}}}
                                  << QJsonObject{{"status", "resolved"}} << QStringList{}
                                  << QJsonObject{{"status", "resolved"}};
        QTest::newRow("same field") << base
                                    << QJsonObject{{"subject", "B"},
                                                   {"status", "open"},
                                                   {"tags", QJsonArray{"x"}}}
                                    << QJsonObject{{"subject", "C"}} << QStringList{"subject"}
                                    << QJsonObject{};
        QTest::newRow("same value") << base
                                    << QJsonObject{{"subject", "C"},
                                                   {"status", "open"},
                                                   {"tags", QJsonArray{"x"}}}
                                    << QJsonObject{{"subject", "C"}, {"status", "new"}} << QStringList{}
                                    << QJsonObject{{"status", "new"}};
        QTest::newRow("lists are one value")
            << base << QJsonObject{{"subject", "A"}, {"status", "open"}, {"tags", QJsonArray{"x", "y"}}}
            << QJsonObject{{"tags", QJsonArray{"x", "z"}}} << QStringList{"tags"} << QJsonObject{};
    }

    void conflictAnalysis()
    {
        QFETCH(QJsonObject, base);
        QFETCH(QJsonObject, theirs);
        QFETCH(QJsonObject, mine);
        QFETCH(QStringList, conflicts);
        QFETCH(QJsonObject, rebased);
        const ConflictAnalyzer::Result r = ConflictAnalyzer::analyze(base, theirs, mine);
        QCOMPARE(r.conflictingFields, conflicts);
        if (conflicts.isEmpty())
            QCOMPARE(r.rebasedPatch, rebased);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
