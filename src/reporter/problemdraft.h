#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tierdesk {

// What the "New problem" wizard collects, and the ticket text it makes of it. The parts are kept apart so
// that support reads them in the same order every time: what was done, what was expected, what happened,
// the exact message, when.
struct ProblemDraft
{
    Q_DECLARE_TR_FUNCTIONS(ProblemDraft)

public:
    QString subject;
    QString whatIDid;
    QString whatIExpected;
    QString whatHappened;
    QString errorMessage; // pasted as it was shown
    QDateTime occurredAt; // local time with its offset
    int severity = 3;     // 1 critical … 4 low
    QString stepsText;    // the step series' captions, numbered (empty when there is no series)

    // Codes found in the error message, the subject and the description (ErrorCodeExtractor).
    QStringList errorCodes() const;
    // Everything a person wrote, for duplicate and outage matching.
    QString allText() const;

    // The opening message of the ticket: the parts under their headings (empty parts left out), the time,
    // then the steps.
    QString body() const;
    // The body for "add to an existing ticket": the subject first, since the ticket has its own.
    QString bodyForExistingTicket() const;
    // The POST /api/v1/tickets body without attachment ids; incidentId > 0 links the known outage.
    QJsonObject ticketJson(qint64 incidentId = 0) const;

    // "2026-11-23 14:05 (UTC+01:00)"
    static QString formatTime(const QDateTime &time);
};

} // namespace tierdesk
