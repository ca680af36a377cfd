#pragma once

#include <QString>
#include <optional>

namespace tierdesk {

// The closed vocabularies of the domain. Each enum converts to and from the exact strings of the JSON API;
// fromString() returns nullopt for anything else so callers can answer 422 instead of guessing.

enum class Role { Customer, Agent, Supervisor, Admin };
enum class Importance { Standard, Vip };
enum class TicketStatus { New, Open, WaitingCustomer, WaitingInternal, Resolved, Closed };
enum class MessageKind { Public, Internal };
// Why someone is told: a ticket was given to them, or a reply arrived on a ticket they own or asked.
enum class NotificationKind { Assigned, Reply };

QString toString(Role role);
QString toString(Importance importance);
QString toString(TicketStatus status);
QString toString(MessageKind kind);
QString toString(NotificationKind kind);

std::optional<Role> roleFromString(QStringView text);
std::optional<Importance> importanceFromString(QStringView text);
std::optional<TicketStatus> ticketStatusFromString(QStringView text);
std::optional<MessageKind> messageKindFromString(QStringView text);
std::optional<NotificationKind> notificationKindFromString(QStringView text);

// Staff are everyone who works tickets; customers only ever see their own.
inline bool isStaff(Role role)
{
    return role != Role::Customer;
}

// Severity runs from 1 (critical) to 4 (low); tiers from 1 (scripts) to 3 (specialists).
constexpr int MinSeverity = 1;
constexpr int MaxSeverity = 4;
constexpr int MinTier = 1;
constexpr int MaxTier = 3;

} // namespace tierdesk
