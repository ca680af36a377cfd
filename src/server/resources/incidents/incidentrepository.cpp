#include "server/resources/incidents/incidentrepository.h"

#include "server/storage/changelog.h"
#include "server/storage/database.h"

#include "core/timestamp.h"

#include <QLoggingCategory>

namespace tierdesk {
namespace {

Q_LOGGING_CATEGORY(lcIncidents, "tierdesk.server.tickets")

const QString SelectIncident =
    QStringLiteral("SELECT id, title, description, status, created_at, resolved_at FROM incidents");

Incident readIncident(const Statement &st)
{
    Incident i;
    i.id = st.int64(0);
    i.title = st.text(1);
    i.description = st.text(2);
    i.resolved = st.text(3) == QLatin1String("resolved");
    i.createdAt = st.int64(4);
    i.resolvedAt = st.optionalInt64(5);
    return i;
}

} // namespace

IncidentRepository::IncidentRepository(Database &db, ChangeLog &changes)
    : m_db(db)
    , m_changes(changes)
{}

std::optional<Incident> IncidentRepository::incidentById(qint64 id)
{
    Statement st = m_db.prepare(SelectIncident + QStringLiteral(" WHERE id = ?"));
    st.bind(id).exec();
    if (!st.next())
        return std::nullopt;
    return readIncident(st);
}

QList<Incident> IncidentRepository::incidents()
{
    // Newest first: the outage people are calling about right now is the one agents look for.
    Statement st = m_db.prepare(SelectIncident + QStringLiteral(" ORDER BY created_at DESC, id DESC"));
    st.exec();
    QList<Incident> out;
    while (st.next())
        out.append(readIncident(st));
    return out;
}

Incident IncidentRepository::create(const QString &title, const QString &description,
                                    std::optional<qint64> createdAt)
{
    Incident i;
    i.title = title;
    i.description = description;
    i.createdAt = createdAt.value_or(Timestamp::nowMs());
    i.id = m_db.prepare(QStringLiteral("INSERT INTO incidents (title, description, status, created_at)"
                                       " VALUES (?, ?, 'open', ?) RETURNING id"))
               .bind(i.title)
               .bind(i.description)
               .bind(i.createdAt)
               .execReturningId();
    // Outages are public knowledge: every customer may see them, which saves them filing duplicates.
    m_changes.append(QStringLiteral("incident"), i.id, i.toJson(), ChangeAudience::everyone());
    qCInfo(lcIncidents) << "incident" << i.id << "opened:" << i.title;
    return i;
}

} // namespace tierdesk
