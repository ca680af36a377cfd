#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace tierdesk {

// One edit made in a program that the server has not acknowledged yet. It lives in the local database from
// the moment the person makes it until the server's answer is stored, so a crash or a week offline loses
// nothing; the idempotency key makes a repeat after a lost answer harmless.
struct OutboxEntry
{
    // Action: a named operation on a described entity (entitydescription.h) — POST
    // <collection>/{entityId}/<operation>, or <collection>/<operation> when entityId is 0 — with the same
    // keys, retries and rejection rules as every entry. New offline-capable actions need no new kind.
    enum class Kind { CreateTicket, PatchTicket, PostMessage, CreateArticle, PatchArticle, Action };
    enum class State { Pending, Conflict };

    qint64 id = 0; // order of the edits
    Kind kind = Kind::PatchTicket;
    State state = State::Pending;
    QByteArray idempotencyKey;
    // The ticket or article the edit is about (negative: created offline, not yet known to the server);
    // for PostMessage, the ticket.
    qint64 entityId = 0;
    qint64 localId = 0;     // CreateTicket/PostMessage/CreateArticle: the local row standing in meanwhile
    qint64 baseVersion = 0; // Patch*: the server version the edit was made on
    QJsonObject baseJson;   // Patch*: the server's state at that version (to tell whose fields changed)
    QJsonObject payload;    // the request body
    qint64 createdAt = 0;
    int attempts = 0;
    QString lastError;

    bool isPatch() const { return kind == Kind::PatchTicket || kind == Kind::PatchArticle; }
    bool isTicketEntity() const
    {
        return kind != Kind::CreateArticle && kind != Kind::PatchArticle && kind != Kind::Action;
    }
    static OutboxEntry action(const QString &entity, const QString &operation, qint64 entityId,
                              const QJsonObject &body, const QByteArray &key, qint64 now);
    QString actionEntity() const;    // Action: e.g. "notification"
    QString actionOperation() const; // Action: e.g. "read"
    QJsonObject actionBody() const;
    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name, bool *ok);
};

// An edit that collided with someone else's change of the same fields. Both versions are kept until a
// person picks one or merges them; nothing is dropped silently.
struct Conflict
{
    qint64 outboxId = 0;
    QString entity; // "ticket" or "article"
    qint64 entityId = 0;
    QStringList fields; // the fields both sides changed differently
    QJsonObject mine;   // my edit (the patch)
    QJsonObject theirs; // the server's current state
    QJsonObject base;   // the state both started from
    qint64 createdAt = 0;
};

} // namespace tierdesk

Q_DECLARE_METATYPE(tierdesk::OutboxEntry)
Q_DECLARE_METATYPE(tierdesk::Conflict)
