#include "reporter/regioncaptureflow.h"

#include "capture/grab/captureservice.h"
#include "capture/grab/regionpicker.h"

#include <QTimer>

namespace tierdesk {

RegionCaptureFlow::RegionCaptureFlow(CaptureService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

RegionCaptureFlow::~RegionCaptureFlow()
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
}

void RegionCaptureFlow::start()
{
    if (m_running || !m_service)
        return;
    m_running = true;
    m_connections = {connect(m_service, &CaptureService::captured, this, &RegionCaptureFlow::onDesktop),
                     connect(m_service, &CaptureService::failed, this, &RegionCaptureFlow::onFailed)};
    m_service->capture(CaptureRequest::fullDesktop());
}

void RegionCaptureFlow::cancel()
{
    if (!m_running)
        return;
    if (m_picker)
        m_picker->cancel(); // → cancelled()
    else if (m_service)
        m_service->cancel(); // → failed(Cancelled)
}

void RegionCaptureFlow::finish()
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_running = false;
    // The picker may be the sender of the signal being handled: delete it later.
    if (m_picker) {
        RegionPicker *picker = m_picker.release();
        picker->deleteLater();
    }
}

void RegionCaptureFlow::onDesktop(const Capture &capture)
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    // Through the service: its overlay windows are kept between region captures (fast to show again).
    m_picker.reset(m_service->createRegionPicker(capture));
    connect(m_picker.get(), &RegionPicker::selected, this, [this](const QRect &) {
        const Capture region = m_picker->selectedCapture();
        finish();
        emit captured(region);
    });
    connect(m_picker.get(), &RegionPicker::cancelled, this, [this] {
        finish();
        emit cancelled();
    });
    m_picker->show();
    emit overlayShown();
}

void RegionCaptureFlow::onFailed(const CaptureFailure &failure)
{
    finish();
    if (failure.error() == CaptureError::Cancelled)
        emit cancelled();
    else
        emit failed(failure);
}

} // namespace tierdesk
