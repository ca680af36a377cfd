#include "attachmentinfo.h"

#include "jsonhelpers_p.h"

namespace tierdesk {

QString AttachmentInfo::sanitisedFilename(const QString &name)
{
    QString base = name;
    const qsizetype slash = std::max(base.lastIndexOf(QLatin1Char('/')), base.lastIndexOf(QLatin1Char('\\')));
    if (slash >= 0)
        base = base.mid(slash + 1);
    QString out;
    out.reserve(base.size());
    for (const QChar c : std::as_const(base)) {
        if (c.category() == QChar::Other_Control || c == QLatin1Char('"') || c == QLatin1Char(':')
            || c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('<') || c == QLatin1Char('>')
            || c == QLatin1Char('|'))
            out.append(QLatin1Char('_'));
        else
            out.append(c);
    }
    out = out.trimmed();
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    if (out.size() > 200)
        out = out.right(200);
    return out.isEmpty() ? QStringLiteral("attachment") : out;
}

QJsonObject AttachmentInfo::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("size"), size},
            {QStringLiteral("content_type"), contentType},
            {QStringLiteral("filename"), filename},
            {QStringLiteral("uploader_id"), uploaderId},
            {QStringLiteral("created_at"), Timestamp::toIso(createdAt)}};
}

std::optional<AttachmentInfo> AttachmentInfo::fromJson(const QJsonObject &json)
{
    AttachmentInfo a;
    a.id = json.value(QStringLiteral("id")).toInteger();
    if (a.id <= 0)
        return std::nullopt;
    a.sha256 = json.value(QStringLiteral("sha256")).toString();
    a.size = json.value(QStringLiteral("size")).toInteger();
    a.contentType = json.value(QStringLiteral("content_type")).toString();
    a.filename = json.value(QStringLiteral("filename")).toString();
    a.uploaderId = json.value(QStringLiteral("uploader_id")).toInteger();
    a.createdAt = readTime(json, QStringLiteral("created_at"));
    return a;
}

} // namespace tierdesk
