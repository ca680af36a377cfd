#include "ticketqueryrow.h"

namespace tierdesk {

bool TicketQueryRow::sameContent(const TicketQueryRow &o) const
{
    return id == o.id && number == o.number && subject == o.subject && status == o.status &&
           severity == o.severity && priority == o.priority && requesterId == o.requesterId &&
           requesterName == o.requesterName && vip == o.vip && ownerId == o.ownerId &&
           ownerName == o.ownerName && tier == o.tier && groupName == o.groupName && slaDueAt == o.slaDueAt &&
           firstResponseAt == o.firstResponseAt && updatedAt == o.updatedAt && pending == o.pending;
}

} // namespace tierdesk
