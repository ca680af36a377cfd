#include "reporter/problemdraft.h"

#include "reporter/errorcodeextractor.h"

#include <QJsonArray>

namespace tierdesk {

QStringList ProblemDraft::errorCodes() const
{
    QStringList codes = ErrorCodeExtractor::extract(errorMessage);
    for (const QString &text : {subject, whatHappened, whatIDid}) {
        for (const QString &code : ErrorCodeExtractor::extract(text)) {
            if (!codes.contains(code))
                codes.append(code);
        }
    }
    return codes;
}

QString ProblemDraft::allText() const
{
    return QStringList{subject, whatIDid, whatIExpected, whatHappened, errorMessage}.join(QLatin1Char('\n'));
}

QString ProblemDraft::formatTime(const QDateTime &time)
{
    const int offset = time.offsetFromUtc();
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const int minutes = qAbs(offset) / 60;
    return QStringLiteral("%1 (UTC%2%3:%4)")
        .arg(time.toString(QStringLiteral("yyyy-MM-dd HH:mm")), sign)
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString ProblemDraft::body() const
{
    QStringList parts;
    auto section = [&parts](const QString &heading, const QString &text) {
        if (!text.trimmed().isEmpty())
            parts.append(heading + QLatin1Char('\n') + text.trimmed());
    };
    section(tr("What I did:"), whatIDid);
    section(tr("What I expected:"), whatIExpected);
    section(tr("What happened instead:"), whatHappened);
    if (!errorMessage.trimmed().isEmpty()) {
        // Indented, so that it reads as quoted text and nobody mistakes it for the customer's words.
        QStringList quoted;
        for (const QString &line : errorMessage.trimmed().split(QLatin1Char('\n')))
            quoted.append(QStringLiteral("    ") + line);
        parts.append(tr("The exact error message:") + QLatin1Char('\n') + quoted.join(QLatin1Char('\n')));
    }
    if (occurredAt.isValid())
        parts.append(tr("When it happened: %1").arg(formatTime(occurredAt)));
    if (!stepsText.trimmed().isEmpty())
        parts.append(stepsText.trimmed());
    return parts.join(QStringLiteral("\n\n"));
}

QString ProblemDraft::bodyForExistingTicket() const
{
    const QString rest = body();
    const QString head = tr("Another report of this problem: %1").arg(subject.trimmed());
    return rest.isEmpty() ? head : head + QStringLiteral("\n\n") + rest;
}

QJsonObject ProblemDraft::ticketJson(qint64 incidentId) const
{
    QJsonObject json{{QStringLiteral("subject"), subject.trimmed()}, {QStringLiteral("severity"), severity}};
    const QString text = body();
    if (!text.isEmpty())
        json.insert(QStringLiteral("body"), text);
    const QStringList codes = errorCodes();
    if (!codes.isEmpty())
        json.insert(QStringLiteral("error_codes"), QJsonArray::fromStringList(codes));
    if (incidentId > 0)
        json.insert(QStringLiteral("incident_id"), incidentId);
    return json;
}

} // namespace tierdesk
