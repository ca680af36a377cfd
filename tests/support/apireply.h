#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace tierdesk::test {

// Extra request headers, in order: {{"If-Match", "\"3\""}, {"Idempotency-Key", "k1"}}.
using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP response as seen by a test (from ApiClient or RawHttp).
struct ApiReply
{
    int status = 0;    // 0: no HTTP response at all (refused, closed, timed out); see error
    QByteArray reason; // reason phrase of the status line
    QMap<QByteArray, QByteArray> headers; // names lower-cased; repeated headers joined with ", "
    QByteArray body;
    QString error; // transport-level problem (timeout, connection closed, ...); empty when all went well

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    bool hasHeader(const QByteArray &name) const;
    QJsonObject json() const; // {} when the body is not an object
    QJsonArray jsonArray(const QString &key = QStringLiteral("items")) const; // json()[key] as an array
    QString errorCode() const;    // json()["error"]["code"], or empty
    QString errorMessage() const; // json()["error"]["message"], or empty

    // "HTTP 422 Unprocessable Entity: {body...}" (body cut at 4000 bytes) for QVERIFY2 messages.
    QString describe() const;
};

} // namespace tierdesk::test
