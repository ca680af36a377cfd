#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tierdesk {

struct ProblemDraft;

// How much an open ticket of the customer looks like the problem being reported.
struct DuplicateMatch
{
    qint64 ticketId = 0;
    QString number; // "TD-1001" (empty for a ticket not yet sent)
    QString subject;
    double score = 0.0;      // 0 … 1
    QStringList sharedCodes; // error codes both name
    int sharedWords = 0;     // significant words both use
};

// Scores a draft against the customer's tickets to offer "add to your open ticket instead". Word agreement w
// (0 … 1) is half the subjects' and half the whole texts' (the ticket's subject and opening message against
// everything the draft says), counted only from two shared significant words on. A shared error code is
// strong evidence on its own: score = CodeScore + (1 - CodeScore)·w, so it always ranks above words alone,
// which give WordsScale·w. Closed, resolved and merged tickets are never candidates: a customer should not
// be steered into a finished conversation.
class DuplicateScorer
{
public:
    static constexpr double CodeScore = 0.7;
    static constexpr double WordsScale = 0.65;
    static constexpr double Threshold = 0.4; // words alone must agree to about 0.62

    // ticket: the ticket JSON; ticketText: its opening message (and any other text worth comparing).
    static DuplicateMatch score(const ProblemDraft &draft, const QJsonObject &ticket,
                                const QString &ticketText);
    static bool isCandidate(const QJsonObject &ticket); // open in the customer's sense
    // Candidates at or above Threshold, best first. texts: ticket id → ticketText.
    static QList<DuplicateMatch> likelyDuplicates(const ProblemDraft &draft,
                                                  const QList<QJsonObject> &tickets,
                                                  const QHash<qint64, QString> &texts);
};

} // namespace tierdesk
