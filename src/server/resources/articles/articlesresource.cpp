#include "server/resources/articles/articlesresource.h"

#include "server/servercontext.h"

namespace tierdesk {

ArticlesResource::ArticlesResource(ServerContext &context)
    : m_repository(context.db, context.changes)
    , m_handler(context, m_repository)
{}

QList<Migration> ArticlesResource::migrations() const
{
    return {
        {1,
         QStringLiteral("articles with full-text search"),
         {
             QStringLiteral(
                 "CREATE TABLE articles (id {pk}, title TEXT NOT NULL, body TEXT NOT NULL,"
                 " lang TEXT NOT NULL, category TEXT NOT NULL, tags TEXT NOT NULL DEFAULT '[]',"
                 " error_codes TEXT NOT NULL DEFAULT '[]', author_id BIGINT NOT NULL REFERENCES users(id),"
                 " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, version BIGINT NOT NULL DEFAULT "
                 "1)"),
         },
         {
             QStringLiteral("CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles',"
                            " content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
             QStringLiteral(
                 "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN"
                 " INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"),
             QStringLiteral("CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN"
                            " INSERT INTO articles_fts(articles_fts, rowid, title, body)"
                            " VALUES ('delete', old.id, old.title, old.body); END"),
             QStringLiteral(
                 "CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN"
                 " INSERT INTO articles_fts(articles_fts, rowid, title, body)"
                 " VALUES ('delete', old.id, old.title, old.body);"
                 " INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"),
         },
         {
             // 'simple' configuration: no stemming, which is right for six languages in one table.
             QStringLiteral("ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS"
                            " (to_tsvector('simple', title || ' ' || body)) STORED"),
             QStringLiteral("CREATE INDEX articles_search ON articles USING GIN (search)"),
         },
         1},
    };
}

void ArticlesResource::registerRoutes(Router &router)
{
    m_handler.registerRoutes(router);
}

} // namespace tierdesk
