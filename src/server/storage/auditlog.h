#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace tierdesk {

class Database;

// One changed field of a ticket: who changed it, when, and the value before and after as text (JSON text for
// lists, null when the field was or became empty).
struct AuditEntry
{
    qint64 id = 0;
    qint64 ticketId = 0;
    qint64 actorId = 0;
    QString field;
    std::optional<QString> oldValue;
    std::optional<QString> newValue;
    qint64 at = 0;

    // {"id","ticket_id","actor_id","field","old","new","at"}
    QJsonObject toJson() const;
};

// The per-field history of tickets (table ticket_audit). Append-only: nothing here edits or deletes a row, so
// the history can be trusted when someone asks who escalated, reassigned or closed a ticket.
class AuditLog
{
public:
    explicit AuditLog(Database &db);

    // Must run inside the write transaction that changes the ticket, so the history and the row commit
    // together.
    void record(qint64 ticketId, qint64 actorId, const QString &field, const std::optional<QString> &oldValue,
                const std::optional<QString> &newValue, qint64 at);
    // Oldest first.
    QList<AuditEntry> entries(qint64 ticketId);

private:
    Database &m_db;
};

} // namespace tierdesk
