#pragma once

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace tierdesk {

// A knowledge-base article. The body is Markdown; error_codes link it to the tickets it answers.
struct Article
{
    qint64 id = 0;
    QString title;
    QString body;
    QString lang = QStringLiteral("en");
    QString category;
    QStringList tags;
    QStringList errorCodes;
    qint64 authorId = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 version = 1;

    QJsonObject toJson() const;
    static std::optional<Article> fromJson(const QJsonObject &json);
};

} // namespace tierdesk
