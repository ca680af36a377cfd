#include "capture/grab/capturefailure.h"

namespace tierdesk {

QString CaptureFailure::message() const
{
    const QString text = errorText(m_error);
    if (m_detail.isEmpty())
        return text;
    return tr("%1 (%2)").arg(text, m_detail);
}

QString CaptureFailure::errorText(CaptureError error)
{
    switch (error) {
    case CaptureError::PermissionDenied:
        return tr("Tierdesk is not allowed to record the screen. Allow screen recording for Tierdesk in the "
                  "system settings, then try again.");
    case CaptureError::Unsupported:
        return tr("This kind of screenshot is not supported here.");
    case CaptureError::Cancelled:
        return tr("The screenshot was cancelled.");
    case CaptureError::Timeout:
        return tr("The screenshot service did not answer in time.");
    case CaptureError::Failed:
        return tr("The screen could not be captured.");
    case CaptureError::Unavailable:
        return tr("No screenshot service is available.");
    }
    return tr("The screen could not be captured.");
}

} // namespace tierdesk
