#pragma once

#include <QJsonObject>
#include <QWidget>
#include <memory>

namespace Ui {
class KbPage;
}

class QLineEdit;
class QListWidget;
class QTextBrowser;
class QTimer;
class QTreeWidgetItem;

namespace tierdesk {

class ConflictBanner;
class Session;
struct StoreChange;

// The knowledge base, from the local cache (so it works offline): a category tree, full-text search as you
// type with the matches highlighted in each snippet (LocalStore::searchArticles), lookup by error code
// (LocalStore::articlesForErrorCode), the article rendered from Markdown, and for staff an editor. "Insert
// into reply" and "Link to ticket" act on the ticket tab the agent last worked in.
class KbPage : public QWidget
{
    Q_OBJECT

public:
    explicit KbPage(Session *session, QWidget *parent = nullptr);
    ~KbPage() override;

    // The ticket that "Insert into reply" and "Link to ticket" act on (0: none).
    void setTargetTicket(qint64 ticketId, const QString &label);
    qint64 targetTicket() const { return m_targetTicket; }

    qint64 currentArticleId() const { return m_articleId; }
    QList<qint64> resultIds() const;
    QString resultHtml(int row) const;

    QLineEdit *searchEdit() const;
    QLineEdit *errorCodeEdit() const;
    QListWidget *resultsList() const;
    QTextBrowser *reader() const;
    ConflictBanner *conflictBanner() const { return m_banner; }

    // Plain text of an article for a reply: the Markdown rendered to text.
    static QString replyText(const QJsonObject &article);

public slots:
    void search(const QString &text);
    void lookupErrorCode(const QString &code);
    void showCategory(const QString &category);
    void openArticle(qint64 id);
    void focusSearch();
    void insertIntoReply();
    void linkToTicket();
    void editArticle();
    void newArticle();

signals:
    void insertRequested(qint64 ticketId, const QString &text);
    void linkRequested(qint64 ticketId, qint64 articleId);

private:
    void onStoreChanged(const StoreChange &change);
    void rebuildCategories();
    void runQuery();
    void showResults(const QList<QJsonObject> &articles, const QString &caption, bool withSnippets);
    void updateButtons();
    QStringList categories() const;

    std::unique_ptr<Ui::KbPage> ui;
    Session *m_session;
    QTimer *m_searchTimer;
    ConflictBanner *m_banner;
    QString m_category;
    qint64 m_articleId = 0;
    qint64 m_targetTicket = 0;
    QString m_targetLabel;
};

} // namespace tierdesk
