#pragma once

#include <QLoggingCategory>

// Every logging category of CourseDesk, declared once (defined in Logging.cpp). Hierarchical names, so that
// QT_LOGGING_RULES="coursedesk.*.debug=true" turns on one subsystem or all. No category ever logs a token.
namespace coursedesk {

Q_DECLARE_LOGGING_CATEGORY(lcDb)           // coursedesk.db: the cache database, its schema and migrations
Q_DECLARE_LOGGING_CATEGORY(lcRemote)       // coursedesk.remote: HTTP to the server
Q_DECLARE_LOGGING_CATEGORY(lcAuth)         // coursedesk.auth: sign-in, tokens, the keychain
Q_DECLARE_LOGGING_CATEGORY(lcSync)         // coursedesk.sync: pushing the outbox, pulling courses
Q_DECLARE_LOGGING_CATEGORY(lcSession)      // coursedesk.session: the learner's actions and state
Q_DECLARE_LOGGING_CATEGORY(lcDashboard)    // coursedesk.dashboard: the instructor's dashboard
Q_DECLARE_LOGGING_CATEGORY(lcUiBrowser)    // coursedesk.ui.browser: lesson HTML rendering
Q_DECLARE_LOGGING_CATEGORY(lcUiAppearance) // coursedesk.ui.appearance: light, dark, the desktop's colour scheme

} // namespace coursedesk
