#include "preparedstatements.h"

#include <QSqlError>
#include <stdexcept>

namespace tierdesk {

void PreparedStatements::setConnection(const QString &connectionName)
{
    clear();
    m_connectionName = connectionName;
}

void PreparedStatements::clear()
{
    m_statements.clear();
    m_connectionName.clear();
}

QSqlDatabase PreparedStatements::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery &PreparedStatements::query(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_shared<QSqlQuery>(database());
        if (!q->prepare(sql))
            throw std::runtime_error(("prepare failed: " + sql + ": " + q->lastError().text()).toStdString());
        it = m_statements.insert(sql, q);
    }
    return **it;
}

void PreparedStatements::exec(QSqlQuery &q)
{
    if (!q.exec())
        throw std::runtime_error(
            ("query failed: " + q.lastQuery() + ": " + q.lastError().text()).toStdString());
}

} // namespace tierdesk
