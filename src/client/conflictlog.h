#pragma once

#include "outboxentry.h"

#include <QJsonObject>
#include <QList>

namespace tierdesk {

class PreparedStatements;

// What the outbox could not settle by itself, as the UI lists it: the conflicts waiting for a person (table
// conflicts, one per parked outbox entry) and the log of edits the server refused for good (table
// rejections). Read-only: LocalStore's park() and reject() write both inside the outbox's own transactions,
// which stay with the outbox.
class ConflictLog
{
public:
    explicit ConflictLog(PreparedStatements &statements);

    QList<Conflict> conflicts(); // by outbox entry
    // Oldest first: {"kind", "entity_id", "payload", "reason", "at" (ISO time)}.
    QList<QJsonObject> rejections();

private:
    PreparedStatements &m_statements;
};

} // namespace tierdesk
