// ChangesJob::decode, the first sync's hot path (run on a worker thread): the page is checked against the
// API's promises, and each change carries its data as text for the store, cut from the body when the layout
// allows and serialised otherwise. Either way the text must mean exactly the object, whatever the strings
// inside hold.

#include "client/changesjob.h"
#include "client/clienterror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using tierdesk::ChangesJob;
using tierdesk::ClientError;

namespace {

// Strings that a naive scanner would trip over: quotes, backslashes, braces and brackets, a key named "data"
// inside the data, non-ASCII text and escapes.
QJsonObject trickyData(int id)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("subject"), QStringLiteral("He said \"}]{[\" and left \\ a backslash")},
        {QStringLiteral("body"), QStringLiteral("Zażółć gęślą jaźń — Привіт — 😀\n\t\"data\":{}")},
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("nested"), QJsonArray{1, QStringLiteral("]"), QJsonObject{}}}}},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("a,b"), QStringLiteral("{")}},
        {QStringLiteral("owner_id"), QJsonValue::Null},
        {QStringLiteral("vip"), true},
        {QStringLiteral("ratio"), 0.25},
    };
}

QJsonObject change(qint64 seq, const QString &entity, const QJsonValue &data,
                   const QString &op = QStringLiteral("upsert"))
{
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("entity"), entity},
                       {QStringLiteral("id"), seq},
                       {QStringLiteral("op"), op},
                       {QStringLiteral("data"), data}};
}

QByteArray page(const QJsonArray &changes, qint64 next, bool more, QJsonDocument::JsonFormat format)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes},
                                     {QStringLiteral("next"), next},
                                     {QStringLiteral("more"), more},
                                     {QStringLiteral("head"), next}})
        .toJson(format);
}

} // namespace

class TestChangesJob : public QObject
{
    Q_OBJECT

private slots:
    void textMeansTheObject_data()
    {
        QTest::addColumn<QByteArray>("body");
        QJsonArray changes;
        for (int i = 1; i <= 5; ++i)
            changes.append(change(i, QStringLiteral("ticket"), trickyData(i)));
        changes.append(change(6, QStringLiteral("ticket"), QJsonValue::Null, QStringLiteral("delete")));
        changes.append(change(7, QStringLiteral("message"), QJsonObject{}));
        QTest::newRow("compact") << page(changes, 7, true, QJsonDocument::Compact);
        QTest::newRow("indented") << page(changes, 7, true, QJsonDocument::Indented);
        // A key written with an escape: the scanner gives up and the objects are serialised instead.
        QByteArray escapedKey = page(changes, 7, true, QJsonDocument::Compact);
        escapedKey.replace("{\"data\":{\"body\"", "{\"d\\u0061ta\":{\"body\"");
        QVERIFY(escapedKey.contains("\"d\\u0061ta\""));
        QTest::newRow("escaped key") << escapedKey;
    }

    void textMeansTheObject()
    {
        QFETCH(QByteArray, body);
        ChangesJob::Page decoded;
        ClientError error;
        QVERIFY2(ChangesJob::decode(body, 0, &decoded, &error), qPrintable(error.message));
        QCOMPARE(decoded.changes.size(), 7);
        QCOMPARE(decoded.next, 7);
        QCOMPARE(decoded.more, true);
        for (const auto &c : decoded.changes) {
            if (c.deleted)
                continue;
            QJsonParseError parseError;
            const QJsonDocument text = QJsonDocument::fromJson(c.dataText.toUtf8(), &parseError);
            QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(c.dataText));
            QCOMPARE(text.object(), c.data);
        }
        QCOMPARE(decoded.changes.at(0).data, trickyData(1));
        QCOMPARE(decoded.changes.at(5).deleted, true);
    }

    // In a compact page the text is the server's own bytes, not a re-serialisation.
    void compactTextIsCutFromTheBody()
    {
        const QByteArray body =
            R"({"changes":[{"seq":3,"entity":"message","id":9,"op":"upsert","data":{"z":1,"a":"x"}}],)"
            R"("next":3,"more":false,"head":3})";
        ChangesJob::Page decoded;
        ClientError error;
        QVERIFY2(ChangesJob::decode(body, 0, &decoded, &error), qPrintable(error.message));
        QCOMPARE(decoded.changes.size(), 1);
        QCOMPARE(decoded.changes.at(0).dataText, QStringLiteral(R"({"z":1,"a":"x"})")); // order as sent
    }

    void damagedPagesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("{\"changes\":[");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no next") << QByteArray(R"({"changes":[],"more":false,"head":0})");
        QTest::newRow("more not bool") << QByteArray(R"({"changes":[],"next":0,"more":1,"head":0})");
        QTest::newRow("seq not ascending") << QByteArray(
            R"({"changes":[{"seq":2,"entity":"ticket","id":1,"op":"upsert","data":{}},)"
            R"({"seq":2,"entity":"ticket","id":1,"op":"upsert","data":{}}],"next":2,"more":false,"head":2})");
        QTest::newRow("unknown op") << QByteArray(
            R"({"changes":[{"seq":1,"entity":"ticket","id":1,"op":"merge","data":{}}],"next":1,)"
            R"("more":false,"head":1})");
        QTest::newRow("upsert without data") << QByteArray(
            R"({"changes":[{"seq":1,"entity":"ticket","id":1,"op":"upsert","data":null}],"next":1,)"
            R"("more":false,"head":1})");
        QTest::newRow("next before last") << QByteArray(
            R"({"changes":[{"seq":5,"entity":"ticket","id":1,"op":"upsert","data":{}}],"next":4,)"
            R"("more":true,"head":5})");
    }

    void damagedPagesAreRefused()
    {
        QFETCH(QByteArray, body);
        ChangesJob::Page decoded;
        ClientError error;
        QVERIFY(!ChangesJob::decode(body, 0, &decoded, &error));
        QCOMPARE(error.kind, ClientError::Kind::Protocol);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(decoded.changes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChangesJob)
#include "tst_changesjob.moc"
