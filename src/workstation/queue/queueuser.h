#pragma once

// Who is looking at the queue: the signed-in account's id, login and tier. The saved views ("My tickets",
// "Unassigned in my tier") and the filter term `owner:me` depend on it.
//
//     QueueUser me = QueueUser::fromStore(store);      // what the sync stored with setCurrentUser()
//     queueModel->setCurrentUser(me);                   // tests set it directly: QueueUser{42, "agent1", 2}

#include <QString>

namespace tierdesk {

class LocalStore;

struct QueueUser
{
    qint64 id = 0; // 0: nobody signed in (then "my" views are empty)
    QString login;
    int tier = 0; // 0: no tier (supervisors, admins): "Unassigned in my tier" shows every tier

    // Reads LocalStore::currentUser() (the user object the login stored: id, login, tier).
    static QueueUser fromStore(LocalStore *store);

    bool operator==(const QueueUser &other) const = default;
};

} // namespace tierdesk
