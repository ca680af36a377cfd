#include "workstation/ticket/conflictbanner.h"

#include "client/localstore.h"
#include "client/syncengine.h"
#include "workstation/common/icons.h"
#include "workstation/common/ticketdisplay.h"
#include "workstation/session/directory.h"
#include "workstation/session/session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tierdesk {

ConflictBanner::ConflictBanner(Session *session, const QString &entity, qint64 entityId, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_entity(entity)
    , m_entityId(entityId)
    , m_title(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("conflictBanner"));
    setStyleSheet(QStringLiteral(
        "#conflictBanner { background: #fdf0e0; border: 1px solid #e0a458; border-radius: 6px; }"
        " QLabel { background: transparent; }"));
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("conflictTitle"));
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Your version"), tr("Their version (on the server)"), tr("Keep")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMaximumHeight(140);

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::icon(QStringLiteral("conflict")).pixmap(22, 22));
    auto *mine = new QPushButton(tr("Keep &mine"), this);
    mine->setObjectName(QStringLiteral("keepMineButton"));
    auto *theirs = new QPushButton(tr("Keep &theirs"), this);
    theirs->setObjectName(QStringLiteral("keepTheirsButton"));
    auto *merge = new QPushButton(tr("Apply my &choices"), this);
    merge->setObjectName(QStringLiteral("applyChoicesButton"));
    connect(mine, &QPushButton::clicked, this, &ConflictBanner::keepMine);
    connect(theirs, &QPushButton::clicked, this, &ConflictBanner::keepTheirs);
    connect(merge, &QPushButton::clicked, this, [this] { applyChoices(currentChoices()); });

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(m_title, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(mine);
    buttons->addWidget(theirs);
    buttons->addWidget(merge);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    hide();
}

void ConflictBanner::setEntityId(qint64 id)
{
    m_entityId = id;
    refresh();
}

QString ConflictBanner::valueText(const QString &field, const QJsonValue &value) const
{
    Directory *dir = m_session->directory();
    if (value.isNull() || value.isUndefined())
        return tr("(empty)");
    if (field == QLatin1String("status"))
        return TicketDisplay::statusText(value.toString());
    if (field == QLatin1String("severity"))
        return TicketDisplay::severityText(value.toInt());
    if (field == QLatin1String("owner_id"))
        return dir->userName(value.toInteger());
    if (field == QLatin1String("group_id"))
        return dir->groupName(value.toInteger());
    if (field == QLatin1String("incident_id"))
        return dir->incidentTitle(value.toInteger());
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << (field == QLatin1String("collaborator_ids") ? dir->userName(v.toInteger())
                                                                 : v.toVariant().toString());
        return parts.isEmpty() ? tr("(empty)") : parts.join(QStringLiteral(", "));
    }
    const QString text = value.toVariant().toString();
    return text.size() > 200 ? text.left(200) + QStringLiteral("…") : text;
}

void ConflictBanner::refresh()
{
    m_conflicts.clear();
    for (const Conflict &c : m_session->store()->conflicts())
        if (c.entity == m_entity && c.entityId == m_entityId)
            m_conflicts.append(c);
    setVisible(!m_conflicts.isEmpty());
    if (m_conflicts.isEmpty())
        return;
    const Conflict &c = m_conflicts.first();
    m_title->setText(
        tr("<b>Someone else changed this too.</b> Your edit of %1 was not sent because the server "
           "already holds a different value. Choose what to keep; nothing is lost until you do.")
            .arg(c.fields.join(QStringLiteral(", ")).toHtmlEscaped()));
    m_table->setRowCount(int(c.fields.size()));
    for (int row = 0; row < c.fields.size(); ++row) {
        const QString field = c.fields.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(field));
        m_table->setItem(row, 1, new QTableWidgetItem(valueText(field, c.mine.value(field))));
        m_table->setItem(row, 2, new QTableWidgetItem(valueText(field, c.theirs.value(field))));
        auto *choice = new QComboBox(m_table);
        choice->addItem(tr("Mine"), true);
        choice->addItem(tr("Theirs"), false);
        m_table->setCellWidget(row, 3, choice);
    }
}

QHash<QString, bool> ConflictBanner::currentChoices() const
{
    QHash<QString, bool> choices;
    if (m_conflicts.isEmpty())
        return choices;
    const Conflict &c = m_conflicts.first();
    for (int row = 0; row < m_table->rowCount() && row < c.fields.size(); ++row)
        if (auto *choice = qobject_cast<QComboBox *>(m_table->cellWidget(row, 3)))
            choices.insert(c.fields.at(row), choice->currentData().toBool());
    return choices;
}

QJsonObject ConflictBanner::mergedPatch(const Conflict &conflict, const QHash<QString, bool> &keepMine)
{
    // My patch without the fields where I chose their value: those already are what the server holds.
    QJsonObject merged = conflict.mine;
    for (auto it = keepMine.cbegin(); it != keepMine.cend(); ++it)
        if (!it.value())
            merged.remove(it.key());
    return merged;
}

bool ConflictBanner::keepMine()
{
    if (m_conflicts.isEmpty())
        return false;
    const bool ok = m_session->engine()->resolveConflict(m_conflicts.first().outboxId,
                                                         int(LocalStore::Resolution::KeepMine));
    refresh();
    emit resolved();
    return ok;
}

bool ConflictBanner::keepTheirs()
{
    if (m_conflicts.isEmpty())
        return false;
    const bool ok = m_session->engine()->resolveConflict(m_conflicts.first().outboxId,
                                                         int(LocalStore::Resolution::KeepTheirs));
    refresh();
    emit resolved();
    return ok;
}

bool ConflictBanner::applyChoices(const QHash<QString, bool> &keepMine)
{
    if (m_conflicts.isEmpty())
        return false;
    const Conflict c = m_conflicts.first();
    const QJsonObject merged = mergedPatch(c, keepMine);
    const bool ok =
        merged.isEmpty()
            ? m_session->engine()->resolveConflict(c.outboxId, int(LocalStore::Resolution::KeepTheirs))
            : m_session->engine()->resolveConflict(c.outboxId, int(LocalStore::Resolution::Merged), merged);
    refresh();
    emit resolved();
    return ok;
}

} // namespace tierdesk
