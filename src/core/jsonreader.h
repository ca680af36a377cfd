#pragma once

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>
#include <optional>

namespace tierdesk {

// A value that may be absent (leave as is), null (clear it) or set — the three states a PATCH body can say.
using NullableId = std::optional<std::optional<qint64>>;

// Reads a JSON object sent by somebody we do not trust. Every accessor checks type and range; the first
// problem is remembered (field and a human sentence) and later calls become no-ops that return defaults, so
// parsing code reads straight through and checks ok() once at the end. rejectUnknownFields() turns typos
// such as "severty" into errors instead of silently ignoring them.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object);

    bool has(const QString &key) const;
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString errorField() const { return m_field; }

    // Text is trimmed unless told otherwise (secrets keep every character); length limits count characters
    // after trimming.
    enum class Whitespace { Trim, Keep };
    QString requiredString(const QString &key, int minLength, int maxLength, Whitespace ws = Whitespace::Trim);
    std::optional<QString> optionalString(const QString &key, int minLength, int maxLength,
                                          Whitespace ws = Whitespace::Trim);

    std::optional<qint64> optionalInt(const QString &key, qint64 min, qint64 max);
    qint64 requiredInt(const QString &key, qint64 min, qint64 max);
    // Absent → nullopt, null → optional(nullopt), a positive integer → optional(id).
    NullableId nullableId(const QString &key);

    // A list of distinct, trimmed, non-empty strings.
    std::optional<QStringList> optionalStringList(const QString &key, int maxItems, int maxLength);
    std::optional<QList<qint64>> optionalIdList(const QString &key, int maxItems);

    void rejectUnknownFields();
    void fail(const QString &key, const QString &message);

private:
    bool take(const QString &key);
    static std::optional<qint64> asInteger(const QJsonValue &value);

    QJsonObject m_object;
    QSet<QString> m_read;
    QString m_error;
    QString m_field;
};

} // namespace tierdesk
