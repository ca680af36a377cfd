#include "workstation/common/ticketdisplay.h"

#include "core/timestamp.h"

#include <QDateTime>
#include <QJsonValue>
#include <QLocale>
#include <algorithm>

namespace tierdesk {

QStringList TicketDisplay::statuses()
{
    return {QStringLiteral("new"),
            QStringLiteral("open"),
            QStringLiteral("waiting_customer"),
            QStringLiteral("waiting_internal"),
            QStringLiteral("resolved"),
            QStringLiteral("closed")};
}

QString TicketDisplay::statusText(const QString &status)
{
    if (status == QLatin1String("new"))
        return tr("New");
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("waiting_customer"))
        return tr("Waiting on customer");
    if (status == QLatin1String("waiting_internal"))
        return tr("Waiting on others");
    if (status == QLatin1String("resolved"))
        return tr("Resolved");
    if (status == QLatin1String("closed"))
        return tr("Closed");
    return status;
}

QString TicketDisplay::severityText(int severity)
{
    switch (severity) {
    case 1:
        return tr("1 — Critical");
    case 2:
        return tr("2 — High");
    case 3:
        return tr("3 — Normal");
    case 4:
        return tr("4 — Low");
    default:
        return QString::number(severity);
    }
}

QString TicketDisplay::kindText(const QString &messageKind)
{
    return messageKind == QLatin1String("internal") ? tr("Internal note") : tr("Public reply");
}

QString TicketDisplay::number(const QJsonObject &ticket)
{
    const QString n = ticket.value(QLatin1String("number")).toString();
    return n.isEmpty() ? tr("new") : n;
}

QString TicketDisplay::duration(qint64 ms)
{
    ms = qAbs(ms);
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    const qint64 min = s / 60;
    if (min < 60)
        return tr("%1 min").arg(min);
    const qint64 h = min / 60;
    if (h < 48)
        return tr("%1 h %2 min").arg(h).arg(min % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(h / 24).arg(h % 24);
}

qint64 TicketDisplay::timeMs(const QJsonValue &isoTime)
{
    if (!isoTime.isString())
        return 0;
    return Timestamp::fromIso(isoTime.toString()).value_or(0);
}

bool TicketDisplay::isClosed(const QString &status)
{
    return status == QLatin1String("resolved") || status == QLatin1String("closed");
}

QString TicketDisplay::slaCountdown(const QJsonObject &ticket, qint64 nowMs)
{
    if (timeMs(ticket.value(QLatin1String("first_response_at"))) > 0)
        return tr("met");
    if (isClosed(ticket.value(QLatin1String("status")).toString()))
        return QStringLiteral("—");
    const qint64 due = timeMs(ticket.value(QLatin1String("sla_due_at")));
    if (due <= 0)
        return QStringLiteral("—");
    return due >= nowMs ? tr("in %1").arg(duration(due - nowMs))
                        : tr("overdue %1").arg(duration(nowMs - due));
}

bool TicketDisplay::slaBreached(const QJsonObject &ticket, qint64 nowMs)
{
    if (timeMs(ticket.value(QLatin1String("first_response_at"))) > 0 ||
        isClosed(ticket.value(QLatin1String("status")).toString()))
        return false;
    const qint64 due = timeMs(ticket.value(QLatin1String("sla_due_at")));
    return due > 0 && due < nowMs;
}

bool TicketDisplay::slaAtRisk(const QJsonObject &ticket, qint64 nowMs)
{
    if (timeMs(ticket.value(QLatin1String("first_response_at"))) > 0 ||
        isClosed(ticket.value(QLatin1String("status")).toString()))
        return false;
    const qint64 due = timeMs(ticket.value(QLatin1String("sla_due_at")));
    const qint64 created = timeMs(ticket.value(QLatin1String("created_at")));
    if (due <= 0)
        return false;
    const qint64 margin = created > 0 ? std::min<qint64>((due - created) / 4, 3600000) : 3600000;
    return due - nowMs < margin;
}

QString TicketDisplay::dateTime(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("—");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

QString TicketDisplay::dateTime(const QJsonValue &isoTime)
{
    return dateTime(timeMs(isoTime));
}

QString TicketDisplay::ago(qint64 ms, qint64 nowMs)
{
    if (ms <= 0)
        return QStringLiteral("—");
    if (nowMs - ms < 60000)
        return tr("just now");
    return tr("%1 ago").arg(duration(nowMs - ms));
}

} // namespace tierdesk
