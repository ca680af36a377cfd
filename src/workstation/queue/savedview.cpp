#include "savedview.h"

#include "queuemodel.h"

namespace tierdesk {

QList<SavedView> SavedViews::all()
{
    return {SavedView::MyTickets, SavedView::UnassignedInMyTier, SavedView::WaitingOnOthers,
            SavedView::Vip,       SavedView::SlaAtRisk,          SavedView::AllOpen,
            SavedView::AllTickets};
}

QString SavedViews::title(SavedView view)
{
    switch (view) {
    case SavedView::MyTickets:
        return tr("My tickets");
    case SavedView::UnassignedInMyTier:
        return tr("Unassigned in my tier");
    case SavedView::WaitingOnOthers:
        return tr("Waiting on others");
    case SavedView::Vip:
        return tr("VIP");
    case SavedView::SlaAtRisk:
        return tr("SLA at risk");
    case SavedView::AllOpen:
        return tr("All open");
    case SavedView::AllTickets:
        return tr("All tickets");
    }
    return {};
}

QString SavedViews::key(SavedView view)
{
    switch (view) {
    case SavedView::MyTickets:
        return QStringLiteral("my");
    case SavedView::UnassignedInMyTier:
        return QStringLiteral("unassigned");
    case SavedView::WaitingOnOthers:
        return QStringLiteral("waiting");
    case SavedView::Vip:
        return QStringLiteral("vip");
    case SavedView::SlaAtRisk:
        return QStringLiteral("sla");
    case SavedView::AllOpen:
        return QStringLiteral("open");
    case SavedView::AllTickets:
        return QStringLiteral("all");
    }
    return {};
}

std::optional<SavedView> SavedViews::fromKey(const QString &key)
{
    for (SavedView v : all())
        if (SavedViews::key(v) == key)
            return v;
    return std::nullopt;
}

int SavedViews::defaultSortColumn(SavedView view)
{
    switch (view) {
    case SavedView::WaitingOnOthers:
        return QueueModel::LastActivityColumn; // oldest first
    case SavedView::SlaAtRisk:
        return QueueModel::SlaColumn; // the most urgent breach first
    default:
        return QueueModel::PriorityColumn; // priority, then SLA due
    }
}

Qt::SortOrder SavedViews::defaultSortOrder(SavedView)
{
    return Qt::AscendingOrder;
}

} // namespace tierdesk
