#pragma once

// The queue's filter box (a TicketQuery's filter): text parsed into an SQL condition over the local cache's
// `tickets` table (alias `t`) with bound values — values are never pasted into the SQL.
//
//     TicketFilter f = TicketFilter::parse(QStringLiteral("printer status:open owner:me E-4012"));
//     const TicketFilter::Sql sql = f.toSql(myId); // sql.where: "(...) AND (...)", sql.values: the binds
//     f.warnings();                               // e.g. "Unknown term 'stauts:' — searched as text"
//
// Syntax (words are ANDed; terms and words are case-insensitive; values may be "quoted phrases"):
//   word, "a phrase"     subject contains it, or an error code contains it ("E-4012"); a word that is a
//                        ticket number ("TD-123", "123", "#123") also matches that ticket.
//   status:S[,S...]      new, open, waiting_customer, waiting_internal, resolved, closed; also "waiting"
//                        (both waiting states) and "active"/"unresolved" (new, open and both waiting).
//   owner:me|none|LOGIN  my tickets, unassigned ones, or those of the agent with that login.
//   requester:LOGIN      tickets of that customer.
//   severity:N priority:N tier:N   with an optional comparison: severity:<=2, priority:>3, tier:=2.
//   vip:yes|no           requester is (not) a VIP customer.
//   tag:X                has the tag X (exact, case-insensitive).
//   code:X               has the error code X (exact, case-insensitive).
//   group:NAME           in the group of that name (exact, or a prefix of it).
// A term with an unknown name or a value it cannot understand is searched as text instead, and
// warnings() says so, so the UI can show why nothing matches.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace tierdesk {

class TicketFilter
{
    Q_DECLARE_TR_FUNCTIONS(tierdesk::TicketFilter)

public:
    struct Sql
    {
        QString where;       // empty: no condition; otherwise a boolean SQL expression over alias t
        QVariantList values; // one per '?' in `where`, in order
        // Also required, but needs the row itself and narrows nothing an index could find (an exact LIKE
        // after a coarser full-text lookup): kept apart so that a walk of an index rejects rows on `where`
        // before reading them. Empty: none.
        QString check;
        QVariantList checkValues;
    };

    static TicketFilter parse(const QString &text);

    bool isEmpty() const { return m_clauses.isEmpty(); }
    QStringList warnings() const { return m_warnings; }
    // searchIndex: the cache has the tickets_search full-text table (trigram): words of three or more
    // characters, tags and codes are then looked up there instead of scanning every row. Same results.
    // userId: whose tickets owner:me means. (TicketQueryEngine runs it; public for the tests.)
    Sql toSql(qint64 userId, bool searchIndex = false) const;

    // Splits the text into words and terms the way parse() does: quotes group, `name:"a b"` is one token.
    static QStringList tokenize(const QString &text);

private:
    struct Clause
    {
        enum Kind { Text, Status, OwnerMe, OwnerNone, OwnerLogin, Requester, Compare, Vip, Tag, Code, Group };
        Kind kind = Text;
        QString column;     // Compare: severity, priority or tier
        QString op;         // Compare: =, <, <=, >, >=
        QString text;       // Text, OwnerLogin, Requester, Tag, Code, Group
        QStringList values; // Status
        qint64 number = 0;  // Compare; Text: a ticket number (0: none)
        bool flag = false;  // Vip: yes/no; Text: was quoted
    };

    QList<Clause> m_clauses;
    QStringList m_warnings;
};

} // namespace tierdesk
