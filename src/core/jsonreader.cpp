#include "jsonreader.h"

#include <QJsonArray>
#include <cmath>

namespace tierdesk {

JsonReader::JsonReader(const QJsonObject &object)
    : m_object(object)
{}

bool JsonReader::has(const QString &key) const
{
    return m_object.contains(key);
}

void JsonReader::fail(const QString &key, const QString &message)
{
    if (!ok())
        return;
    m_field = key;
    m_error = message;
}

bool JsonReader::take(const QString &key)
{
    m_read.insert(key);
    return ok() && m_object.contains(key);
}

std::optional<qint64> JsonReader::asInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    // Doubles hold integers exactly up to 2^53; anything beyond or fractional is not an id or a count.
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9007199254740991.0)
        return std::nullopt;
    return static_cast<qint64>(d);
}

QString JsonReader::requiredString(const QString &key, int minLength, int maxLength, Whitespace ws)
{
    if (!m_object.contains(key)) {
        m_read.insert(key);
        fail(key, QStringLiteral("Field '%1' is required.").arg(key));
        return {};
    }
    return optionalString(key, minLength, maxLength, ws).value_or(QString());
}

std::optional<QString> JsonReader::optionalString(const QString &key, int minLength, int maxLength,
                                                  Whitespace ws)
{
    if (!take(key))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        fail(key, QStringLiteral("Field '%1' must be a string.").arg(key));
        return std::nullopt;
    }
    const QString s = ws == Whitespace::Trim ? v.toString().trimmed() : v.toString();
    if (s.contains(QChar(0))) {
        fail(key, QStringLiteral("Field '%1' must not contain NUL characters.").arg(key));
        return std::nullopt;
    }
    if (s.size() < minLength) {
        fail(key,
             minLength == 1
                 ? QStringLiteral("Field '%1' must not be empty.").arg(key)
                 : QStringLiteral("Field '%1' must have at least %2 characters.").arg(key).arg(minLength));
        return std::nullopt;
    }
    if (s.size() > maxLength) {
        fail(key, QStringLiteral("Field '%1' must have at most %2 characters.").arg(key).arg(maxLength));
        return std::nullopt;
    }
    return s;
}

std::optional<qint64> JsonReader::optionalInt(const QString &key, qint64 min, qint64 max)
{
    if (!take(key))
        return std::nullopt;
    const auto n = asInteger(m_object.value(key));
    if (!n) {
        fail(key, QStringLiteral("Field '%1' must be an integer.").arg(key));
        return std::nullopt;
    }
    if (*n < min || *n > max) {
        fail(key, QStringLiteral("Field '%1' must be between %2 and %3.").arg(key).arg(min).arg(max));
        return std::nullopt;
    }
    return n;
}

qint64 JsonReader::requiredInt(const QString &key, qint64 min, qint64 max)
{
    if (!m_object.contains(key)) {
        m_read.insert(key);
        fail(key, QStringLiteral("Field '%1' is required.").arg(key));
        return 0;
    }
    return optionalInt(key, min, max).value_or(0);
}

NullableId JsonReader::nullableId(const QString &key)
{
    if (!take(key))
        return std::nullopt;
    if (m_object.value(key).isNull())
        return std::optional<qint64>();
    const auto id = optionalInt(key, 1, 9007199254740991LL);
    if (!id)
        return std::nullopt;
    return std::optional<qint64>(*id);
}

std::optional<QStringList> JsonReader::optionalStringList(const QString &key, int maxItems, int maxLength)
{
    if (!take(key))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        fail(key, QStringLiteral("Field '%1' must be an array of strings.").arg(key));
        return std::nullopt;
    }
    const QJsonArray array = v.toArray();
    if (array.size() > maxItems) {
        fail(key, QStringLiteral("Field '%1' may hold at most %2 items.").arg(key).arg(maxItems));
        return std::nullopt;
    }
    QStringList out;
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            fail(key, QStringLiteral("Field '%1' must be an array of strings.").arg(key));
            return std::nullopt;
        }
        const QString s = item.toString().trimmed();
        if (s.contains(QChar(0))) {
            fail(key, QStringLiteral("Items of '%1' must not contain NUL characters.").arg(key));
            return std::nullopt;
        }
        if (s.isEmpty() || s.size() > maxLength) {
            fail(key, QStringLiteral("Items of '%1' must have 1 to %2 characters.").arg(key).arg(maxLength));
            return std::nullopt;
        }
        if (!out.contains(s))
            out.append(s);
    }
    return out;
}

std::optional<QList<qint64>> JsonReader::optionalIdList(const QString &key, int maxItems)
{
    if (!take(key))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        fail(key, QStringLiteral("Field '%1' must be an array of ids.").arg(key));
        return std::nullopt;
    }
    const QJsonArray array = v.toArray();
    if (array.size() > maxItems) {
        fail(key, QStringLiteral("Field '%1' may hold at most %2 items.").arg(key).arg(maxItems));
        return std::nullopt;
    }
    QList<qint64> out;
    for (const QJsonValue &item : array) {
        const auto id = asInteger(item);
        if (!id || *id < 1) {
            fail(key, QStringLiteral("Field '%1' must be an array of positive integer ids.").arg(key));
            return std::nullopt;
        }
        if (!out.contains(*id))
            out.append(*id);
    }
    return out;
}

void JsonReader::rejectUnknownFields()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_read.contains(it.key())) {
            fail(it.key(), QStringLiteral("Unknown field '%1'.").arg(it.key()));
            return;
        }
    }
}

} // namespace tierdesk
