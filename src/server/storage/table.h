#pragma once

#include "server/storage/database.h"
#include "server/storage/sqlvalue.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace tierdesk {

// A table's columns written once, next to the record fields they hold: SELECT, INSERT and UPDATE are built
// from the same list, values are bound and read in its order, and the audit diff walks the same columns. So
// a new field is one line here, and an off-by-one between a column list and a bind chain cannot happen.
//
//     const Table<Incident> &incidents() {
//         static const Table<Incident> table(QStringLiteral("incidents"), {
//             Table<Incident>::key("id", &Incident::id),
//             Table<Incident>::field("title", &Incident::title), ...});
//         return table;
//     }
//     Statement st = db.prepare(incidents().selectSql() + " WHERE id = ?"); ... incidents().read(st);
template<class Record> class Table
{
public:
    struct Column
    {
        QString name;
        std::function<QVariant(const Record &)> value;
        std::function<void(Record &, const QVariant &)> assign;
        bool isKey = false;   // the generated id: not inserted, the WHERE of updates
        bool audited = false; // a field a person edits, recorded in the history when it changes
    };

    template<class T> static Column field(const char *name, T Record::*member, bool audited = false)
    {
        return {QString::fromLatin1(name), [member](const Record &r) { return sqlvalue::toSql(r.*member); },
                [member](Record &r, const QVariant &v) { sqlvalue::fromSql(v, r.*member); }, false, audited};
    }
    template<class T> static Column audited(const char *name, T Record::*member)
    {
        return field(name, member, true);
    }
    // A column whose stored form is not the field's own type's (e.g. a flag stored as a word).
    static Column mapped(const char *name, std::function<QVariant(const Record &)> value,
                         std::function<void(Record &, const QVariant &)> assign)
    {
        return {QString::fromLatin1(name), std::move(value), std::move(assign), false, false};
    }
    static Column key(const char *name, qint64 Record::*member)
    {
        Column c = field(name, member);
        c.isKey = true;
        return c;
    }

    Table(QString name, QList<Column> columns)
        : m_name(std::move(name))
        , m_columns(std::move(columns))
    {
        QStringList all, values, assignments;
        for (const Column &c : std::as_const(m_columns)) {
            all.append(c.name);
            if (c.isKey) {
                m_key = c.name;
                continue;
            }
            m_written.append(c.name);
            values.append(QStringLiteral("?"));
            assignments.append(c.name + QStringLiteral(" = ?"));
        }
        m_select = QStringLiteral("SELECT %1 FROM %2").arg(all.join(QStringLiteral(", ")), m_name);
        m_insert =
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING %4")
                .arg(m_name, m_written.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")), m_key);
        m_update = QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                       .arg(m_name, assignments.join(QStringLiteral(", ")), m_key);
    }

    const QString &name() const { return m_name; }
    // "SELECT every column FROM table": append WHERE / ORDER BY.
    const QString &selectSql() const { return m_select; }
    // The same with every column qualified by `alias` ("SELECT t.id, … FROM tickets t").
    QString selectSql(const QString &alias) const
    {
        return QStringLiteral("SELECT %1 FROM %2 %3").arg(columnList(alias), m_name, alias);
    }
    // The columns qualified by an alias ("t.id, t.subject, …"), for joins.
    QString columnList(const QString &alias) const
    {
        QStringList out;
        for (const Column &c : m_columns)
            out.append(alias + QLatin1Char('.') + c.name);
        return out.join(QStringLiteral(", "));
    }
    int columnCount() const { return int(m_columns.size()); }
    // INSERT of every column but the key, RETURNING the key; bind with bindWritten().
    const QString &insertSql() const { return m_insert; }
    // UPDATE of every column but the key, WHERE key = ? and `extraCondition` (e.g. "version = ?"); bind with
    // bindWritten(), then the key, then the condition's values.
    QString updateSql(const QString &extraCondition = {}) const
    {
        return extraCondition.isEmpty() ? m_update : m_update + QStringLiteral(" AND ") + extraCondition;
    }

    void bindWritten(Statement &st, const Record &r) const
    {
        for (const Column &c : m_columns) {
            if (!c.isKey)
                st.bind(c.value(r));
        }
    }
    // Inserts `r` and returns the new key.
    qint64 insert(Database &db, const Record &r) const
    {
        Statement st = db.prepare(insertSql());
        bindWritten(st, r);
        return st.execReturningId();
    }
    // Reads a row of selectSql() (or of columnList() starting at `first`).
    Record read(const Statement &st, int first = 0) const
    {
        Record r;
        for (int i = 0; i < m_columns.size(); ++i)
            m_columns.at(i).assign(r, st.value(first + i));
        return r;
    }

    // The audited columns whose stored value differs between two states, with both values as text (NULL as
    // nullopt), in column order.
    struct FieldChange
    {
        QString field;
        std::optional<QString> before;
        std::optional<QString> after;
    };
    QList<FieldChange> auditedChanges(const Record &before, const Record &after) const
    {
        QList<FieldChange> out;
        for (const Column &c : m_columns) {
            if (!c.audited)
                continue;
            const QVariant a = c.value(before);
            const QVariant b = c.value(after);
            const std::optional<QString> textA =
                a.isNull() ? std::nullopt : std::optional<QString>(a.toString());
            const std::optional<QString> textB =
                b.isNull() ? std::nullopt : std::optional<QString>(b.toString());
            if (textA != textB)
                out.append({c.name, textA, textB});
        }
        return out;
    }

private:
    QString m_name;
    QList<Column> m_columns;
    QString m_key;
    QStringList m_written;
    QString m_select;
    QString m_insert;
    QString m_update;
};

} // namespace tierdesk
