#include "capture/grab/screengeometry.h"

#include <QJsonValue>

namespace tierdesk {

QJsonObject rectToJson(const QRect &rect)
{
    return QJsonObject{{QStringLiteral("x"), rect.x()},
                       {QStringLiteral("y"), rect.y()},
                       {QStringLiteral("width"), rect.width()},
                       {QStringLiteral("height"), rect.height()}};
}

std::optional<QRect> rectFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    for (const char *key : {"x", "y", "width", "height"}) {
        if (!object.value(QLatin1String(key)).isDouble())
            return std::nullopt;
    }
    return QRect(object.value(QStringLiteral("x")).toInt(), object.value(QStringLiteral("y")).toInt(),
                 object.value(QStringLiteral("width")).toInt(),
                 object.value(QStringLiteral("height")).toInt());
}

QJsonObject ScreenGeometry::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("logical"), rectToJson(logicalGeometry)},
                       {QStringLiteral("device"), rectToJson(deviceGeometry)},
                       {QStringLiteral("devicePixelRatio"), devicePixelRatio}};
}

std::optional<ScreenGeometry> ScreenGeometry::fromJson(const QJsonObject &json)
{
    const auto logical = rectFromJson(json.value(QStringLiteral("logical")));
    const auto device = rectFromJson(json.value(QStringLiteral("device")));
    const QJsonValue ratio = json.value(QStringLiteral("devicePixelRatio"));
    if (!logical || !device || !ratio.isDouble() || ratio.toDouble() <= 0)
        return std::nullopt;
    ScreenGeometry screen;
    screen.name = json.value(QStringLiteral("name")).toString();
    screen.logicalGeometry = *logical;
    screen.deviceGeometry = *device;
    screen.devicePixelRatio = ratio.toDouble();
    return screen;
}

} // namespace tierdesk
