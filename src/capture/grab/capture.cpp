#include "capture/grab/capture.h"

#include <QDateTime>
#include <QJsonArray>

#ifndef TIERDESK_VERSION
#define TIERDESK_VERSION "unknown"
#endif

namespace tierdesk {

namespace {
const QString metadataFormat = QStringLiteral("tierdesk.capture/1");
}

Capture::Capture(const QImage &image, CaptureMode mode, const QList<ScreenGeometry> &screens)
    : m_image(image)
    , m_mode(mode)
    , m_screens(screens)
    , m_sourceRect(QPoint(0, 0), image.size())
    , m_applicationVersion(currentApplicationVersion())
{
    const QDateTime now = QDateTime::currentDateTime();
    m_capturedAtMs = now.toMSecsSinceEpoch();
    m_utcOffsetSeconds = now.offsetFromUtc();
}

void Capture::setCapturedAt(qint64 utcMs, int utcOffsetSeconds)
{
    m_capturedAtMs = utcMs;
    m_utcOffsetSeconds = utcOffsetSeconds;
}

Capture Capture::cropped(const QRect &deviceRect, CaptureMode mode) const
{
    const QRect clipped = deviceRect.intersected(m_image.rect());
    if (clipped.isEmpty())
        return Capture();
    Capture result = *this;
    result.m_image = m_image.copy(clipped);
    result.m_mode = mode;
    result.m_sourceRect = clipped.translated(m_sourceRect.topLeft());
    return result;
}

QString Capture::suggestedFileName() const
{
    const QDateTime local =
        QDateTime::fromMSecsSinceEpoch(m_capturedAtMs, Qt::OffsetFromUTC, m_utcOffsetSeconds);
    return QStringLiteral("screenshot-%1.png").arg(local.toString(QStringLiteral("yyyy-MM-dd_HH-mm-ss")));
}

QJsonObject Capture::metadataJson() const
{
    QJsonArray screens;
    for (const ScreenGeometry &screen : m_screens)
        screens.append(screen.toJson());
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(m_capturedAtMs, Qt::UTC);
    return QJsonObject{
        {QStringLiteral("format"), metadataFormat},
        {QStringLiteral("application"), QStringLiteral("Tierdesk")},
        {QStringLiteral("applicationVersion"), m_applicationVersion},
        {QStringLiteral("capturedAt"), utc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("capturedAtMs"), double(m_capturedAtMs)},
        {QStringLiteral("utcOffsetSeconds"), m_utcOffsetSeconds},
        {QStringLiteral("mode"), captureModeName(m_mode)},
        {QStringLiteral("backend"), m_backendName},
        {QStringLiteral("imageSize"), QJsonObject{{QStringLiteral("width"), m_image.width()},
                                                  {QStringLiteral("height"), m_image.height()}}},
        {QStringLiteral("sourceRect"), rectToJson(m_sourceRect)},
        {QStringLiteral("screens"), screens},
    };
}

std::optional<Capture> Capture::fromMetadataJson(const QJsonObject &json, const QImage &image)
{
    if (json.value(QStringLiteral("format")).toString() != metadataFormat)
        return std::nullopt;
    const auto mode = captureModeFromName(json.value(QStringLiteral("mode")).toString());
    const QJsonValue at = json.value(QStringLiteral("capturedAtMs"));
    const auto source = rectFromJson(json.value(QStringLiteral("sourceRect")));
    if (!mode || !at.isDouble() || !source || !json.value(QStringLiteral("screens")).isArray())
        return std::nullopt;
    QList<ScreenGeometry> screens;
    for (const QJsonValue &value : json.value(QStringLiteral("screens")).toArray()) {
        const auto screen = ScreenGeometry::fromJson(value.toObject());
        if (!screen)
            return std::nullopt;
        screens.append(*screen);
    }
    Capture capture;
    capture.m_image = image;
    capture.m_mode = *mode;
    capture.m_screens = screens;
    capture.m_sourceRect = *source;
    capture.m_capturedAtMs = qint64(at.toDouble());
    capture.m_utcOffsetSeconds = json.value(QStringLiteral("utcOffsetSeconds")).toInt();
    capture.m_applicationVersion = json.value(QStringLiteral("applicationVersion")).toString();
    capture.m_backendName = json.value(QStringLiteral("backend")).toString();
    return capture;
}

QString Capture::currentApplicationVersion()
{
    return QStringLiteral(TIERDESK_VERSION);
}

} // namespace tierdesk
