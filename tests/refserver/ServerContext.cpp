#include "ServerContext.h"

#include "domain/Clock.h"

namespace coursedesk::refserver {

QDateTime ServerContext::now() const
{
    return clock.now().toUTC();
}

} // namespace coursedesk::refserver
