#pragma once

#include "server/resources/resource.h"

#include <memory>
#include <stdexcept>
#include <typeinfo>
#include <vector>

namespace tierdesk {

// The resources of one server, in registration order. A resource built later may use one built earlier
// (tickets notify through notifications) by asking for it by type.
class ResourceRegistry
{
public:
    template<class R, class... Args> R &add(Args &&...args)
    {
        auto resource = std::make_unique<R>(std::forward<Args>(args)...);
        R &added = *resource;
        m_resources.push_back(std::move(resource));
        return added;
    }

    // The registered resource of type R; a missing one is a wiring mistake in Server, not a runtime
    // condition.
    template<class R> R &find() const
    {
        for (const auto &resource : m_resources) {
            if (auto *match = dynamic_cast<R *>(resource.get()))
                return *match;
        }
        throw std::logic_error(std::string("resource not registered: ") + typeid(R).name());
    }

    // Every resource's migrations as modules, in registration order.
    QList<MigrationModule> migrationModules() const;
    void registerRoutes(Router &router) const;

private:
    std::vector<std::unique_ptr<Resource>> m_resources;
};

} // namespace tierdesk
