#include "domaintypes.h"

#include <array>
#include <utility>

namespace tierdesk {
namespace {

template<typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, QStringView text)
{
    for (const auto &[e, name] : table) {
        if (text == QLatin1String(name))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Role, const char *>, 4> roles{{
    {Role::Customer, "customer"},
    {Role::Agent, "agent"},
    {Role::Supervisor, "supervisor"},
    {Role::Admin, "admin"},
}};
constexpr std::array<std::pair<Importance, const char *>, 2> importances{{
    {Importance::Standard, "standard"},
    {Importance::Vip, "vip"},
}};
constexpr std::array<std::pair<TicketStatus, const char *>, 6> statuses{{
    {TicketStatus::New, "new"},
    {TicketStatus::Open, "open"},
    {TicketStatus::WaitingCustomer, "waiting_customer"},
    {TicketStatus::WaitingInternal, "waiting_internal"},
    {TicketStatus::Resolved, "resolved"},
    {TicketStatus::Closed, "closed"},
}};
constexpr std::array<std::pair<MessageKind, const char *>, 2> kinds{{
    {MessageKind::Public, "public"},
    {MessageKind::Internal, "internal"},
}};
constexpr std::array<std::pair<NotificationKind, const char *>, 2> notificationKinds{{
    {NotificationKind::Assigned, "assigned"},
    {NotificationKind::Reply, "reply"},
}};

} // namespace

QString toString(Role role)
{
    return nameOf(roles, role);
}
QString toString(Importance importance)
{
    return nameOf(importances, importance);
}
QString toString(TicketStatus status)
{
    return nameOf(statuses, status);
}
QString toString(MessageKind kind)
{
    return nameOf(kinds, kind);
}
QString toString(NotificationKind kind)
{
    return nameOf(notificationKinds, kind);
}

std::optional<Role> roleFromString(QStringView text)
{
    return valueOf(roles, text);
}
std::optional<Importance> importanceFromString(QStringView text)
{
    return valueOf(importances, text);
}
std::optional<TicketStatus> ticketStatusFromString(QStringView text)
{
    return valueOf(statuses, text);
}
std::optional<MessageKind> messageKindFromString(QStringView text)
{
    return valueOf(kinds, text);
}
std::optional<NotificationKind> notificationKindFromString(QStringView text)
{
    return valueOf(notificationKinds, text);
}

} // namespace tierdesk
