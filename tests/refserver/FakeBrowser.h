#pragma once

// The tests' browser for the sign-in: it opens the authorization URL, follows the server's redirect to the
// application's loopback listener like a browser would, and reports what each step answered.
#include "TestHttp.h"

namespace coursedesk::test {

struct BrowserVisit
{
    HttpResponse authorize;   // the server's answer to the authorization URL (a 302 when it approves)
    QUrl redirect;            // where it sent the browser (Location), empty without a redirect
    HttpResponse application; // the loopback listener's answer, when the redirect was followed
};

class FakeBrowser
{
public:
    // `rewrite` may change the redirect before it is followed (an attacker's or a confused browser's).
    static BrowserVisit open(const QUrl &authorizationUrl, const std::function<QUrl(QUrl)> &rewrite = {})
    {
        BrowserVisit visit;
        HttpClient server(authorizationUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery));
        visit.authorize = server.get(authorizationUrl.toString(QUrl::FullyEncoded));
        if (visit.authorize.status != 302)
            return visit;
        visit.redirect = QUrl::fromEncoded(visit.authorize.header("Location"));
        if (rewrite)
            visit.redirect = rewrite(visit.redirect);
        HttpClient application(visit.redirect.adjusted(QUrl::RemovePath | QUrl::RemoveQuery));
        visit.application = application.get(visit.redirect.toString(QUrl::FullyEncoded));
        return visit;
    }
};

} // namespace coursedesk::test
