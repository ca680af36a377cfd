#pragma once

// What a ticket query orders by (TicketQuery::sortKey). Each key orders by its column, then by ticket id, so
// that the order is total; Priority orders by priority, then SLA due, then id (the default order of the
// queue). Names and subjects sort case-insensitively for ASCII letters (SQLite NOCASE).

namespace tierdesk {

enum class TicketSortKey {
    Number,
    Subject,
    Requester, // the requester's name
    Severity,
    Priority,
    Status,
    Owner, // the owner's name
    Tier,
    SlaDue,
    LastActivity,
};

} // namespace tierdesk
