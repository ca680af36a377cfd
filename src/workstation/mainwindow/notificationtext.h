#pragma once

#include "core/notification.h"

#include <QCoreApplication>
#include <QString>

namespace tierdesk {

class LocalStore;

// How a notification reads in the workstation: the server sends what it is about (kind, ticket, a short
// text); the sentence is made here, in the agent's language.
class NotificationText
{
    Q_DECLARE_TR_FUNCTIONS(tierdesk::NotificationText)

public:
    // "Assigned to you: TD-1042", "Reply on TD-1042".
    static QString title(const Notification &notification, LocalStore *store);
    // The ticket's subject for an assignment, the reply's opening words for a reply.
    static QString text(const Notification &notification, LocalStore *store);
};

} // namespace tierdesk
