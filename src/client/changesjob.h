#pragma once

#include "apijob.h"

#include <QList>

#include <memory>

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
    QString dataText; // data as compact JSON text, made on the decoding thread so the store need not
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

    // What one page holds; decode() checks it against the API's promises.
    struct Page
    {
        QList<FeedChange> changes;
        qint64 next = 0;
        bool more = false;
        qint64 head = 0;
    };
    static bool decode(const QByteArray &body, qint64 since, Page *page, ClientError *error);

signals:
    // The answer has arrived and its headers (Tierdesk-Next / Tierdesk-More) say that more follows from
    // `next`: emitted before this page is decoded, so that the next request can overlap the decoding and
    // storing of this one. An older server without the headers never emits it.
    void nextKnown(qint64 next);

protected:
    Decoder backgroundDecoder(const QByteArray &body) override;
    bool parse(ClientError *error) override;

private:
    qint64 m_since;
    QList<FeedChange> m_changes;
    qint64 m_next = 0;
    bool m_more = false;
    qint64 m_head = 0;
    std::shared_ptr<Page> m_decoded; // filled on the worker thread, taken over by parse()
};

} // namespace tierdesk
