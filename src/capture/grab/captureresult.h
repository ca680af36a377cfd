#pragma once

#include "capture/grab/capture.h"
#include "capture/grab/capturefailure.h"

namespace tierdesk {

// Either a Capture or the CaptureFailure that prevented it; what a synchronous grab returns.
class CaptureResult
{
public:
    static CaptureResult success(const Capture &capture)
    {
        CaptureResult result;
        result.m_capture = capture;
        result.m_ok = true;
        return result;
    }
    static CaptureResult failure(CaptureError error, const QString &detail = QString())
    {
        CaptureResult result;
        result.m_failure = CaptureFailure(error, detail);
        return result;
    }

    bool isSuccess() const { return m_ok; }
    const Capture &capture() const { return m_capture; }
    const CaptureFailure &failure() const { return m_failure; }

private:
    CaptureResult() = default;

    bool m_ok = false;
    Capture m_capture;
    CaptureFailure m_failure;
};

} // namespace tierdesk
