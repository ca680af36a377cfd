#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tierdesk {

// How ticket values read to a person, in one place so that the queue, the ticket view and the notifications
// say the same thing: translated status and severity names, durations, SLA countdowns, times.
class TicketDisplay
{
    Q_DECLARE_TR_FUNCTIONS(TicketDisplay)

public:
    // The API's status strings, in workflow order.
    static QStringList statuses();
    static QString statusText(const QString &status);
    static QString severityText(int severity); // "2 — High"
    static QString kindText(const QString &messageKind);

    // "TD-42" (or "new" for a ticket not yet known to the server).
    static QString number(const QJsonObject &ticket);
    // "45 s", "12 min", "3 h 05 min", "2 d 4 h".
    static QString duration(qint64 ms);
    // Time left to the first-response target: "in 2 h 05 min", "overdue 12 min", "met" once answered.
    static QString slaCountdown(const QJsonObject &ticket, qint64 nowMs);
    // Whether the first-response target is passed without a response.
    static bool slaBreached(const QJsonObject &ticket, qint64 nowMs);
    // Less than a quarter of the target (or one hour) left.
    static bool slaAtRisk(const QJsonObject &ticket, qint64 nowMs);
    // Local date and time, short format of the current language.
    static QString dateTime(qint64 ms);
    static QString dateTime(const QJsonValue &isoTime);
    // "5 min ago", "3 h ago", "2 d ago".
    static QString ago(qint64 ms, qint64 nowMs);
    static qint64 timeMs(const QJsonValue &isoTime); // 0 when absent
    static bool isClosed(const QString &status);
};

} // namespace tierdesk
