#pragma once

// Private helpers shared by the domain types' JSON mappings (not part of core's public interface).

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

#include "timestamp.h"

namespace tierdesk {

inline QJsonValue optionalId(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

inline QJsonValue optionalTime(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(Timestamp::toIso(*ms)) : QJsonValue();
}

inline QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}

inline QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

inline std::optional<qint64> readOptionalId(const QJsonObject &json, const QString &key)
{
    const QJsonValue v = json.value(key);
    if (!v.isDouble())
        return std::nullopt;
    return v.toInteger();
}

inline std::optional<qint64> readOptionalTime(const QJsonObject &json, const QString &key)
{
    const QJsonValue v = json.value(key);
    if (!v.isString())
        return std::nullopt;
    return Timestamp::fromIso(v.toString());
}

inline qint64 readTime(const QJsonObject &json, const QString &key)
{
    return readOptionalTime(json, key).value_or(0);
}

inline QList<qint64> readIdArray(const QJsonObject &json, const QString &key)
{
    QList<qint64> ids;
    for (const QJsonValue &v : json.value(key).toArray())
        ids.append(v.toInteger());
    return ids;
}

inline QStringList readStringArray(const QJsonObject &json, const QString &key)
{
    QStringList list;
    for (const QJsonValue &v : json.value(key).toArray())
        list.append(v.toString());
    return list;
}

} // namespace tierdesk
