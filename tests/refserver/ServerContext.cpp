#include "ServerContext.h"

#include "domain/Clock.h"

namespace coursedesk::refserver {

using namespace Qt::StringLiterals;

QString wireName(Dialect dialect)
{
    return dialect == Dialect::Platform ? u"platform"_s : u"contract"_s;
}

std::optional<Dialect> dialectNamed(QStringView text)
{
    if (text == u"contract")
        return Dialect::Contract;
    if (text == u"platform")
        return Dialect::Platform;
    return std::nullopt;
}

QDateTime ServerContext::now() const
{
    return clock.now().toUTC();
}

} // namespace coursedesk::refserver
