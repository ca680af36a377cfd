#include "capture/steps/stepsrecorderbar.h"

#include "capture/grab/captureservice.h"
#include "capture/grab/windowhider.h"
#include "capture/steps/stepseries.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QScreen>
#include <QWindow>

namespace tierdesk {

StepsRecorderBar::StepsRecorderBar(CaptureService *service, StepSeries *series, QWidget *parent)
    : QFrame(parent, Qt::Tool | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint)
    , m_service(service)
    , m_series(series ? series : new StepSeries(this))
    , m_hider(new WindowHider(this))
    , m_counter(new QLabel(this))
    , m_status(new QLabel(this))
    , m_captureButton(new QPushButton(this))
    , m_finishButton(new QPushButton(this))
{
    // Showing again after a step must not take the focus from the program whose steps are being recorded.
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);
    setAutoFillBackground(true);

    m_status->setVisible(false);
    m_status->setWordWrap(false);
    m_captureButton->setDefault(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_counter);
    layout->addWidget(m_status);
    layout->addWidget(m_captureButton);
    layout->addWidget(m_finishButton);

    connect(m_captureButton, &QPushButton::clicked, this, &StepsRecorderBar::captureStep);
    connect(m_finishButton, &QPushButton::clicked, this, &StepsRecorderBar::finish);
    connect(m_series, &StepSeries::countChanged, this, &StepsRecorderBar::updateCounter);
    connect(m_hider, &WindowHider::hidden, this, &StepsRecorderBar::grabNow);
    if (m_service) {
        connect(m_service, &CaptureService::captured, this, &StepsRecorderBar::handleCaptured);
        connect(m_service, &CaptureService::failed, this, &StepsRecorderBar::handleFailed);
    }
    retranslate();
}

StepsRecorderBar::~StepsRecorderBar() = default;

void StepsRecorderBar::setSettleTime(int milliseconds)
{
    m_hider->setSettleTime(milliseconds);
}

QString StepsRecorderBar::statusText() const
{
    return m_status->isVisibleTo(this) ? m_status->text() : QString();
}

void StepsRecorderBar::captureStep()
{
    if (m_capturing)
        return;
    if (!m_service) {
        showFailure(CaptureFailure(CaptureError::Unavailable));
        emit captureFailed(CaptureFailure(CaptureError::Unavailable));
        return;
    }
    if (m_service->isBusy()) {
        m_status->setText(tr("Another screenshot is being taken."));
        m_status->setVisible(true);
        return;
    }
    m_capturing = true;
    m_captureButton->setEnabled(false);
    m_finishButton->setEnabled(false);
    m_hider->hide({this});
}

void StepsRecorderBar::grabNow()
{
    if (!m_capturing || !m_service)
        return;
    m_waitingForService = true;
    m_service->capture(m_request);
}

void StepsRecorderBar::handleCaptured(const Capture &capture)
{
    if (!m_waitingForService)
        return; // someone else's capture through the same service
    m_waitingForService = false;
    const int number = m_series->addStep(capture);
    m_status->setVisible(false);
    endCapture();
    emit stepCaptured(number);
}

void StepsRecorderBar::handleFailed(const CaptureFailure &failure)
{
    if (!m_waitingForService)
        return; // someone else's capture through the same service
    m_waitingForService = false;
    showFailure(failure);
    endCapture();
    emit captureFailed(failure);
}

void StepsRecorderBar::showFailure(const CaptureFailure &failure)
{
    m_status->setText(failure.message());
    m_status->setToolTip(failure.message());
    m_status->setVisible(true);
}

void StepsRecorderBar::endCapture()
{
    m_hider->restore();
    m_capturing = false;
    m_captureButton->setEnabled(true);
    m_finishButton->setEnabled(true);
}

void StepsRecorderBar::finish()
{
    if (m_capturing)
        return;
    hide();
    emit finished(m_series);
}

void StepsRecorderBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        finish();
        return;
    }
    QFrame::keyPressEvent(event);
}

void StepsRecorderBar::mousePressEvent(QMouseEvent *event)
{
    // A frameless bar moves by dragging it anywhere outside the buttons.
    if (event->button() != Qt::LeftButton)
        return QFrame::mousePressEvent(event);
    if (windowHandle() && windowHandle()->startSystemMove())
        return;
    m_dragOffset = event->globalPosition().toPoint() - frameGeometry().topLeft();
}

void StepsRecorderBar::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        move(event->globalPosition().toPoint() - m_dragOffset);
}

void StepsRecorderBar::showEvent(QShowEvent *event)
{
    if (!m_placed) {
        placeOnScreen();
        m_placed = true;
    }
    QFrame::showEvent(event);
}

void StepsRecorderBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void StepsRecorderBar::placeOnScreen()
{
    // Top centre of the screen, where it covers the least of a typical application window.
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    adjustSize();
    const QRect available = screen->availableGeometry();
    move(available.center().x() - width() / 2, available.top() + 8);
}

void StepsRecorderBar::retranslate()
{
    setWindowTitle(tr("Steps recorder"));
    m_captureButton->setText(tr("Capture step"));
    m_captureButton->setToolTip(
        tr("Hide this bar, take a screenshot of the screen and add it as the next step"));
    m_finishButton->setText(tr("Finish"));
    m_finishButton->setToolTip(tr("Stop recording and review the steps (Esc)"));
    updateCounter();
}

void StepsRecorderBar::updateCounter()
{
    m_counter->setText(tr("%n step(s)", nullptr, m_series->count()));
}

} // namespace tierdesk
