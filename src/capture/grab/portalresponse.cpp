#include "capture/grab/portalresponse.h"

#include "capture/grab/desktoplayout.h"

#include <QFile>
#include <QImageReader>
#include <QLoggingCategory>
#include <QUrl>

namespace tierdesk {

Q_LOGGING_CATEGORY(lcPortalResponse, "tierdesk.capture.portal", QtInfoMsg)

PortalResponse PortalResponse::parse(uint response, const QVariantMap &results)
{
    PortalResponse parsed;
    switch (response) {
    case 0: {
        const QString uri = results.value(QStringLiteral("uri")).toString();
        const QUrl url(uri);
        if (uri.isEmpty()) {
            parsed.m_failure =
                CaptureFailure(CaptureError::Failed, tr("The screenshot service sent no image."));
        } else if (!url.isLocalFile()) {
            parsed.m_failure = CaptureFailure(
                CaptureError::Failed, tr("The screenshot service sent an unusable address: %1").arg(uri));
        } else {
            parsed.m_success = true;
            parsed.m_filePath = url.toLocalFile();
        }
        break;
    }
    case 1:
        parsed.m_failure = CaptureFailure(CaptureError::Cancelled);
        break;
    case 2:
        parsed.m_failure =
            CaptureFailure(CaptureError::Failed, tr("The screenshot service refused or ended the request."));
        break;
    default:
        parsed.m_failure = CaptureFailure(CaptureError::Failed,
                                          tr("The screenshot service answered with code %1.").arg(response));
        break;
    }
    return parsed;
}

CaptureResult PortalResponse::takeCapture(const QList<ScreenGeometry> &describedScreens) const
{
    if (!m_success)
        return CaptureResult::failure(m_failure.error(), m_failure.detail());

    QImageReader reader(m_filePath);
    const QImage image = reader.read();
    const QString readError = reader.errorString();
    reader.setFileName(QString()); // close the file before removing it (Windows-style locking elsewhere)
    if (!QFile::remove(m_filePath) && QFile::exists(m_filePath))
        qCWarning(lcPortalResponse) << "could not remove the portal's screenshot file" << m_filePath;

    if (image.isNull()) {
        return CaptureResult::failure(
            CaptureError::Failed,
            tr("The screenshot from the screenshot service cannot be read: %1").arg(readError));
    }

    QList<ScreenGeometry> screens;
    const DesktopLayout layout(describedScreens);
    if (!layout.isEmpty() && layout.imageSize() == image.size()) {
        screens = layout.screens();
    } else {
        // The portal's image does not match what Qt says about the screens (a compositor scaling of its own):
        // record the whole image as one area of the logical desktop.
        ScreenGeometry whole;
        whole.name = QStringLiteral("portal");
        whole.logicalGeometry = layout.isEmpty() ? image.rect() : layout.logicalBounds();
        whole.deviceGeometry = image.rect();
        whole.devicePixelRatio =
            whole.logicalGeometry.width() > 0 ? qreal(image.width()) / whole.logicalGeometry.width() : 1.0;
        screens.append(whole);
    }
    return CaptureResult::success(Capture(image, CaptureMode::FullDesktop, screens));
}

} // namespace tierdesk
