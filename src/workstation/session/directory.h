#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

namespace tierdesk {

class LocalStore;
struct StoreChange;

// Names for ids: users, groups and incidents from the local cache, kept in memory (they are few next to
// tickets) and reloaded when the feed changes them.
class Directory : public QObject
{
    Q_OBJECT

public:
    explicit Directory(LocalStore *store, QObject *parent = nullptr);

    void reload();

    QJsonObject user(qint64 id) const { return m_users.value(id); }
    QString userName(qint64 id) const; // the name, else the login, else "#id"
    bool isVip(qint64 userId) const;
    bool isStaff(qint64 userId) const;
    // Staff who can own tickets (agents, supervisors, admins), by name.
    QList<QJsonObject> staff() const;
    QList<QJsonObject> groups() const { return m_groupList; }
    QString groupName(qint64 id) const;
    QList<QJsonObject> incidents() const { return m_incidentList; }
    QString incidentTitle(qint64 id) const;

signals:
    void changed();

private:
    void onStoreChanged(const StoreChange &change);

    LocalStore *m_store;
    QHash<qint64, QJsonObject> m_users;
    QList<QJsonObject> m_staff;
    QHash<qint64, QJsonObject> m_groups;
    QList<QJsonObject> m_groupList;
    QHash<qint64, QJsonObject> m_incidents;
    QList<QJsonObject> m_incidentList;
};

} // namespace tierdesk
