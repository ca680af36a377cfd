#pragma once

#include "core/domaintypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace tierdesk::sqlvalue {

// How one record field is stored in a column and read back: the one place that says that lists are compact
// JSON text, enums their API words and absent ids NULL. Table<Record> picks the pair by the field's type.

inline QVariant toSql(qint64 v)
{
    return QVariant::fromValue<qlonglong>(v);
}
inline QVariant toSql(int v)
{
    return v;
}
inline QVariant toSql(bool v)
{
    return v ? 1 : 0;
}
inline QVariant toSql(const QString &v)
{
    return v;
}
// A NULL that still says "integer": PostgreSQL cannot type an untyped NULL parameter in every position.
inline QVariant toSql(const std::optional<qint64> &v)
{
    return v ? QVariant::fromValue<qlonglong>(*v) : QVariant(QMetaType::fromType<qlonglong>());
}
inline QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}
inline QVariant toSql(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return jsonText(array);
}
inline QVariant toSql(const QStringList &list)
{
    return jsonText(QJsonArray::fromStringList(list));
}
template<class Enum>
requires std::is_enum_v<Enum> QVariant toSql(Enum v)
{
    return toString(v);
}

inline void fromSql(const QVariant &v, qint64 &out)
{
    out = v.toLongLong();
}
inline void fromSql(const QVariant &v, int &out)
{
    out = v.toInt();
}
inline void fromSql(const QVariant &v, bool &out)
{
    out = v.toLongLong() != 0;
}
inline void fromSql(const QVariant &v, QString &out)
{
    out = v.toString();
}
inline void fromSql(const QVariant &v, std::optional<qint64> &out)
{
    out = v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}
inline QJsonArray jsonArray(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).array();
}
inline void fromSql(const QVariant &v, QList<qint64> &out)
{
    out.clear();
    for (const QJsonValue &id : jsonArray(v))
        out.append(id.toInteger());
}
inline void fromSql(const QVariant &v, QStringList &out)
{
    out.clear();
    for (const QJsonValue &s : jsonArray(v))
        out.append(s.toString());
}
// Words this build does not know leave the field at its default (the record's own initial value).
inline void fromSql(const QVariant &v, TicketStatus &out)
{
    out = ticketStatusFromString(v.toString()).value_or(out);
}
inline void fromSql(const QVariant &v, MessageKind &out)
{
    out = messageKindFromString(v.toString()).value_or(out);
}
inline void fromSql(const QVariant &v, NotificationKind &out)
{
    out = notificationKindFromString(v.toString()).value_or(out);
}
inline void fromSql(const QVariant &v, Role &out)
{
    out = roleFromString(v.toString()).value_or(out);
}

} // namespace tierdesk::sqlvalue
