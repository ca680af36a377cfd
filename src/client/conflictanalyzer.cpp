#include "conflictanalyzer.h"

namespace tierdesk {

ConflictAnalyzer::Result ConflictAnalyzer::analyze(const QJsonObject &base, const QJsonObject &theirs,
                                                   const QJsonObject &mine)
{
    Result result;
    for (auto it = mine.begin(); it != mine.end(); ++it) {
        const QString &field = it.key();
        const QJsonValue myValue = it.value();
        const QJsonValue baseValue = base.value(field);
        const QJsonValue theirValue = theirs.value(field);
        if (theirValue == myValue)
            continue; // the server already holds what I want: nothing left to send for this field
        if (theirValue != baseValue) {
            // Both changed the field, to different values: a person must choose.
            result.conflictingFields.append(field);
            continue;
        }
        result.rebasedPatch.insert(field, myValue);
    }
    result.conflictingFields.sort();
    return result;
}

} // namespace tierdesk
