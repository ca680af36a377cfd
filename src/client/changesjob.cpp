#include "changesjob.h"

#include <QJsonDocument>
#include <QJsonParseError>
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

// Where, in the text of a page, each change's "data" value lies, so that the store can keep the server's own
// text instead of serialising every object again (that was half of the decoding time). The body has passed
// QJsonDocument already, so this scanner may assume valid JSON; anything it does not expect (a key written
// with escapes, another layout) returns an empty list and the caller serialises instead.
class DataSpanScanner
{
public:
    explicit DataSpanScanner(QByteArrayView text)
        : m_text(text)
    {}

    QList<QByteArrayView> scan()
    {
        QList<QByteArrayView> spans;
        skipSpace();
        if (!take('{'))
            return {};
        while (skipSpace(), !take('}')) {
            QByteArrayView key;
            if (!readKey(&key))
                return {};
            if (key == "changes") {
                if (!readChanges(&spans))
                    return {};
            } else if (!skipValue()) {
                return {};
            }
            skipSpace();
            take(',');
        }
        return spans;
    }

private:
    bool readChanges(QList<QByteArrayView> *spans)
    {
        skipSpace();
        if (!take('['))
            return false;
        while (skipSpace(), !take(']')) {
            if (!take('{'))
                return false;
            bool found = false;
            while (skipSpace(), !take('}')) {
                QByteArrayView key;
                if (!readKey(&key))
                    return false;
                skipSpace();
                const qsizetype start = m_pos;
                if (!skipValue())
                    return false;
                if (key == "data") {
                    spans->append(m_text.sliced(start, m_pos - start));
                    found = true;
                }
                skipSpace();
                take(',');
            }
            if (!found)
                return false;
            skipSpace();
            take(',');
        }
        return true;
    }

    // A key without escapes, then the colon.
    bool readKey(QByteArrayView *key)
    {
        if (!take('"'))
            return false;
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            if (m_text[m_pos] == '\\')
                return false;
            ++m_pos;
        }
        *key = m_text.sliced(start, m_pos - start);
        ++m_pos;
        skipSpace();
        return take(':');
    }

    bool skipValue()
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return false;
        const char first = m_text[m_pos];
        if (first == '"')
            return skipString();
        if (first == '{' || first == '[') {
            int depth = 0;
            while (m_pos < m_text.size()) {
                const char c = m_text[m_pos];
                if (c == '"') {
                    if (!skipString())
                        return false;
                    continue;
                }
                ++m_pos;
                if (c == '{' || c == '[')
                    ++depth;
                else if ((c == '}' || c == ']') && --depth == 0)
                    return true;
            }
            return false;
        }
        while (m_pos < m_text.size() && !isDelimiter(m_text[m_pos])) // number, true, false, null
            ++m_pos;
        return true;
    }

    bool skipString()
    {
        ++m_pos; // the opening quote
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '\\')
                ++m_pos;
            else if (c == '"')
                return true;
        }
        return false;
    }

    static bool isDelimiter(char c)
    {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' ||
                                         m_text[m_pos] == '\r' || m_text[m_pos] == '\t'))
            ++m_pos;
    }

    bool take(char c)
    {
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

} // namespace

ChangesJob::ChangesJob(ApiConnection *connection, qint64 since, int limit, QObject *parent)
    : ApiJob(connection, "GET", QStringLiteral("/api/v1/changes?since=%1&limit=%2").arg(since).arg(limit),
             parent)
    , m_since(since)
{}

ApiJob::Decoder ChangesJob::backgroundDecoder(const QByteArray &body)
{
    // Called when the answer has arrived, before its decoding starts: the moment to announce the cursor.
    if (responseHeader("Tierdesk-More") == "true") {
        bool ok = false;
        const qint64 next = responseHeader("Tierdesk-Next").toLongLong(&ok);
        if (ok && next > m_since)
            emit nextKnown(next);
    }
    auto page = std::make_shared<Page>();
    m_decoded = page;
    return
        [body, since = m_since, page](ClientError *error) { return decode(body, since, page.get(), error); };
}

bool ChangesJob::parse(ClientError *)
{
    if (!m_decoded)
        return false;
    m_changes = std::move(m_decoded->changes);
    m_next = m_decoded->next;
    m_more = m_decoded->more;
    m_head = m_decoded->head;
    m_decoded.reset();
    return true;
}

bool ChangesJob::decode(const QByteArray &body, qint64 since, Page *out, ClientError *error)
{
    // The hot path of a first sync (hundreds of pages of a thousand changes), run on a worker thread: parse,
    // check, and make each change's compact text for the store. QJsonObject/QJsonArray share the parsed
    // containers, so the "data" objects are not copied.
    const auto fail = [out, error](const QString &what) {
        error->kind = ClientError::Kind::Protocol;
        error->httpStatus = 200;
        error->message = QStringLiteral("The change feed from the server is damaged: %1.").arg(what);
        out->changes.clear();
        return false;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                 : QStringLiteral("not a JSON object"));
    const QJsonObject page = document.object();
    const QJsonValue changesValue = page.value(QLatin1String("changes"));
    if (!changesValue.isArray())
        return fail(QStringLiteral("'changes' is missing or not a list"));
    if (!readInteger(page.value(QLatin1String("next")), &out->next))
        return fail(QStringLiteral("'next' is missing or not a number"));
    const QJsonValue moreValue = page.value(QLatin1String("more"));
    if (!moreValue.isBool())
        return fail(QStringLiteral("'more' is missing or not true/false"));
    out->more = moreValue.toBool();
    if (!readInteger(page.value(QLatin1String("head")), &out->head))
        return fail(QStringLiteral("'head' is missing or not a number"));

    const QJsonArray changes = changesValue.toArray();
    const QList<QByteArrayView> spans = DataSpanScanner(body).scan();
    const bool haveSpans = spans.size() == changes.size();
    QList<FeedChange> &list = out->changes;
    list.clear();
    list.reserve(changes.size());
    const QLatin1String seqKey("seq"), entityKey("entity"), idKey("id"), opKey("op"), dataKey("data");
    const QLatin1String upsert("upsert"), remove("delete");
    qint64 previous = since;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QJsonValue entryValue = changes.at(i);
        if (!entryValue.isObject())
            return fail(QStringLiteral("entry %1 is not an object").arg(i));
        const QJsonObject entry = entryValue.toObject();
        FeedChange &change = list.emplace_back();
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
        if (change.deleted && data.isNull())
            continue; // the API's removal: no data
        if (!data.isObject())
            return fail(QStringLiteral("change %1 has no data").arg(change.seq));
        change.data = data.toObject();
        change.dataText = haveSpans
                              ? QString::fromUtf8(spans.at(i))
                              : QString::fromUtf8(QJsonDocument(change.data).toJson(QJsonDocument::Compact));
    }
    if (!list.isEmpty() && out->next < list.constLast().seq)
        return fail(QStringLiteral("'next' (%1) lies before the last change (%2)")
                        .arg(out->next)
                        .arg(list.constLast().seq));
    return true;
}

} // namespace tierdesk
