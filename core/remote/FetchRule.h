#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace coursedesk {

// Where CourseDesk may fetch a lesson's files from, and where it sends the sign-in (issue 18, "Fetching safely"):
// - the account's server origin: always (as the API itself, plain http only where the server is);
// - any other host over https only; never file: or any scheme but http(s);
// - never a loopback, private-range, link-local or unspecified address (127/8, 10/8, 172.16/12, 192.168/16,
//   169.254/16, 100.64/10, 0/8, ::1, ::, fc00::/7, fe80::/10, IPv4-mapped forms of these) nor a localhost name,
//   unless it is the account's server's own host (a server on this computer or the local network);
// - the Authorization header goes to the server's own origin only.
// A host name is judged by its name: what it resolves to is not checked (a public name that resolves to a private
// address is not caught).
class FetchRule final
{
public:
    // Why the address may not be fetched (a sentence for people), or nullopt when it may.
    static std::optional<QString> refusal(const QUrl &url, const QUrl &server);
    static bool mayFetch(const QUrl &url, const QUrl &server) { return !refusal(url, server); }
    // Whether a request to url may carry the account's token.
    static bool sendsCredentials(const QUrl &url, const QUrl &server);
    // A loopback, private-range, link-local or unspecified address, or a localhost name.
    static bool isInternalHost(const QString &host);
};

} // namespace coursedesk
