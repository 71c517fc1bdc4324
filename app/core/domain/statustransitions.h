#pragma once

#include "callstatus.h"
#include "orderstatus.h"

#include <QList>

namespace tableside {

/// The one table of allowed status changes, used by the server to refuse and by clients to
/// decide which buttons to show.
///   order: pending→preparing→ready→completed; pending|preparing|ready → cancelled;
///          ready→preparing is the kitchen's "recall" (see StatusTransitions::isRecall).
///   call:  pending→acknowledged→completed; pending→completed.
class StatusTransitions
{
public:
    static bool isAllowed(OrderStatus from, OrderStatus to);
    static bool isAllowed(CallStatus from, CallStatus to);
    /// ready → preparing: allowed only to the kitchen within the recall window (server-checked).
    static bool isRecall(OrderStatus from, OrderStatus to);
    /// The statuses an order may move to from @p from, in the table's order.
    static QList<OrderStatus> nextStatuses(OrderStatus from);
    static QList<CallStatus> nextStatuses(CallStatus from);
    /// The usual forward step (pending→preparing→ready→completed); nullopt from a final state.
    static std::optional<OrderStatus> forwardStep(OrderStatus from);
};

} // namespace tableside
