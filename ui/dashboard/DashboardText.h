#pragma once

#include "domain/Enums.h"

#include <QDateTime>
#include <QString>

namespace coursedesk::dashboardtext {

// How the dashboard words its values, in the user's language and locale.
QString joinStatus(JoinStatus status);
QString result(Completion result);
QString percent(int value);
QString dateTime(const QDateTime &time); // short local date and time; empty when unknown
// "As of 14:02" (today, by `now`) or "As of 21/11/2026 14:02".
QString asOf(const QDateTime &time, const QDateTime &now);

} // namespace coursedesk::dashboardtext
