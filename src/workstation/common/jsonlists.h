#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

namespace tierdesk {

// A JSON array of strings (tags, error codes, categories) as a QStringList; anything else gives an empty
// list.
inline QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace tierdesk
