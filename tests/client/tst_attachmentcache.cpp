// AttachmentCache on a real SQLite cache file (made by LocalStore, which owns the schema). tst_localstore
// already checks the LRU order, the size bound and damaged entries through LocalStore; this checks what it
// does not: lowering the limit, bytes larger than the limit, replacing an entry, the default limit, and that
// the limit and the recency order survive closing and reopening the cache.

#include "client/attachmentcache.h"
#include "client/localstore.h"
#include "client/preparedstatements.h"
#include "support/localstoretestaccess.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace tierdesk;

namespace {

QByteArray sha(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestAttachmentCache : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        openStore();
    }

    void cleanup()
    {
        closeStore();
        m_dir.reset();
    }

    void defaultLimitUntilSet()
    {
        QCOMPARE(m_cache->limit(), AttachmentCache::DefaultLimit);
        QCOMPARE(m_cache->size(), qint64(0));
        QVERIFY(!m_cache->bytes(1).has_value());
    }

    void loweringTheLimitEvictsAtOnce()
    {
        const QByteArray a(1000, 'a'), b(1000, 'b'), c(1000, 'c');
        m_cache->insert(1, sha(a), a);
        m_cache->insert(2, sha(b), b);
        m_cache->insert(3, sha(c), c);
        QVERIFY(m_cache->bytes(1).has_value()); // 1 is now the most recently used
        QCOMPARE(m_cache->size(), qint64(3000));
        m_cache->setLimit(1500);
        QCOMPARE(m_cache->limit(), qint64(1500));
        QCOMPARE(m_cache->size(), qint64(1000));
        QCOMPARE(m_cache->bytes(1).value_or(QByteArray()), a);
        QVERIFY(!m_cache->bytes(2).has_value());
        QVERIFY(!m_cache->bytes(3).has_value());
    }

    void bytesLargerThanTheLimitAreNotKept()
    {
        m_cache->setLimit(1000);
        const QByteArray small(600, 's'), big(1001, 'b');
        m_cache->insert(1, sha(small), small);
        m_cache->insert(2, sha(big), big);
        QVERIFY(!m_cache->bytes(2).has_value());
        QCOMPARE(m_cache->bytes(1).value_or(QByteArray()), small); // nothing was evicted for it
        QCOMPARE(m_cache->size(), qint64(600));
    }

    void insertingAgainReplaces()
    {
        const QByteArray first(700, '1'), second(300, '2');
        m_cache->insert(5, sha(first), first);
        m_cache->insert(5, sha(second), second);
        QCOMPARE(m_cache->size(), qint64(300));
        QCOMPARE(m_cache->bytes(5).value_or(QByteArray()), second);
    }

    void limitAndRecencySurviveReopening()
    {
        m_cache->setLimit(2500);
        const QByteArray a(1000, 'a'), b(1000, 'b'), c(1000, 'c');
        m_cache->insert(1, sha(a), a);
        m_cache->insert(2, sha(b), b);
        QVERIFY(m_cache->bytes(1).has_value()); // 2 is now the least recently used
        closeStore();
        openStore();
        QCOMPARE(m_cache->limit(), qint64(2500));
        QCOMPARE(m_store->attachmentCacheLimit(), qint64(2500)); // LocalStore forwards to the same cache
        m_cache->insert(3, sha(c), c);
        QVERIFY(!m_cache->bytes(2).has_value());
        QVERIFY(m_cache->bytes(1).has_value());
        QVERIFY(m_cache->bytes(3).has_value());
    }

private:
    // The store creates the schema; the cache under test gets statements of its own on the same connection.
    void openStore()
    {
        m_store = std::make_unique<LocalStore>();
        QString error;
        QVERIFY2(m_store->open(m_dir->filePath("cache.sqlite"), &error), qPrintable(error));
        m_statements = std::make_unique<PreparedStatements>();
        m_statements->setConnection(LocalStoreTestAccess::database(*m_store).connectionName());
        m_cache = std::make_unique<AttachmentCache>(*m_statements);
    }

    void closeStore()
    {
        m_cache.reset();
        m_statements.reset(); // before the connection goes
        m_store.reset();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<PreparedStatements> m_statements;
    std::unique_ptr<AttachmentCache> m_cache;
};

QTEST_GUILESS_MAIN(TestAttachmentCache)
#include "tst_attachmentcache.moc"
