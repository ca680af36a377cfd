#include "server/resources/articles/articlerepository.h"

#include "server/resources/domainerror.h"
#include "server/storage/changelog.h"
#include "server/storage/database.h"
#include "server/storage/table.h"

#include "core/timestamp.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKb, "tierdesk.server.kb")

namespace tierdesk {
namespace {

// The articles table's columns (the search columns are the backends' own and never read back).
const Table<Article> &articleTable()
{
    using T = Table<Article>;
    static const T table(QStringLiteral("articles"), {
                                                         T::key("id", &Article::id),
                                                         T::field("title", &Article::title),
                                                         T::field("body", &Article::body),
                                                         T::field("lang", &Article::lang),
                                                         T::field("category", &Article::category),
                                                         T::field("tags", &Article::tags),
                                                         T::field("error_codes", &Article::errorCodes),
                                                         T::field("author_id", &Article::authorId),
                                                         T::field("created_at", &Article::createdAt),
                                                         T::field("updated_at", &Article::updatedAt),
                                                         T::field("version", &Article::version),
                                                     });
    return table;
}

QString columns(const QString &alias)
{
    return articleTable().columnList(alias);
}

// The database marks matches with these private-use characters instead of the final tags: the snippet is
// article text, which may hold "<script>", so it is HTML-escaped afterwards and only then do the markers
// become <mark> and </mark>.
constexpr QChar MarkStart(0xE000);
constexpr QChar MarkEnd(0xE001);

// Escapes the snippet for HTML and turns the markers into tags. An article that itself contains a marker
// character cannot produce unbalanced markup: a start inside a mark and an end outside one are dropped.
QString highlightedHtml(const QString &raw)
{
    QString out;
    out.reserve(raw.size() + 32);
    bool open = false;
    for (const QChar c : raw) {
        if (c == MarkStart) {
            if (!open)
                out += QLatin1String("<mark>");
            open = true;
        } else if (c == MarkEnd) {
            if (open)
                out += QLatin1String("</mark>");
            open = false;
        } else if (c == QLatin1Char('<')) {
            out += QLatin1String("&lt;");
        } else if (c == QLatin1Char('>')) {
            out += QLatin1String("&gt;");
        } else if (c == QLatin1Char('&')) {
            out += QLatin1String("&amp;");
        } else if (c == QLatin1Char('"')) {
            out += QLatin1String("&quot;");
        } else {
            out += c;
        }
    }
    if (open)
        out += QLatin1String("</mark>");
    return out;
}

bool hasLetterOrDigit(const QString &word)
{
    for (const char32_t c : word.toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            return true;
    }
    return false;
}

// Only letters and decimal digits: text that PostgreSQL's parser reads as exactly one word, and that holds
// nothing (no quote, no backslash) that could change the meaning of to_tsquery's syntax.
bool isPlainWord(const QString &word)
{
    for (const char32_t c : word.toUcs4()) {
        if (!QChar::isLetter(c) && !QChar::isDigit(c))
            return false;
    }
    return true;
}

// The whitespace-separated words of q that contain at least one letter or digit. Control characters
// count as spaces: a NUL would end the FTS5 query string early and PostgreSQL refuses it in text outright.
QStringList searchWords(const QString &q)
{
    QString cleaned = q;
    for (QChar &c : cleaned) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    QStringList words;
    for (const QString &chunk : cleaned.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (hasLetterOrDigit(chunk))
            words.append(chunk);
    }
    return words;
}

} // namespace

ArticleRepository::ArticleRepository(Database &db, ChangeLog &changes)
    : m_db(db)
    , m_changes(changes)
{}

QList<ArticleRepository::SearchHit> ArticleRepository::readHits(Statement &st, bool withSnippet)
{
    QList<SearchHit> hits;
    while (st.next()) {
        SearchHit hit;
        hit.article = articleTable().read(st);
        if (withSnippet)
            hit.snippet = highlightedHtml(st.text(articleTable().columnCount()));
        hits.append(hit);
    }
    return hits;
}

std::optional<Article> ArticleRepository::articleById(qint64 id)
{
    Statement st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM articles a WHERE a.id = ?").arg(columns(QStringLiteral("a"))));
    st.bind(id).exec();
    const QList<SearchHit> hits = readHits(st, false);
    if (hits.isEmpty())
        return std::nullopt;
    return hits.constFirst().article;
}

Article ArticleRepository::create(const Article &article)
{
    Article a = article;
    if (a.createdAt == 0)
        a.createdAt = Timestamp::nowMs();
    // An imported article with a past creation time was last touched then, not today.
    if (a.updatedAt == 0)
        a.updatedAt = a.createdAt;
    a.version = 1;
    a.id = articleTable().insert(m_db, a);
    // Articles are public knowledge: every customer may see them in the feed.
    m_changes.append(QStringLiteral("article"), a.id, a.toJson(), ChangeAudience::everyone());
    qCDebug(lcKb) << "created article" << a.id << a.title;
    return a;
}

Article ArticleRepository::update(qint64 id, const Patch &patch, qint64 expectedVersion)
{
    const std::optional<Article> current = articleById(id);
    if (!current)
        throw DomainError::notFound(QStringLiteral("No such article: %1.").arg(id));
    const auto stale = [](const Article &now) {
        return DomainError::versionConflict(
            QStringLiteral("The article was changed meanwhile (it is now version %1): reload it and "
                           "apply your change again.")
                .arg(now.version),
            now.toJson());
    };
    if (current->version != expectedVersion)
        throw stale(*current);

    Article next = *current;
    next.title = patch.title.value_or(next.title);
    next.body = patch.body.value_or(next.body);
    next.lang = patch.lang.value_or(next.lang);
    next.category = patch.category.value_or(next.category);
    next.tags = patch.tags.value_or(next.tags);
    next.errorCodes = patch.errorCodes.value_or(next.errorCodes);
    // Saving an unchanged form is not an edit: no new version, nothing in the feed.
    if (next.title == current->title && next.body == current->body && next.lang == current->lang &&
        next.category == current->category && next.tags == current->tags &&
        next.errorCodes == current->errorCodes)
        return *current;

    next.version = current->version + 1;
    // Never backwards, even if the clock is (or imported data was) ahead.
    next.updatedAt = std::max(Timestamp::nowMs(), current->updatedAt);
    Statement st = m_db.prepare(articleTable().updateSql(QStringLiteral("version = ?")));
    articleTable().bindWritten(st, next);
    st.bind(id).bind(current->version).exec();
    // Writers hold the write lock, so this cannot happen; if it ever does, the client must not be told that
    // its change was saved.
    if (st.rowsAffected() != 1) {
        const std::optional<Article> now = articleById(id);
        if (!now)
            throw DomainError::notFound(QStringLiteral("No such article: %1.").arg(id));
        throw stale(*now);
    }
    m_changes.append(QStringLiteral("article"), id, next.toJson(), ChangeAudience::everyone());
    qCDebug(lcKb) << "updated article" << id << "to version" << next.version;
    return next;
}

QString ArticleRepository::ftsQuery(const QString &q)
{
    QStringList words = searchWords(q);
    if (words.isEmpty())
        return {};
    // A quoted FTS5 string is never an operator, column filter or syntax error, whatever it holds; the
    // tokenizer still splits it into tokens ("E-1042" becomes the phrase e 1042). Strings side by side mean
    // AND; '*' after the last makes it a prefix.
    for (QString &word : words)
        word = QLatin1Char('"') + word.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return words.join(QLatin1Char(' ')) + QLatin1Char('*');
}

QList<ArticleRepository::SearchHit> ArticleRepository::search(const QString &q, const QString &errorCode,
                                                              const QString &category, const QString &lang,
                                                              int limit)
{
    const bool pg = m_db.isPostgres();
    const bool searching = !q.trimmed().isEmpty();

    QStringList conditions;
    QVariantList filterValues;
    if (!errorCode.isEmpty()) {
        // One element of the JSON list, ignoring case (lower() on both sides, so both backends fold the same
        // way for ASCII codes); a substring of a code does not match.
        conditions.append(
            pg ? QStringLiteral("EXISTS (SELECT 1 FROM jsonb_array_elements_text(a.error_codes::jsonb)"
                                " e(code) WHERE lower(e.code) = lower(?))")
               : QStringLiteral("EXISTS (SELECT 1 FROM json_each(a.error_codes) e"
                                " WHERE lower(e.value) = lower(?))"));
        filterValues.append(errorCode);
    }
    if (!category.isEmpty()) {
        conditions.append(QStringLiteral("a.category = ?"));
        filterValues.append(category);
    }
    if (!lang.isEmpty()) {
        conditions.append(QStringLiteral("a.lang = ?"));
        filterValues.append(lang);
    }
    const auto bindFilters = [&](Statement &st) {
        for (const QVariant &v : std::as_const(filterValues))
            st.bind(v);
    };

    if (!searching) {
        const QString where = conditions.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
        Statement st = m_db.prepare(
            QStringLiteral("SELECT %1 FROM articles a%2 ORDER BY a.updated_at DESC, a.id DESC LIMIT ?")
                .arg(columns(QStringLiteral("a")), where));
        bindFilters(st);
        st.bind(limit).exec();
        return readHits(st, false);
    }

    const QStringList words = searchWords(q);
    if (words.isEmpty())
        return {};
    const QString filters =
        conditions.isEmpty() ? QString() : QStringLiteral(" AND ") + conditions.join(QLatin1String(" AND "));

    if (!pg) {
        Statement st =
            m_db.prepare(QStringLiteral("SELECT %1, snippet(articles_fts, 1, ?, ?, ?, 16)"
                                        " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
                                        " WHERE articles_fts MATCH ?%2"
                                        // A word in the title says more than one in the body.
                                        " ORDER BY bm25(articles_fts, 3.0, 1.0), a.id LIMIT ?")
                             .arg(columns(QStringLiteral("a")), filters));
        st.bind(QString(MarkStart)).bind(QString(MarkEnd)).bind(QStringLiteral("…")).bind(ftsQuery(q));
        bindFilters(st);
        st.bind(limit).exec();
        return readHits(st, true);
    }

    // plainto_tsquery accepts any text. The prefix term for the last word is built by hand only when that
    // word is plain letters and digits, so the to_tsquery syntax cannot be broken; otherwise the last word
    // is matched whole, as plainto_tsquery does.
    const QString last = words.constLast();
    const QString head = QStringList(words.mid(0, words.size() - 1)).join(QLatin1Char(' '));
    const bool prefix = isPlainWord(last);
    QString tsquery;
    QStringList tsqueryValues;
    if (!prefix) {
        tsquery = QStringLiteral("plainto_tsquery('simple', ?)");
        tsqueryValues = {words.join(QLatin1Char(' '))};
    } else if (head.isEmpty()) {
        tsquery = QStringLiteral("to_tsquery('simple', ?)");
        tsqueryValues = {QLatin1Char('\'') + last + QLatin1String("':*")};
    } else {
        tsquery = QStringLiteral("(plainto_tsquery('simple', ?) && to_tsquery('simple', ?))");
        tsqueryValues = {head, QLatin1Char('\'') + last + QLatin1String("':*")};
    }
    // ts_headline is slow on long bodies, so it runs only on the rows that make the page.
    Statement st =
        m_db.prepare(QStringLiteral("SELECT %1, ts_headline('simple', r.body, r.query, ?) FROM ("
                                    "SELECT %2, q.query, ts_rank(a.search, q.query) AS rank"
                                    " FROM articles a, (SELECT %3 AS query) q WHERE a.search @@ q.query%4"
                                    " ORDER BY rank DESC, a.id LIMIT ?) r ORDER BY r.rank DESC, r.id")
                         .arg(columns(QStringLiteral("r")), columns(QStringLiteral("a")), tsquery, filters));
    st.bind(QStringLiteral("StartSel=%1, StopSel=%2, MaxWords=24, MinWords=8").arg(MarkStart, MarkEnd));
    for (const QString &value : std::as_const(tsqueryValues))
        st.bind(value);
    bindFilters(st);
    st.bind(limit).exec();
    return readHits(st, true);
}

} // namespace tierdesk
