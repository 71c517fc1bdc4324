#pragma once

#include "storeerror.h"

#include <optional>
#include <utility>

namespace tableside::server {

/// The result of a store write: a value, or the StoreError explaining why nothing changed.
template<typename T> class StoreOutcome
{
public:
    StoreOutcome(T value)
        : m_value(std::move(value))
    { }
    StoreOutcome(StoreError error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const StoreError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    StoreError m_error;
};

} // namespace tableside::server
