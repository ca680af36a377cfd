#include "workstation/kb/articleeditor.h"
#include "workstation/common/jsonlists.h"

#include "ui_articleeditor.h"

#include "workstation/app/languages.h"
#include "workstation/ticket/propertiespanel.h"

#include <QJsonArray>
#include <QPushButton>
#include <QTimer>

namespace tierdesk {

ArticleEditor::ArticleEditor(const QJsonObject &article, const QStringList &categories, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ArticleEditor>())
    , m_article(article)
{
    ui->setupUi(this);
    ui->errorLabel->hide();
    setWindowTitle(isNew() ? tr("New knowledge-base article")
                           : tr("Edit \"%1\"").arg(article.value(QLatin1String("title")).toString()));
    ui->categoryCombo->addItems(categories);
    for (const Languages::Language &l : Languages::available())
        ui->languageCombo->addItem(l.nativeName, l.code);
    ui->titleEdit->setText(article.value(QLatin1String("title")).toString());
    ui->categoryCombo->setCurrentText(article.value(QLatin1String("category")).toString());
    const QString lang = article.value(QLatin1String("lang")).toString(Languages::installedLanguage());
    ui->languageCombo->setCurrentIndex(std::max(0, ui->languageCombo->findData(lang)));
    ui->tagsEdit->setText(stringList(article.value(QLatin1String("tags"))).join(QStringLiteral(", ")));
    ui->codesEdit->setText(
        stringList(article.value(QLatin1String("error_codes"))).join(QStringLiteral(", ")));
    ui->bodyEdit->setPlainText(article.value(QLatin1String("body")).toString());
    ui->bodySplitter->setSizes({500, 460});
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(200);
    connect(timer, &QTimer::timeout, this, &ArticleEditor::updatePreview);
    connect(ui->bodyEdit, &QPlainTextEdit::textChanged, timer, qOverload<>(&QTimer::start));
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &ArticleEditor::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

ArticleEditor::~ArticleEditor() = default;

void ArticleEditor::setTitle(const QString &title)
{
    ui->titleEdit->setText(title);
}

void ArticleEditor::setBody(const QString &markdown)
{
    ui->bodyEdit->setPlainText(markdown);
    updatePreview();
}

void ArticleEditor::updatePreview()
{
    ui->preview->setMarkdown(ui->bodyEdit->toPlainText());
}

QJsonObject ArticleEditor::fields() const
{
    return {{QStringLiteral("title"), ui->titleEdit->text().trimmed()},
            {QStringLiteral("category"), ui->categoryCombo->currentText().trimmed()},
            {QStringLiteral("lang"), ui->languageCombo->currentData().toString()},
            {QStringLiteral("tags"),
             QJsonArray::fromStringList(PropertiesPanel::splitList(ui->tagsEdit->text()))},
            {QStringLiteral("error_codes"),
             QJsonArray::fromStringList(PropertiesPanel::splitList(ui->codesEdit->text()))},
            {QStringLiteral("body"), ui->bodyEdit->toPlainText()}};
}

QJsonObject ArticleEditor::patch() const
{
    const QJsonObject now = fields();
    if (isNew())
        return now;
    QJsonObject changed;
    for (auto it = now.constBegin(); it != now.constEnd(); ++it)
        if (m_article.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    return changed;
}

void ArticleEditor::accept()
{
    const QJsonObject f = fields();
    QString problem;
    if (f.value(QLatin1String("title")).toString().isEmpty())
        problem = tr("The article needs a title.");
    else if (f.value(QLatin1String("category")).toString().isEmpty())
        problem = tr("Choose or type a category (e.g. Network/VPN).");
    else if (f.value(QLatin1String("body")).toString().trimmed().isEmpty())
        problem = tr("The article has no text yet.");
    if (!problem.isEmpty()) {
        ui->errorLabel->setText(problem);
        ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace tierdesk
