#pragma once

#include "client/clienterror.h"

#include <QCoreApplication>
#include <QUrl>

namespace tierdesk {

// The sentence the sign-in shows for a failed attempt: what happened and what to do, in the person's
// language. The client library's own message (English, technical) is added only where it carries the detail
// (the certificate problem, the network error).
class LoginErrorText
{
    Q_DECLARE_TR_FUNCTIONS(LoginErrorText)

public:
    static QString describe(const ClientError &error, const QUrl &server);
    static QString serverName(const QUrl &server); // "help.example.com:8443"
};

} // namespace tierdesk
