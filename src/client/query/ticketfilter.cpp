#include "ticketfilter.h"

#include <QRegularExpression>

namespace tierdesk {
namespace {

struct Token
{
    QString text;
    bool quoted = false; // the whole token was in quotes: a phrase, never a term
};

QList<Token> splitTokens(const QString &text)
{
    QList<Token> tokens;
    Token current;
    bool inQuotes = false;
    bool started = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            if (!started)
                current.quoted = true;
            started = true;
            inQuotes = !inQuotes;
            continue;
        }
        if (c.isSpace() && !inQuotes) {
            if (started && !current.text.isEmpty())
                tokens << current;
            current = {};
            started = false;
            continue;
        }
        current.text += c;
        started = true;
    }
    if (started && !current.text.isEmpty())
        tokens << current;
    return tokens;
}

// LIKE pattern that matches `text` anywhere, with the wildcards of the text escaped (ESCAPE '\').
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// An FTS5 phrase that matches `text` literally (the trigram tokenizer makes a phrase a substring search).
QString ftsPhrase(QString text)
{
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// For ASCII text the index is asked for a few of its trigrams (every third and the last), each on its own
// instead of as a phrase: FTS5 reads fewer doclists and checks no positions between them, about twice as
// fast for a common word (measured on a million tickets: 37-47 ms for a page instead of 56-97). Rows that
// have those trigrams but not the text are removed by an exact LIKE on the row (ASCII case-insensitive, as
// the trigram index is for ASCII). Empty: ask for the phrase (other scripts, whose case LIKE would not fold).
// Both look at the same stored text, so they agree on quotes and backslashes too.
QString ftsTrigramCover(const QString &text)
{
    if (text.size() < 6) // three trigrams or fewer: the phrase is as cheap
        return {};
    for (QChar ch : text)
        if (ch.unicode() >= 0x80)
            return {};
    QStringList trigrams;
    for (qsizetype i = 0; i + 3 <= text.size(); i += 3)
        trigrams << ftsPhrase(text.mid(i, 3));
    if (text.size() % 3 != 0)
        trigrams << ftsPhrase(text.right(3));
    return trigrams.join(QStringLiteral(" AND "));
}

QString prefixPattern(const QString &text)
{
    QString p = containsPattern(text);
    return p.mid(1);
}

const QStringList &statusWords()
{
    static const QStringList words{QStringLiteral("new"),
                                   QStringLiteral("open"),
                                   QStringLiteral("waiting_customer"),
                                   QStringLiteral("waiting_internal"),
                                   QStringLiteral("resolved"),
                                   QStringLiteral("closed")};
    return words;
}

} // namespace

QStringList TicketFilter::tokenize(const QString &text)
{
    QStringList out;
    for (const Token &t : splitTokens(text))
        out << t.text;
    return out;
}

TicketFilter TicketFilter::parse(const QString &text)
{
    static const QRegularExpression termPattern(QStringLiteral("^([A-Za-z_]+):(.*)$"),
                                                QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression numberPattern(QStringLiteral("^(?:TD-|#)?(\\d{1,15})$"),
                                                  QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression comparePattern(QStringLiteral("^(<=|>=|<|>|=)?\\s*(\\d{1,9})$"));

    TicketFilter filter;
    const auto addText = [&filter](const QString &word, bool quoted) {
        Clause c;
        c.kind = Clause::Text;
        c.text = word;
        c.flag = quoted;
        if (!quoted) {
            const auto m = numberPattern.match(word);
            if (m.hasMatch())
                c.number = m.captured(1).toLongLong();
        }
        filter.m_clauses << c;
    };
    const auto unknownValue = [&](const QString &token, const QString &name, const QString &value) {
        filter.m_warnings << tr("'%1' is not a value of %2: — searched as text").arg(value, name);
        addText(token, false);
    };

    for (const Token &token : splitTokens(text)) {
        const auto m = token.quoted ? QRegularExpressionMatch() : termPattern.match(token.text);
        if (!m.hasMatch()) {
            addText(token.text, token.quoted);
            continue;
        }
        const QString name = m.captured(1).toLower();
        const QString value = m.captured(2).trimmed();
        static const QStringList known{QStringLiteral("status"),    QStringLiteral("owner"),
                                       QStringLiteral("requester"), QStringLiteral("severity"),
                                       QStringLiteral("priority"),  QStringLiteral("tier"),
                                       QStringLiteral("vip"),       QStringLiteral("tag"),
                                       QStringLiteral("code"),      QStringLiteral("group")};
        if (!known.contains(name)) {
            filter.m_warnings << tr("Unknown term '%1:' — searched as text").arg(m.captured(1));
            addText(token.text, false);
            continue;
        }
        if (value.isEmpty())
            continue; // still being typed: "status:" means nothing yet
        Clause c;
        if (name == QLatin1String("status")) {
            c.kind = Clause::Status;
            bool ok = true;
            for (const QString &part : value.toLower().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (statusWords().contains(part)) {
                    c.values << part;
                } else if (part == QLatin1String("waiting")) {
                    c.values << QStringLiteral("waiting_customer") << QStringLiteral("waiting_internal");
                } else if (part == QLatin1String("active") || part == QLatin1String("unresolved")) {
                    c.values << QStringLiteral("new") << QStringLiteral("open")
                             << QStringLiteral("waiting_customer") << QStringLiteral("waiting_internal");
                } else {
                    ok = false;
                }
            }
            if (!ok || c.values.isEmpty()) {
                unknownValue(token.text, name, value);
                continue;
            }
            c.values.removeDuplicates();
        } else if (name == QLatin1String("owner")) {
            const QString v = value.toLower();
            if (v == QLatin1String("me")) {
                c.kind = Clause::OwnerMe;
            } else if (v == QLatin1String("none") || v == QLatin1String("nobody")) {
                c.kind = Clause::OwnerNone;
            } else {
                c.kind = Clause::OwnerLogin;
                c.text = value;
            }
        } else if (name == QLatin1String("requester")) {
            c.kind = Clause::Requester;
            c.text = value;
        } else if (name == QLatin1String("severity") || name == QLatin1String("priority") ||
                   name == QLatin1String("tier")) {
            const auto cm = comparePattern.match(value);
            if (!cm.hasMatch()) {
                unknownValue(token.text, name, value);
                continue;
            }
            c.kind = Clause::Compare;
            c.column = name;
            c.op = cm.captured(1).isEmpty() ? QStringLiteral("=") : cm.captured(1);
            c.number = cm.captured(2).toLongLong();
        } else if (name == QLatin1String("vip")) {
            static const QStringList yes{QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                                         QStringLiteral("1")};
            static const QStringList no{QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
                                        QStringLiteral("0")};
            const QString v = value.toLower();
            if (!yes.contains(v) && !no.contains(v)) {
                unknownValue(token.text, name, value);
                continue;
            }
            c.kind = Clause::Vip;
            c.flag = yes.contains(v);
        } else if (name == QLatin1String("tag")) {
            c.kind = Clause::Tag;
            c.text = value;
        } else if (name == QLatin1String("code")) {
            c.kind = Clause::Code;
            c.text = value;
        } else if (name == QLatin1String("group")) {
            c.kind = Clause::Group;
            c.text = value;
        }
        filter.m_clauses << c;
    }
    return filter;
}

TicketFilter::Sql TicketFilter::toSql(qint64 userId, bool searchIndex) const
{
    // The trigram index finds any substring of three characters or more (case-insensitively), which is what
    // LIKE '%…%' finds; shorter ones it cannot, so they scan.
    const auto indexed = [searchIndex](const QString &text) { return searchIndex && text.size() >= 3; };
    QStringList parts, checks;
    QVariantList values, checkValues;
    for (const Clause &c : m_clauses) {
        switch (c.kind) {
        case Clause::Text: {
            QString sql;
            const QString cover = ftsTrigramCover(c.text);
            if (indexed(c.text)) {
                // One list of ids from the indexes (the number's too), so that SQLite can drive from it.
                sql =
                    QStringLiteral("t.id IN (SELECT rowid FROM tickets_search WHERE tickets_search MATCH ?");
                values << QStringLiteral("{subject error_codes} : ") +
                              (cover.isEmpty() ? ftsPhrase(c.text)
                                               : QLatin1Char('(') + cover + QLatin1Char(')'));
                if (c.number > 0) {
                    sql += QStringLiteral(" UNION ALL SELECT id FROM tickets WHERE number = ?");
                    values << c.number;
                }
                sql += QLatin1Char(')');
                if (!cover.isEmpty()) {
                    QString check =
                        QStringLiteral("t.subject LIKE ? ESCAPE '\\' OR t.error_codes LIKE ? ESCAPE '\\'");
                    checkValues << containsPattern(c.text) << containsPattern(c.text);
                    if (c.number > 0) {
                        check += QStringLiteral(" OR t.number = ?");
                        checkValues << c.number;
                    }
                    checks << QLatin1Char('(') + check + QLatin1Char(')');
                }
            } else {
                sql = QStringLiteral("t.subject LIKE ? ESCAPE '\\' OR t.error_codes LIKE ? ESCAPE '\\'");
                values << containsPattern(c.text) << containsPattern(c.text);
                if (c.number > 0) {
                    sql += QStringLiteral(" OR t.number = ?");
                    values << c.number;
                }
            }
            parts << QLatin1Char('(') + sql + QLatin1Char(')');
            break;
        }
        case Clause::Status: {
            QStringList marks;
            for (const QString &s : c.values) {
                marks << QStringLiteral("?");
                values << s;
            }
            parts << QStringLiteral("t.status IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
            break;
        }
        case Clause::OwnerMe:
            parts << QStringLiteral("t.owner_id = ?");
            values << userId;
            break;
        case Clause::OwnerNone:
            parts << QStringLiteral("t.owner_id IS NULL");
            break;
        case Clause::OwnerLogin:
            parts << QStringLiteral("t.owner_id IN (SELECT id FROM users WHERE login = ? COLLATE NOCASE)");
            values << c.text;
            break;
        case Clause::Requester:
            parts << QStringLiteral(
                "t.requester_id IN (SELECT id FROM users WHERE login = ? COLLATE NOCASE)");
            values << c.text;
            break;
        case Clause::Compare:
            // column and op come from fixed lists checked by parse(), never from the text as typed
            parts << QStringLiteral("t.%1 %2 ?").arg(c.column, c.op);
            values << c.number;
            break;
        case Clause::Vip:
            parts << (c.flag ? QStringLiteral(
                                   "t.requester_id IN (SELECT id FROM users WHERE importance = 'vip')")
                             : QStringLiteral(
                                   "t.requester_id NOT IN (SELECT id FROM users WHERE importance = 'vip')"));
            break;
        case Clause::Tag:
        case Clause::Code: {
            // The list columns hold JSON arrays of strings. With the search index, the element in its quotes
            // ("vpn") is a substring only an element equal to it has (quotes inside elements are escaped);
            // without it, LIKE narrows cheaply and json_each makes it exact.
            const QString name =
                c.kind == Clause::Tag ? QStringLiteral("tags") : QStringLiteral("error_codes");
            if (indexed(c.text)) {
                parts << QStringLiteral(
                    "t.id IN (SELECT rowid FROM tickets_search WHERE tickets_search MATCH ?)");
                values << name + QStringLiteral(" : ") +
                              ftsPhrase(QLatin1Char('"') + c.text + QLatin1Char('"'));
            } else {
                parts << QStringLiteral(
                             "(t.%1 LIKE ? ESCAPE '\\' AND EXISTS (SELECT 1 FROM json_each(t.%1) AS e"
                             " WHERE e.value = ? COLLATE NOCASE))")
                             .arg(name);
                values << containsPattern(c.text) << c.text;
            }
            break;
        }
        case Clause::Group:
            parts << QStringLiteral("t.group_id IN (SELECT id FROM groups WHERE name LIKE ? ESCAPE '\\')");
            values << prefixPattern(c.text);
            break;
        }
    }
    if (parts.isEmpty())
        return {};
    return {parts.join(QStringLiteral(" AND ")), values, checks.join(QStringLiteral(" AND ")), checkValues};
}

} // namespace tierdesk
