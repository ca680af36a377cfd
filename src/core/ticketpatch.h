#pragma once

#include "domaintypes.h"
#include "jsonreader.h"

#include <QStringList>
#include <optional>

namespace tierdesk {

// The fields a PATCH /tickets/{id} may change, each absent (unchanged) or set. Parsing checks types, ranges and
// unknown fields; rules that need the database (does the owner exist, may this role do it) are the server's.
struct TicketPatch
{
    std::optional<QString> subject;
    std::optional<TicketStatus> status;
    std::optional<int> severity;
    NullableId ownerId;
    NullableId groupId;
    std::optional<int> tier;
    std::optional<QList<qint64>> collaboratorIds;
    std::optional<QStringList> errorCodes;
    std::optional<QStringList> tags;
    NullableId incidentId;
    NullableId mergedIntoId;

    static constexpr int MaxSubjectLength = 200;
    static constexpr int MaxListItems = 50;
    static constexpr int MaxCodeLength = 64;

    // Names of the fields present, in JSON spelling, for permission checks and the audit history.
    QStringList fieldNames() const;
    bool isEmpty() const { return fieldNames().isEmpty(); }

    // Reads with `reader`; check reader.ok() afterwards.
    static TicketPatch fromJson(JsonReader &reader);
};

// What POST /tickets accepts.
struct TicketDraft
{
    QString subject;
    QString body;
    int severity = 3;
    std::optional<qint64> requesterId;
    std::optional<qint64> groupId;
    std::optional<int> tier;
    std::optional<qint64> incidentId;
    QStringList errorCodes;
    QStringList tags;
    QList<qint64> attachmentIds;

    static constexpr int MaxBodyLength = 100000;

    static TicketDraft fromJson(JsonReader &reader);
};

} // namespace tierdesk
