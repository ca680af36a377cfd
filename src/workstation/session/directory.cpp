#include "workstation/session/directory.h"

#include "client/localstore.h"
#include "core/domaintypes.h"

#include <algorithm>

namespace tierdesk {

Directory::Directory(LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(store, &LocalStore::changed, this, &Directory::onStoreChanged);
}

void Directory::reload()
{
    m_users.clear();
    m_staff.clear();
    m_groups.clear();
    m_groupList.clear();
    m_incidents.clear();
    m_incidentList.clear();
    if (!m_store->isOpen())
        return;
    for (const QJsonObject &u : m_store->users()) {
        const qint64 id = u.value(QLatin1String("id")).toInteger();
        m_users.insert(id, u);
        if (isStaff(id))
            m_staff.append(u);
    }
    const auto byName = [](const QJsonObject &a, const QJsonObject &b) {
        return QString::localeAwareCompare(a.value(QLatin1String("name")).toString(),
                                           b.value(QLatin1String("name")).toString()) < 0;
    };
    std::sort(m_staff.begin(), m_staff.end(), byName);
    m_groupList = m_store->groups();
    for (const QJsonObject &g : std::as_const(m_groupList))
        m_groups.insert(g.value(QLatin1String("id")).toInteger(), g);
    m_incidentList = m_store->incidents();
    for (const QJsonObject &i : std::as_const(m_incidentList))
        m_incidents.insert(i.value(QLatin1String("id")).toInteger(), i);
    emit changed();
}

void Directory::onStoreChanged(const StoreChange &change)
{
    if (change.reset || change.entities.contains(QStringLiteral("user")) ||
        change.entities.contains(QStringLiteral("group")) ||
        change.entities.contains(QStringLiteral("incident")))
        reload();
}

QString Directory::userName(qint64 id) const
{
    const QJsonObject u = m_users.value(id);
    QString name = u.value(QLatin1String("name")).toString();
    if (name.isEmpty())
        name = u.value(QLatin1String("login")).toString();
    return name.isEmpty() ? QStringLiteral("#%1").arg(id) : name;
}

bool Directory::isVip(qint64 userId) const
{
    return m_users.value(userId).value(QLatin1String("importance")).toString() == QLatin1String("vip");
}

bool Directory::isStaff(qint64 userId) const
{
    const auto role = roleFromString(m_users.value(userId).value(QLatin1String("role")).toString());
    return role && tierdesk::isStaff(*role);
}

QList<QJsonObject> Directory::staff() const
{
    return m_staff;
}

QString Directory::groupName(qint64 id) const
{
    const QString name = m_groups.value(id).value(QLatin1String("name")).toString();
    return name.isEmpty() ? QStringLiteral("#%1").arg(id) : name;
}

QString Directory::incidentTitle(qint64 id) const
{
    const QString title = m_incidents.value(id).value(QLatin1String("title")).toString();
    return title.isEmpty() ? QStringLiteral("#%1").arg(id) : title;
}

} // namespace tierdesk
