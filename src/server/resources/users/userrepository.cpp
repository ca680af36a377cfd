#include "server/resources/users/userrepository.h"

#include "server/resources/domainerror.h"
#include "server/storage/changelog.h"
#include "server/storage/database.h"

#include "core/timestamp.h"

namespace tierdesk {
namespace {
const QString SelectUser = QStringLiteral(
    "SELECT u.id, u.login, u.name, u.role, u.tier, u.importance, u.organisation_id, o.name, u.lang"
    " FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id");
}

UserRepository::UserRepository(Database &db, ChangeLog &changes)
    : m_db(db)
    , m_changes(changes)
{}

std::optional<User> UserRepository::readUser(const QString &where, const QVariant &value)
{
    std::optional<User> user;
    {
        Statement st = m_db.prepare(SelectUser + QStringLiteral(" WHERE ") + where);
        st.bind(value).exec();
        if (!st.next())
            return std::nullopt;
        User u;
        u.id = st.int64(0);
        u.login = st.text(1);
        u.name = st.text(2);
        u.role = roleFromString(st.text(3)).value_or(Role::Customer);
        if (!st.value(4).isNull())
            u.tier = st.value(4).toInt();
        u.importance = importanceFromString(st.text(5));
        u.organisationId = st.optionalInt64(6);
        u.organisation = st.text(7);
        u.lang = st.text(8);
        user = u;
    }
    Statement members =
        m_db.prepare(QStringLiteral("SELECT team_id FROM team_members WHERE user_id = ? ORDER BY team_id"));
    members.bind(user->id).exec();
    while (members.next())
        user->groupIds.append(members.int64(0));
    return user;
}

std::optional<User> UserRepository::userById(qint64 id)
{
    return readUser(QStringLiteral("u.id = ?"), id);
}

std::optional<User> UserRepository::userByLogin(const QString &login)
{
    return readUser(QStringLiteral("u.login = ?"), login);
}

QList<User> UserRepository::users()
{
    QList<qint64> ids;
    {
        Statement st = m_db.prepare(QStringLiteral("SELECT id FROM users ORDER BY id"));
        st.exec();
        while (st.next())
            ids.append(st.int64(0));
    }
    QList<User> out;
    for (qint64 id : std::as_const(ids)) {
        if (auto u = userById(id))
            out.append(*u);
    }
    return out;
}

QString UserRepository::passwordHash(qint64 userId)
{
    Statement st = m_db.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    st.bind(userId).exec();
    return st.next() ? st.text(0) : QString();
}

qint64 UserRepository::organisationId(const QString &name)
{
    {
        Statement st = m_db.prepare(QStringLiteral("SELECT id FROM organisations WHERE name = ?"));
        st.bind(name).exec();
        if (st.next())
            return st.int64(0);
    }
    return m_db.prepare(QStringLiteral("INSERT INTO organisations (name) VALUES (?) RETURNING id"))
        .bind(name)
        .execReturningId();
}

User UserRepository::createUser(const NewUser &n)
{
    if (userByLogin(n.login))
        throw DomainError::conflict(QStringLiteral("conflict"),
                                    QStringLiteral("The login '%1' is taken.").arg(n.login));
    std::optional<qint64> org;
    if (!n.organisation.isEmpty())
        org = organisationId(n.organisation);
    Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO users (login, name, role, tier, importance, organisation_id, lang, password_hash,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    st.bind(n.login).bind(n.name.isEmpty() ? n.login : n.name).bind(toString(n.role));
    if (n.tier)
        st.bind(*n.tier);
    else
        st.bindNullInt();
    st.bind(n.importance ? QVariant(toString(*n.importance)) : QVariant(QMetaType::fromType<QString>()));
    st.bindOptional(org).bind(n.lang).bind(n.passwordHash).bind(Timestamp::nowMs());
    const qint64 id = st.execReturningId();
    for (qint64 group : n.groupIds)
        m_db.prepare(QStringLiteral("INSERT INTO team_members (team_id, user_id) VALUES (?, ?)"))
            .bind(group)
            .bind(id)
            .exec();
    const User user = *userById(id);
    publish(user);
    return user;
}

void UserRepository::setPasswordHash(qint64 userId, const QString &hash)
{
    m_db.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"))
        .bind(hash)
        .bind(userId)
        .exec();
    // Changing the password logs the account out everywhere.
    m_db.prepare(QStringLiteral("DELETE FROM tokens WHERE user_id = ?")).bind(userId).exec();
}

void UserRepository::publish(const User &user)
{
    // Staff records are visible to customers (they show who answered); a customer's record only to staff and
    // to that customer.
    m_changes.append(QStringLiteral("user"), user.id, user.toJson(),
                     isStaff(user.role) ? ChangeAudience::everyone()
                                        : ChangeAudience::customerAndStaff(user.id));
}

QList<Group> UserRepository::groups()
{
    QList<Group> out;
    Statement st = m_db.prepare(QStringLiteral("SELECT id, name, tier FROM teams ORDER BY tier, id"));
    st.exec();
    while (st.next())
        out.append({st.int64(0), st.text(1), int(st.int64(2))});
    return out;
}

std::optional<Group> UserRepository::groupById(qint64 id)
{
    Statement st = m_db.prepare(QStringLiteral("SELECT id, name, tier FROM teams WHERE id = ?"));
    st.bind(id).exec();
    if (!st.next())
        return std::nullopt;
    return Group{st.int64(0), st.text(1), int(st.int64(2))};
}

Group UserRepository::createGroup(const QString &name, int tier)
{
    const qint64 id =
        m_db.prepare(QStringLiteral("INSERT INTO teams (name, tier) VALUES (?, ?) RETURNING id"))
            .bind(name)
            .bind(tier)
            .execReturningId();
    const Group g{id, name, tier};
    m_changes.append(QStringLiteral("group"), id, g.toJson(), ChangeAudience::everyone());
    return g;
}

void UserRepository::addMember(qint64 groupId, qint64 userId)
{
    m_db.prepare(QStringLiteral(
                     "INSERT INTO team_members (team_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING"))
        .bind(groupId)
        .bind(userId)
        .exec();
    if (auto u = userById(userId))
        publish(*u);
}

} // namespace tierdesk
