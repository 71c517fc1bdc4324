#include "statustransitions.h"

namespace tableside {

namespace {

struct OrderTransition
{
    OrderStatus from;
    OrderStatus to;
    bool recall;
};

struct CallTransition
{
    CallStatus from;
    CallStatus to;
};

// THE table of order status changes: the server refuses everything not listed here and the
// clients show a button for each row. Row order is the order of nextStatuses().
constexpr OrderTransition OrderTransitions[] = {
    {OrderStatus::Pending, OrderStatus::Preparing, false},
    {OrderStatus::Pending, OrderStatus::Cancelled, false},
    {OrderStatus::Preparing, OrderStatus::Ready, false},
    {OrderStatus::Preparing, OrderStatus::Cancelled, false},
    {OrderStatus::Ready, OrderStatus::Completed, false},
    // The kitchen takes a plate back (wrong dish, gone cold): the only backward step.
    {OrderStatus::Ready, OrderStatus::Preparing, true},
    {OrderStatus::Ready, OrderStatus::Cancelled, false},
    // Order approval (issue 16): staff approve (the order joins the kitchen's new ones) or
    // reject it.
    {OrderStatus::PendingApproval, OrderStatus::Pending, false},
    {OrderStatus::PendingApproval, OrderStatus::Cancelled, false},
};

// THE table of waiter-call status changes.
constexpr CallTransition CallTransitions[] = {
    {CallStatus::Pending, CallStatus::Acknowledged},
    {CallStatus::Pending, CallStatus::Completed},
    {CallStatus::Acknowledged, CallStatus::Completed},
};

const OrderTransition *findOrderTransition(OrderStatus from, OrderStatus to)
{
    for (const OrderTransition &transition : OrderTransitions) {
        if (transition.from == from && transition.to == to)
            return &transition;
    }
    return nullptr;
}

} // namespace

bool StatusTransitions::isAllowed(OrderStatus from, OrderStatus to)
{
    return findOrderTransition(from, to) != nullptr;
}

bool StatusTransitions::isAllowed(CallStatus from, CallStatus to)
{
    for (const CallTransition &transition : CallTransitions) {
        if (transition.from == from && transition.to == to)
            return true;
    }
    return false;
}

bool StatusTransitions::isRecall(OrderStatus from, OrderStatus to)
{
    const OrderTransition *transition = findOrderTransition(from, to);
    return transition && transition->recall;
}

QList<OrderStatus> StatusTransitions::nextStatuses(OrderStatus from)
{
    QList<OrderStatus> next;
    for (const OrderTransition &transition : OrderTransitions) {
        if (transition.from == from)
            next.append(transition.to);
    }
    return next;
}

QList<CallStatus> StatusTransitions::nextStatuses(CallStatus from)
{
    QList<CallStatus> next;
    for (const CallTransition &transition : CallTransitions) {
        if (transition.from == from)
            next.append(transition.to);
    }
    return next;
}

std::optional<OrderStatus> StatusTransitions::forwardStep(OrderStatus from)
{
    // The first non-cancelling, non-recall row from a state is its forward step.
    for (const OrderTransition &transition : OrderTransitions) {
        if (transition.from == from && !transition.recall
            && transition.to != OrderStatus::Cancelled)
            return transition.to;
    }
    return std::nullopt;
}

} // namespace tableside
