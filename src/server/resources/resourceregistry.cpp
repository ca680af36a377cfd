#include "server/resources/resourceregistry.h"

namespace tierdesk {

QList<MigrationModule> ResourceRegistry::migrationModules() const
{
    QList<MigrationModule> modules;
    for (const auto &resource : m_resources) {
        QList<Migration> migrations = resource->migrations();
        if (!migrations.isEmpty())
            modules.append({resource->name(), std::move(migrations)});
    }
    return modules;
}

void ResourceRegistry::registerRoutes(Router &router) const
{
    for (const auto &resource : m_resources)
        resource->registerRoutes(router);
}

} // namespace tierdesk
