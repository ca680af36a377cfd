#include "changesjob.h"

#include <QJsonValue>

#include <limits>

namespace tierdesk {

namespace {

// An integer JSON number; QJsonValue keeps whole numbers exactly up to 2^53 (and beyond as qint64 when the
// text was an integer).
bool readInteger(const QJsonValue &value, qint64 *out)
{
    if (!value.isDouble())
        return false;
    constexpr qint64 NotAnInteger = std::numeric_limits<qint64>::min();
    const qint64 integer = value.toInteger(NotAnInteger);
    if (integer == NotAnInteger)
        return false;
    *out = integer;
    return true;
}

} // namespace

ChangesJob::ChangesJob(ApiConnection *connection, qint64 since, int limit, QObject *parent)
    : ApiJob(connection, "GET", QStringLiteral("/api/v1/changes?since=%1&limit=%2").arg(since).arg(limit),
             parent)
    , m_since(since)
{}

bool ChangesJob::parse(ClientError *error)
{
    // The hot path of a first sync (hundreds of pages of a thousand changes): the base class parsed the body
    // once; here the entries are only picked out. QJsonObject/QJsonArray share the parsed containers, so the
    // "data" objects are not copied.
    const auto fail = [this, error](const QString &what) {
        error->kind = ClientError::Kind::Protocol;
        error->httpStatus = httpStatus();
        error->message = QStringLiteral("The change feed from the server is damaged: %1.").arg(what);
        m_changes.clear();
        return false;
    };

    const QJsonObject page = json();
    const QJsonValue changesValue = page.value(QLatin1String("changes"));
    if (!changesValue.isArray())
        return fail(QStringLiteral("'changes' is missing or not a list"));
    if (!readInteger(page.value(QLatin1String("next")), &m_next))
        return fail(QStringLiteral("'next' is missing or not a number"));
    const QJsonValue moreValue = page.value(QLatin1String("more"));
    if (!moreValue.isBool())
        return fail(QStringLiteral("'more' is missing or not true/false"));
    m_more = moreValue.toBool();
    if (!readInteger(page.value(QLatin1String("head")), &m_head))
        return fail(QStringLiteral("'head' is missing or not a number"));

    const QJsonArray changes = changesValue.toArray();
    m_changes.clear();
    m_changes.reserve(changes.size());
    const QLatin1String seqKey("seq"), entityKey("entity"), idKey("id"), opKey("op"), dataKey("data");
    const QLatin1String upsert("upsert"), remove("delete");
    qint64 previous = m_since;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QJsonValue entryValue = changes.at(i);
        if (!entryValue.isObject())
            return fail(QStringLiteral("entry %1 is not an object").arg(i));
        const QJsonObject entry = entryValue.toObject();
        FeedChange &change = m_changes.emplace_back();
        if (!readInteger(entry.value(seqKey), &change.seq) || change.seq <= previous)
            return fail(QStringLiteral("entry %1 has no sequence number after %2").arg(i).arg(previous));
        previous = change.seq;
        const QJsonValue entity = entry.value(entityKey);
        change.entity = entity.toString();
        if (!entity.isString() || change.entity.isEmpty())
            return fail(QStringLiteral("change %1 names no entity").arg(change.seq));
        if (!readInteger(entry.value(idKey), &change.id))
            return fail(QStringLiteral("change %1 has no id").arg(change.seq));
        const QJsonValue op = entry.value(opKey);
        if (op.isString() && op.toString() == upsert)
            change.deleted = false;
        else if (op.isString() && op.toString() == remove)
            change.deleted = true;
        else
            return fail(QStringLiteral("change %1 has an unknown op").arg(change.seq));
        const QJsonValue data = entry.value(dataKey);
        if (!data.isObject())
            return fail(QStringLiteral("change %1 has no data").arg(change.seq));
        change.data = data.toObject();
    }
    if (!m_changes.isEmpty() && m_next < m_changes.constLast().seq)
        return fail(QStringLiteral("'next' (%1) lies before the last change (%2)")
                        .arg(m_next)
                        .arg(m_changes.constLast().seq));
    return true;
}

} // namespace tierdesk
