#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace coursedesk {

// An error at the core boundary: a stable machine code (for tests, scripts and the CLI's
// exit codes) and a translated message for people.
struct Error final
{
    QString code;
    QString message;

    friend bool operator==(const Error &, const Error &) = default;
};

// A value or an error (an Error unless said otherwise); no exceptions cross the event loop.
template <typename T, typename E = Error>
class [[nodiscard]] Result final
{
public:
    using ValueType = T;

    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(E error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const & { return value(); }

    const E &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, E> m_state;
};

// For operations that return nothing but may fail.
using Status = Result<std::monostate>;
inline Status success() { return Status(std::monostate{}); }

} // namespace coursedesk
