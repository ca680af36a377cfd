#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace tierdesk {

class Database;
struct User;

// Who may see one change in the feed: staff always; customers only when it is not staff-only and it is
// either for every customer (customerId empty) or for them. A change for one recipient (a notification) is
// seen by that user alone, whatever their role.
struct ChangeAudience
{
    bool staffOnly = false;
    std::optional<qint64> customerId;
    std::optional<qint64> recipientId;

    static ChangeAudience everyone() { return {}; }
    static ChangeAudience staff() { return {true, std::nullopt, std::nullopt}; }
    static ChangeAudience customerAndStaff(qint64 customerId) { return {false, customerId, std::nullopt}; }
    static ChangeAudience recipient(qint64 userId) { return {false, std::nullopt, userId}; }
};

struct Change
{
    qint64 seq = 0;
    QString entity; // ticket, message, user, group, article, incident, attachment, notification
    qint64 id = 0;
    QString op; // upsert | delete
    // The entity's JSON exactly as stored (compact, written by append()); the feed splices it into its answer
    // without parsing and re-serialising it, which was most of the feed's cost.
    QByteArray rawData;

    QJsonObject data() const;
    QJsonObject toJson() const;
    // {"seq":…,"entity":…,"id":…,"op":…,"data":…} appended to `out` without building a QJsonObject.
    void appendJson(QByteArray &out) const;
};

// The append-only log behind GET /changes and the WebSocket stream. Every mutation appends inside its own
// write transaction, so the change and the row it describes commit (or vanish) together.
class ChangeLog
{
public:
    explicit ChangeLog(Database &db);

    // Must run inside a write Transaction; returns the new sequence and tells the transaction about it.
    qint64 append(const QString &entity, qint64 id, const QJsonObject &data, const ChangeAudience &audience,
                  const QString &op = QStringLiteral("upsert"));

    struct Page
    {
        QList<Change> changes;
        qint64 next = 0;
        bool more = false;
        qint64 head = 0; // the newest sequence when the page was read: clients show progress as next / head
    };
    // The changes after `since` that `viewer` may see, at most `limit`.
    Page page(const User &viewer, qint64 since, int limit);
    qint64 head();

private:
    Database &m_db;
};

} // namespace tierdesk
