#pragma once

#include <QByteArray>

namespace tierdesk::test {

struct ApiReply;

// Keeps every answer the tests receive, so that a CTest step can hold them against the OpenAPI document
// (tests/server/check_openapi_answers.py). Active when TIERDESK_TEST_RECORD_DIR names a folder: each test
// process appends JSON lines {"method", "target", "status", "content_type", "headers", "body"} to a file of
// its own there. Answers without a status (no HTTP response at all) are not kept.
namespace ExchangeRecorder {
void record(const QByteArray &method, const QByteArray &target, const ApiReply &reply);
// The same for raw request bytes: method and target from the request line, when there is one.
void recordRaw(const QByteArray &requestBytes, const ApiReply &reply);
} // namespace ExchangeRecorder

} // namespace tierdesk::test
