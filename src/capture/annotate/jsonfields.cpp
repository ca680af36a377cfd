#include "capture/annotate/jsonfields.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

namespace tierdesk {

JsonFields::JsonFields(const QJsonObject &object, const QString &where)
    : m_object(object)
    , m_where(where)
{}

void JsonFields::fail(const QString &key, const QString &message)
{
    if (!m_error.isEmpty())
        return;
    const QString field = key.isEmpty() ? message : QStringLiteral("\"%1\" %2").arg(key, message);
    m_error = m_where.isEmpty() ? field : QStringLiteral("%1: %2").arg(m_where, field);
}

bool JsonFields::take(const QString &key, QJsonValue *value)
{
    if (!ok())
        return false;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        fail(key, tr("is missing"));
        return false;
    }
    *value = it.value();
    return true;
}

double JsonFields::number(const QString &key, double min, double max)
{
    QJsonValue value;
    if (!take(key, &value))
        return min;
    const double n = value.toDouble(std::nan(""));
    if (!value.isDouble() || !std::isfinite(n) || n < min || n > max) {
        fail(key, tr("must be a number from %1 to %2")
                      .arg(QString::number(min, 'g', 12), QString::number(max, 'g', 12)));
        return min;
    }
    return n;
}

double JsonFields::optionalNumber(const QString &key, double min, double max, double fallback)
{
    return has(key) ? number(key, min, max) : fallback;
}

int JsonFields::integer(const QString &key, int min, int max)
{
    const double n = number(key, min, max);
    if (ok() && n != std::floor(n))
        fail(key, tr("must be a whole number"));
    return ok() ? int(n) : min;
}

QString JsonFields::string(const QString &key, int maxLength)
{
    QJsonValue value;
    if (!take(key, &value))
        return {};
    if (!value.isString()) {
        fail(key, tr("must be text"));
        return {};
    }
    const QString text = value.toString();
    if (text.size() > maxLength) {
        fail(key, tr("is longer than %1 characters").arg(maxLength));
        return {};
    }
    return text;
}

QString JsonFields::optionalString(const QString &key, int maxLength, const QString &fallback)
{
    return has(key) ? string(key, maxLength) : fallback;
}

bool JsonFields::optionalBool(const QString &key, bool fallback)
{
    if (!has(key))
        return fallback;
    QJsonValue value;
    if (!take(key, &value))
        return fallback;
    if (!value.isBool()) {
        fail(key, tr("must be true or false"));
        return fallback;
    }
    return value.toBool();
}

QColor JsonFields::color(const QString &key)
{
    static const QRegularExpression hex(QStringLiteral("^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$"));
    const QString text = string(key, 9);
    if (!ok())
        return {};
    if (!hex.match(text).hasMatch()) {
        fail(key, tr("must be a colour written as #RRGGBB or #AARRGGBB"));
        return {};
    }
    return QColor(text);
}

QColor JsonFields::optionalColor(const QString &key)
{
    if (!has(key) || m_object.value(key).isNull())
        return {};
    return color(key);
}

QPolygonF JsonFields::points(const QString &key, int minCount, int maxCount, const QRectF &bounds)
{
    QJsonValue value;
    if (!take(key, &value))
        return {};
    if (!value.isArray()) {
        fail(key, tr("must be a list of [x, y] points"));
        return {};
    }
    const QJsonArray array = value.toArray();
    if (array.size() < minCount || array.size() > maxCount) {
        fail(key, tr("must hold from %1 to %2 points").arg(minCount).arg(maxCount));
        return {};
    }
    QPolygonF result;
    result.reserve(array.size());
    for (const QJsonValue &entry : array) {
        const QJsonArray pair = entry.toArray();
        const double x = pair.size() == 2 && pair.at(0).isDouble() ? pair.at(0).toDouble() : std::nan("");
        const double y = pair.size() == 2 && pair.at(1).isDouble() ? pair.at(1).toDouble() : std::nan("");
        if (!entry.isArray() || !std::isfinite(x) || !std::isfinite(y)) {
            fail(key, tr("must be a list of [x, y] points"));
            return {};
        }
        if (x < bounds.left() || x > bounds.right() || y < bounds.top() || y > bounds.bottom()) {
            fail(key, tr("holds a point (%1, %2) far outside the image").arg(x).arg(y));
            return {};
        }
        result.append(QPointF(x, y));
    }
    return result;
}

QJsonObject JsonFields::object(const QString &key)
{
    QJsonValue value;
    if (!take(key, &value))
        return {};
    if (!value.isObject()) {
        fail(key, tr("must be an object"));
        return {};
    }
    return value.toObject();
}

} // namespace tierdesk
