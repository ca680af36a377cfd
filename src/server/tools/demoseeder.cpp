#include "server/tools/demoseeder.h"

#include "server/auth/passwordhasher.h"
#include "server/resources/articles/articlerepository.h"
#include "server/resources/domainerror.h"
#include "server/resources/incidents/incidentrepository.h"
#include "server/resources/notifications/notificationsresource.h"
#include "server/resources/resourceregistry.h"
#include "server/resources/tickets/ticketrepository.h"
#include "server/resources/users/userrepository.h"
#include "server/servercontext.h"
#include "server/storage/database.h"
#include "server/storage/transaction.h"

#include "core/timestamp.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <algorithm>
#include <stdexcept>

Q_LOGGING_CATEGORY(lcDemo, "tierdesk.server.demo")

namespace tierdesk {
namespace {

constexpr double MsPerHour = 3600.0 * 1000.0;

[[noreturn]] void fail(const QString &message)
{
    throw std::runtime_error(QStringLiteral("demo data: %1").arg(message).toStdString());
}

// One object of the demo file together with where it sits ("tickets[3] 'vpn-drops'"), so that every complaint
// about it can say which entry is wrong. Accessors throw instead of defaulting: a typo in the file must show
// up as an error the first time anybody runs --demo, not as quietly missing data.
class Entry
{
public:
    Entry(const QJsonValue &value, const QString &where)
        : m_where(where)
    {
        if (!value.isObject())
            fail(QStringLiteral("%1 is not a JSON object").arg(where));
        m_object = value.toObject();
    }

    const QString &where() const { return m_where; }
    void setWhere(const QString &where) { m_where = where; }
    bool has(const char *field) const { return !value(field).isUndefined() && !value(field).isNull(); }

    QString string(const char *field) const
    {
        const QJsonValue v = value(field);
        if (!v.isString() || v.toString().isEmpty())
            fail(QStringLiteral("%1 needs a non-empty string \"%2\"").arg(m_where, QLatin1String(field)));
        return v.toString();
    }

    // Absent and null both mean "none".
    QString optionalString(const char *field) const { return has(field) ? string(field) : QString(); }

    int integer(const char *field, int min, int max) const
    {
        const QJsonValue v = value(field);
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(int(d)) || d < min || d > max)
            fail(QStringLiteral("%1 needs \"%2\" to be a whole number from %3 to %4")
                     .arg(m_where, QLatin1String(field))
                     .arg(min)
                     .arg(max));
        return int(d);
    }

    std::optional<int> optionalInteger(const char *field, int min, int max) const
    {
        return has(field) ? std::optional<int>(integer(field, min, max)) : std::nullopt;
    }

    // "…_hours_ago" fields: not negative, as nothing in the demo happens in the future.
    double hoursAgo(const char *field) const
    {
        const QJsonValue v = value(field);
        if (!v.isDouble() || v.toDouble() < 0)
            fail(QStringLiteral("%1 needs \"%2\" to be a number of hours ≥ 0")
                     .arg(m_where, QLatin1String(field)));
        return v.toDouble();
    }

    QStringList strings(const char *field) const
    {
        QStringList list;
        const QJsonArray array = this->array(field);
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString() || array.at(i).toString().isEmpty())
                fail(QStringLiteral("%1: \"%2\"[%3] is not a non-empty string")
                         .arg(m_where, QLatin1String(field))
                         .arg(i));
            list.append(array.at(i).toString());
        }
        return list;
    }

    // Absent and null both mean an empty list.
    QJsonArray array(const char *field) const
    {
        const QJsonValue v = value(field);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(QStringLiteral("%1 needs \"%2\" to be an array").arg(m_where, QLatin1String(field)));
        return v.toArray();
    }

private:
    QJsonValue value(const char *field) const { return m_object.value(QLatin1String(field)); }

    QJsonObject m_object;
    QString m_where;
};

// The entries of one top-level section; each is named by its index and, once known, by its key.
QList<Entry> section(const QJsonObject &root, const char *name)
{
    const QJsonValue v = root.value(QLatin1String(name));
    if (v.isUndefined())
        return {};
    if (!v.isArray())
        fail(QStringLiteral("\"%1\" is not an array").arg(QLatin1String(name)));
    QList<Entry> entries;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i)
        entries.append(Entry(array.at(i), QStringLiteral("%1[%2]").arg(QLatin1String(name)).arg(i)));
    return entries;
}

// Keys, logins and the like: what one entry of the file calls another by.
template<typename T> class KeyMap
{
public:
    explicit KeyMap(const char *kind)
        : m_kind(QLatin1String(kind))
    {}

    void insert(const QString &key, const T &value, const Entry &entry)
    {
        if (m_map.contains(key))
            fail(QStringLiteral("%1 defines %2 '%3' a second time").arg(entry.where(), m_kind, key));
        m_map.insert(key, value);
    }

    T resolve(const QString &key, const Entry &from) const
    {
        const auto it = m_map.constFind(key);
        if (it == m_map.constEnd())
            fail(QStringLiteral("%1 refers to unknown %2 '%3'").arg(from.where(), m_kind, key));
        return *it;
    }

private:
    QString m_kind;
    QHash<QString, T> m_map;
};

// One run of the seeder: the key maps grow section by section, so a reference can only point backwards in
// the file's order (organisations, groups, users, incidents, tickets, articles), which is also the order in
// which the rows must exist.
class DemoImport
{
public:
    DemoImport(ServerContext &context, TicketRepository &tickets, ArticleRepository &articles,
               IncidentRepository &incidents, QString passwordHash)
        : m_context(context)
        , m_tickets(tickets)
        , m_articles(articles)
        , m_incidents(incidents)
        , m_passwordHash(std::move(passwordHash))
        , m_now(Timestamp::nowMs())
    {}

    void run(const QJsonObject &root)
    {
        try {
            importOrganisations(section(root, "organisations"));
            importGroups(section(root, "groups"));
            importUsers(section(root, "users"));
            importIncidents(section(root, "incidents"));
            importTickets(section(root, "tickets"));
            importArticles(section(root, "articles"));
        } catch (const DomainError &error) {
            // A repository refused an entry (a taken login, a requester who is not a customer, …): its
            // message is made for API clients, so say which entry of the file it is about.
            fail(QStringLiteral("%1 was refused: %2")
                     .arg(m_current ? m_current->where() : QStringLiteral("an entry"), error.message()));
        }
    }

    QString summary() const
    {
        return QStringLiteral("%1 users, %2 groups, %3 incidents, %4 tickets with %5 messages, %6 articles")
            .arg(m_userCount)
            .arg(m_groupCount)
            .arg(m_incidentCount)
            .arg(m_ticketCount)
            .arg(m_messageCount)
            .arg(m_articleCount);
    }

private:
    qint64 at(double hoursAgo) const { return m_now - qRound64(hoursAgo * MsPerHour); }

    static void nameByKey(Entry &entry, const QString &key)
    {
        entry.setWhere(QStringLiteral("%1 '%2'").arg(entry.where(), key));
    }

    void importOrganisations(QList<Entry> entries)
    {
        for (Entry &e : entries) {
            m_current = &e;
            const QString key = e.string("key");
            nameByKey(e, key);
            const QString name = e.string("name");
            // UserRepository::NewUser names its organisation; creating it here keeps organisations that no
            // demo user belongs to (yet) and the file's order of ids.
            m_context.users.organisationId(name);
            m_organisations.insert(key, name, e);
        }
    }

    void importGroups(QList<Entry> entries)
    {
        for (Entry &e : entries) {
            m_current = &e;
            const QString key = e.string("key");
            nameByKey(e, key);
            const Group group =
                m_context.users.createGroup(e.string("name"), e.integer("tier", MinTier, MaxTier));
            m_groups.insert(key, group.id, e);
            ++m_groupCount;
        }
    }

    void importUsers(QList<Entry> entries)
    {
        for (Entry &e : entries) {
            m_current = &e;
            UserRepository::NewUser n;
            n.login = e.string("login");
            nameByKey(e, n.login);
            n.name = e.optionalString("name");
            const QString role = e.string("role");
            const auto parsedRole = roleFromString(role);
            if (!parsedRole)
                fail(QStringLiteral("%1 has unknown role '%2'").arg(e.where(), role));
            n.role = *parsedRole;
            n.tier = e.optionalInteger("tier", MinTier, MaxTier);
            if (e.has("importance")) {
                const QString importance = e.string("importance");
                n.importance = importanceFromString(importance);
                if (!n.importance)
                    fail(QStringLiteral("%1 has unknown importance '%2'").arg(e.where(), importance));
            } else if (n.role == Role::Customer) {
                n.importance = Importance::Standard;
            }
            if (e.has("organisation"))
                n.organisation = m_organisations.resolve(e.string("organisation"), e);
            if (e.has("lang"))
                n.lang = e.string("lang");
            for (const QString &group : e.strings("groups"))
                n.groupIds.append(m_groups.resolve(group, e));
            n.passwordHash = m_passwordHash;
            const User user = m_context.users.createUser(n);
            m_users.insert(user.login, user.id, e);
            ++m_userCount;
        }
    }

    void importIncidents(QList<Entry> entries)
    {
        for (Entry &e : entries) {
            m_current = &e;
            const QString key = e.string("key");
            nameByKey(e, key);
            const QString status = e.string("status");
            if (status != QLatin1String("open") && status != QLatin1String("resolved"))
                fail(QStringLiteral("%1 has unknown status '%2' (open or resolved)").arg(e.where(), status));
            const Incident incident = m_incidents.create(e.string("title"), e.optionalString("description"),
                                                         at(e.hoursAgo("started_hours_ago")));
            // IncidentRepository cannot resolve an incident yet, so a "resolved" demo incident stays open;
            // the log says so rather than the demo pretending otherwise.
            if (status == QLatin1String("resolved"))
                qCWarning(lcDemo) << e.where() << "stays open: IncidentRepository has no way to resolve it";
            m_incidentIds.insert(key, incident.id, e);
            ++m_incidentCount;
        }
    }

    void importTickets(QList<Entry> entries)
    {
        for (Entry &e : entries) {
            m_current = &e;
            const QString key = e.string("key");
            nameByKey(e, key);
            TicketRepository::NewTicket n;
            n.subject = e.string("subject");
            n.severity = e.integer("severity", MinSeverity, MaxSeverity);
            n.requesterId = m_users.resolve(e.string("requester"), e);
            if (e.has("owner"))
                n.ownerId = m_users.resolve(e.string("owner"), e);
            if (e.has("group"))
                n.groupId = m_groups.resolve(e.string("group"), e);
            n.tier = e.integer("tier", MinTier, MaxTier);
            const QString status = e.string("status");
            const auto parsedStatus = ticketStatusFromString(status);
            if (!parsedStatus)
                fail(QStringLiteral("%1 has unknown status '%2'").arg(e.where(), status));
            n.status = *parsedStatus;
            for (const QString &login : e.strings("collaborators"))
                n.collaboratorIds.append(m_users.resolve(login, e));
            n.errorCodes = e.strings("error_codes");
            n.tags = e.strings("tags");
            if (e.has("incident"))
                n.incidentId = m_incidentIds.resolve(e.string("incident"), e);
            const double createdHoursAgo = e.hoursAgo("created_hours_ago");
            const double updatedHoursAgo = e.hoursAgo("updated_hours_ago");
            if (updatedHoursAgo > createdHoursAgo)
                fail(QStringLiteral("%1 is updated before it is created").arg(e.where()));
            n.createdAt = at(createdHoursAgo);
            n.updatedAt = at(updatedHoursAgo);

            // Check all messages before writing any, so the error names the message and not a half ticket.
            struct DemoMessage
            {
                qint64 authorId;
                MessageKind kind;
                QString body;
                double hoursAgo;
            };
            QList<DemoMessage> messages;
            const QJsonArray messageArray = e.array("messages");
            for (qsizetype i = 0; i < messageArray.size(); ++i) {
                const Entry m(messageArray.at(i), QStringLiteral("%1 messages[%2]").arg(e.where()).arg(i));
                const QString kind = m.string("kind");
                const auto parsedKind = messageKindFromString(kind);
                if (!parsedKind)
                    fail(
                        QStringLiteral("%1 has unknown kind '%2' (public or internal)").arg(m.where(), kind));
                const double hoursAgo = m.hoursAgo("hours_ago");
                if (hoursAgo > createdHoursAgo)
                    fail(QStringLiteral("%1 is older than its ticket").arg(m.where()));
                messages.append(
                    {m_users.resolve(m.string("author"), m), *parsedKind, m.string("body"), hoursAgo});
            }
            // The repository derives first response and customer activity from the order of the messages.
            std::stable_sort(
                messages.begin(), messages.end(),
                [](const DemoMessage &a, const DemoMessage &b) { return a.hoursAgo > b.hoursAgo; });

            // A description the customer opened the ticket with is part of creating it, as with POST
            // /tickets: it neither bumps the version nor reopens a ticket that is to wait on the customer.
            std::optional<TicketRepository::InitialMessage> opening;
            if (!messages.isEmpty() && messages.constFirst().authorId == n.requesterId &&
                messages.constFirst().kind == MessageKind::Public &&
                messages.constFirst().hoursAgo == createdHoursAgo) {
                opening = TicketRepository::InitialMessage{messages.takeFirst().body, {}};
                ++m_messageCount;
            }
            const Ticket ticket = m_tickets.create(n, n.requesterId, opening);
            for (const DemoMessage &m : std::as_const(messages)) {
                m_tickets.addMessage(ticket.id, m.authorId, m.kind, m.body, {}, at(m.hoursAgo));
                ++m_messageCount;
            }
            // A later message may have moved the ticket on (a customer's reply reopens a ticket that waited
            // on them or was resolved); the file says where the ticket ends up, so put it there, as its owner
            // would.
            const std::optional<Ticket> after = m_tickets.ticketById(ticket.id);
            if (after && after->status != n.status) {
                TicketPatch patch;
                patch.status = n.status;
                m_tickets.update(ticket.id, patch, n.ownerId.value_or(n.requesterId), after->version);
                qCDebug(lcDemo).noquote() << e.where() << "set back to" << toString(n.status) << "from"
                                          << toString(after->status) << "after its messages";
            }
            m_ticketKeys.insert(key, ticket.id, e);
            ++m_ticketCount;
        }
    }

    void importArticles(QList<Entry> entries)
    {
        for (Entry &e : entries) {
            m_current = &e;
            Article a;
            a.title = e.string("title");
            e.setWhere(QStringLiteral("%1 '%2'").arg(e.where(), a.title));
            a.body = e.string("body");
            a.lang = e.string("lang");
            a.category = e.string("category");
            a.tags = e.strings("tags");
            a.errorCodes = e.strings("error_codes");
            a.authorId = m_users.resolve(e.string("author"), e);
            m_articles.create(a);
            ++m_articleCount;
        }
    }

    ServerContext &m_context;
    TicketRepository &m_tickets;
    ArticleRepository &m_articles;
    IncidentRepository &m_incidents;
    const QString m_passwordHash;
    const qint64 m_now;
    const Entry *m_current = nullptr; // the entry being imported, for errors raised by the repositories

    KeyMap<QString> m_organisations{"organisation"}; // key → name, as NewUser wants it
    KeyMap<qint64> m_groups{"group"};
    KeyMap<qint64> m_users{"user"};
    KeyMap<qint64> m_incidentIds{"incident"};
    KeyMap<qint64> m_ticketKeys{"ticket"}; // only to reject duplicate keys
    int m_userCount = 0;
    int m_groupCount = 0;
    int m_incidentCount = 0;
    int m_ticketCount = 0;
    int m_messageCount = 0;
    int m_articleCount = 0;
};

bool hasUsers(Database &db)
{
    Statement st = db.prepare(QStringLiteral("SELECT 1 FROM users LIMIT 1"));
    st.exec();
    return st.next();
}

} // namespace

DemoSeeder::DemoSeeder(ServerContext &context, TicketRepository &tickets, ArticleRepository &articles,
                       IncidentRepository &incidents)
    : m_context(context)
    , m_tickets(tickets)
    , m_articles(articles)
    , m_incidents(incidents)
{}

bool DemoSeeder::seedIfEmpty()
{
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read %1: %2").arg(resourcePath(), file.errorString()));
    return seedIfEmpty(file.readAll());
}

bool DemoSeeder::seedIfEmpty(const QByteArray &demoJson)
{
    // Cheap check first, so that restarting a seeded server with --demo costs no password hashing.
    if (hasUsers(m_context.db))
        return false;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(demoJson, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        fail(QStringLiteral("invalid JSON at offset %1: %2")
                 .arg(parseError.offset)
                 .arg(parseError.errorString()));
    if (!document.isObject())
        fail(QStringLiteral("the top level is not a JSON object"));

    QElapsedTimer timer;
    timer.start();
    // Argon2id is slow on purpose (tens of milliseconds and 64 MiB); every demo account shares one hash of
    // "demo" instead of paying that per user. Done before the write lock is taken, so it blocks nobody.
    const QString passwordHash = PasswordHasher::hash(QStringLiteral("demo"));

    Transaction tx(m_context.db, Transaction::Mode::Write);
    // Another server instance on the same PostgreSQL database may have seeded since the check above.
    if (hasUsers(m_context.db))
        return false;
    DemoImport import(m_context, m_tickets, m_articles, m_incidents, passwordHash);
    import.run(document.object());
    // The demo's replies and assignments happened over past days: only the last day's are still news.
    const int read = m_context.resources.find<NotificationsResource>().repository().markReadBefore(
        Timestamp::nowMs() - 24LL * 3600 * 1000);
    qCDebug(lcDemo) << read << "notifications of the demo's history marked read";
    tx.commit();
    qCInfo(lcDemo).noquote() << "seeded the demo data:" << import.summary() << "in" << timer.elapsed()
                             << "ms";
    return true;
}

} // namespace tierdesk
