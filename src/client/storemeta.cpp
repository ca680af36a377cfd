#include "storemeta.h"

#include "preparedstatements.h"

namespace tierdesk {

QString StoreMeta::value(const QString &key, const QString &fallback)
{
    QSqlQuery &q = m_statements.query(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.bindValue(0, key);
    PreparedStatements::exec(q);
    const QString v = q.next() ? q.value(0).toString() : fallback;
    q.finish();
    return v;
}

void StoreMeta::setValue(const QString &key, const QString &value)
{
    QSqlQuery &q =
        m_statements.query(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                          " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bindValue(0, key);
    q.bindValue(1, value);
    PreparedStatements::exec(q);
}

} // namespace tierdesk
