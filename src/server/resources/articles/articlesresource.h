#pragma once

#include "server/resources/articles/articlerepository.h"
#include "server/resources/articles/kbhandler.h"
#include "server/resources/resource.h"

namespace tierdesk {

struct ServerContext;

// Knowledge-base articles and their full-text search.
class ArticlesResource : public Resource
{
public:
    explicit ArticlesResource(ServerContext &context);

    QString name() const override { return QStringLiteral("articles"); }
    QList<Migration> migrations() const override;
    void registerRoutes(Router &router) override;

    ArticleRepository &repository() { return m_repository; }

private:
    ArticleRepository m_repository;
    KbHandler m_handler;
};

} // namespace tierdesk
