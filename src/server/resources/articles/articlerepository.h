#pragma once

#include "core/article.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace tierdesk {

class ChangeLog;
class Database;
class Statement;

// Knowledge-base articles with full-text search (SQLite FTS5 / PostgreSQL tsvector, both set up by the
// schema migrations). Writes must run inside a write Transaction and append to the change log.
class ArticleRepository
{
public:
    ArticleRepository(Database &db, ChangeLog &changes);

    std::optional<Article> articleById(qint64 id);
    // article.id/version/created_at/updated_at are assigned here (times default to now when 0).
    Article create(const Article &article);

    // The fields a PATCH may change; absent ones keep their value. Validation is the caller's job.
    struct Patch
    {
        std::optional<QString> title;
        std::optional<QString> body;
        std::optional<QString> lang;
        std::optional<QString> category;
        std::optional<QStringList> tags;
        std::optional<QStringList> errorCodes;

        bool isEmpty() const { return !title && !body && !lang && !category && !tags && !errorCodes; }
    };
    // Applies the patch when the article is still at expectedVersion, bumping version and updated_at and
    // appending to the change log; a patch that changes no value leaves the article (and its version) as it
    // is. Throws DomainError: not found for an unknown id, a version conflict (with the current article) when
    // stale.
    Article update(qint64 id, const Patch &patch, qint64 expectedVersion);

    struct SearchHit
    {
        Article article;
        // HTML: the article's text escaped, the matched words in <mark>…</mark>. Empty without a query.
        QString snippet;
    };
    // Articles matching the words of q (all of them; the last one also as a prefix, for search-as-you-type),
    // best first. An empty q lists articles, most recently updated first. Empty filters do not filter;
    // errorCode matches one element of error_codes, ignoring case; category and lang match exactly.
    // Anything a user types is safe here: text without a single letter or digit finds nothing.
    QList<SearchHit> search(const QString &q, const QString &errorCode, const QString &category,
                            const QString &lang, int limit);

    // The FTS5 MATCH expression for q: every word an FTS5 string, the last one a prefix; empty when q has
    // no word with a letter or digit. Public for tests.
    static QString ftsQuery(const QString &q);

private:
    QList<SearchHit> readHits(Statement &st, bool withSnippet);

    Database &m_db;
    ChangeLog &m_changes;
};

} // namespace tierdesk
