#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tierdesk {

struct ProblemDraft;

// A known, unresolved outage (incident) that the problem being reported is probably part of.
struct OutageMatch
{
    qint64 incidentId = 0;
    QString title;
    QString description;
    QStringList sharedCodes;
    int sharedWords = 0;
};

// Finds the unresolved incidents a draft matches: an error code named in the incident's title or
// description, or at least two significant words shared with its title (SignificantWords), e.g. "emails
// are not sent, the relay refuses the connection" and "Outbound email relay refusing connections".
class OutageMatcher
{
public:
    static constexpr int MinimumSharedTitleWords = 2;

    static bool isUnresolved(const QJsonObject &incident);
    // nullopt-like: incidentId == 0 when the incident does not match.
    static OutageMatch match(const ProblemDraft &draft, const QJsonObject &incident);
    // The matching unresolved incidents, codes first, then by shared words.
    static QList<OutageMatch> matches(const ProblemDraft &draft, const QList<QJsonObject> &incidents);
};

} // namespace tierdesk
