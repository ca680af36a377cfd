#include "syntheticqueue.h"

#include "client/localstore.h"
#include "core/priorityrule.h"
#include "core/slapolicy.h"
#include "core/timestamp.h"

#include <QJsonArray>

namespace tierdesk {
namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

// splitmix64: a fast, well-mixed deterministic stream per (seed, ticket, field).
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 draw(quint64 seed, qint64 id, int field)
{
    return mix(mix(seed * 0x100000001b3ULL + quint64(id)) + quint64(field));
}

const QStringList &products()
{
    static const QStringList list{QStringLiteral("Printer"),
                                  QStringLiteral("VPN client"),
                                  QStringLiteral("Outlook"),
                                  QStringLiteral("Payroll export"),
                                  QStringLiteral("Oracle connector"),
                                  QStringLiteral("Laptop"),
                                  QStringLiteral("Wi-Fi"),
                                  QStringLiteral("SAP login"),
                                  QStringLiteral("Badge reader"),
                                  QStringLiteral("Web shop"),
                                  QStringLiteral("Scanner"),
                                  QStringLiteral("Teams call"),
                                  QStringLiteral("Backup job"),
                                  QStringLiteral("Invoice PDF"),
                                  QStringLiteral("Docking station"),
                                  QStringLiteral("Password reset")};
    return list;
}

const QStringList &problems()
{
    static const QStringList list{
        QStringLiteral("does not start"),     QStringLiteral("is very slow"),
        QStringLiteral("shows an error"),     QStringLiteral("keeps disconnecting"),
        QStringLiteral("cannot log in"),      QStringLiteral("crashes on save"),
        QStringLiteral("prints blank pages"), QStringLiteral("times out"),
        QStringLiteral("lost all settings"),  QStringLiteral("asks for a licence"),
        QStringLiteral("freezes at startup"), QStringLiteral("rejects the certificate")};
    return list;
}

const QStringList &places()
{
    static const QStringList list{QStringLiteral("in Warsaw"),          QStringLiteral("in the Kyiv office"),
                                  QStringLiteral("for the sales team"), QStringLiteral("after the update"),
                                  QStringLiteral("since Monday"),       QStringLiteral("on the 3rd floor"),
                                  QStringLiteral("for new hires"),      QStringLiteral("in Bucharest"),
                                  QStringLiteral("in Jakarta"),         QStringLiteral("at home")};
    return list;
}

const QStringList &errorCodes()
{
    static const QStringList list{QStringLiteral("E-4012"),     QStringLiteral("E-1001"),
                                  QStringLiteral("E-2207"),     QStringLiteral("ORA-12170"),
                                  QStringLiteral("0x80070005"), QStringLiteral("HTTP-503"),
                                  QStringLiteral("VPN-809"),    QStringLiteral("SAP-0042"),
                                  QStringLiteral("E-5150"),     QStringLiteral("PRN-17")};
    return list;
}

const QStringList &tagWords()
{
    static const QStringList list{
        QStringLiteral("network"), QStringLiteral("hardware"), QStringLiteral("billing"),
        QStringLiteral("access"),  QStringLiteral("email"),    QStringLiteral("database"),
        QStringLiteral("printer"), QStringLiteral("vpn"),      QStringLiteral("onboarding")};
    return list;
}

const QStringList &firstNames()
{
    static const QStringList list{QStringLiteral("Anna"),  QStringLiteral("Piotr"), QStringLiteral("Olena"),
                                  QStringLiteral("Ivan"),  QStringLiteral("Budi"),  QStringLiteral("Siti"),
                                  QStringLiteral("Ioana"), QStringLiteral("Mihai"), QStringLiteral("Emma"),
                                  QStringLiteral("Jonas"), QStringLiteral("Zofia"), QStringLiteral("Taras")};
    return list;
}

const QStringList &lastNames()
{
    static const QStringList list{
        QStringLiteral("Kowalska"),    QStringLiteral("Nowak"),      QStringLiteral("Shevchenko"),
        QStringLiteral("Petrov"),      QStringLiteral("Santoso"),    QStringLiteral("Popescu"),
        QStringLiteral("Ionescu"),     QStringLiteral("Smith"),      QStringLiteral("Müller"),
        QStringLiteral("Wiśniewska"),  QStringLiteral("Bondarenko"), QStringLiteral("Wijaya"),
        QStringLiteral("Dumitru"),     QStringLiteral("Brown"),      QStringLiteral("Fischer"),
        QStringLiteral("Lewandowski"), QStringLiteral("Hartono")};
    return list;
}

QJsonValue time(qint64 ms)
{
    return ms > 0 ? QJsonValue(Timestamp::toIso(ms)) : QJsonValue(QJsonValue::Null);
}

FeedChange upsert(const QString &entity, const QJsonObject &data)
{
    FeedChange c;
    c.entity = entity;
    c.id = data.value(QLatin1String("id")).toInteger();
    c.data = data;
    return c;
}

} // namespace

QJsonObject SyntheticQueue::agent(int n)
{
    const int tier = (n - 1) % 3 + 1;
    return {{QStringLiteral("id"), n},
            {QStringLiteral("login"), QStringLiteral("synth-agent%1").arg(n)},
            {QStringLiteral("name"), QStringLiteral("Agent %1 (T%2)").arg(n).arg(tier)},
            {QStringLiteral("role"), QStringLiteral("agent")},
            {QStringLiteral("tier"), tier},
            {QStringLiteral("importance"), QJsonValue::Null},
            {QStringLiteral("group_ids"), QJsonArray{tier}},
            {QStringLiteral("lang"), QStringLiteral("en")}};
}

QJsonObject SyntheticQueue::customer(int n)
{
    const bool vip = n % 10 == 0;
    const QString name = firstNames().at((n * 7) % firstNames().size()) + QLatin1Char(' ') +
                         lastNames().at((n * 11 / 3) % lastNames().size());
    return {{QStringLiteral("id"), FirstCustomerId + n - 1},
            {QStringLiteral("login"), QStringLiteral("synth-customer%1").arg(n)},
            {QStringLiteral("name"), name},
            {QStringLiteral("role"), QStringLiteral("customer")},
            {QStringLiteral("tier"), QJsonValue::Null},
            {QStringLiteral("importance"), vip ? QStringLiteral("vip") : QStringLiteral("standard")},
            {QStringLiteral("group_ids"), QJsonArray{}},
            {QStringLiteral("lang"), QStringLiteral("en")}};
}

QJsonObject SyntheticQueue::group(int tier)
{
    static const QStringList names{QStringLiteral("Service desk"), QStringLiteral("Applications"),
                                   QStringLiteral("Specialists")};
    return {{QStringLiteral("id"), tier},
            {QStringLiteral("name"), names.at(tier - 1)},
            {QStringLiteral("tier"), tier}};
}

QList<FeedChange> SyntheticQueue::usersAndGroups(const Options &o)
{
    QList<FeedChange> changes;
    for (int tier = 1; tier <= 3; ++tier)
        changes << upsert(QStringLiteral("group"), group(tier));
    for (int n = 1; n <= o.agents; ++n)
        changes << upsert(QStringLiteral("user"), agent(n));
    for (int n = 1; n <= o.customers; ++n)
        changes << upsert(QStringLiteral("user"), customer(n));
    return changes;
}

QJsonObject SyntheticQueue::ticket(qint64 id, const Options &o)
{
    const auto r = [&](int field, quint64 n) { return draw(o.seed, id, field) % n; };
    // Severity: 10 % critical, 25 % high, 45 % normal, 20 % low.
    const int sv = int(r(1, 100));
    const int severity = sv < 10 ? 1 : sv < 35 ? 2 : sv < 80 ? 3 : 4;
    const int customerNumber = 1 + int(r(2, quint64(qMax(1, o.customers))));
    const bool vip = customerNumber % 10 == 0;
    const Importance importance = vip ? Importance::Vip : Importance::Standard;
    // Status: 45 % finished, 15 % new, 20 % open, 10 % waiting on a specialist, 10 % on the customer.
    const int st = int(r(3, 100));
    const QString status = st < 15   ? QStringLiteral("new")
                           : st < 35 ? QStringLiteral("open")
                           : st < 45 ? QStringLiteral("waiting_internal")
                           : st < 55 ? QStringLiteral("waiting_customer")
                           : st < 80 ? QStringLiteral("resolved")
                                     : QStringLiteral("closed");
    const int tier = 1 + int(r(4, 3));
    // Owner: none for new tickets and for a fifth of the others; otherwise an agent of the ticket's tier.
    QJsonValue owner = QJsonValue::Null;
    const int agentsInTier = qMax(0, (o.agents - tier) / 3 + 1);
    if (status != QLatin1String("new") && r(5, 5) != 0 && o.agents >= tier && agentsInTier > 0)
        owner = tier + 3 * int(r(6, quint64(agentsInTier)));
    const QString subject = products().at(int(r(7, quint64(products().size())))) + QLatin1Char(' ') +
                            problems().at(int(r(8, quint64(problems().size())))) + QLatin1Char(' ') +
                            places().at(int(r(9, quint64(places().size()))));
    QJsonArray codes;
    if (r(10, 10) < 4)
        codes << errorCodes().at(int(r(11, quint64(errorCodes().size()))));
    QJsonArray tags;
    tags << tagWords().at(int(r(12, quint64(tagWords().size()))));
    if (r(13, 3) == 0) {
        const QString second = tagWords().at(int(r(14, quint64(tagWords().size()))));
        if (!tags.contains(second))
            tags << second;
    }
    QJsonArray collaborators;
    if (status == QLatin1String("waiting_internal") && o.agents >= 3)
        collaborators << 3 + 3 * int(r(15, quint64(qMax(1, o.agents / 3))));
    // Times: created within the last 30 days (a tenth within the last 3 hours, so some SLAs are at risk).
    const qint64 age = r(16, 10) == 0 ? qint64(r(17, 3 * Hour)) : qint64(r(17, 30 * Day));
    const qint64 created = o.nowMs - age;
    const qint64 updated = created + qint64(r(18, quint64(qMax<qint64>(1, age))));
    const bool answered = status != QLatin1String("new") && r(19, 10) < 8;
    const qint64 firstResponse =
        answered ? created + qint64(r(20, quint64(qMax<qint64>(1, updated - created + 1)))) : 0;
    const bool finished = status == QLatin1String("resolved") || status == QLatin1String("closed");
    return {{QStringLiteral("id"), id},
            {QStringLiteral("number"), QStringLiteral("TD-%1").arg(id)},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("status"), status},
            {QStringLiteral("severity"), severity},
            {QStringLiteral("priority"), PriorityRule::priority(severity, importance)},
            {QStringLiteral("requester_id"), FirstCustomerId + customerNumber - 1},
            {QStringLiteral("owner_id"), owner},
            {QStringLiteral("group_id"), tier},
            {QStringLiteral("tier"), tier},
            {QStringLiteral("collaborator_ids"), collaborators},
            {QStringLiteral("error_codes"), codes},
            {QStringLiteral("tags"), tags},
            {QStringLiteral("incident_id"), QJsonValue::Null},
            {QStringLiteral("merged_into_id"), QJsonValue::Null},
            {QStringLiteral("created_at"), time(created)},
            {QStringLiteral("updated_at"), time(updated)},
            {QStringLiteral("last_customer_activity_at"), time(created)},
            {QStringLiteral("first_response_at"), time(firstResponse)},
            {QStringLiteral("resolved_at"), time(finished ? updated : 0)},
            {QStringLiteral("sla_due_at"), time(SlaPolicy::dueAtMs(created, severity, importance))},
            {QStringLiteral("version"), 1}};
}

int SyntheticQueue::fill(LocalStore *store, Options o, const std::function<void(int, int)> &progress)
{
    if (!store || !store->isOpen())
        return 0;
    if (o.nowMs <= 0)
        o.nowMs = Timestamp::nowMs();
    if (o.currentUserId > 0 && o.currentUserId <= o.agents)
        store->setCurrentUser(agent(int(o.currentUserId)));
    qint64 seq = store->cursor();
    QList<FeedChange> page = usersAndGroups(o);
    for (FeedChange &c : page)
        c.seq = ++seq;
    store->applyPage(page, seq, false);
    int done = 0;
    while (done < o.tickets) {
        page.clear();
        const int n = qMin(o.pageSize, o.tickets - done);
        page.reserve(n);
        for (int i = 0; i < n; ++i) {
            FeedChange c = upsert(QStringLiteral("ticket"), ticket(o.firstTicketId + done + i, o));
            c.seq = ++seq;
            page << c;
        }
        done += n;
        store->applyPage(page, seq, done == o.tickets);
        if (progress)
            progress(done, o.tickets);
    }
    return done;
}

} // namespace tierdesk
