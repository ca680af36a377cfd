#pragma once

#include <QStringList>

class QTextStream;

namespace tierdesk {

struct ServerContext;

// The `tierdesk-server user …` commands, for the administrator at the server's console (the HTTP API has no
// way to create accounts, so the first admin and agents come from here):
//
//   user add LOGIN --role customer|agent|supervisor|admin [--name NAME] [--tier 1-3]
//            [--importance standard|vip] [--organisation NAME] [--group NAME]... [--password-stdin]
//   user passwd LOGIN [--password-stdin]
//   user list
//
// The password is asked twice on the terminal, without echo; --password-stdin reads one line from standard
// input instead, for scripts (a password on the command line would show up in `ps` and shell history).
class UserCommand
{
public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    // `arguments` are the words after "user". Returns the process exit code: Success; UsageError (2) with a
    // message on `err` when the command is wrong (unknown option, invalid value, unknown or taken login,
    // passwords that differ); Failure (1) when the database fails.
    static int run(ServerContext &context, const QStringList &arguments, QTextStream &out, QTextStream &err);

    // 1 to 100 characters of A-Z, a-z, 0-9 and . _ @ - (no spaces, so a login is one word in every shell).
    static bool isValidLogin(const QString &login);
};

} // namespace tierdesk
