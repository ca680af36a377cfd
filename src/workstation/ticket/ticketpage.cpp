#include "workstation/ticket/ticketpage.h"

#include "client/localstore.h"
#include "client/syncengine.h"
#include "workstation/common/ticketdisplay.h"
#include "workstation/session/directory.h"
#include "workstation/session/session.h"
#include "workstation/ticket/auditview.h"
#include "workstation/ticket/composer.h"
#include "workstation/ticket/conflictbanner.h"
#include "workstation/ticket/conversationview.h"
#include "workstation/ticket/propertiespanel.h"

#include <QJsonArray>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace tierdesk {

TicketPage::TicketPage(Session *session, qint64 ticketId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_id(ticketId)
    , m_header(new QLabel(this))
    , m_subHeader(new QLabel(this))
    , m_banner(new ConflictBanner(session, QStringLiteral("ticket"), ticketId, this))
    , m_conversation(new ConversationView(session->directory(), session->attachments(), this))
    , m_composer(new Composer(session, ticketId, this))
    , m_properties(new PropertiesPanel(session, this))
    , m_audit(new AuditView(session, ticketId, this))
    , m_sideTabs(new QTabWidget(this))
    , m_timer(new QTimer(this))
    , m_auditTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("ticketPage"));
    m_header->setObjectName(QStringLiteral("ticketHeader"));
    m_header->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: 600;"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subHeader->setObjectName(QStringLiteral("ticketSubHeader"));
    m_subHeader->setStyleSheet(QStringLiteral("color: #4a5563;"));

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_conversation);
    left->addWidget(m_composer);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    left->setSizes({520, 230});
    left->setChildrenCollapsible(false);

    auto *propertiesScroll = new QScrollArea(this);
    propertiesScroll->setWidgetResizable(true);
    propertiesScroll->setWidget(m_properties);
    propertiesScroll->setFrameShape(QFrame::NoFrame);
    propertiesScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sideTabs->addTab(propertiesScroll, tr("&Properties"));
    m_sideTabs->addTab(m_audit, tr("&History"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_sideTabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({760, 420});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_subHeader);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);

    connect(session->store(), &LocalStore::changed, this, &TicketPage::onStoreChanged);
    connect(m_properties, &PropertiesPanel::lookupErrorCode, this, &TicketPage::lookupErrorCode);
    connect(m_properties, &PropertiesPanel::openArticle, this, &TicketPage::openArticle);
    connect(m_conversation, &ConversationView::annotateRequested, m_composer, &Composer::annotate);
    connect(m_banner, &ConflictBanner::resolved, this, &TicketPage::reload);
    connect(m_sideTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_sideTabs->widget(index) == m_audit)
            m_audit->reload();
    });
    // SLA countdowns move on by themselves.
    m_timer->setInterval(30000);
    connect(m_timer, &QTimer::timeout, m_properties, &PropertiesPanel::refreshTimers);
    m_timer->start();
    // The history follows changes, at most every two seconds, and only while it is shown.
    m_auditTimer->setSingleShot(true);
    m_auditTimer->setInterval(2000);
    connect(m_auditTimer, &QTimer::timeout, this, [this] {
        if (m_sideTabs->currentWidget() == m_audit)
            m_audit->reload();
    });
    reload();
}

QString TicketPage::tabTitle() const
{
    if (m_ticket.isEmpty())
        return tr("Ticket %1").arg(m_id);
    const QString subject = m_ticket.value(QLatin1String("subject")).toString();
    return TicketDisplay::number(m_ticket) + QLatin1Char(' ') +
           (subject.size() > 28 ? subject.left(27) + QStringLiteral("…") : subject);
}

void TicketPage::reload()
{
    const auto ticket = m_session->store()->ticket(m_id);
    if (!ticket) {
        m_ticket = {};
        m_header->setText(tr("This ticket is not in the local cache (it may have been merged or removed)."));
        m_subHeader->clear();
        return;
    }
    m_ticket = *ticket;
    updateHeader();
    m_properties->setTicket(m_ticket);
    m_conversation->setMessages(m_session->store()->messages(m_id));
    m_banner->refresh();
    emit titleChanged(tabTitle());
}

void TicketPage::updateHeader()
{
    Directory *dir = m_session->directory();
    const qint64 requester = m_ticket.value(QLatin1String("requester_id")).toInteger();
    QString header = QStringLiteral("%1  %2").arg(
        TicketDisplay::number(m_ticket), m_ticket.value(QLatin1String("subject")).toString().toHtmlEscaped());
    if (dir->isVip(requester))
        header += QStringLiteral("  <span style=\"color:#b07d00\">★ %1</span>").arg(tr("VIP"));
    m_header->setText(header);
    QStringList parts;
    parts << TicketDisplay::statusText(m_ticket.value(QLatin1String("status")).toString());
    parts << tr("Severity %1")
                 .arg(TicketDisplay::severityText(m_ticket.value(QLatin1String("severity")).toInt()));
    parts << tr("from %1").arg(dir->userName(requester));
    const qint64 owner = m_ticket.value(QLatin1String("owner_id")).toInteger();
    parts << (owner > 0 ? tr("owner %1").arg(dir->userName(owner)) : tr("unassigned"));
    if (m_ticket.value(QLatin1String("pending")).toBool())
        parts << tr("your changes are waiting to be sent");
    m_subHeader->setText(parts.join(QStringLiteral(" · ")));
}

void TicketPage::onStoreChanged(const StoreChange &change)
{
    if (change.reset || change.ticketIds.contains(m_id)) {
        reload();
        m_auditTimer->start();
        return;
    }
    if (change.entities.contains(QStringLiteral("conflict")) ||
        change.entities.contains(QStringLiteral("outbox")))
        m_banner->refresh();
    if (change.entities.contains(QStringLiteral("article")))
        m_properties->setTicket(m_ticket);
}

void TicketPage::startReply()
{
    m_composer->setMode(Composer::Mode::Reply);
    m_composer->focusEditor();
}

void TicketPage::startNote()
{
    m_composer->setMode(Composer::Mode::Note);
    m_composer->focusEditor();
}

void TicketPage::assignToMe()
{
    m_properties->assignToMe();
}

void TicketPage::showHistory()
{
    m_sideTabs->setCurrentWidget(m_audit);
}

void TicketPage::insertIntoReply(const QString &text)
{
    m_composer->setMode(Composer::Mode::Reply);
    if (!m_composer->text().isEmpty() && !m_composer->text().endsWith(QLatin1Char('\n')))
        m_composer->insertText(QStringLiteral("\n\n"));
    m_composer->insertText(text);
    m_composer->focusEditor();
}

void TicketPage::linkArticle(qint64 articleId)
{
    QJsonArray tags = m_ticket.value(QLatin1String("tags")).toArray();
    const QString tag = PropertiesPanel::articleTag(articleId);
    if (tags.contains(tag))
        return;
    tags.append(tag);
    m_session->engine()->patchTicket(m_id, {{QStringLiteral("tags"), tags}});
}

} // namespace tierdesk
