#pragma once

// What the real-X11 capture tests share: a frameless window of coloured squares at a known place, and a
// helper that runs one capture through a backend and waits for its answer.

#include "capture/grab/capture.h"
#include "capture/grab/capturebackend.h"
#include "capture/grab/capturefailure.h"
#include "capture/grab/capturerequest.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

namespace tierdesk::test {

constexpr int squareSize = 40; // logical pixels
constexpr int columns = 4;
constexpr int rows = 3;

inline QColor squareColour(int row, int column)
{
    static const QRgb colours[rows][columns] = {{0xff0000, 0x00ff00, 0x0000ff, 0xffff00},
                                                {0xff00ff, 0x00ffff, 0x804020, 0x208040},
                                                {0x402080, 0xffffff, 0x808080, 0xff8000}};
    return QColor::fromRgb(colours[row][column]);
}

inline void paintPattern(QPainter &painter)
{
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column)
            painter.fillRect(column * squareSize, row * squareSize, squareSize, squareSize,
                             squareColour(row, column));
    }
}

// Coloured squares, no frame, no window manager placement: it stays where it is moved.
class PatternWidget : public QWidget
{
public:
    PatternWidget()
        : QWidget(nullptr, Qt::FramelessWindowHint | Qt::X11BypassWindowManagerHint)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
        setFixedSize(columns * squareSize, rows * squareSize);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        paintPattern(painter);
    }
};

inline bool sameImage(const QImage &actual, const QImage &expected)
{
    return actual.convertToFormat(QImage::Format_RGB32) == expected.convertToFormat(QImage::Format_RGB32);
}

struct Outcome
{
    bool ok = false;
    Capture capture;
    CaptureFailure failure;
    QString message() const { return ok ? QString() : failure.message(); }
};

// One capture through the backend, waited for (10 s at most; then ok is false with an empty failure).
inline Outcome runCapture(CaptureBackend &backend, const CaptureRequest &request)
{
    QSignalSpy captured(&backend, &CaptureBackend::captured);
    QSignalSpy failed(&backend, &CaptureBackend::failed);
    backend.capture(request);
    // Asynchronous by contract: nothing is emitted from inside capture().
    if (!captured.isEmpty() || !failed.isEmpty())
        qFatal("capture() reported synchronously");
    Outcome outcome;
    if (!QTest::qWaitFor([&] { return !captured.isEmpty() || !failed.isEmpty(); }, 10000))
        return outcome;
    if (!captured.isEmpty()) {
        outcome.ok = true;
        outcome.capture = captured.takeFirst().at(0).value<Capture>();
    } else {
        outcome.failure = failed.takeFirst().at(0).value<CaptureFailure>();
    }
    return outcome;
}

} // namespace tierdesk::test
