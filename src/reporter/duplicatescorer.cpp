#include "reporter/duplicatescorer.h"

#include "reporter/errorcodeextractor.h"
#include "reporter/problemdraft.h"
#include "reporter/significantwords.h"

#include <QJsonArray>

namespace tierdesk {

namespace {

// Word agreement counts only with at least this many shared words: one shared word ("invoice") is chance.
constexpr int MinimumSharedWords = 2;

int sharedCount(const QSet<QString> &a, const QSet<QString> &b)
{
    int shared = 0;
    for (const QString &word : a) {
        if (b.contains(word))
            ++shared;
    }
    return shared;
}

double agreement(const QSet<QString> &a, const QSet<QString> &b)
{
    return sharedCount(a, b) >= MinimumSharedWords ? SignificantWords::overlap(a, b) : 0.0;
}

} // namespace

bool DuplicateScorer::isCandidate(const QJsonObject &ticket)
{
    const QString status = ticket.value(QLatin1String("status")).toString();
    if (status == QLatin1String("resolved") || status == QLatin1String("closed"))
        return false;
    const QJsonValue merged = ticket.value(QLatin1String("merged_into_id"));
    return merged.isNull() || merged.isUndefined();
}

DuplicateMatch DuplicateScorer::score(const ProblemDraft &draft, const QJsonObject &ticket,
                                      const QString &ticketText)
{
    DuplicateMatch match;
    match.ticketId = ticket.value(QLatin1String("id")).toInteger();
    match.number = ticket.value(QLatin1String("number")).toString();
    match.subject = ticket.value(QLatin1String("subject")).toString();

    QStringList ticketCodes;
    for (const QJsonValue &code : ticket.value(QLatin1String("error_codes")).toArray())
        ticketCodes.append(code.toString());
    ticketCodes += ErrorCodeExtractor::extract(match.subject + QLatin1Char('\n') + ticketText);
    match.sharedCodes = ErrorCodeExtractor::common(draft.errorCodes(), ticketCodes);

    const QSet<QString> draftSubject = SignificantWords::of(draft.subject);
    const QSet<QString> ticketSubject = SignificantWords::of(match.subject);
    const QSet<QString> draftAll = SignificantWords::of(draft.allText());
    const QSet<QString> ticketAll = SignificantWords::of(match.subject + QLatin1Char('\n') + ticketText);
    match.sharedWords = sharedCount(draftAll, ticketAll);
    const double words = 0.5 * agreement(draftSubject, ticketSubject) + 0.5 * agreement(draftAll, ticketAll);

    match.score = match.sharedCodes.isEmpty() ? WordsScale * words : CodeScore + (1.0 - CodeScore) * words;
    return match;
}

QList<DuplicateMatch> DuplicateScorer::likelyDuplicates(const ProblemDraft &draft,
                                                        const QList<QJsonObject> &tickets,
                                                        const QHash<qint64, QString> &texts)
{
    QList<DuplicateMatch> matches;
    for (const QJsonObject &ticket : tickets) {
        if (!isCandidate(ticket))
            continue;
        const qint64 id = ticket.value(QLatin1String("id")).toInteger();
        const DuplicateMatch match = score(draft, ticket, texts.value(id));
        if (match.score >= Threshold)
            matches.append(match);
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const DuplicateMatch &a, const DuplicateMatch &b) { return a.score > b.score; });
    return matches;
}

} // namespace tierdesk
