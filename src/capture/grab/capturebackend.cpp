#include "capture/grab/capturebackend.h"

#include <QMetaObject>

namespace tierdesk {

CaptureBackend::CaptureBackend(QObject *parent)
    : QObject(parent)
{}

bool CaptureBackend::beginCapture()
{
    if (m_busy) {
        // Not deliverLater(): that would end the capture that is running.
        const CaptureFailure failure(CaptureError::Failed, tr("Another screenshot is still being taken."));
        QMetaObject::invokeMethod(
            this, [this, failure] { emit failed(failure); }, Qt::QueuedConnection);
        return false;
    }
    m_busy = true;
    return true;
}

void CaptureBackend::deliverLater(const CaptureResult &result)
{
    QMetaObject::invokeMethod(
        this, [this, result] { deliver(result); }, Qt::QueuedConnection);
}

void CaptureBackend::deliver(const CaptureResult &result)
{
    m_busy = false;
    if (result.isSuccess()) {
        Capture capture = result.capture();
        if (capture.backendName().isEmpty())
            capture.setBackendName(name());
        emit captured(capture);
    } else {
        emit failed(result.failure());
    }
}

} // namespace tierdesk
