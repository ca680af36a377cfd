#pragma once

#include <QJsonObject>
#include <QStringList>

namespace tierdesk {

// Decides what to do when the server refused an edit because the record moved on (412): compare the state
// the edit was made on (base), the server's current state (theirs) and the edit (mine, a patch of fields).
// A field both changed, to different values, is a conflict; everything else merges: the edit is sent again
// on top of the current version. Lists (tags, error codes, collaborators) count as one value each.
class ConflictAnalyzer
{
public:
    struct Result
    {
        QStringList conflictingFields; // empty: merge automatically
        QJsonObject rebasedPatch;      // mine without the fields the server already holds identically
        bool mergeable() const { return conflictingFields.isEmpty(); }
    };

    static Result analyze(const QJsonObject &base, const QJsonObject &theirs, const QJsonObject &mine);
};

} // namespace tierdesk
