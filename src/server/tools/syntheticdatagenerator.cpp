#include "server/tools/syntheticdatagenerator.h"

#include "server/auth/passwordhasher.h"
#include "server/resources/tickets/ticketrepository.h"
#include "server/resources/tickets/tickettable.h"
#include "server/resources/users/userrepository.h"
#include "server/servercontext.h"
#include "server/storage/changelog.h"
#include "server/storage/database.h"
#include "server/storage/transaction.h"

#include "core/message.h"
#include "core/priorityrule.h"
#include "core/slapolicy.h"
#include "core/ticket.h"
#include "core/timestamp.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <algorithm>
#include <array>
#include <initializer_list>

Q_LOGGING_CATEGORY(lcSynthetic, "tierdesk.server.synthetic")

namespace tierdesk {
namespace {

// Any constant will do; it only has to stay the same so that runs are comparable.
constexpr quint32 Seed = 20261123;
constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;
constexpr qint64 HistoryMs = 180 * DayMs; // tickets are spread over the last half year
constexpr int SyntheticStaffCount = 9;    // only when the database has no staff at all
constexpr int OrganisationCount = 20;
constexpr qint64 TicketNumberOffset = 1000; // TicketRepository's: ticket TD-1001 has id 1

// ---- what the tickets talk about -------------------------------------------------------------------------

struct Product
{
    QString name;
    QStringList errorCodes;
    QStringList tags;
};

const QList<Product> &products()
{
    static const QList<Product> list{
        {QStringLiteral("VPN client"),
         {QStringLiteral("VPN-809"), QStringLiteral("VPN-691"), QStringLiteral("VPN-412")},
         {QStringLiteral("vpn"), QStringLiteral("network")}},
        {QStringLiteral("Mail server"),
         {QStringLiteral("SMTP-550"), QStringLiteral("SMTP-421"), QStringLiteral("IMAP-AUTHFAIL")},
         {QStringLiteral("email")}},
        {QStringLiteral("Billing portal"),
         {QStringLiteral("HTTP-500"), QStringLiteral("BILL-017"), QStringLiteral("BILL-042")},
         {QStringLiteral("billing"), QStringLiteral("web")}},
        {QStringLiteral("Mobile app"),
         {QStringLiteral("APP-CRASH-139"), QStringLiteral("HTTP-401"), QStringLiteral("PUSH-003")},
         {QStringLiteral("mobile")}},
        {QStringLiteral("Backup agent"),
         {QStringLiteral("BKP-E017"), QStringLiteral("BKP-E102"), QStringLiteral("DISK-FULL")},
         {QStringLiteral("backup")}},
        {QStringLiteral("Print service"),
         {QStringLiteral("PRN-0x0000011B"), QStringLiteral("PRN-OFFLINE")},
         {QStringLiteral("printing"), QStringLiteral("hardware")}},
        {QStringLiteral("Single sign-on"),
         {QStringLiteral("SSO-AADSTS50126"), QStringLiteral("SSO-SAML-EXPIRED"), QStringLiteral("HTTP-403")},
         {QStringLiteral("login"), QStringLiteral("sso")}},
        {QStringLiteral("File sync"),
         {QStringLiteral("SYNC-0x80070005"), QStringLiteral("SYNC-CONFLICT"), QStringLiteral("DISK-FULL")},
         {QStringLiteral("sync")}},
        {QStringLiteral("Database cluster"),
         {QStringLiteral("DB-1205"), QStringLiteral("DB-40001"), QStringLiteral("DB-CONN-REFUSED")},
         {QStringLiteral("database")}},
        {QStringLiteral("REST API"),
         {QStringLiteral("HTTP-502"), QStringLiteral("HTTP-504"), QStringLiteral("HTTP-429")},
         {QStringLiteral("api")}},
        {QStringLiteral("Web dashboard"),
         {QStringLiteral("HTTP-500"), QStringLiteral("JS-TypeError"), QStringLiteral("HTTP-404")},
         {QStringLiteral("web")}},
        {QStringLiteral("Payment gateway"),
         {QStringLiteral("PAY-DECLINED-51"), QStringLiteral("PAY-3DS-TIMEOUT"),
          QStringLiteral("TLS-HANDSHAKE-40")},
         {QStringLiteral("payments"), QStringLiteral("billing")}},
        {QStringLiteral("Video calls"),
         {QStringLiteral("RTC-ICE-FAILED"), QStringLiteral("AUDIO-DEVICE-LOST")},
         {QStringLiteral("video")}},
        {QStringLiteral("Office Wi-Fi"),
         {QStringLiteral("WIFI-8021X-FAIL"), QStringLiteral("DHCP-TIMEOUT")},
         {QStringLiteral("wifi"), QStringLiteral("network")}},
    };
    return list;
}

const QStringList &symptoms()
{
    static const QStringList list{
        QStringLiteral("keeps disconnecting"),
        QStringLiteral("is extremely slow"),
        QStringLiteral("crashes on start"),
        QStringLiteral("rejects my password"),
        QStringLiteral("shows a blank page"),
        QStringLiteral("times out"),
        QStringLiteral("stopped working"),
        QStringLiteral("lost all my settings"),
        QStringLiteral("sends every message twice"),
        QStringLiteral("cannot be installed"),
        QStringLiteral("hangs at 99 %"),
        QStringLiteral("shows the wrong data"),
    };
    return list;
}

const QStringList &events()
{
    static const QStringList list{
        QStringLiteral("the last update"),    QStringLiteral("this morning"),
        QStringLiteral("the password reset"), QStringLiteral("we moved offices"),
        QStringLiteral("the upgrade to 4.2"), QStringLiteral("yesterday evening"),
        QStringLiteral("the weekend"),        QStringLiteral("our new laptops arrived"),
    };
    return list;
}

const QStringList &platformTags()
{
    static const QStringList list{QStringLiteral("windows"), QStringLiteral("macos"),
                                  QStringLiteral("linux"),   QStringLiteral("android"),
                                  QStringLiteral("ios"),     QStringLiteral("regression")};
    return list;
}

// {product}, {symptom}, {event}, {code} and {tier} are filled in per ticket.
const QStringList &subjectTemplates()
{
    static const QStringList list{
        QStringLiteral("{product} {symptom}"),
        QStringLiteral("{product} {symptom} since {event}"),
        QStringLiteral("{product}: error {code}"),
        QStringLiteral("URGENT: {product} {symptom}!!!"),
        QStringLiteral("Since {event} the {product} {symptom}"),
        QStringLiteral("Question about the {product}"),
        QStringLiteral("{product} {symptom} ({code})"),
    };
    return list;
}

const QStringList &openingTemplates()
{
    static const QStringList list{
        QStringLiteral("Hello,\n\nthe {product} {symptom} since {event}. The error message says {code}.\n\n"
                       "Could you please take a look?\n\nBest regards"),
        QStringLiteral("Hi support,\n\nsince {event} our {product} {symptom}. It happens for everyone in our "
                       "team, and restarting did not help.\n\nThanks"),
        QStringLiteral("The {product} {symptom}. We see {code} in the log every few minutes. This blocks our "
                       "daily work, please help."),
        QStringLiteral(
            "Good morning,\n\nI have a question about the {product}: it {symptom} whenever I open it "
            "after {event}. Is this a known problem?\n\nKind regards"),
    };
    return list;
}

const QStringList &staffReplyTemplates()
{
    static const QStringList list{
        QStringLiteral("Thank you for reporting this. Could you send us the diagnostics file (Help → Export "
                       "diagnostics) and the exact time it last happened?"),
        QStringLiteral(
            "We have reproduced the problem and passed it to our engineers. We will update you as soon "
            "as we know more."),
        QStringLiteral(
            "Please sign out, clear the application cache and sign in again — that resolves {code} in "
            "most cases."),
        QStringLiteral(
            "This matches a known issue: the knowledge-base article on {code} describes a workaround "
            "until the fix ships."),
        QStringLiteral("A fix has been deployed. Could you check whether the {product} works for you now?"),
        QStringLiteral(
            "I have asked a tier {tier} colleague to look at this with me; we will get back to you today."),
    };
    return list;
}

const QStringList &internalNoteTemplates()
{
    static const QStringList list{
        QStringLiteral("Reproducible on staging with {code}; needs someone from tier {tier}."),
        QStringLiteral("Probably related to the open incident, check the load balancer logs first."),
        QStringLiteral(
            "Customer runs an outdated {product} version. Suggest upgrading before digging further."),
        QStringLiteral("Checked the server logs between 09:00 and 11:00: nothing that matches {code}."),
        QStringLiteral("Same symptoms as three other tickets this week. Linking them once we have a cause."),
    };
    return list;
}

const QStringList &customerFollowUpTemplates()
{
    static const QStringList list{
        QStringLiteral("Here is the diagnostics file you asked for. The last failure was about an hour ago."),
        QStringLiteral("Thanks, that worked!"),
        QStringLiteral("Unfortunately it is still happening, same error {code}."),
        QStringLiteral("Any news on this? It is blocking our whole team."),
        QStringLiteral("I tried that, but the problem comes back after a restart of the {product}."),
    };
    return list;
}

// ---- who takes part --------------------------------------------------------------------------------------

struct Customer
{
    qint64 id = 0;
    Importance importance = Importance::Standard;
};

struct People
{
    QList<Customer> customers;
    QList<qint64> staff;                       // everyone who may own or answer a ticket
    std::array<QList<qint64>, 3> agentsByTier; // agents of tier 1, 2, 3
    std::array<QList<qint64>, 3> groupsByTier;
    QList<qint64> incidents;
};

// ---- one ticket as planned, before it is written ---------------------------------------------------------

struct PlannedTicket
{
    Ticket ticket;           // everything but id and number
    QList<Message> messages; // everything but ids
};

// Invents tickets and conversations. Only the random generator decides, never the database, so the same seed
// over the same people gives the same data.
class Planner
{
public:
    Planner(const People &people, qint64 now)
        : m_people(people)
        , m_now(now)
        , m_random(Seed)
    {}

    // How many messages each of `tickets` tickets gets, `messages` in all: one (the customer's description)
    // each while there are enough, the rest spread at random, so that most conversations are short and a few
    // are long, as in a real help desk.
    QList<int> messageCounts(int tickets, int messages)
    {
        QList<int> counts(tickets, 0);
        if (messages < tickets) {
            for (int i = 0; i < tickets; ++i)
                counts[i] = int(qint64(i + 1) * messages / tickets - qint64(i) * messages / tickets);
            return counts;
        }
        counts.fill(1);
        for (int extra = messages - tickets; extra > 0; --extra)
            ++counts[m_random.bounded(tickets)];
        return counts;
    }

    PlannedTicket plan(int messageCount)
    {
        PlannedTicket p;
        Ticket &t = p.ticket;
        const Customer &customer = pick(m_people.customers);
        const Product &product = pick(products());
        t.requesterId = customer.id;
        t.severity = MinSeverity + weighted({5, 20, 50, 25});
        t.tier = MinTier + weighted({60, 30, 10});
        const qint64 age = m_random.bounded(HistoryMs);
        t.createdAt = m_now - age;
        // Old tickets are mostly done with; recent ones are still being worked on.
        t.status = TicketStatus(age > 30 * DayMs ? weighted({1, 3, 3, 3, 30, 60})
                                                 : weighted({10, 25, 15, 10, 20, 20}));
        if (t.status == TicketStatus::WaitingCustomer && messageCount < 2)
            t.status = TicketStatus::Open; // waiting on the customer needs a question from us to wait on
        if (t.status != TicketStatus::New && !m_people.staff.isEmpty()) {
            const QList<qint64> &agents = m_people.agentsByTier[t.tier - 1];
            t.ownerId = agents.isEmpty() ? pick(m_people.staff) : pick(agents);
            if (m_people.staff.size() > 1 && chance(10)) {
                qint64 collaborator = *t.ownerId;
                while (collaborator == *t.ownerId)
                    collaborator = pick(m_people.staff);
                t.collaboratorIds.append(collaborator);
            }
        }
        const QList<qint64> &groups = m_people.groupsByTier[t.tier - 1];
        if (!groups.isEmpty())
            t.groupId = pick(groups);
        const int codes = weighted({15, 70, 15});
        while (t.errorCodes.size() < std::min<qsizetype>(codes, product.errorCodes.size())) {
            const QString &code = pick(product.errorCodes);
            if (!t.errorCodes.contains(code))
                t.errorCodes.append(code);
        }
        t.tags = product.tags;
        if (chance(30))
            t.tags.append(pick(platformTags()));
        if (!m_people.incidents.isEmpty() && chance(3))
            t.incidentId = pick(m_people.incidents);

        Words words{product.name, pick(symptoms()), pick(events()),
                    t.errorCodes.isEmpty() ? QStringLiteral("an unknown error") : t.errorCodes.constFirst(),
                    QString::number(std::min(t.tier + 1, MaxTier))};
        t.subject = fill(pick(subjectTemplates()), words);
        planMessages(p, messageCount, words);

        t.updatedAt = p.messages.isEmpty() ? t.createdAt : p.messages.constLast().createdAt;
        // Opening the ticket is the customer's first activity; each public message of theirs is another.
        t.lastCustomerActivityAt = t.createdAt;
        for (const Message &m : std::as_const(p.messages)) {
            const bool byCustomer = m.authorId == t.requesterId;
            if (byCustomer && m.kind == MessageKind::Public)
                t.lastCustomerActivityAt = m.createdAt;
            if (!byCustomer && m.kind == MessageKind::Public && !t.firstResponseAt)
                t.firstResponseAt = m.createdAt;
        }
        if (t.status == TicketStatus::Resolved || t.status == TicketStatus::Closed)
            t.resolvedAt = t.updatedAt;
        // As if the first message had opened the ticket and each later one had been added to it.
        t.version = std::max<qint64>(1, messageCount);
        t.priority = PriorityRule::priority(t.severity, customer.importance);
        t.slaDueAt = SlaPolicy::dueAtMs(t.createdAt, t.severity, customer.importance);
        return p;
    }

private:
    struct Words
    {
        QString product;
        QString symptom;
        QString event;
        QString code;
        QString tier;
    };

    static QString fill(QString text, const Words &w)
    {
        text.replace(QLatin1String("{product}"), w.product);
        text.replace(QLatin1String("{symptom}"), w.symptom);
        text.replace(QLatin1String("{event}"), w.event);
        text.replace(QLatin1String("{code}"), w.code);
        text.replace(QLatin1String("{tier}"), w.tier);
        return text;
    }

    // The customer opens; then staff and customer take turns, with internal notes in between. A ticket nobody
    // owns yet (status new) has heard only from its customer.
    void planMessages(PlannedTicket &p, int count, const Words &words)
    {
        const Ticket &t = p.ticket;
        qint64 at = t.createdAt;
        for (int i = 0; i < count; ++i) {
            Message m;
            if (i > 0) {
                // Minutes to two days later, but never in the future.
                const qint64 step = 5 * MinuteMs + m_random.bounded(48 * HourMs);
                at = std::min(at + step, at + (m_now - at) / 2);
            }
            m.createdAt = at;
            const bool previousByCustomer = i == 0 || p.messages.constLast().authorId == t.requesterId;
            const bool staffTurn = t.ownerId && i > 0 && (previousByCustomer || chance(35));
            if (!staffTurn) {
                m.authorId = t.requesterId;
                m.body = fill(pick(i == 0 ? openingTemplates() : customerFollowUpTemplates()), words);
            } else {
                m.authorId =
                    t.collaboratorIds.isEmpty() || chance(80) ? *t.ownerId : t.collaboratorIds.constFirst();
                m.kind = chance(25) ? MessageKind::Internal : MessageKind::Public;
                m.body = fill(
                    pick(m.kind == MessageKind::Internal ? internalNoteTemplates() : staffReplyTemplates()),
                    words);
            }
            p.messages.append(m);
        }
        // The conversation must agree with the status, by TicketRepository's rules: a customer's message
        // reopens a ticket that waited on them or was resolved, so such a ticket ends with our public answer
        // (the question it waits on, or the fix).
        const bool endsWithUs =
            t.status == TicketStatus::WaitingCustomer || t.status == TicketStatus::Resolved;
        if (endsWithUs && count > 1 && t.ownerId) {
            Message &last = p.messages.last();
            if (last.authorId == t.requesterId || last.kind == MessageKind::Internal) {
                last.authorId = *t.ownerId;
                last.kind = MessageKind::Public;
                last.body = fill(t.status == TicketStatus::Resolved ? staffReplyTemplates().at(4)
                                                                    : staffReplyTemplates().constFirst(),
                                 words);
            }
        }
    }

    bool chance(int percent) { return m_random.bounded(100) < percent; }

    // Index into `weights`, drawn with probability proportional to each weight.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int draw = m_random.bounded(total);
        int index = 0;
        for (int w : weights) {
            if (draw < w)
                return index;
            draw -= w;
            ++index;
        }
        return index - 1;
    }

    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(m_random.bounded(int(list.size())));
    }

    const People &m_people;
    const qint64 m_now;
    QRandomGenerator m_random;
};

// ---- writing ---------------------------------------------------------------------------------------------

// Writes planned tickets with one prepared INSERT per row instead of TicketRepository::create/addMessage.
// The repository re-reads the ticket and its requester, recomputes the ticket and publishes it again after
// every message; for 400,000 rows that is several times the work, and the planner already knows each
// ticket's final state. What readers see stays the same: the change log gets exactly the entries the
// repository appends (a ticket with the JSON of Ticket::toJson for its requester and staff, each message with
// Message::toJson, public ones for the requester and staff, internal ones for staff only), ticket before
// messages, so a feed reader never meets a message of a ticket it does not know.
class BulkWriter
{
public:
    BulkWriter(Database &db, ChangeLog &changes)
        : m_db(db)
        , m_changes(changes)
    {}

    void write(PlannedTicket &p)
    {
        Ticket &t = p.ticket;
        // The number is 1000 + id, as TicketRepository makes it; a placeholder fills the UNIQUE column until
        // the id is known (writers are serialised, so nobody else can hold it meanwhile).
        t.number = -1;
        t.id = ticketTable().insert(m_db, t);
        t.number = TicketNumberOffset + t.id;
        m_db.prepare(QStringLiteral("UPDATE tickets SET number = ? WHERE id = ?"))
            .bind(t.number)
            .bind(t.id)
            .exec();
        m_changes.append(QStringLiteral("ticket"), t.id, t.toJson(),
                         ChangeAudience::customerAndStaff(t.requesterId));

        for (Message &m : p.messages) {
            m.ticketId = t.id;
            m.id = messageTable().insert(m_db, m);
            m_changes.append(QStringLiteral("message"), m.id, m.toJson(),
                             m.kind == MessageKind::Public ? ChangeAudience::customerAndStaff(t.requesterId)
                                                           : ChangeAudience::staff());
        }
    }

private:
    Database &m_db;
    ChangeLog &m_changes;
};

// The bulk rows must read back through the repository exactly as they went into the change log; if the
// repository's idea of a ticket row changes and this file is not updated with it, fail loudly (and roll the
// batch back) instead of filling a benchmark database with rows the server misreads.
void checkReadsBack(TicketRepository &tickets, const PlannedTicket &written)
{
    const auto ticket = tickets.ticketById(written.ticket.id);
    const QJsonObject expected = written.ticket.toJson();
    if (!ticket || ticket->toJson() != expected)
        throw DatabaseError(
            QStringLiteral("Synthetic ticket %1 reads back differently through TicketRepository:"
                           " wrote %2, read %3")
                .arg(written.ticket.id)
                .arg(QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)),
                     ticket
                         ? QString::fromUtf8(QJsonDocument(ticket->toJson()).toJson(QJsonDocument::Compact))
                         : QStringLiteral("nothing")));
    const QList<Message> messages = tickets.messages(written.ticket.id, true);
    bool same = messages.size() == written.messages.size();
    for (qsizetype i = 0; same && i < messages.size(); ++i)
        same = messages.at(i).toJson() == written.messages.at(i).toJson();
    if (!same)
        throw DatabaseError(
            QStringLiteral(
                "The messages of synthetic ticket %1 read back differently through TicketRepository")
                .arg(written.ticket.id));
}

// ---- people ----------------------------------------------------------------------------------------------

People loadPeople(ServerContext &context)
{
    People people;
    QString hash; // computed once, only if some account has to be created
    const auto passwordHash = [&hash] {
        if (hash.isEmpty())
            hash = PasswordHasher::hashFast(QStringLiteral("synthetic"));
        return hash;
    };

    Transaction tx(context.db, Transaction::Mode::Write);
    for (int n = 1; n <= SyntheticDataGenerator::CustomerCount; ++n) {
        const QString login = QStringLiteral("synth-customer%1").arg(n);
        std::optional<User> user = context.users.userByLogin(login);
        if (!user) {
            UserRepository::NewUser u;
            u.login = login;
            u.name = QStringLiteral("Synthetic Customer %1").arg(n);
            u.role = Role::Customer;
            u.importance = n % 10 == 0 ? Importance::Vip : Importance::Standard;
            u.organisation = QStringLiteral("Synthetic Organisation %1").arg((n - 1) % OrganisationCount + 1);
            u.passwordHash = passwordHash();
            user = context.users.createUser(u);
        }
        people.customers.append({user->id, user->effectiveImportance()});
    }

    const auto readStaff = [&] {
        people.staff.clear();
        for (auto &agents : people.agentsByTier)
            agents.clear();
        Statement st = context.db.prepare(
            QStringLiteral("SELECT id, role, tier FROM users WHERE role <> ? ORDER BY id"));
        st.bind(toString(Role::Customer)).exec();
        while (st.next()) {
            people.staff.append(st.int64(0));
            const int tier = st.value(2).toInt();
            if (st.text(1) == toString(Role::Agent) && tier >= MinTier && tier <= MaxTier)
                people.agentsByTier[tier - 1].append(st.int64(0));
        }
    };
    readStaff();
    if (people.staff.isEmpty()) {
        // A database that was never seeded with --demo has nobody to answer tickets; a few agents per tier
        // make the conversations and queues as realistic as with real staff.
        qCInfo(lcSynthetic) << "no staff in the database: creating" << SyntheticStaffCount
                            << "synthetic agents";
        for (int n = 1; n <= SyntheticStaffCount; ++n) {
            UserRepository::NewUser u;
            u.login = QStringLiteral("synth-agent%1").arg(n);
            u.name = QStringLiteral("Synthetic Agent %1").arg(n);
            u.role = Role::Agent;
            u.tier = (n - 1) % MaxTier + 1;
            u.passwordHash = passwordHash();
            context.users.createUser(u);
        }
        readStaff();
    }
    for (const Group &g : context.users.groups()) {
        if (g.tier >= MinTier && g.tier <= MaxTier)
            people.groupsByTier[g.tier - 1].append(g.id);
    }
    {
        Statement st = context.db.prepare(QStringLiteral("SELECT id FROM incidents ORDER BY id"));
        st.exec();
        while (st.next())
            people.incidents.append(st.int64(0));
    }
    tx.commit();
    return people;
}

} // namespace

SyntheticDataGenerator::SyntheticDataGenerator(ServerContext &context, TicketRepository &tickets)
    : m_context(context)
    , m_tickets(tickets)
{}

SyntheticDataGenerator::Result SyntheticDataGenerator::generate(int tickets, int messages,
                                                                std::function<void(int, int)> progress)
{
    QElapsedTimer timer;
    timer.start();
    Result result;
    tickets = std::max(tickets, 0);
    messages = tickets > 0 ? std::max(messages, 0) : 0;
    const People people = loadPeople(m_context);
    Planner planner(people, Timestamp::nowMs());
    const QList<int> counts = planner.messageCounts(tickets, messages);
    BulkWriter writer(m_context.db, m_context.changes);
    const int total = tickets + messages;

    int next = 0;
    bool checked = false;
    while (next < tickets) {
        Transaction tx(m_context.db, Transaction::Mode::Write);
        // A ticket and its conversation always commit together.
        int items = 0;
        while (next < tickets && items < BatchSize) {
            PlannedTicket p = planner.plan(counts.at(next++));
            writer.write(p);
            if (!checked) {
                checkReadsBack(m_tickets, p);
                checked = true;
            }
            items += 1 + int(p.messages.size());
            ++result.tickets;
            result.messages += int(p.messages.size());
        }
        tx.commit();
        if (progress)
            progress(result.tickets + result.messages, total);
    }
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    qCInfo(lcSynthetic) << "created" << result.tickets << "tickets and" << result.messages << "messages in"
                        << result.seconds << "s";
    return result;
}

} // namespace tierdesk
