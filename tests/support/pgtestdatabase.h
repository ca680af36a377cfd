#pragma once

#include <QString>
#include <QUrl>

namespace tierdesk::test {

// A fresh PostgreSQL database "tierdesk_test_<random>" on the test cluster, created through the QPSQL driver
// on the cluster's maintenance database and dropped (WITH (FORCE)) by drop() or the destructor.
//
// The cluster comes from the environment: TIERDESK_TEST_PG_URL if set, else the TIERDESK_TEST_PG_URL line of
// the file named by TIERDESK_TEST_PG_ENV (written by tests/support/pg-fixture.sh start).
class PgTestDatabase
{
public:
    PgTestDatabase() = default;
    ~PgTestDatabase();
    PgTestDatabase(const PgTestDatabase &) = delete;
    PgTestDatabase &operator=(const PgTestDatabase &) = delete;

    bool create(QString *error); // false with *error set
    bool drop(QString *error);   // true if there was nothing to drop
    bool isCreated() const { return !m_name.isEmpty(); }
    QString name() const { return m_name; }
    QString url() const; // postgresql://tierdesk@127.0.0.1:PORT/tierdesk_test_xxx

    // The maintenance URL (…/postgres) of the test cluster; empty with *error set when not configured.
    static QString clusterUrl(QString *error);
    // Runs one statement on the database named by url (any postgresql:// URL the server accepts).
    static bool execute(const QString &url, const QString &sql, QString *error);

private:
    QUrl m_clusterUrl;
    QString m_name;
};

} // namespace tierdesk::test
