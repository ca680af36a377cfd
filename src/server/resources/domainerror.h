#pragma once

#include <QJsonObject>
#include <QString>
#include <exception>

namespace tierdesk {

// What a repository raises when a request cannot be carried out for a reason of the data: the thing does not
// exist, a value does not hold, someone changed it first, or a rule forbids the change. Repositories know no
// HTTP; the router alone turns these into answers (404, 422, 412 with "current", 409), so the same rule reads
// the same way from the API, the command-line tools and the demo seeder.
class DomainError : public std::exception
{
public:
    enum class Kind {
        NotFound,         // 404 not_found
        ValidationFailed, // 422, code validation_failed unless a more precise one is given
        VersionConflict,  // 412 version_mismatch, with the current state
        Conflict,         // 409, with its own code
    };

    static DomainError notFound(QString message)
    {
        return {Kind::NotFound, QStringLiteral("not_found"), message};
    }
    // `field`: the request field at fault (e.g. "owner_id"), named in the answer so a client can mark it.
    static DomainError validation(QString message, QString field = {},
                                  QString code = QStringLiteral("validation_failed"))
    {
        DomainError e(Kind::ValidationFailed, std::move(code), std::move(message));
        e.m_field = std::move(field);
        return e;
    }
    static DomainError versionConflict(QString message, QJsonObject current)
    {
        DomainError e(Kind::VersionConflict, QStringLiteral("version_mismatch"), std::move(message));
        e.m_current = std::move(current);
        return e;
    }
    static DomainError conflict(QString code, QString message)
    {
        return {Kind::Conflict, std::move(code), std::move(message)};
    }

    Kind kind() const { return m_kind; }
    const QString &code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QString &field() const { return m_field; }
    const QJsonObject &current() const { return m_current; }
    const char *what() const noexcept override { return "tierdesk::DomainError"; }

private:
    DomainError(Kind kind, QString code, QString message)
        : m_kind(kind)
        , m_code(std::move(code))
        , m_message(std::move(message))
    {}

    Kind m_kind;
    QString m_code;
    QString m_message;
    QString m_field;
    QJsonObject m_current;
};

} // namespace tierdesk
