#pragma once

#include "server/resources/resource.h"

#include <utility>

namespace tierdesk {

// A resource that is only routes over what other parts store (the change feed, health and the API document):
// no tables of its own, so no migrations.
template<class Handler> class HandlerResource : public Resource
{
public:
    template<class... Args>
    explicit HandlerResource(QString name, Args &&...args)
        : m_name(std::move(name))
        , m_handler(std::forward<Args>(args)...)
    {}

    QString name() const override { return m_name; }
    void registerRoutes(Router &router) override { m_handler.registerRoutes(router); }

private:
    QString m_name;
    Handler m_handler;
};

} // namespace tierdesk
