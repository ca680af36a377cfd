#pragma once

#include "server/servercontext.h"

#include <QStringList>

namespace tierdesk {

class ArticleRepository;
class Router;

// The knowledge base: GET/POST /api/v1/kb/articles, GET/PATCH /api/v1/kb/articles/{id}. Everyone logged in
// may read and search; only staff may write.
class KbHandler
{
public:
    KbHandler(ServerContext &context, ArticleRepository &articles);
    void registerRoutes(Router &router);

    static constexpr int DefaultLimit = 50;
    static constexpr int MaxLimit = 500;
    static constexpr int MaxQueryLength = 500;
    static constexpr int MaxTitleLength = 300;
    static constexpr int MaxBodyLength = 200000;
    static constexpr int MaxCategoryLength = 100;
    static constexpr int MaxListItems = 50;
    static constexpr int MaxListItemLength = 100;

    // The languages articles are written in.
    static const QStringList &languages();

private:
    [[maybe_unused]] ServerContext &m_context; // no route needs the shared services yet
    ArticleRepository &m_articles;
};

} // namespace tierdesk
