#pragma once

#include "core/incident.h"

#include <QList>
#include <optional>

namespace tierdesk {

class ChangeLog;
class Database;

// Known problems (outages) that many tickets link to. Writes need a write Transaction.
class IncidentRepository
{
public:
    IncidentRepository(Database &db, ChangeLog &changes);

    std::optional<Incident> incidentById(qint64 id);
    QList<Incident> incidents();
    // createdAt defaults to now.
    Incident create(const QString &title, const QString &description,
                    std::optional<qint64> createdAt = std::nullopt);

private:
    Database &m_db;
    ChangeLog &m_changes;
};

} // namespace tierdesk
