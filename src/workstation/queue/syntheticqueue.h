#pragma once

// Synthetic cache content for the queue's tests, the benchmark and screenshots: agents of tiers 1–3,
// customers (every tenth a VIP), the three tier groups and N tickets with a deterministic spread of
// statuses, severities, owners, SLA times, subjects, error codes and tags. Written through
// LocalStore::applyPage — the path the sync takes — so the rows are exactly what a real sync stores.
//
//     SyntheticQueue::Options o;
//     o.tickets = 10000;
//     SyntheticQueue::fill(&store, o);               // users, groups, tickets; sets the current user
//
// Same options, same content (the seed drives everything; `nowMs` anchors the times).

#include <QJsonObject>
#include <QList>
#include <functional>

namespace tierdesk {

class LocalStore;
struct FeedChange;

class SyntheticQueue
{
public:
    struct Options
    {
        int tickets = 10000;
        int agents = 9;      // ids 1..agents, logins synth-agent<n>, tier (n-1)%3+1
        int customers = 200; // ids 1001.., logins synth-customer<n>, every tenth a VIP
        quint64 seed = 1;
        qint64 nowMs = 0;    // 0: the real clock when fill() starts
        int pageSize = 2000; // feed changes per applyPage (one transaction each)
        qint64 firstTicketId = 1;
        qint64 currentUserId = 1; // stored as the signed-in user (an agent of tier 1 by default)
    };

    static constexpr qint64 FirstCustomerId = 1001;

    static QJsonObject agent(int n);                        // n = 1..agents
    static QJsonObject customer(int n);                     // n = 1..customers
    static QJsonObject group(int tier);                     // id = tier
    static QJsonObject ticket(qint64 id, const Options &o); // o.nowMs must be set
    static QList<FeedChange> usersAndGroups(const Options &o);

    // Writes everything into an open store; `progress(done, total)` after each page. Returns tickets written.
    static int fill(LocalStore *store, Options o, const std::function<void(int, int)> &progress = {});
};

} // namespace tierdesk
