#include "domain/Logging.h"

namespace coursedesk {

Q_LOGGING_CATEGORY(lcDb, "coursedesk.db")
Q_LOGGING_CATEGORY(lcRemote, "coursedesk.remote")
Q_LOGGING_CATEGORY(lcAuth, "coursedesk.auth")
Q_LOGGING_CATEGORY(lcSync, "coursedesk.sync")
Q_LOGGING_CATEGORY(lcSession, "coursedesk.session")
Q_LOGGING_CATEGORY(lcDashboard, "coursedesk.dashboard")
Q_LOGGING_CATEGORY(lcUiBrowser, "coursedesk.ui.browser")
Q_LOGGING_CATEGORY(lcUiAppearance, "coursedesk.ui.appearance")

} // namespace coursedesk
