#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace coursedesk {

// The one way an enumeration meets text (the server's JSON, the cache's columns, the CLI's --json): a table
// of each value beside its name. Both directions read the same table, so a name is written once. A name
// read back that the table does not hold is not guessed: value() says so, and the caller decides (server
// data keeps it as Unknown; the cache reports a damaged row).
template <typename E, std::size_t N> class WireNames final
{
public:
    using Entry = std::pair<E, const char16_t *>;

    constexpr explicit WireNames(const std::array<Entry, N> &entries)
        : m_entries(entries)
    {}

    QString name(E value) const
    {
        for (const auto &[e, text] : m_entries) {
            if (e == value)
                return QString::fromUtf16(text);
        }
        return {};
    }

    std::optional<E> value(QStringView text) const
    {
        for (const auto &[e, name] : m_entries) {
            if (text == QStringView(name))
                return e;
        }
        return std::nullopt;
    }

    const std::array<Entry, N> &entries() const { return m_entries; }

private:
    std::array<Entry, N> m_entries;
};

template <typename E, std::size_t N>
constexpr WireNames<E, N> wireNames(const std::pair<E, const char16_t *> (&entries)[N])
{
    std::array<std::pair<E, const char16_t *>, N> table{};
    for (std::size_t i = 0; i < N; ++i)
        table[i] = entries[i];
    return WireNames<E, N>(table);
}

} // namespace coursedesk
