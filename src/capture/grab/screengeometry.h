#pragma once

#include <QJsonObject>
#include <QRect>
#include <QString>
#include <optional>

namespace tierdesk {

// One monitor as it took part in a capture.
//  - logicalGeometry: where Qt puts the screen in the logical desktop (QScreen::geometry()).
//  - deviceGeometry: where the screen's pixels are in the stitched desktop image (device pixels, the image's
//    top-left is 0,0). Filled by DesktopLayout.
//  - devicePixelRatio: device pixels per logical pixel on this screen (QScreen::devicePixelRatio()).
struct ScreenGeometry
{
    QString name;
    QRect logicalGeometry;
    QRect deviceGeometry;
    qreal devicePixelRatio = 1.0;

    QJsonObject toJson() const;
    static std::optional<ScreenGeometry> fromJson(const QJsonObject &json);

    friend bool operator==(const ScreenGeometry &, const ScreenGeometry &) = default;
};

QJsonObject rectToJson(const QRect &rect);
std::optional<QRect> rectFromJson(const QJsonValue &value);

} // namespace tierdesk
