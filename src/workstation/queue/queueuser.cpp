#include "queueuser.h"

#include "client/localstore.h"

namespace tierdesk {

QueueUser QueueUser::fromStore(LocalStore *store)
{
    QueueUser user;
    if (!store || !store->isOpen())
        return user;
    const QJsonObject json = store->currentUser();
    user.id = json.value(QLatin1String("id")).toInteger();
    user.login = json.value(QLatin1String("login")).toString();
    user.tier = json.value(QLatin1String("tier")).toInt(0);
    return user;
}

} // namespace tierdesk
