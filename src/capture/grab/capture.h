#pragma once

#include "capture/grab/capturemode.h"
#include "capture/grab/screengeometry.h"

#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QRect>
#include <QString>
#include <optional>

namespace tierdesk {

// One screenshot: the image in device pixels plus what a support person needs to trust it (when it was taken,
// which screens it shows and how they were laid out, which program version took it).
//
// Coordinates: screens()[i].deviceGeometry are positions in the stitched *desktop* image of the grab.
// sourceRect() is the part of that desktop image this capture holds (the whole desktop image for FullDesktop,
// the crop for Region and ActiveWindow). image().size() == sourceRect().size().
class Capture
{
public:
    Capture() = default;
    // time: now; application version: this build's.
    Capture(const QImage &image, CaptureMode mode, const QList<ScreenGeometry> &screens);

    bool isNull() const { return m_image.isNull(); }

    const QImage &image() const { return m_image; }
    CaptureMode mode() const { return m_mode; }
    const QList<ScreenGeometry> &screens() const { return m_screens; }
    QRect sourceRect() const { return m_sourceRect; }
    qint64 capturedAtMs() const { return m_capturedAtMs; }      // UTC, ms since the epoch
    int utcOffsetSeconds() const { return m_utcOffsetSeconds; } // local offset from UTC at capture time
    QString applicationVersion() const { return m_applicationVersion; }
    QString backendName() const { return m_backendName; }

    void setCapturedAt(qint64 utcMs, int utcOffsetSeconds);
    void setBackendName(const QString &name) { m_backendName = name; }
    void setSourceRect(const QRect &rect) { m_sourceRect = rect; }

    // The part deviceRect (pixels of image()) as a new Region capture with the same time and screens; the
    // rect is clipped to the image. Null capture when nothing is left.
    Capture cropped(const QRect &deviceRect, CaptureMode mode = CaptureMode::Region) const;

    // e.g. "screenshot-2026-11-23_09-05-01.png" in local time.
    QString suggestedFileName() const;

    // Everything but the pixels, for the JSON saved next to the image and for ticket attachments.
    QJsonObject metadataJson() const;
    // Reads metadataJson() back and joins it with the image; nullopt when the JSON is not capture metadata.
    static std::optional<Capture> fromMetadataJson(const QJsonObject &json, const QImage &image);

    // The version compiled into this build (TIERDESK_VERSION).
    static QString currentApplicationVersion();

private:
    QImage m_image;
    CaptureMode m_mode = CaptureMode::FullDesktop;
    QList<ScreenGeometry> m_screens;
    QRect m_sourceRect;
    qint64 m_capturedAtMs = 0;
    int m_utcOffsetSeconds = 0;
    QString m_applicationVersion;
    QString m_backendName;
};

} // namespace tierdesk

Q_DECLARE_METATYPE(tierdesk::Capture)
