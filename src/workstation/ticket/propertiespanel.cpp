#include "workstation/ticket/propertiespanel.h"
#include "workstation/common/jsonlists.h"

#include "ui_propertiespanel.h"

#include "client/localstore.h"
#include "client/syncengine.h"
#include "core/timestamp.h"
#include "workstation/common/icons.h"
#include "workstation/common/ticketdisplay.h"
#include "workstation/session/directory.h"
#include "workstation/session/session.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace tierdesk {

namespace {
QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

} // namespace

PropertiesPanel::PropertiesPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::PropertiesPanel>())
    , m_session(session)
{
    ui->setupUi(this);
    ui->assignToMeButton->setIcon(Icons::icon(QStringLiteral("assign")));
    ui->assignToMeButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    ui->lookupCodesButton->setIcon(Icons::icon(QStringLiteral("search")));
    // Long names must not widen the panel: combos shrink and elide instead.
    for (QComboBox *combo :
         {ui->statusCombo, ui->severityCombo, ui->ownerCombo, ui->groupCombo, ui->incidentCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    fillChoices();
    connect(session->directory(), &Directory::changed, this, [this] {
        fillChoices();
        setTicket(m_ticket);
    });

    connect(ui->statusCombo, &QComboBox::activated, this, [this] {
        patch({{QStringLiteral("status"), ui->statusCombo->currentData().toString()}});
    });
    connect(ui->severityCombo, &QComboBox::activated, this, [this] {
        patch({{QStringLiteral("severity"), ui->severityCombo->currentData().toInt()}});
    });
    connect(ui->ownerCombo, &QComboBox::activated, this, [this] {
        const qint64 owner = ui->ownerCombo->currentData().toLongLong();
        patch({{QStringLiteral("owner_id"), owner > 0 ? QJsonValue(owner) : QJsonValue(QJsonValue::Null)}});
    });
    connect(ui->groupCombo, &QComboBox::activated, this, [this] {
        const qint64 group = ui->groupCombo->currentData().toLongLong();
        patch({{QStringLiteral("group_id"), group > 0 ? QJsonValue(group) : QJsonValue(QJsonValue::Null)}});
    });
    connect(ui->tierSpin, &QSpinBox::editingFinished, this, [this] {
        if (ui->tierSpin->value() != m_ticket.value(QLatin1String("tier")).toInt())
            patch({{QStringLiteral("tier"), ui->tierSpin->value()}});
    });
    connect(ui->incidentCombo, &QComboBox::activated, this, [this] {
        const qint64 incident = ui->incidentCombo->currentData().toLongLong();
        patch({{QStringLiteral("incident_id"),
                incident > 0 ? QJsonValue(incident) : QJsonValue(QJsonValue::Null)}});
    });
    connect(ui->errorCodesEdit, &QLineEdit::editingFinished, this, [this] {
        const QStringList codes = splitList(ui->errorCodesEdit->text());
        if (codes != stringList(m_ticket.value(QLatin1String("error_codes"))))
            patch({{QStringLiteral("error_codes"), toArray(codes)}});
    });
    connect(ui->tagsEdit, &QLineEdit::editingFinished, this, [this] {
        // The kb-<id> tags are shown as linked articles, not in this field; keep them.
        QStringList tags = splitList(ui->tagsEdit->text());
        for (const QString &t : stringList(m_ticket.value(QLatin1String("tags"))))
            if (t.startsWith(QLatin1String("kb-")) && !tags.contains(t))
                tags << t;
        if (tags != stringList(m_ticket.value(QLatin1String("tags"))))
            patch({{QStringLiteral("tags"), toArray(tags)}});
    });
    connect(ui->collaboratorsList, &QListWidget::itemChanged, this, &PropertiesPanel::onCollaboratorChanged);
    connect(ui->assignToMeButton, &QToolButton::clicked, this, &PropertiesPanel::assignToMe);
    connect(ui->lookupCodesButton, &QToolButton::clicked, this, [this] {
        const QStringList codes = splitList(ui->errorCodesEdit->text());
        if (!codes.isEmpty())
            emit lookupErrorCode(codes.first());
    });
    connect(ui->articlesLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("kb:")))
            emit openArticle(link.mid(3).toLongLong());
    });
}

PropertiesPanel::~PropertiesPanel() = default;

QString PropertiesPanel::articleTag(qint64 articleId)
{
    return QStringLiteral("kb-%1").arg(articleId);
}

QList<qint64> PropertiesPanel::linkedArticles(const QJsonObject &ticket)
{
    QList<qint64> ids;
    for (const QString &tag : stringList(ticket.value(QLatin1String("tags")))) {
        bool ok = false;
        const qint64 id = tag.startsWith(QLatin1String("kb-")) ? tag.mid(3).toLongLong(&ok) : 0;
        if (ok && id > 0)
            ids << id;
    }
    return ids;
}

QStringList PropertiesPanel::splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        if (!out.contains(part))
            out << part;
    return out;
}

void PropertiesPanel::fillChoices()
{
    const bool was = m_updating;
    m_updating = true;
    Directory *dir = m_session->directory();
    ui->statusCombo->clear();
    for (const QString &s : TicketDisplay::statuses())
        ui->statusCombo->addItem(TicketDisplay::statusText(s), s);
    ui->severityCombo->clear();
    for (int s = 1; s <= 4; ++s)
        ui->severityCombo->addItem(TicketDisplay::severityText(s), s);
    ui->ownerCombo->clear();
    ui->ownerCombo->addItem(tr("(nobody)"), qint64(0));
    for (const QJsonObject &u : dir->staff()) {
        const qint64 id = u.value(QLatin1String("id")).toInteger();
        const int tier = u.value(QLatin1String("tier")).toInt();
        ui->ownerCombo->addItem(
            tier > 0 ? tr("%1 (tier %2)").arg(dir->userName(id)).arg(tier) : dir->userName(id), id);
    }
    ui->groupCombo->clear();
    ui->groupCombo->addItem(tr("(no group)"), qint64(0));
    for (const QJsonObject &g : dir->groups())
        ui->groupCombo->addItem(g.value(QLatin1String("name")).toString(),
                                g.value(QLatin1String("id")).toInteger());
    ui->incidentCombo->clear();
    ui->incidentCombo->addItem(tr("(none)"), qint64(0));
    for (const QJsonObject &i : dir->incidents())
        ui->incidentCombo->addItem(i.value(QLatin1String("title")).toString(),
                                   i.value(QLatin1String("id")).toInteger());
    ui->collaboratorsList->clear();
    for (const QJsonObject &u : dir->staff()) {
        auto *item = new QListWidgetItem(dir->userName(u.value(QLatin1String("id")).toInteger()),
                                         ui->collaboratorsList);
        item->setData(Qt::UserRole, u.value(QLatin1String("id")).toInteger());
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_updating = was;
}

void PropertiesPanel::setTicket(const QJsonObject &ticket)
{
    m_ticket = ticket;
    m_id = ticket.value(QLatin1String("id")).toInteger();
    m_updating = true;
    Directory *dir = m_session->directory();
    const qint64 requester = ticket.value(QLatin1String("requester_id")).toInteger();
    QString requesterText = dir->userName(requester);
    const QString organisation = dir->user(requester).value(QLatin1String("organisation")).toString();
    if (!organisation.isEmpty())
        requesterText += QStringLiteral(" — ") + organisation;
    if (dir->isVip(requester))
        requesterText = QStringLiteral("★ ") + requesterText + QLatin1Char(' ') + tr("(VIP)");
    ui->requesterLabel->setText(requesterText);
    ui->statusCombo->setCurrentIndex(
        ui->statusCombo->findData(ticket.value(QLatin1String("status")).toString()));
    ui->severityCombo->setCurrentIndex(
        ui->severityCombo->findData(ticket.value(QLatin1String("severity")).toInt()));
    ui->priorityLabel->setText(tr("%1 of 8 (severity first, then customer importance)")
                                   .arg(ticket.value(QLatin1String("priority")).toInt()));
    const qint64 owner = ticket.value(QLatin1String("owner_id")).toInteger();
    int ownerIndex = ui->ownerCombo->findData(owner);
    if (ownerIndex < 0) {
        ui->ownerCombo->addItem(dir->userName(owner), owner);
        ownerIndex = ui->ownerCombo->count() - 1;
    }
    ui->ownerCombo->setCurrentIndex(ownerIndex);
    ui->assignToMeButton->setEnabled(owner != m_session->currentUserId());
    ui->groupCombo->setCurrentIndex(
        std::max(0, ui->groupCombo->findData(ticket.value(QLatin1String("group_id")).toInteger())));
    ui->tierSpin->setValue(ticket.value(QLatin1String("tier")).toInt(1));
    ui->incidentCombo->setCurrentIndex(
        std::max(0, ui->incidentCombo->findData(ticket.value(QLatin1String("incident_id")).toInteger())));
    QSet<qint64> collaborators;
    for (const QJsonValue &v : ticket.value(QLatin1String("collaborator_ids")).toArray())
        collaborators.insert(v.toInteger());
    for (int i = 0; i < ui->collaboratorsList->count(); ++i) {
        QListWidgetItem *item = ui->collaboratorsList->item(i);
        item->setCheckState(collaborators.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                          : Qt::Unchecked);
    }
    if (!ui->errorCodesEdit->hasFocus())
        ui->errorCodesEdit->setText(
            stringList(ticket.value(QLatin1String("error_codes"))).join(QStringLiteral(", ")));
    QStringList plainTags;
    for (const QString &t : stringList(ticket.value(QLatin1String("tags"))))
        if (!t.startsWith(QLatin1String("kb-")))
            plainTags << t;
    if (!ui->tagsEdit->hasFocus())
        ui->tagsEdit->setText(plainTags.join(QStringLiteral(", ")));
    QStringList links;
    for (qint64 id : linkedArticles(ticket)) {
        const QString title =
            m_session->store()->article(id).value_or(QJsonObject()).value(QLatin1String("title")).toString();
        links << QStringLiteral("<a href=\"kb:%1\">%2</a>")
                     .arg(id)
                     .arg((title.isEmpty() ? tr("Article %1").arg(id) : title).toHtmlEscaped());
    }
    ui->articlesLabel->setText(links.isEmpty() ? tr("none") : links.join(QStringLiteral("<br>")));
    ui->createdLabel->setText(TicketDisplay::dateTime(ticket.value(QLatin1String("created_at"))));
    ui->lastCustomerLabel->setText(
        TicketDisplay::dateTime(ticket.value(QLatin1String("last_customer_activity_at"))));
    ui->firstResponseLabel->setText(
        TicketDisplay::dateTime(ticket.value(QLatin1String("first_response_at"))));
    ui->resolvedLabel->setText(TicketDisplay::dateTime(ticket.value(QLatin1String("resolved_at"))));
    refreshTimers();
    m_updating = false;
}

void PropertiesPanel::refreshTimers()
{
    const qint64 now = Timestamp::nowMs();
    const QString due = TicketDisplay::dateTime(m_ticket.value(QLatin1String("sla_due_at")));
    ui->slaDueLabel->setText(QStringLiteral("%1 (%2)").arg(due, TicketDisplay::slaCountdown(m_ticket, now)));
    ui->slaDueLabel->setStyleSheet(
        TicketDisplay::slaBreached(m_ticket, now) ? QStringLiteral("color: #b3261e; font-weight: 600;")
        : TicketDisplay::slaAtRisk(m_ticket, now) ? QStringLiteral("color: #a15c00; font-weight: 600;")
                                                  : QString());
}

void PropertiesPanel::patch(const QJsonObject &patch)
{
    if (m_updating || m_id == 0 || patch.isEmpty())
        return;
    m_session->engine()->patchTicket(m_id, patch);
    emit patched(patch);
}

void PropertiesPanel::assignToMe()
{
    const qint64 me = m_session->currentUserId();
    if (me > 0 && m_ticket.value(QLatin1String("owner_id")).toInteger() != me)
        patch({{QStringLiteral("owner_id"), me}});
}

void PropertiesPanel::setStatus(const QString &status)
{
    if (m_ticket.value(QLatin1String("status")).toString() != status)
        patch({{QStringLiteral("status"), status}});
}

void PropertiesPanel::onCollaboratorChanged()
{
    if (m_updating)
        return;
    QJsonArray ids;
    for (int i = 0; i < ui->collaboratorsList->count(); ++i)
        if (ui->collaboratorsList->item(i)->checkState() == Qt::Checked)
            ids.append(ui->collaboratorsList->item(i)->data(Qt::UserRole).toLongLong());
    patch({{QStringLiteral("collaborator_ids"), ids}});
}

} // namespace tierdesk
