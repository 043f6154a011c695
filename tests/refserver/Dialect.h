#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace coursedesk::refserver {

// Which API the server speaks: api-contract.md (ours), or the platform's own docs (platform-docs/; the contract's
// last section "What a platform server does differently" lists what differs).
enum class Dialect
{
    Contract,
    Platform,
};
QString wireName(Dialect dialect);                     // contract, platform
std::optional<Dialect> dialectNamed(QStringView text); // nullopt for anything else

} // namespace coursedesk::refserver
