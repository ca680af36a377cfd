#pragma once

#include "capture/grab/capture.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace tierdesk {

// One step of a recorded series. Its number is not stored: it is its position in the StepSeries (1-based),
// so it always follows the order.
struct Step
{
    QUuid id = QUuid::createUuid(); // stays with the step through moves (undo commands and drags use it)
    Capture capture;                // the image, its time and where it came from
    QString caption;
    QJsonObject annotation; // the annotation document's JSON; empty when the step is not annotated
};

} // namespace tierdesk
