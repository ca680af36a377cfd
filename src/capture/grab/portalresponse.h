#pragma once

#include "capture/grab/capturefailure.h"
#include "capture/grab/captureresult.h"
#include "capture/grab/screengeometry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace tierdesk {

// The answer of xdg-desktop-portal to a Screenshot request: the Response(u response, a{sv} results) signal
// of the request object. Kept apart from the D-Bus plumbing so it is tested without a portal.
//  response 0: success, results["uri"] = "file:///…/Screenshot.png" (a file the portal wrote for us)
//  response 1: the user cancelled the interaction
//  response 2: the request ended some other way (refused, failed)
class PortalResponse
{
    Q_DECLARE_TR_FUNCTIONS(PortalResponse)

public:
    static PortalResponse parse(uint response, const QVariantMap &results);

    bool isSuccess() const { return m_success; }
    // The local file of the screenshot (success only).
    QString filePath() const { return m_filePath; }
    CaptureFailure failure() const { return m_failure; }

    // Reads the screenshot into a FullDesktop capture and deletes the portal's file whatever happens (it is
    // ours to remove; leaving it would fill /tmp or the Pictures folder with copies nobody asked for).
    // describedScreens are the session's screens (DesktopLayout::describeScreens): when their layout has the
    // image's size they are recorded as they are, otherwise one entry covers the whole image.
    CaptureResult takeCapture(const QList<ScreenGeometry> &describedScreens) const;

private:
    bool m_success = false;
    QString m_filePath;
    CaptureFailure m_failure;
};

} // namespace tierdesk
