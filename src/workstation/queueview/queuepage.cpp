#include "workstation/queueview/queuepage.h"

#include "ui_queuepage.h"

#include "client/localstore.h"
#include "client/syncengine.h"
#include "workstation/common/icons.h"
#include "workstation/common/ticketdisplay.h"
#include "workstation/queue/queuemodel.h"
#include "workstation/queue/queueuser.h"
#include "workstation/queue/savedviewsmodel.h"
#include "workstation/queueview/queuedelegate.h"
#include "workstation/session/directory.h"
#include "workstation/session/session.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QTimer>

namespace tierdesk {

QueuePage::QueuePage(Session *session, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::QueuePage>())
    , m_session(session)
    , m_model(new QueueModel(session->store(), this))
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("queuePage"));
    ui->warningLabel->hide();
    ui->assignToMeButton->setIcon(Icons::icon(QStringLiteral("assign")));
    ui->splitter->setSizes({220, 880});
    ui->splitter->setStretchFactor(1, 1);

    const QueueUser me = QueueUser::fromStore(session->store());
    m_model->setCurrentUser(me);
    m_model->setSavedView(me.id > 0 ? SavedView::MyTickets : SavedView::AllOpen);

    QTableView *table = ui->table;
    table->setSortingEnabled(false);
    table->setModel(m_model);
    table->setItemDelegate(new QueueDelegate(table));
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    // Fixed widths: sizing columns to their contents would read every row of a million-ticket cache.
    const int em = table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QList<int> widths{7, 30, 13, 8, 6, 12, 12, 13, 12, 11};
    for (int c = 0; c < widths.size() && c < m_model->columnCount(); ++c)
        header->resizeSection(c, widths.at(c) * em);
    header->setSectionResizeMode(QueueModel::SubjectColumn, QHeaderView::Stretch);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    table->setSortingEnabled(true);
    table->viewport()->installEventFilter(this);
    table->installEventFilter(this);

    connect(ui->filterEdit, &QLineEdit::textChanged, m_model, &QueueModel::setFilterText);
    connect(m_model, &QueueModel::filterWarningsChanged, this, [this](const QStringList &warnings) {
        ui->warningLabel->setText(warnings.join(QLatin1Char('\n')));
        ui->warningLabel->setVisible(!warnings.isEmpty());
    });
    connect(m_model, &QueueModel::countChanged, this, &QueuePage::updateCount);
    connect(m_model, &QueueModel::countPendingChanged, this, &QueuePage::updateCount);
    connect(m_model, &QueueModel::modelReset, this, &QueuePage::updateSelectionLabel);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueuePage::updateSelectionLabel);
    connect(table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(QueueModel::TicketIdRole).toLongLong();
        if (id != 0)
            emit openTicket(id);
    });

    connect(ui->assignToMeButton, &QToolButton::clicked, this, &QueuePage::assignSelectedToMe);
    auto *statusMenu = new QMenu(this);
    for (const QString &status : TicketDisplay::statuses())
        statusMenu->addAction(TicketDisplay::statusText(status), this,
                              [this, status] { setSelectedStatus(status); });
    ui->statusButton->setMenu(statusMenu);
    ui->assignButton->setMenu(new QMenu(this));
    fillAssignMenu();
    connect(session->directory(), &Directory::changed, this, &QueuePage::fillAssignMenu);
    connect(session, &Session::currentUserChanged, this, &QueuePage::onUserChanged);
    updateSelectionLabel();
    updateCount();
}

QueuePage::~QueuePage() = default;

QTableView *QueuePage::table() const
{
    return ui->table;
}

QListView *QueuePage::savedViewsList() const
{
    return ui->savedViewsList;
}

QLineEdit *QueuePage::filterEdit() const
{
    return ui->filterEdit;
}

void QueuePage::setSavedView(int row)
{
    SavedViewsModel *views = savedViews();
    if (row < 0 || row >= views->rowCount())
        return;
    ui->savedViewsList->setCurrentIndex(views->index(row));
}

void QueuePage::onUserChanged()
{
    const QueueUser me = QueueUser::fromStore(m_session->store());
    m_model->setCurrentUser(me);
    if (m_views)
        m_views->setCurrentUser(me);
}

void QueuePage::fillAssignMenu()
{
    QMenu *menu = ui->assignButton->menu();
    menu->clear();
    menu->addAction(tr("Nobody (unassign)"), this, [this] { assignSelectedTo(0); });
    menu->addSeparator();
    Directory *dir = m_session->directory();
    for (const QJsonObject &u : dir->staff()) {
        const qint64 id = u.value(QLatin1String("id")).toInteger();
        const int tier = u.value(QLatin1String("tier")).toInt();
        const QString text =
            tier > 0 ? tr("%1 (tier %2)").arg(dir->userName(id)).arg(tier) : dir->userName(id);
        menu->addAction(text, this, [this, id] { assignSelectedTo(id); });
    }
}

QList<qint64> QueuePage::selectedTicketIds() const
{
    return m_model->ticketIds(ui->table->selectionModel()->selectedRows());
}

qint64 QueuePage::currentTicketId() const
{
    const QModelIndex current = ui->table->currentIndex();
    return current.isValid() ? m_model->ticketId(current.row()) : 0;
}

qint64 QueuePage::step(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return 0;
    const QModelIndex current = ui->table->currentIndex();
    int row = current.isValid() ? current.row() + delta : (delta > 0 ? 0 : rows - 1);
    if (row < 0 || row >= rows)
        return 0;
    const QModelIndex index = m_model->index(row, QueueModel::NumberColumn);
    ui->table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
    ui->table->scrollTo(index);
    return m_model->ticketId(row);
}

bool QueuePage::selectTicket(qint64 id)
{
    const int row = m_model->rowOfTicket(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, QueueModel::NumberColumn);
    ui->table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
    ui->table->scrollTo(index);
    return true;
}

void QueuePage::focusFilter()
{
    ui->filterEdit->setFocus();
    ui->filterEdit->selectAll();
}

void QueuePage::assignSelectedTo(qint64 ownerId)
{
    const QJsonValue owner = ownerId > 0 ? QJsonValue(ownerId) : QJsonValue(QJsonValue::Null);
    for (qint64 id : selectedTicketIds())
        m_session->engine()->patchTicket(id, {{QStringLiteral("owner_id"), owner}});
}

void QueuePage::assignSelectedToMe()
{
    const qint64 me = m_session->currentUserId();
    if (me > 0)
        assignSelectedTo(me);
}

void QueuePage::setSelectedStatus(const QString &status)
{
    for (qint64 id : selectedTicketIds())
        m_session->engine()->patchTicket(id, {{QStringLiteral("status"), status}});
}

void QueuePage::updateSelectionLabel()
{
    const int n = int(ui->table->selectionModel()->selectedRows().size());
    ui->selectionLabel->setText(n == 0 ? tr("Select tickets to assign them or change their status.")
                                       : tr("%n ticket(s) selected", nullptr, n));
    for (QWidget *w :
         std::initializer_list<QWidget *>{ui->assignToMeButton, ui->assignButton, ui->statusButton})
        w->setEnabled(n > 0);
}

void QueuePage::updateCount()
{
    // While a filter is counted in the background only its first page is known.
    ui->countLabel->setText(m_model->isCountPending()
                                ? tr("%n+ tickets, counting…", nullptr, m_model->rowCount())
                                : tr("%n ticket(s)", nullptr, m_model->rowCount()));
}

SavedViewsModel *QueuePage::savedViews()
{
    if (m_views)
        return m_views;
    // Made once the first page of tickets is on screen (or when asked for earlier): counting every view
    // reads the whole cache, which must not hold up the window.
    m_views = new SavedViewsModel(m_session->store(), QueueUser::fromStore(m_session->store()), this);
    ui->savedViewsList->setModel(m_views);
    ui->savedViewsList->selectionModel()->setCurrentIndex(
        m_views->index(m_views->rowOf(m_model->savedView())), QItemSelectionModel::ClearAndSelect);
    connect(ui->savedViewsList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (!index.isValid())
                    return;
                m_model->setSavedView(m_views->viewAt(index.row()));
                QHeaderView *h = ui->table->horizontalHeader();
                const QSignalBlocker block(h);
                h->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
                h->viewport()->update();
                updateCount();
            });
    return m_views;
}

bool QueuePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->table->viewport() && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // After this paint event has been handled, i.e. once the page is on screen.
        QTimer::singleShot(0, this, [this] {
            emit firstPagePainted();
            QTimer::singleShot(0, this, &QueuePage::savedViews);
        });
    }
    if (watched == ui->table && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && currentTicketId() != 0) {
            emit openTicket(currentTicketId());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tierdesk
