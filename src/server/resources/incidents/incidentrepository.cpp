#include "server/resources/incidents/incidentrepository.h"

#include "server/storage/changelog.h"
#include "server/storage/database.h"
#include "server/storage/table.h"

#include "core/timestamp.h"

#include <QLoggingCategory>

namespace tierdesk {
namespace {

Q_LOGGING_CATEGORY(lcIncidents, "tierdesk.server.incidents")

const Table<Incident> &incidentTable()
{
    using T = Table<Incident>;
    static const T table(QStringLiteral("incidents"),
                         {
                             T::key("id", &Incident::id),
                             T::field("title", &Incident::title),
                             T::field("description", &Incident::description),
                             // Stored as the API's word, so that more states than open and resolved can come
                             // without a migration.
                             T::mapped(
                                 "status",
                                 [](const Incident &i) {
                                     return i.resolved ? QStringLiteral("resolved") : QStringLiteral("open");
                                 },
                                 [](Incident &i, const QVariant &v) {
                                     i.resolved = v.toString() == QLatin1String("resolved");
                                 }),
                             T::field("created_at", &Incident::createdAt),
                             T::field("resolved_at", &Incident::resolvedAt),
                         });
    return table;
}

} // namespace

IncidentRepository::IncidentRepository(Database &db, ChangeLog &changes)
    : m_db(db)
    , m_changes(changes)
{}

std::optional<Incident> IncidentRepository::incidentById(qint64 id)
{
    Statement st = m_db.prepare(incidentTable().selectSql() + QStringLiteral(" WHERE id = ?"));
    st.bind(id).exec();
    if (!st.next())
        return std::nullopt;
    return incidentTable().read(st);
}

QList<Incident> IncidentRepository::incidents()
{
    // Newest first: the outage people are calling about right now is the one agents look for.
    Statement st =
        m_db.prepare(incidentTable().selectSql() + QStringLiteral(" ORDER BY created_at DESC, id DESC"));
    st.exec();
    QList<Incident> out;
    while (st.next())
        out.append(incidentTable().read(st));
    return out;
}

Incident IncidentRepository::create(const QString &title, const QString &description,
                                    std::optional<qint64> createdAt)
{
    Incident i;
    i.title = title;
    i.description = description;
    i.createdAt = createdAt.value_or(Timestamp::nowMs());
    i.id = incidentTable().insert(m_db, i);
    // Outages are public knowledge: every customer may see them, which saves them filing duplicates.
    m_changes.append(QStringLiteral("incident"), i.id, i.toJson(), ChangeAudience::everyone());
    qCInfo(lcIncidents) << "incident" << i.id << "opened:" << i.title;
    return i;
}

} // namespace tierdesk
