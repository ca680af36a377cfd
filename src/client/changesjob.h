#pragma once

#include "apijob.h"

#include <QList>

namespace tierdesk {

// One entry of the change feed: an entity the caller may see, created/updated ("upsert", data = its whole
// JSON) or removed ("delete").
struct FeedChange
{
    qint64 seq = 0;
    QString entity; // ticket, message, user, group, article, incident
    qint64 id = 0;
    bool deleted = false;
    QJsonObject data;
};

// GET /api/v1/changes?since=S&limit=N.
class ChangesJob : public ApiJob
{
    Q_OBJECT
public:
    ChangesJob(ApiConnection *connection, qint64 since, int limit, QObject *parent = nullptr);

    qint64 since() const { return m_since; }
    const QList<FeedChange> &changes() const { return m_changes; }
    qint64 next() const { return m_next; }
    bool more() const { return m_more; }
    qint64 head() const { return m_head; }

protected:
    bool parse(ClientError *error) override;

private:
    qint64 m_since;
    QList<FeedChange> m_changes;
    qint64 m_next = 0;
    bool m_more = false;
    qint64 m_head = 0;
};

} // namespace tierdesk
