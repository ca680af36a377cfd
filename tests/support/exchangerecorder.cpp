#include "exchangerecorder.h"

#include "apireply.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

namespace tierdesk::test {

namespace {

QMutex mutex;

QString recordFile()
{
    static const QString path = [] {
        const QString dir = qEnvironmentVariable("TIERDESK_TEST_RECORD_DIR");
        if (dir.isEmpty())
            return QString();
        QDir().mkpath(dir);
        return QStringLiteral("%1/%2-%3.jsonl")
            .arg(dir, QCoreApplication::applicationName())
            .arg(QCoreApplication::applicationPid());
    }();
    return path;
}

} // namespace

void ExchangeRecorder::record(const QByteArray &method, const QByteArray &target, const ApiReply &reply)
{
    const QString path = recordFile();
    if (path.isEmpty() || reply.status == 0)
        return;
    QJsonObject headers;
    for (auto it = reply.headers.begin(); it != reply.headers.end(); ++it)
        headers.insert(QString::fromLatin1(it.key()), QString::fromLatin1(it.value()));
    const QByteArray contentType = reply.header("content-type");
    // Bodies are kept as text when they are JSON; of anything else only the size matters here.
    const bool json = contentType.startsWith("application/json");
    const QJsonObject line{{QStringLiteral("method"), QString::fromLatin1(method)},
                           {QStringLiteral("target"), QString::fromUtf8(target)},
                           {QStringLiteral("status"), reply.status},
                           {QStringLiteral("content_type"), QString::fromLatin1(contentType)},
                           {QStringLiteral("headers"), headers},
                           {QStringLiteral("body"), json ? QString::fromUtf8(reply.body) : QString()},
                           {QStringLiteral("body_size"), reply.body.size()}};
    QMutexLocker lock(&mutex);
    QFile file(path);
    if (file.open(QIODevice::Append))
        file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
}

void ExchangeRecorder::recordRaw(const QByteArray &requestBytes, const ApiReply &reply)
{
    const qsizetype end = requestBytes.indexOf("\r\n");
    const QList<QByteArray> parts = requestBytes.left(end < 0 ? requestBytes.size() : end).split(' ');
    const bool requestLine = parts.size() == 3 && parts.at(2).startsWith("HTTP/");
    record(requestLine ? parts.at(0) : QByteArray(), requestLine ? parts.at(1) : QByteArray(), reply);
}

} // namespace tierdesk::test
