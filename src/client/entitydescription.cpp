#include "entitydescription.h"

#include "core/timestamp.h"

#include <QJsonDocument>
#include <QStringList>

namespace tierdesk {
namespace {

QVariant text(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? QVariant(v.toString()) : QVariant(QMetaType::fromType<QString>());
}

QVariant integer(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QVariant(qlonglong(v.toInteger())) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant time(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const auto ms = v.isString() ? Timestamp::fromIso(v.toString()) : std::nullopt;
    return ms ? QVariant(qlonglong(*ms)) : QVariant(QMetaType::fromType<qlonglong>());
}

EntityDescription::Column textColumn(const char *name)
{
    return {QString::fromLatin1(name), QStringLiteral("TEXT"),
            [name](const QJsonObject &o) { return text(o, name); }};
}

EntityDescription::Column integerColumn(const char *name)
{
    return {QString::fromLatin1(name), QStringLiteral("INTEGER"),
            [name](const QJsonObject &o) { return integer(o, name); }};
}

EntityDescription::Column timeColumn(const char *name)
{
    return {QString::fromLatin1(name), QStringLiteral("INTEGER"),
            [name](const QJsonObject &o) { return time(o, name); }};
}

EntityDescription overlaid(const char *entity, const char *table)
{
    EntityDescription d;
    d.entity = QString::fromLatin1(entity);
    d.table = QString::fromLatin1(table);
    d.overlaid = true;
    return d;
}

} // namespace

QString EntityDescription::createSql() const
{
    QStringList parts{QStringLiteral("id INTEGER PRIMARY KEY")};
    for (const Column &c : columns)
        parts.append(c.name + QLatin1Char(' ') + c.type);
    parts.append(QStringLiteral("json TEXT NOT NULL"));
    return QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2)").arg(table, parts.join(QStringLiteral(", ")));
}

QString EntityDescription::upsertSql() const
{
    QStringList names{QStringLiteral("id")};
    QStringList marks{QStringLiteral("?")};
    for (const Column &c : columns) {
        names.append(c.name);
        marks.append(QStringLiteral("?"));
    }
    names.append(QStringLiteral("json"));
    marks.append(QStringLiteral("?"));
    return QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
        .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

QVariantList EntityDescription::values(const QJsonObject &object) const
{
    QVariantList out{qlonglong(object.value(QLatin1String("id")).toInteger())};
    for (const Column &c : columns)
        out.append(c.value(object));
    out.append(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    return out;
}

const QList<EntityDescription> &entities::all()
{
    static const QList<EntityDescription> list = [] {
        QList<EntityDescription> l;
        l.append(overlaid("ticket", "tickets"));
        l.append(overlaid("message", "messages"));
        l.append(overlaid("article", "articles"));
        l.append(overlaid("attachment", "attachments"));

        EntityDescription user;
        user.entity = QStringLiteral("user");
        user.table = QStringLiteral("users");
        user.columns = {textColumn("login"), textColumn("name"), textColumn("role"),
                        textColumn("importance")};
        user.audience = QStringLiteral("staff: everyone; customers: staff and themselves");
        user.namedOnTickets = true;
        l.append(user);

        EntityDescription group;
        group.entity = QStringLiteral("group");
        group.table = QStringLiteral("groups");
        group.columns = {textColumn("name"), integerColumn("tier")};
        group.audience = QStringLiteral("everyone");
        l.append(group);

        EntityDescription incident;
        incident.entity = QStringLiteral("incident");
        incident.table = QStringLiteral("incidents");
        incident.columns = {textColumn("title"), textColumn("status")};
        incident.audience = QStringLiteral("everyone");
        l.append(incident);

        EntityDescription notification;
        notification.entity = QStringLiteral("notification");
        notification.table = QStringLiteral("notifications");
        notification.columns = {textColumn("kind"), integerColumn("ticket_id"), timeColumn("created_at"),
                                timeColumn("read_at")};
        notification.order = QStringLiteral("id DESC");
        notification.collection = QStringLiteral("/api/v1/notifications");
        notification.audience = QStringLiteral("its recipient alone");
        l.append(notification);
        return l;
    }();
    return list;
}

const EntityDescription *entities::find(const QString &entity)
{
    for (const EntityDescription &d : all()) {
        if (d.entity == entity)
            return &d;
    }
    return nullptr;
}

} // namespace tierdesk
