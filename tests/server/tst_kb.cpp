// The knowledge base over HTTP: full-text search in six languages with highlighted snippets, the error code,
// language and category filters (expected sets computed from resources/demo/demo.json), search text that
// looks like FTS syntax, and writing articles: create, find at once, versioned edits, roles, the change feed.

#include "support/apiclient.h"
#include "support/testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <algorithm>

using namespace tierdesk::test;

namespace {

const QString ArticlesPath = QStringLiteral("/api/v1/kb/articles");

HttpHeaders ifMatch(qint64 version)
{
    return {{"If-Match", "\"" + QByteArray::number(version) + "\""}};
}

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString articlePath(qint64 id)
{
    return ArticlesPath + QStringLiteral("/%1").arg(id);
}

// The words of a text as a search engine without stemming sees them: runs of letters and digits, lower case.
QStringList wordsOf(const QString &text)
{
    QStringList words;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark()) {
            current += c;
        } else if (!current.isEmpty()) {
            words.append(current.toLower());
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current.toLower());
    return words;
}

// Whether an article has a word starting with prefix (lower case) in its title or body, as a prefix search
// without stemming finds it.
bool hasWordStartingWith(const QJsonObject &article, const QString &prefix)
{
    const QStringList words = wordsOf(article.value(QLatin1String("title")).toString() + QLatin1Char(' ') +
                                      article.value(QLatin1String("body")).toString());
    return std::any_of(words.cbegin(), words.cend(),
                       [&prefix](const QString &w) { return w.startsWith(prefix); });
}

QSet<QString> titlesOf(const QJsonArray &items)
{
    QSet<QString> titles;
    for (const QJsonValue &item : items)
        titles.insert(item.toObject().value(QLatin1String("title")).toString());
    return titles;
}

QString describeTitles(const QSet<QString> &titles)
{
    QStringList sorted(titles.cbegin(), titles.cend());
    sorted.sort();
    return QLatin1Char('[') + sorted.join(QLatin1String(" | ")) + QLatin1Char(']');
}

// A word no demo article and no other test uses, made only of letters so that every engine sees one token.
QString uniqueWord(const QString &prefix)
{
    QString word = prefix;
    for (const QChar c : QUuid::createUuid().toString(QUuid::Id128).left(10))
        word += c.isDigit() ? QChar(u'g' + (c.unicode() - u'0')) : c;
    return word;
}

} // namespace

class TestKb : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString demoFile = QFINDTESTDATA("../../resources/demo/demo.json");
        QVERIFY2(!demoFile.isEmpty(), "cannot find resources/demo/demo.json next to the sources");
        QFile file(demoFile);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        for (const QJsonValue &article : document.object().value(QLatin1String("articles")).toArray())
            m_demoArticles.append(article.toObject());
        QVERIFY(m_demoArticles.size() >= 15);

        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_agent.login(QStringLiteral("agent1"), QStringLiteral("demo")));
        QVERIFY(m_agent2.login(QStringLiteral("agent2"), QStringLiteral("demo")));
        QVERIFY(m_customer.login(QStringLiteral("customer1"), QStringLiteral("demo")));
    }

    void listAll()
    {
        const ApiReply r = m_agent.get(ArticlesPath + QStringLiteral("?limit=500"));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(titlesOf(r.jsonArray()), demoTitles([](const QJsonObject &) { return true; }));
        for (const QJsonValue &item : r.jsonArray()) {
            const QJsonObject a = item.toObject();
            QVERIFY(a.value(QLatin1String("id")).toInteger() > 0);
            QVERIFY(!a.value(QLatin1String("body")).toString().isEmpty());
            QCOMPARE(a.value(QLatin1String("version")).toInteger(), qint64(1));
            QVERIFY(a.value(QLatin1String("error_codes")).isArray());
            QVERIFY(a.value(QLatin1String("tags")).isArray());
            QVERIFY(!a.contains(QLatin1String("snippet"))); // only when searching
        }
        // Customers read the knowledge base too; nobody reads it without a token.
        const ApiReply customer = m_customer.get(ArticlesPath + QStringLiteral("?limit=500"));
        QCOMPARE(customer.status, 200);
        QCOMPARE(customer.jsonArray().size(), r.jsonArray().size());
        ApiClient anonymous(m_server);
        QCOMPARE(anonymous.get(ArticlesPath).status, 401);
    }

    void searchFindsWord_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("en symptoms") << QStringLiteral("symptoms");
        QTest::newRow("en administrator") << QStringLiteral("administrator");
        QTest::newRow("pl błąd") << QStringLiteral("błąd");
        QTest::newRow("pl Błąd (capital)") << QStringLiteral("Błąd");
        QTest::newRow("pl przyczyna") << QStringLiteral("przyczyna");
        QTest::newRow("pl wiadomości") << QStringLiteral("wiadomości");
        QTest::newRow("uk помилка") << QStringLiteral("помилка");
        QTest::newRow("ru ошибка") << QStringLiteral("ошибка");
        QTest::newRow("uk+ru причина") << QStringLiteral("причина");
        QTest::newRow("id penyebab") << QStringLiteral("penyebab");
        QTest::newRow("id lisensi") << QStringLiteral("lisensi");
        QTest::newRow("ro eroarea") << QStringLiteral("eroarea");
        QTest::newRow("ro cauză") << QStringLiteral("cauză");
    }

    void searchFindsWord()
    {
        QFETCH(QString, word);
        const QString lower = word.toLower();
        const QSet<QString> expected =
            demoTitles([&lower](const QJsonObject &a) { return hasWordStartingWith(a, lower); });
        QVERIFY2(!expected.isEmpty(), "the word is in no demo article: pick another one");

        const ApiReply r = m_agent.get(ArticlesPath + QStringLiteral("?q=") + encoded(word));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        const QJsonArray items = r.jsonArray();
        QVERIFY2(titlesOf(items) == expected,
                 qPrintable(QStringLiteral("q=%1: expected %2, got %3")
                                .arg(word, describeTitles(expected), describeTitles(titlesOf(items)))));
        QCOMPARE(items.size(), expected.size());

        // Every hit explains itself: the snippet marks the word (or a longer word it begins).
        static const QRegularExpression marked(QStringLiteral("<mark>([^<]*)</mark>"));
        for (const QJsonValue &item : items) {
            const QString snippet = item.toObject().value(QLatin1String("snippet")).toString();
            bool found = false;
            for (const QRegularExpressionMatch &m : marked.globalMatch(snippet)) {
                if (m.captured(1).toLower().startsWith(lower))
                    found = true;
            }
            QVERIFY2(found,
                     qPrintable(
                         QStringLiteral("q=%1: snippet of '%2' does not mark it: %3")
                             .arg(word, item.toObject().value(QLatin1String("title")).toString(), snippet)));
            QVERIFY2(snippet.size() < item.toObject().value(QLatin1String("body")).toString().size() + 200,
                     "the snippet should be an excerpt, not more than the body");
        }
    }

    void searchWithLanguage()
    {
        // "причина" is in Ukrainian and Russian articles; the language filter keeps only the Russian ones.
        const QString word = QStringLiteral("причина");
        const QSet<QString> all =
            demoTitles([&word](const QJsonObject &a) { return hasWordStartingWith(a, word); });
        const QSet<QString> expected = demoTitles([&word](const QJsonObject &a) {
            return a.value(QLatin1String("lang")).toString() == QLatin1String("ru") &&
                   hasWordStartingWith(a, word);
        });
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < all.size());
        const ApiReply r = m_agent.get(ArticlesPath + QStringLiteral("?lang=ru&q=") + encoded(word));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        for (const QJsonValue &item : r.jsonArray())
            QCOMPARE(item.toObject().value(QLatin1String("lang")).toString(), QStringLiteral("ru"));
        QCOMPARE(titlesOf(r.jsonArray()), expected);
    }

    void searchWithoutHits()
    {
        const ApiReply r = m_agent.get(ArticlesPath + QStringLiteral("?q=") +
                                       encoded(uniqueWord(QStringLiteral("nothing"))));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.jsonArray().size(), 0);
    }

    void filterByErrorCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("SMTP-421") << QStringLiteral("SMTP-421");
        QTest::newRow("TD-E1042") << QStringLiteral("TD-E1042");
        QTest::newRow("AADSTS50011") << QStringLiteral("AADSTS50011");
        QTest::newRow("HTTP 429 (space)") << QStringLiteral("HTTP 429");
        QTest::newRow("0x00000709 (second code)") << QStringLiteral("0x00000709");
        QTest::newRow("ORA-12170") << QStringLiteral("ORA-12170");
        QTest::newRow("unknown code") << QStringLiteral("NOPE-0000");
    }

    void filterByErrorCode()
    {
        QFETCH(QString, code);
        const QSet<QString> expected = demoTitles([&code](const QJsonObject &a) {
            return a.value(QLatin1String("error_codes")).toArray().contains(QJsonValue(code));
        });
        const ApiReply r = m_agent.get(ArticlesPath + QStringLiteral("?error_code=") + encoded(code));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QVERIFY2(
            titlesOf(r.jsonArray()) == expected,
            qPrintable(QStringLiteral("error_code=%1: expected %2, got %3")
                           .arg(code, describeTitles(expected), describeTitles(titlesOf(r.jsonArray())))));
        QCOMPARE(r.jsonArray().size(), expected.size());
        for (const QJsonValue &item : r.jsonArray())
            QVERIFY(item.toObject().value(QLatin1String("error_codes")).toArray().contains(QJsonValue(code)));
    }

    void filterByLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        for (const char *lang : {"en", "pl", "uk", "ru", "id", "ro"})
            QTest::newRow(lang) << QString::fromLatin1(lang);
    }

    void filterByLanguage()
    {
        QFETCH(QString, lang);
        const QSet<QString> expected = demoTitles(
            [&lang](const QJsonObject &a) { return a.value(QLatin1String("lang")).toString() == lang; });
        QVERIFY(!expected.isEmpty());
        const ApiReply r = m_agent.get(ArticlesPath + QStringLiteral("?lang=") + lang);
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        for (const QJsonValue &item : r.jsonArray())
            QCOMPARE(item.toObject().value(QLatin1String("lang")).toString(), lang);
        QCOMPARE(titlesOf(r.jsonArray()), expected);
    }

    void filterByCategory_data()
    {
        QTest::addColumn<QString>("category");
        QTest::newRow("Email/Delivery") << QStringLiteral("Email/Delivery");
        QTest::newRow("Network/VPN") << QStringLiteral("Network/VPN");
        QTest::newRow("Billing") << QStringLiteral("Billing");
        QTest::newRow("Desktop client (space)") << QStringLiteral("Desktop client");
        QTest::newRow("no such category") << QStringLiteral("Gardening");
    }

    void filterByCategory()
    {
        QFETCH(QString, category);
        const QSet<QString> expected = demoTitles([&category](const QJsonObject &a) {
            return a.value(QLatin1String("category")).toString() == category;
        });
        const ApiReply r = m_agent.get(ArticlesPath + QStringLiteral("?category=") + encoded(category));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        for (const QJsonValue &item : r.jsonArray())
            QCOMPARE(item.toObject().value(QLatin1String("category")).toString(), category);
        QCOMPARE(titlesOf(r.jsonArray()), expected);
    }

    void combinedFilters()
    {
        // SMTP-421 has an English and a Russian article; with lang=ru only the Russian one is left.
        const ApiReply r = m_agent.get(ArticlesPath + QStringLiteral("?error_code=SMTP-421&lang=ru"));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        const QSet<QString> expected = demoTitles([](const QJsonObject &a) {
            return a.value(QLatin1String("lang")).toString() == QLatin1String("ru") &&
                   a.value(QLatin1String("error_codes"))
                       .toArray()
                       .contains(QJsonValue(QStringLiteral("SMTP-421")));
        });
        QCOMPARE(expected.size(), 1);
        QCOMPARE(titlesOf(r.jsonArray()), expected);
    }

    void ftsSyntaxIsHarmless_data()
    {
        QTest::addColumn<QString>("q");
        const QStringList queries{
            QStringLiteral("\""),
            QStringLiteral("\"unbalanced"),
            QStringLiteral("\"\"\""),
            QStringLiteral("*"),
            QStringLiteral("smtp*"),
            QStringLiteral("**"),
            QStringLiteral("NEAR("),
            QStringLiteral("NEAR(smtp relay"),
            QStringLiteral("NEAR(a b, 2)"),
            QStringLiteral("-"),
            QStringLiteral("-smtp"),
            QStringLiteral("smtp -relay"),
            QStringLiteral(":"),
            QStringLiteral("title:smtp"),
            QStringLiteral("body:"),
            QStringLiteral("smtp:*"),
            QStringLiteral("AND"),
            QStringLiteral("OR NOT"),
            QStringLiteral("smtp AND"),
            QStringLiteral("("),
            QStringLiteral(")"),
            QStringLiteral("(smtp OR"),
            QStringLiteral("^"),
            QStringLiteral("^smtp"),
            QStringLiteral("'"),
            QStringLiteral("\\"),
            QStringLiteral("&"),
            QStringLiteral("|"),
            QStringLiteral("!"),
            QStringLiteral("<->"),
            QStringLiteral("a & | b"),
            QStringLiteral("{smtp}"),
            QStringLiteral("smtp + relay"),
            QStringLiteral("%"),
            QStringLiteral("';--"),
            QStringLiteral("\"SMTP-421\""),
            QStringLiteral("TD-E1042"),
            QStringLiteral("0x80070005"),
            QStringLiteral("NET::ERR_CERT"),
            QStringLiteral("🙂"),
            QStringLiteral("błąd*"),
            QStringLiteral("   "),
        };
        for (const QString &q : queries)
            QTest::newRow(qPrintable(q)) << q;
    }

    void ftsSyntaxIsHarmless()
    {
        QFETCH(QString, q);
        const ApiReply r = m_agent.get(ArticlesPath + QStringLiteral("?q=") + encoded(q));
        QVERIFY2(r.status == 200, qPrintable(QStringLiteral("q=%1: %2").arg(q, r.describe())));
        QVERIFY2(r.json().value(QLatin1String("items")).isArray(), qPrintable(r.describe()));
    }

    void ftsSyntaxLeftTheServerWorking()
    {
        const ApiReply r =
            m_agent.get(ArticlesPath + QStringLiteral("?q=") + encoded(QStringLiteral("symptoms")));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.jsonArray().isEmpty());
    }

    void createEditAndFind()
    {
        const QString word = uniqueWord(QStringLiteral("quorblat"));
        const QString code =
            QStringLiteral("TD-T") + QString::number(QRandomGenerator::global()->bounded(10000, 99999));
        const QJsonObject draft{
            {"title", QStringLiteral("Resetting the %1 cache").arg(word)},
            {"body", QStringLiteral("When the %1 cache is stale, clear it from Settings.").arg(word)},
            {"lang", "en"},
            {"category", "Testing"},
            {"tags", QJsonArray{"cache"}},
            {"error_codes", QJsonArray{code}}};
        const ApiReply created = m_agent.post(ArticlesPath, draft);
        QVERIFY2(created.status == 201, qPrintable(created.describe()));
        const QJsonObject article = created.json();
        const qint64 id = article.value(QLatin1String("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(article.value(QLatin1String("title")).toString(),
                 draft.value(QLatin1String("title")).toString());
        QCOMPARE(article.value(QLatin1String("body")).toString(),
                 draft.value(QLatin1String("body")).toString());
        QCOMPARE(article.value(QLatin1String("lang")).toString(), QStringLiteral("en"));
        QCOMPARE(article.value(QLatin1String("category")).toString(), QStringLiteral("Testing"));
        QCOMPARE(article.value(QLatin1String("tags")).toArray(), QJsonArray{"cache"});
        QCOMPARE(article.value(QLatin1String("error_codes")).toArray(), QJsonArray{code});
        QCOMPARE(article.value(QLatin1String("author_id")).toInteger(),
                 m_agent.user().value(QLatin1String("id")).toInteger());
        QCOMPARE(article.value(QLatin1String("version")).toInteger(), qint64(1));

        // Searchable at once, by word and by error code.
        ApiReply found = m_agent.get(ArticlesPath + QStringLiteral("?q=") + word);
        QVERIFY2(found.status == 200, qPrintable(found.describe()));
        QCOMPARE(found.jsonArray().size(), 1);
        QCOMPARE(found.jsonArray().at(0).toObject().value(QLatin1String("id")).toInteger(), id);
        QVERIFY2(found.jsonArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("snippet"))
                     .toString()
                     .contains(QStringLiteral("<mark>%1</mark>").arg(word)),
                 qPrintable(found.describe()));
        found = m_agent.get(ArticlesPath + QStringLiteral("?error_code=") + code);
        QCOMPARE(found.status, 200);
        QCOMPARE(found.jsonArray().size(), 1);
        QCOMPARE(found.jsonArray().at(0).toObject().value(QLatin1String("id")).toInteger(), id);

        const ApiReply one = m_customer.get(articlePath(id));
        QVERIFY2(one.status == 200, qPrintable(one.describe()));
        QCOMPARE(one.json().value(QLatin1String("title")).toString(),
                 draft.value(QLatin1String("title")).toString());
        QCOMPARE(one.header("etag"), QByteArray("\"1\""));

        // A versioned edit by another agent: version 2, the new text is searchable and the old is gone.
        const QString newWord = uniqueWord(QStringLiteral("plimbrak"));
        const QString newBody =
            QStringLiteral("Clear the %1 cache from Settings, then restart.").arg(newWord);
        const ApiReply edited = m_agent2.patch(articlePath(id), QJsonObject{{"body", newBody}}, ifMatch(1));
        QVERIFY2(edited.status == 200, qPrintable(edited.describe()));
        QCOMPARE(edited.json().value(QLatin1String("version")).toInteger(), qint64(2));
        QCOMPARE(edited.json().value(QLatin1String("body")).toString(), newBody);
        QCOMPARE(edited.json().value(QLatin1String("title")).toString(),
                 draft.value(QLatin1String("title")).toString());
        found = m_agent.get(ArticlesPath + QStringLiteral("?q=") + newWord);
        QCOMPARE(found.status, 200);
        QCOMPARE(found.jsonArray().size(), 1);
        QCOMPARE(found.jsonArray().at(0).toObject().value(QLatin1String("id")).toInteger(), id);
        QCOMPARE(m_agent.get(articlePath(id)).json().value(QLatin1String("version")).toInteger(), qint64(2));

        // A stale version: 412 with the article as it is now.
        const ApiReply stale =
            m_agent.patch(articlePath(id), QJsonObject{{"title", "Lost update"}}, ifMatch(1));
        QVERIFY2(stale.status == 412, qPrintable(stale.describe()));
        QCOMPARE(stale.errorCode(), QStringLiteral("version_mismatch"));
        const QJsonObject current = stale.json().value(QLatin1String("current")).toObject();
        QCOMPARE(current.value(QLatin1String("id")).toInteger(), id);
        QCOMPARE(current.value(QLatin1String("version")).toInteger(), qint64(2));
        QCOMPARE(current.value(QLatin1String("body")).toString(), newBody);
        QCOMPARE(m_agent.get(articlePath(id)).json().value(QLatin1String("title")).toString(),
                 draft.value(QLatin1String("title")).toString());

        // No If-Match at all: 428.
        const ApiReply unconditional = m_agent.patch(articlePath(id), QJsonObject{{"title", "Blind write"}});
        QVERIFY2(unconditional.status == 428, qPrintable(unconditional.describe()));
        QCOMPARE(unconditional.errorCode(), QStringLiteral("precondition_required"));

        m_createdId = id;
    }

    void customersCannotWrite()
    {
        QVERIFY(m_createdId > 0);
        const ApiReply post = m_customer.post(ArticlesPath, QJsonObject{{"title", "My own article"},
                                                                        {"body", "Text."},
                                                                        {"lang", "en"},
                                                                        {"category", "Testing"}});
        QVERIFY2(post.status == 403, qPrintable(post.describe()));
        QCOMPARE(post.errorCode(), QStringLiteral("forbidden"));

        const ApiReply patch =
            m_customer.patch(articlePath(m_createdId), QJsonObject{{"title", "Defaced"}}, ifMatch(2));
        QVERIFY2(patch.status == 403, qPrintable(patch.describe()));
        QCOMPARE(patch.errorCode(), QStringLiteral("forbidden"));
        const ApiReply after = m_agent.get(articlePath(m_createdId));
        QCOMPARE(after.json().value(QLatin1String("version")).toInteger(), qint64(2));
        QVERIFY(after.json().value(QLatin1String("title")).toString() != QLatin1String("Defaced"));
    }

    void articleInChangeFeed()
    {
        QVERIFY(m_createdId > 0);
        QList<QJsonObject> ours;
        qint64 since = 0;
        for (int page = 0; page < 1000; ++page) {
            const ApiReply r = m_agent.get(QStringLiteral("/api/v1/changes?since=%1&limit=1000").arg(since));
            QVERIFY2(r.status == 200, qPrintable(r.describe()));
            for (const QJsonValue &value : r.json().value(QLatin1String("changes")).toArray()) {
                const QJsonObject change = value.toObject();
                if (change.value(QLatin1String("entity")).toString() == QLatin1String("article") &&
                    change.value(QLatin1String("id")).toInteger() == m_createdId)
                    ours.append(change);
            }
            const qint64 next = r.json().value(QLatin1String("next")).toInteger();
            if (!r.json().value(QLatin1String("more")).toBool())
                break;
            QVERIFY2(next > since, qPrintable(r.describe().left(300)));
            since = next;
        }
        // One change for the creation and one for the edit; the rejected writes left no trace.
        QCOMPARE(ours.size(), 2);
        QCOMPARE(ours.at(0).value(QLatin1String("op")).toString(), QStringLiteral("upsert"));
        QCOMPARE(
            ours.at(0).value(QLatin1String("data")).toObject().value(QLatin1String("version")).toInteger(),
            qint64(1));
        QCOMPARE(
            ours.at(1).value(QLatin1String("data")).toObject().value(QLatin1String("version")).toInteger(),
            qint64(2));
        QVERIFY(ours.at(0).value(QLatin1String("seq")).toInteger() <
                ours.at(1).value(QLatin1String("seq")).toInteger());
    }

private:
    template<typename Predicate> QSet<QString> demoTitles(Predicate predicate) const
    {
        QSet<QString> titles;
        for (const QJsonObject &article : m_demoArticles) {
            if (predicate(article))
                titles.insert(article.value(QLatin1String("title")).toString());
        }
        return titles;
    }

    QList<QJsonObject> m_demoArticles;
    qint64 m_createdId = 0;
    TestServer m_server{TestServerOptions{.demo = true}};
    ApiClient m_agent{m_server};
    ApiClient m_agent2{m_server};
    ApiClient m_customer{m_server};
};

QTEST_GUILESS_MAIN(TestKb)
#include "tst_kb.moc"
