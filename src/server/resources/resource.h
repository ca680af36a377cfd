#pragma once

#include "server/storage/migration.h"

#include <QString>

namespace tierdesk {

class Router;

// One resource of the API (tickets, incidents, notifications, …): a folder under src/server/resources/ with
// its repository, handler, migrations and the rule of who may see its changes, registered with one line in
// Server::open(). A resource is built with the ServerContext and must not touch the database in its
// constructor: the schema is migrated after every resource is known (in registration order, so a resource's
// tables may refer to those registered before it), and routes are added last.
class Resource
{
public:
    virtual ~Resource() = default;

    // The migration module's name, stored with each applied version; never change it once released.
    virtual QString name() const = 0;
    virtual QList<Migration> migrations() const { return {}; }
    virtual void registerRoutes(Router &router) = 0;
};

} // namespace tierdesk
