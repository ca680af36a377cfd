#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>
#include <functional>

namespace tierdesk {

// One synced resource as the local cache keeps it: the feed's entity name, the cache table, the columns the
// cache queries it by (read from the entity's JSON; the whole JSON is kept beside them), the order lists
// come in, the API collection its named actions go to, and who may see it (the server decides; written
// here for the reader). The feed applier, removal, counting and list reads all go through this, so syncing
// a new resource is one description (entities() in entitydescription.cpp) plus its core type — no switch
// to extend. Tickets, messages and articles (pending edits overlaid on the server's state) are described
// here too, for their table, and applied by the store's own code.
struct EntityDescription
{
    struct Column
    {
        QString name;
        QString type; // SQLite type of the column: INTEGER or TEXT
        std::function<QVariant(const QJsonObject &)> value;
    };

    QString entity;
    QString table;
    QList<Column> columns; // besides id and json
    QString order = QStringLiteral("id");
    QString collection; // e.g. "/api/v1/notifications": POST <collection>/{id}/<operation> for actions
    QString audience;
    // The store keeps pending edits of it and applies it itself (tickets, messages, articles, attachments).
    bool overlaid = false;
    // Tickets keep copies of this entity's names (users): refresh them after a change.
    bool namedOnTickets = false;

    // CREATE TABLE IF NOT EXISTS with id, the columns and json; for tables made by later releases.
    QString createSql() const;
    // INSERT OR REPLACE of id, the columns and json, in that order; bind with bindValues order.
    QString upsertSql() const;
    QVariantList values(const QJsonObject &object) const; // id, the columns, the compact JSON
};

namespace entities {
// Every synced entity, in the order a feed page's kinds are independent of.
const QList<EntityDescription> &all();
// nullptr for an entity this build does not know (a newer server's).
const EntityDescription *find(const QString &entity);
} // namespace entities

} // namespace tierdesk
