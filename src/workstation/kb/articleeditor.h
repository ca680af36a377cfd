#pragma once

#include <QDialog>
#include <QJsonObject>
#include <memory>

namespace Ui {
class ArticleEditor;
}

namespace tierdesk {

// Writing or changing a knowledge-base article (staff only): title, category, language, tags, the error
// codes it answers and the Markdown body with a live preview. Saving goes through the sync engine's outbox
// like every other edit; an existing article is changed by a patch of the fields that differ.
class ArticleEditor : public QDialog
{
    Q_OBJECT

public:
    // article: an existing article, or empty for a new one.
    ArticleEditor(const QJsonObject &article, const QStringList &categories, QWidget *parent = nullptr);
    ~ArticleEditor() override;

    bool isNew() const { return m_article.isEmpty(); }
    // The fields as edited (whole article for a new one).
    QJsonObject fields() const;
    // Only what changed (empty: nothing to send).
    QJsonObject patch() const;

    void setTitle(const QString &title);
    void setBody(const QString &markdown);

public slots:
    void accept() override;

private:
    void updatePreview();

    std::unique_ptr<Ui::ArticleEditor> ui;
    QJsonObject m_article;
};

} // namespace tierdesk
