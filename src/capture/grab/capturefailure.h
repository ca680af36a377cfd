#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace tierdesk {

enum class CaptureError {
    PermissionDenied, // the system refused (macOS screen recording, a portal that said no)
    Unsupported,      // this backend or platform cannot do the requested mode
    Cancelled,        // the user (or the program) cancelled
    Timeout,          // a screenshot service did not answer in time
    Failed,           // anything else went wrong; detail() says what
    Unavailable,      // no screenshot service answered at all (the service may fall back to another backend)
};

// Why a capture did not produce an image: a code for programs and a sentence for people.
class CaptureFailure
{
    Q_DECLARE_TR_FUNCTIONS(CaptureFailure)

public:
    CaptureFailure() = default;
    CaptureFailure(CaptureError error, const QString &detail = QString())
        : m_error(error)
        , m_detail(detail)
    {}

    CaptureError error() const { return m_error; }
    // Extra, more specific text (already translated where it comes from us; D-Bus errors come as they are).
    QString detail() const { return m_detail; }
    // The sentence to show: the error's text, then the detail.
    QString message() const;

    static QString errorText(CaptureError error);

private:
    CaptureError m_error = CaptureError::Failed;
    QString m_detail;
};

} // namespace tierdesk

Q_DECLARE_METATYPE(tierdesk::CaptureFailure)
