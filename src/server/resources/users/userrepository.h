#pragma once

#include "core/group.h"
#include "core/user.h"

#include <QList>
#include <optional>

namespace tierdesk {

class ChangeLog;
class Database;

// Accounts, organisations and groups (teams). Every write also appends to the change log.
class UserRepository
{
public:
    UserRepository(Database &db, ChangeLog &changes);

    std::optional<User> userById(qint64 id);
    std::optional<User> userByLogin(const QString &login);
    QList<User> users();
    QString passwordHash(qint64 userId);

    struct NewUser
    {
        QString login;
        QString name;
        Role role = Role::Customer;
        std::optional<int> tier;
        std::optional<Importance> importance;
        QString organisation; // created on first use
        QString lang = QStringLiteral("en");
        QString passwordHash;
        QList<qint64> groupIds;
    };
    // Must run inside a write transaction. Throws DomainError::conflict when the login is taken.
    User createUser(const NewUser &user);
    void setPasswordHash(qint64 userId, const QString &hash);

    QList<Group> groups();
    std::optional<Group> groupById(qint64 id);
    Group createGroup(const QString &name, int tier);
    void addMember(qint64 groupId, qint64 userId);
    qint64 organisationId(const QString &name); // creates it if needed

    // Publishes the current state of the user to the change feed (after any change to them).
    void publish(const User &user);

private:
    std::optional<User> readUser(const QString &where, const QVariant &value);

    Database &m_db;
    ChangeLog &m_changes;
};

} // namespace tierdesk
