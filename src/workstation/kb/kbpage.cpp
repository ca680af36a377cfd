#include "workstation/kb/kbpage.h"
#include "workstation/common/jsonlists.h"

#include "ui_kbpage.h"

#include "client/localstore.h"
#include "client/syncengine.h"
#include "workstation/app/languages.h"
#include "workstation/common/icons.h"
#include "workstation/kb/articleeditor.h"
#include "workstation/kb/snippettext.h"
#include "workstation/session/session.h"
#include "workstation/ticket/conflictbanner.h"

#include <QJsonArray>
#include <QLabel>
#include <QMap>
#include <QTextDocument>
#include <QTimer>

namespace tierdesk {

namespace {
constexpr int ArticleIdRole = Qt::UserRole + 1;
constexpr int CategoryRole = Qt::UserRole + 2;
constexpr int HtmlRole = Qt::UserRole + 3;

} // namespace

KbPage::KbPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::KbPage>())
    , m_session(session)
    , m_searchTimer(new QTimer(this))
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("kbPage"));
    ui->splitter->setSizes({240, 380, 520});
    ui->splitter->setStretchFactor(2, 1);
    ui->insertButton->setIcon(Icons::icon(QStringLiteral("insert")));
    ui->linkButton->setIcon(Icons::icon(QStringLiteral("link")));
    ui->editButton->setIcon(Icons::icon(QStringLiteral("edit")));
    ui->newButton->setIcon(Icons::icon(QStringLiteral("new-article")));
    ui->reader->setOpenExternalLinks(true);
    // An edit of the article that collided with someone else's shows here, with the choice.
    m_banner = new ConflictBanner(session, QStringLiteral("article"), 0, this);
    ui->rightLayout->insertWidget(ui->rightLayout->indexOf(ui->reader), m_banner);
    connect(m_banner, &ConflictBanner::resolved, this, [this] { openArticle(m_articleId); });

    // As you type, but not on every key of a fast typist.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(120);
    connect(m_searchTimer, &QTimer::timeout, this, &KbPage::runQuery);
    connect(ui->searchEdit, &QLineEdit::textChanged, this, [this] {
        if (!ui->searchEdit->text().isEmpty())
            ui->errorCodeEdit->clear();
        m_searchTimer->start();
    });
    connect(ui->errorCodeEdit, &QLineEdit::textChanged, this, [this] {
        if (!ui->errorCodeEdit->text().isEmpty())
            ui->searchEdit->clear();
        m_searchTimer->start();
    });
    connect(ui->categoryTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showCategory(item->data(0, CategoryRole).toString());
    });
    connect(ui->resultsList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QListWidgetItem *item = ui->resultsList->item(row))
            openArticle(item->data(ArticleIdRole).toLongLong());
    });
    connect(ui->insertButton, &QToolButton::clicked, this, &KbPage::insertIntoReply);
    connect(ui->linkButton, &QToolButton::clicked, this, &KbPage::linkToTicket);
    connect(ui->editButton, &QToolButton::clicked, this, &KbPage::editArticle);
    connect(ui->newButton, &QPushButton::clicked, this, &KbPage::newArticle);
    connect(session->store(), &LocalStore::changed, this, &KbPage::onStoreChanged);
    connect(session, &Session::currentUserChanged, this, &KbPage::updateButtons);

    rebuildCategories();
    runQuery();
    updateButtons();
}

KbPage::~KbPage() = default;

QLineEdit *KbPage::searchEdit() const
{
    return ui->searchEdit;
}

QLineEdit *KbPage::errorCodeEdit() const
{
    return ui->errorCodeEdit;
}

QListWidget *KbPage::resultsList() const
{
    return ui->resultsList;
}

QTextBrowser *KbPage::reader() const
{
    return ui->reader;
}

QList<qint64> KbPage::resultIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < ui->resultsList->count(); ++i)
        ids << ui->resultsList->item(i)->data(ArticleIdRole).toLongLong();
    return ids;
}

QString KbPage::resultHtml(int row) const
{
    QListWidgetItem *item = ui->resultsList->item(row);
    return item ? item->data(HtmlRole).toString() : QString();
}

void KbPage::setTargetTicket(qint64 ticketId, const QString &label)
{
    m_targetTicket = ticketId;
    m_targetLabel = label;
    updateButtons();
}

void KbPage::focusSearch()
{
    ui->searchEdit->setFocus();
    ui->searchEdit->selectAll();
}

void KbPage::search(const QString &text)
{
    ui->searchEdit->setText(text);
    m_searchTimer->stop();
    runQuery();
}

void KbPage::lookupErrorCode(const QString &code)
{
    ui->errorCodeEdit->setText(code);
    m_searchTimer->stop();
    runQuery();
    if (ui->resultsList->count() > 0)
        ui->resultsList->setCurrentRow(0);
}

void KbPage::showCategory(const QString &category)
{
    m_category = category;
    if (!ui->searchEdit->text().isEmpty() || !ui->errorCodeEdit->text().isEmpty()) {
        ui->searchEdit->blockSignals(true);
        ui->errorCodeEdit->blockSignals(true);
        ui->searchEdit->clear();
        ui->errorCodeEdit->clear();
        ui->searchEdit->blockSignals(false);
        ui->errorCodeEdit->blockSignals(false);
    }
    runQuery();
}

QStringList KbPage::categories() const
{
    QStringList out;
    for (const QJsonObject &a : m_session->store()->articles()) {
        const QString c = a.value(QLatin1String("category")).toString();
        if (!c.isEmpty() && !out.contains(c))
            out << c;
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

void KbPage::rebuildCategories()
{
    const QString current = m_category;
    ui->categoryTree->blockSignals(true);
    ui->categoryTree->clear();
    QMap<QString, int> counts;
    for (const QJsonObject &a : m_session->store()->articles()) {
        // "Network/VPN" counts for "Network" and "Network/VPN".
        const QStringList parts =
            a.value(QLatin1String("category")).toString().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        QString path;
        for (const QString &p : parts) {
            path = path.isEmpty() ? p : path + QLatin1Char('/') + p;
            ++counts[path];
        }
    }
    auto *all = new QTreeWidgetItem(
        ui->categoryTree,
        {tr("All articles (%1)").arg(m_session->store()->count(QStringLiteral("article")))});
    all->setData(0, CategoryRole, QString());
    QHash<QString, QTreeWidgetItem *> items;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const QString path = it.key();
        const int slash = int(path.lastIndexOf(QLatin1Char('/')));
        QTreeWidgetItem *parent = slash > 0 ? items.value(path.left(slash)) : nullptr;
        const QString name = slash > 0 ? path.mid(slash + 1) : path;
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(ui->categoryTree);
        item->setText(0, QStringLiteral("%1 (%2)").arg(name).arg(it.value()));
        item->setData(0, CategoryRole, path);
        items.insert(path, item);
        if (path == current)
            ui->categoryTree->setCurrentItem(item);
    }
    ui->categoryTree->expandAll();
    if (current.isEmpty())
        ui->categoryTree->setCurrentItem(all);
    ui->categoryTree->blockSignals(false);
}

void KbPage::runQuery()
{
    const QString text = ui->searchEdit->text().trimmed();
    const QString code = ui->errorCodeEdit->text().trimmed();
    if (!text.isEmpty()) {
        const QList<QJsonObject> hits = m_session->store()->searchArticles(text, 50);
        showResults(hits,
                    hits.isEmpty()
                        ? tr("No article matches \"%1\".").arg(text)
                        : tr("%n article(s) match \"%1\", best first.", nullptr, int(hits.size())).arg(text),
                    true);
        return;
    }
    if (!code.isEmpty()) {
        const QList<QJsonObject> hits = m_session->store()->articlesForErrorCode(code);
        showResults(hits,
                    hits.isEmpty()
                        ? tr("No article answers the error code %1 yet.").arg(code)
                        : tr("%n article(s) answer the error code %1.", nullptr, int(hits.size())).arg(code),
                    false);
        return;
    }
    QList<QJsonObject> list;
    for (const QJsonObject &a : m_session->store()->articles()) {
        const QString c = a.value(QLatin1String("category")).toString();
        if (m_category.isEmpty() || c == m_category || c.startsWith(m_category + QLatin1Char('/')))
            list << a;
    }
    std::sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return QString::localeAwareCompare(a.value(QLatin1String("title")).toString(),
                                           b.value(QLatin1String("title")).toString()) < 0;
    });
    showResults(list, m_category.isEmpty() ? tr("All articles") : m_category, false);
}

void KbPage::showResults(const QList<QJsonObject> &articles, const QString &caption, bool withSnippets)
{
    ui->resultsLabel->setText(caption);
    const qint64 keep = m_articleId;
    ui->resultsList->blockSignals(true);
    ui->resultsList->clear();
    int keepRow = -1;
    for (const QJsonObject &a : articles) {
        const qint64 id = a.value(QLatin1String("id")).toInteger();
        QStringList meta;
        meta << a.value(QLatin1String("category")).toString() << a.value(QLatin1String("lang")).toString();
        const QStringList codes = stringList(a.value(QLatin1String("error_codes")));
        if (!codes.isEmpty())
            meta << codes.join(QStringLiteral(", "));
        const QString snippet =
            withSnippets
                ? SnippetText::toHtml(a.value(QLatin1String("snippet")).toString())
                : SnippetText::markdownPreview(a.value(QLatin1String("body")).toString()).toHtmlEscaped();
        const QString html = QStringLiteral("<b>%1</b><br><span style=\"color:#6b7480\">%2</span><br>%3")
                                 .arg(a.value(QLatin1String("title")).toString().toHtmlEscaped(),
                                      meta.join(QStringLiteral(" · ")).toHtmlEscaped(), snippet);
        auto *item = new QListWidgetItem(ui->resultsList);
        item->setData(ArticleIdRole, id);
        item->setData(HtmlRole, html);
        auto *label = new QLabel(html);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setContentsMargins(6, 4, 6, 4);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        label->setMinimumWidth(10);
        label->adjustSize();
        item->setSizeHint(
            QSize(10, label->heightForWidth(std::max(200, ui->resultsList->viewport()->width() - 12)) + 10));
        ui->resultsList->setItemWidget(item, label);
        if (id == keep)
            keepRow = ui->resultsList->count() - 1;
    }
    ui->resultsList->blockSignals(false);
    if (keepRow >= 0)
        ui->resultsList->setCurrentRow(keepRow);
}

void KbPage::openArticle(qint64 id)
{
    const auto article = m_session->store()->article(id);
    if (!article) {
        ui->reader->setPlainText(tr("This article is not in the local cache."));
        m_articleId = 0;
        updateButtons();
        return;
    }
    m_articleId = id;
    m_banner->setEntityId(id);
    QStringList meta;
    meta << QStringLiteral("*%1*").arg(article->value(QLatin1String("category")).toString());
    for (const Languages::Language &l : Languages::available())
        if (l.code == article->value(QLatin1String("lang")).toString())
            meta << l.nativeName;
    for (const QString &code : stringList(article->value(QLatin1String("error_codes"))))
        meta << QStringLiteral("`%1`").arg(code);
    if (article->value(QLatin1String("pending")).toBool() || id < 0)
        meta << tr("**not yet sent**");
    ui->reader->setMarkdown(meta.join(QStringLiteral(" · ")) + QStringLiteral("\n\n---\n\n") +
                            article->value(QLatin1String("body")).toString());
    for (int i = 0; i < ui->resultsList->count(); ++i) {
        if (ui->resultsList->item(i)->data(ArticleIdRole).toLongLong() == id &&
            ui->resultsList->currentRow() != i) {
            ui->resultsList->blockSignals(true);
            ui->resultsList->setCurrentRow(i);
            ui->resultsList->blockSignals(false);
        }
    }
    updateButtons();
}

QString KbPage::replyText(const QJsonObject &article)
{
    QTextDocument doc;
    doc.setMarkdown(article.value(QLatin1String("body")).toString());
    return doc.toPlainText().trimmed();
}

void KbPage::insertIntoReply()
{
    const auto article = m_session->store()->article(m_articleId);
    if (article && m_targetTicket != 0)
        emit insertRequested(m_targetTicket, replyText(*article));
}

void KbPage::linkToTicket()
{
    if (m_articleId != 0 && m_targetTicket != 0)
        emit linkRequested(m_targetTicket, m_articleId);
}

void KbPage::editArticle()
{
    const auto article = m_session->store()->article(m_articleId);
    if (!article || !m_session->isStaff())
        return;
    ArticleEditor editor(*article, categories(), this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const QJsonObject patch = editor.patch();
    if (!patch.isEmpty())
        m_session->engine()->patchArticle(m_articleId, patch);
}

void KbPage::newArticle()
{
    if (!m_session->isStaff())
        return;
    ArticleEditor editor({}, categories(), this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const qint64 id = m_session->engine()->createArticle(editor.fields());
    openArticle(id);
}

void KbPage::updateButtons()
{
    const bool staff = m_session->isStaff();
    const bool haveArticle = m_articleId != 0;
    const bool haveTicket = m_targetTicket != 0;
    ui->editButton->setVisible(staff);
    ui->newButton->setVisible(staff);
    ui->editButton->setEnabled(haveArticle);
    ui->insertButton->setEnabled(haveArticle && haveTicket);
    ui->linkButton->setEnabled(haveArticle && haveTicket && m_articleId > 0);
    ui->targetLabel->setText(haveTicket ? tr("Insert and link act on %1.").arg(m_targetLabel)
                                        : tr("Open a ticket to insert an article into a reply or link it."));
}

void KbPage::onStoreChanged(const StoreChange &change)
{
    if (change.entities.contains(QStringLiteral("conflict")) ||
        change.entities.contains(QStringLiteral("outbox")))
        m_banner->refresh();
    if (!change.reset && !change.entities.contains(QStringLiteral("article")))
        return;
    rebuildCategories();
    runQuery();
    if (m_articleId != 0)
        openArticle(m_articleId);
}

} // namespace tierdesk
