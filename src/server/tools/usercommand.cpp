#include "server/tools/usercommand.h"

#include "server/auth/passwordhasher.h"
#include "server/resources/domainerror.h"
#include "server/resources/users/userrepository.h"
#include "server/servercontext.h"
#include "server/storage/database.h"
#include "server/storage/transaction.h"

#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QTextStream>
#include <iostream>
#include <optional>
#include <string>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcUserCommand, "tierdesk.server.usercommand")

namespace tierdesk {
namespace {

constexpr int MaxPasswordLength = 1024;
constexpr int MaxNameLength = 200;

const char *const AddUsage =
    "usage: tierdesk-server user add LOGIN --role customer|agent|supervisor|admin [--name NAME] [--tier "
    "1-3]\n"
    "                                [--importance standard|vip] [--organisation NAME] [--group NAME]...\n"
    "                                [--password-stdin]\n"
    "  --tier is required for agents and only for them; --importance (default standard) and --organisation\n"
    "  only for customers; --group (repeatable) names an existing group.\n";
const char *const PasswdUsage = "usage: tierdesk-server user passwd LOGIN [--password-stdin]\n";
const char *const ListUsage = "usage: tierdesk-server user list\n";

// Thrown for anything the administrator typed wrong; run() turns it into the message and exit code 2.
struct CommandError
{
    QString message;
};

// ---- reading passwords -----------------------------------------------------------------------------------

// One line of standard input without its line break; nullopt at the end of input.
std::optional<QString> readStdinLine()
{
    std::string line;
    if (!std::getline(std::cin, line) && line.empty())
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

#ifdef Q_OS_WIN

// Reads one line from the console with echo switched off; nullopt when standard input is not a console.
std::optional<QString> readHiddenLine()
{
    const HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (in == INVALID_HANDLE_VALUE || !GetConsoleMode(in, &mode))
        return std::nullopt;
    SetConsoleMode(in, (mode & ~DWORD(ENABLE_ECHO_INPUT)) | ENABLE_LINE_INPUT | ENABLE_PROCESSED_INPUT);
    // ReadConsoleW gives UTF-16 whatever the console's code page, so non-ASCII passwords arrive intact.
    QString line;
    wchar_t buffer[256];
    bool ok = true;
    while (!line.endsWith(QLatin1Char('\n'))) {
        DWORD read = 0;
        if (!ReadConsoleW(in, buffer, DWORD(std::size(buffer)), &read, nullptr) || read == 0) {
            ok = false;
            break;
        }
        line += QString::fromWCharArray(buffer, int(read));
    }
    SetConsoleMode(in, mode);
    if (!ok)
        return std::nullopt;
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

#else

// What the terminal looked like before echo went off, for the signal handler below.
termios s_savedTerminal;

// Ctrl-C (or a kill) while the password is being typed must not leave the user's shell without echo: put the
// terminal back, then die of the signal as if we had not caught it. Only async-signal-safe calls here.
extern "C" void restoreTerminalAndRaise(int signal)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &s_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Reads one line from the terminal with echo switched off; nullopt when standard input is not a terminal.
std::optional<QString> readHiddenLine()
{
    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &s_savedTerminal) != 0)
        return std::nullopt;
    termios quiet = s_savedTerminal;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= ICANON;
    const int caught[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    void (*previous[std::size(caught)])(int);
    for (size_t i = 0; i < std::size(caught); ++i)
        previous[i] = std::signal(caught[i], restoreTerminalAndRaise);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    std::optional<QString> line = readStdinLine();
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &s_savedTerminal);
    for (size_t i = 0; i < std::size(caught); ++i)
        std::signal(caught[i], previous[i]);
    return line;
}

#endif

QString checkedPassword(std::optional<QString> password)
{
    if (!password)
        throw CommandError{QStringLiteral("No password given (standard input ended).")};
    if (password->isEmpty())
        throw CommandError{QStringLiteral("The password must not be empty.")};
    if (password->size() > MaxPasswordLength)
        throw CommandError{
            QStringLiteral("The password is longer than %1 characters.").arg(MaxPasswordLength)};
    return *password;
}

// The new password for `login`: one line of standard input for scripts, else typed twice on the terminal.
QString askPassword(const QString &login, bool fromStdin, QTextStream &err)
{
    if (fromStdin)
        return checkedPassword(readStdinLine());
    err << "New password for " << login << ": " << Qt::flush;
    std::optional<QString> first = readHiddenLine();
    if (!first)
        throw CommandError{
            QStringLiteral("Standard input is not a terminal, so the password cannot be asked for; "
                           "pipe it in with --password-stdin.")};
    err << Qt::endl; // the Enter key was not echoed either
    const QString password = checkedPassword(first);
    err << "Repeat the password: " << Qt::flush;
    const std::optional<QString> second = readHiddenLine();
    err << Qt::endl;
    if (second != password)
        throw CommandError{QStringLiteral("The two passwords differ; nothing was changed.")};
    return password;
}

// ---- the commands ----------------------------------------------------------------------------------------

// Parses the words after "user SUBCOMMAND" and returns the one positional argument, LOGIN (or none for list).
QStringList parse(QCommandLineParser &parser, const QString &subcommand, const QStringList &arguments,
                  qsizetype positionals, const char *usage)
{
    // QCommandLineParser skips the first word as the program's name.
    if (!parser.parse(QStringList{QStringLiteral("user ") + subcommand} + arguments))
        throw CommandError{parser.errorText() + QLatin1Char('\n') + QLatin1String(usage)};
    const QStringList words = parser.positionalArguments();
    if (words.size() != positionals) {
        const QString what = words.size() < positionals
                                 ? QStringLiteral("user %1 needs a LOGIN.").arg(subcommand)
                                 : QStringLiteral("Unexpected argument '%1'.").arg(words.value(positionals));
        throw CommandError{what + QLatin1Char('\n') + QLatin1String(usage)};
    }
    return words;
}

int addUser(ServerContext &context, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption roleOption(QStringLiteral("role"), QStringLiteral("Role."),
                                        QStringLiteral("ROLE"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("Display name."),
                                        QStringLiteral("N"));
    const QCommandLineOption tierOption(QStringLiteral("tier"), QStringLiteral("Agent's tier."),
                                        QStringLiteral("1-3"));
    const QCommandLineOption importanceOption(QStringLiteral("importance"),
                                              QStringLiteral("Customer's importance."),
                                              QStringLiteral("standard|vip"));
    const QCommandLineOption organisationOption(
        QStringLiteral("organisation"), QStringLiteral("Customer's organisation."), QStringLiteral("NAME"));
    const QCommandLineOption groupOption(QStringLiteral("group"), QStringLiteral("Group to join."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption stdinOption(QStringLiteral("password-stdin"),
                                         QStringLiteral("Read the password from standard input."));
    parser.addOptions(
        {roleOption, nameOption, tierOption, importanceOption, organisationOption, groupOption, stdinOption});
    const QString login = parse(parser, QStringLiteral("add"), arguments, 1, AddUsage).constFirst();

    if (!UserCommand::isValidLogin(login))
        throw CommandError{
            QStringLiteral("The login '%1' is not 1 to 100 characters of A-Z, a-z, 0-9, '.', '_', "
                           "'@' and '-'.")
                .arg(login)};
    if (!parser.isSet(roleOption))
        throw CommandError{QStringLiteral("user add needs --role customer|agent|supervisor|admin.\n") +
                           QLatin1String(AddUsage)};
    UserRepository::NewUser user;
    user.login = login;
    const std::optional<Role> role = roleFromString(parser.value(roleOption));
    if (!role)
        throw CommandError{QStringLiteral("Unknown role '%1': use customer, agent, supervisor or admin.")
                               .arg(parser.value(roleOption))};
    user.role = *role;

    if (parser.isSet(nameOption)) {
        user.name = parser.value(nameOption).trimmed();
        if (user.name.isEmpty() || user.name.size() > MaxNameLength)
            throw CommandError{QStringLiteral("--name wants 1 to %1 characters.").arg(MaxNameLength)};
    }

    // A tier says which queue an agent works; supervisors and admins see every tier.
    if (parser.isSet(tierOption)) {
        if (user.role != Role::Agent)
            throw CommandError{QStringLiteral("--tier is only for agents.")};
        bool ok = false;
        const int tier = parser.value(tierOption).toInt(&ok);
        if (!ok || tier < MinTier || tier > MaxTier)
            throw CommandError{
                QStringLiteral("--tier wants 1, 2 or 3, not '%1'.").arg(parser.value(tierOption))};
        user.tier = tier;
    } else if (user.role == Role::Agent) {
        throw CommandError{QStringLiteral("An agent needs --tier 1, 2 or 3.")};
    }

    // Importance ranks a customer's tickets (PriorityRule); staff have none.
    if (parser.isSet(importanceOption)) {
        if (user.role != Role::Customer)
            throw CommandError{QStringLiteral("--importance is only for customers.")};
        user.importance = importanceFromString(parser.value(importanceOption));
        if (!user.importance)
            throw CommandError{QStringLiteral("--importance wants standard or vip, not '%1'.")
                                   .arg(parser.value(importanceOption))};
    } else if (user.role == Role::Customer) {
        user.importance = Importance::Standard;
    }

    if (parser.isSet(organisationOption)) {
        if (user.role != Role::Customer)
            throw CommandError{QStringLiteral("--organisation is only for customers.")};
        user.organisation = parser.value(organisationOption).trimmed();
        if (user.organisation.isEmpty() || user.organisation.size() > MaxNameLength)
            throw CommandError{QStringLiteral("--organisation wants 1 to %1 characters.").arg(MaxNameLength)};
    }

    const QStringList groupNames = parser.values(groupOption);
    if (!groupNames.isEmpty()) {
        if (user.role == Role::Customer)
            throw CommandError{QStringLiteral("--group is only for staff: groups are teams of agents.")};
        const QList<Group> groups = context.users.groups();
        for (const QString &name : groupNames) {
            const auto it =
                std::find_if(groups.cbegin(), groups.cend(), [&](const Group &g) { return g.name == name; });
            if (it == groups.cend()) {
                QStringList known;
                for (const Group &g : groups)
                    known.append(g.name);
                throw CommandError{QStringLiteral("There is no group '%1'%2.")
                                       .arg(name, known.isEmpty()
                                                      ? QStringLiteral(" (there are no groups yet)")
                                                      : QStringLiteral("; groups: ") + known.join(u", "))};
            }
            if (!user.groupIds.contains(it->id))
                user.groupIds.append(it->id);
        }
    }

    // Before asking for a password that would then be thrown away.
    if (context.users.userByLogin(login))
        throw CommandError{QStringLiteral("The login '%1' is taken.").arg(login)};
    // Hashing is slow on purpose; done before the write lock is taken so the server's writers do not wait.
    user.passwordHash = PasswordHasher::hash(askPassword(login, parser.isSet(stdinOption), err));

    Transaction tx(context.db, Transaction::Mode::Write);
    const User created = context.users.createUser(user); // DomainError if the login was taken meanwhile
    tx.commit();
    qCInfo(lcUserCommand) << "created user" << created.login << "with id" << created.id;
    out << "created " << toString(created.role) << " '" << created.login << "' with id " << created.id
        << Qt::endl;
    return UserCommand::Success;
}

int changePassword(ServerContext &context, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption stdinOption(QStringLiteral("password-stdin"),
                                         QStringLiteral("Read the password from standard input."));
    parser.addOption(stdinOption);
    const QString login = parse(parser, QStringLiteral("passwd"), arguments, 1, PasswdUsage).constFirst();
    const std::optional<User> user = context.users.userByLogin(login);
    if (!user)
        throw CommandError{QStringLiteral("There is no user '%1'.").arg(login)};
    const QString hash = PasswordHasher::hash(askPassword(login, parser.isSet(stdinOption), err));

    Transaction tx(context.db, Transaction::Mode::Write);
    context.users.setPasswordHash(user->id, hash); // also ends the user's sessions
    tx.commit();
    qCInfo(lcUserCommand) << "changed the password of" << login;
    out << "changed the password of '" << login << "'; their sessions have ended" << Qt::endl;
    return UserCommand::Success;
}

int listUsers(ServerContext &context, const QStringList &arguments, QTextStream &out)
{
    QCommandLineParser parser;
    parse(parser, QStringLiteral("list"), arguments, 0, ListUsage);

    const QStringList header{QStringLiteral("ID"),         QStringLiteral("LOGIN"),
                             QStringLiteral("ROLE"),       QStringLiteral("TIER"),
                             QStringLiteral("IMPORTANCE"), QStringLiteral("ORGANISATION"),
                             QStringLiteral("NAME")};
    QList<QStringList> rows{header};
    const QString none = QStringLiteral("-");
    for (const User &u : context.users.users()) {
        rows.append({QString::number(u.id), u.login, toString(u.role),
                     u.tier ? QString::number(*u.tier) : none, u.importance ? toString(*u.importance) : none,
                     u.organisation.isEmpty() ? none : u.organisation, u.name});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            // The id is right-aligned like numbers are; the last column is not padded (no trailing blanks).
            if (i == 0)
                line += row.at(i).rightJustified(widths[i]);
            else if (i + 1 == row.size())
                line += row.at(i);
            else
                line += row.at(i).leftJustified(widths[i]);
            if (i + 1 < row.size())
                line += QLatin1String("  ");
        }
        out << line << '\n';
    }
    out << Qt::flush;
    return UserCommand::Success;
}

} // namespace

bool UserCommand::isValidLogin(const QString &login)
{
    if (login.isEmpty() || login.size() > 100)
        return false;
    return std::all_of(login.cbegin(), login.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'.' || c == u'_' || c == u'@' || c == u'-';
    });
}

int UserCommand::run(ServerContext &context, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString subcommand = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    try {
        if (subcommand == QLatin1String("add"))
            return addUser(context, rest, out, err);
        if (subcommand == QLatin1String("passwd"))
            return changePassword(context, rest, out, err);
        if (subcommand == QLatin1String("list"))
            return listUsers(context, rest, out);
        throw CommandError{
            (subcommand.isEmpty() ? QStringLiteral("user needs a command.")
                                  : QStringLiteral("Unknown command 'user %1'.").arg(subcommand)) +
            QStringLiteral("\n%1%2%3")
                .arg(QLatin1String(AddUsage), QLatin1String(PasswdUsage), QLatin1String(ListUsage))};
    } catch (const CommandError &e) {
        QString message = e.message;
        while (message.endsWith(QLatin1Char('\n')))
            message.chop(1);
        err << "tierdesk-server: " << message << Qt::endl;
        return UsageError;
    } catch (const DomainError &e) {
        // The repository's own checks (a login taken between our check and the insert).
        err << "tierdesk-server: " << e.message() << Qt::endl;
        return UsageError;
    } catch (const DatabaseError &e) {
        err << "tierdesk-server: database error: " << e.what() << Qt::endl;
        return Failure;
    }
}

} // namespace tierdesk
