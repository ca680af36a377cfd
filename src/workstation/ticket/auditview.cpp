#include "workstation/ticket/auditview.h"

#include "client/apiclient.h"
#include "workstation/common/icons.h"
#include "workstation/common/ticketdisplay.h"
#include "workstation/session/directory.h"
#include "workstation/session/session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tierdesk {

AuditView::AuditView(Session *session, qint64 ticketId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_ticketId(ticketId)
    , m_tree(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("auditView"));
    m_tree->setObjectName(QStringLiteral("auditTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("When"), tr("Who"), tr("Field"), tr("Before"), tr("After")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status->setWordWrap(true);
    auto *refresh = new QToolButton(this);
    refresh->setIcon(Icons::icon(QStringLiteral("refresh")));
    refresh->setText(tr("Reload"));
    refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(refresh, &QToolButton::clicked, this, &AuditView::reload);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
}

bool AuditView::isLoading() const
{
    return !m_job.isNull();
}

int AuditView::entryCount() const
{
    return m_tree->topLevelItemCount();
}

void AuditView::reload()
{
    if (m_job || m_ticketId <= 0)
        return;
    if (!m_session->hasToken()) {
        m_status->setText(tr("The history comes from the server; sign in to see it."));
        return;
    }
    m_status->setText(tr("Loading the history…"));
    m_job = m_session->api()->ticketAudit(m_ticketId);
    connect(m_job, &ApiJob::finished, this, &AuditView::onFinished);
}

QString AuditView::valueText(const QString &field, const QJsonValue &raw) const
{
    Directory *dir = m_session->directory();
    if (raw.isNull() || raw.isUndefined())
        return QStringLiteral("—");
    // The server records values as text; lists arrive as JSON arrays in that text.
    QJsonValue value = raw;
    if (raw.isString() && raw.toString().startsWith(QLatin1Char('[')))
        value = QJsonDocument::fromJson(raw.toString().toUtf8()).array();
    const qint64 number = value.toVariant().toLongLong();
    if (field == QLatin1String("status"))
        return TicketDisplay::statusText(value.toString());
    if (field == QLatin1String("owner_id") || field == QLatin1String("requester_id"))
        return dir->userName(number);
    if (field == QLatin1String("group_id"))
        return dir->groupName(number);
    if (field == QLatin1String("incident_id"))
        return dir->incidentTitle(number);
    if (field == QLatin1String("severity"))
        return TicketDisplay::severityText(int(number));
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << (field == QLatin1String("collaborator_ids") ? dir->userName(v.toVariant().toLongLong())
                                                                 : v.toVariant().toString());
        return parts.join(QStringLiteral(", "));
    }
    return value.toVariant().toString();
}

void AuditView::onFinished(ApiJob *job)
{
    m_job = nullptr;
    if (!job->ok()) {
        m_status->setText(job->error().isTransient()
                              ? tr("The history is kept on the server and cannot be loaded while offline.")
                              : tr("The history could not be loaded: %1").arg(job->error().message));
        return;
    }
    m_tree->clear();
    const QJsonArray items = job->items();
    for (const QJsonValue &v : items) {
        const QJsonObject e = v.toObject();
        const QString field = e.value(QLatin1String("field")).toString();
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, TicketDisplay::dateTime(e.value(QLatin1String("at"))));
        item->setText(1, m_session->directory()->userName(e.value(QLatin1String("actor_id")).toInteger()));
        item->setText(2, field);
        item->setText(3, valueText(field, e.value(QLatin1String("old"))));
        item->setText(4, valueText(field, e.value(QLatin1String("new"))));
    }
    m_status->setText(tr("%n change(s) recorded on the server.", nullptr, int(items.size())));
    emit loaded(int(items.size()));
}

} // namespace tierdesk
