#include "apireply.h"

#include <QJsonDocument>

namespace tierdesk::test {

QByteArray ApiReply::header(const QByteArray &name) const
{
    return headers.value(name.toLower());
}

bool ApiReply::hasHeader(const QByteArray &name) const
{
    return headers.contains(name.toLower());
}

QJsonObject ApiReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray ApiReply::jsonArray(const QString &key) const
{
    return json().value(key).toArray();
}

QString ApiReply::errorCode() const
{
    return json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QString ApiReply::errorMessage() const
{
    return json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
}

QString ApiReply::describe() const
{
    constexpr qsizetype maxBody = 4000;
    QString text = status == 0 ? QStringLiteral("no HTTP response")
                               : QStringLiteral("HTTP %1 %2").arg(status).arg(QString::fromLatin1(reason));
    if (!error.isEmpty())
        text += QStringLiteral(" (%1)").arg(error);
    if (!body.isEmpty()) {
        text += QStringLiteral(": ") + QString::fromUtf8(body.left(maxBody));
        if (body.size() > maxBody)
            text += QStringLiteral("... [%1 bytes]").arg(body.size());
    }
    return text;
}

} // namespace tierdesk::test
