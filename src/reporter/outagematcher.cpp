#include "reporter/outagematcher.h"

#include "reporter/errorcodeextractor.h"
#include "reporter/problemdraft.h"
#include "reporter/significantwords.h"

namespace tierdesk {

bool OutageMatcher::isUnresolved(const QJsonObject &incident)
{
    const QString status = incident.value(QLatin1String("status")).toString();
    const QJsonValue resolvedAt = incident.value(QLatin1String("resolved_at"));
    return status != QLatin1String("resolved") && (resolvedAt.isNull() || resolvedAt.isUndefined());
}

OutageMatch OutageMatcher::match(const ProblemDraft &draft, const QJsonObject &incident)
{
    OutageMatch result;
    if (!isUnresolved(incident))
        return result;
    const QString title = incident.value(QLatin1String("title")).toString();
    const QString description = incident.value(QLatin1String("description")).toString();
    result.sharedCodes = ErrorCodeExtractor::common(
        draft.errorCodes(), ErrorCodeExtractor::extract(title + QLatin1Char('\n') + description));
    const QSet<QString> titleWords = SignificantWords::of(title);
    const QSet<QString> draftWords = SignificantWords::of(draft.allText());
    for (const QString &word : titleWords) {
        if (draftWords.contains(word))
            ++result.sharedWords;
    }
    if (!result.sharedCodes.isEmpty() || result.sharedWords >= MinimumSharedTitleWords) {
        result.incidentId = incident.value(QLatin1String("id")).toInteger();
        result.title = title;
        result.description = description;
    }
    return result;
}

QList<OutageMatch> OutageMatcher::matches(const ProblemDraft &draft, const QList<QJsonObject> &incidents)
{
    QList<OutageMatch> found;
    for (const QJsonObject &incident : incidents) {
        const OutageMatch m = match(draft, incident);
        if (m.incidentId > 0)
            found.append(m);
    }
    std::stable_sort(found.begin(), found.end(), [](const OutageMatch &a, const OutageMatch &b) {
        if (a.sharedCodes.size() != b.sharedCodes.size())
            return a.sharedCodes.size() > b.sharedCodes.size();
        return a.sharedWords > b.sharedWords;
    });
    return found;
}

} // namespace tierdesk
