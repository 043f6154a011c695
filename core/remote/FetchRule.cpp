#include "remote/FetchRule.h"

#include "remote/HttpTransport.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("coursedesk::FetchRule", text);
}

bool sameHost(const QUrl &a, const QUrl &b)
{
    return a.host().compare(b.host(), Qt::CaseInsensitive) == 0;
}

} // namespace

bool FetchRule::isInternalHost(const QString &hostName)
{
    QString host = hostName.toLower();
    if (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty() || host == u"localhost"_s || host.endsWith(u".localhost"_s) ||
        host == u"localhost.localdomain"_s)
        return true;
    QHostAddress address(host.startsWith(u'[') ? host.mid(1, host.size() - 2) : host);
    if (address.isNull())
        return false;
    bool mapped = false;
    const quint32 v4mapped = address.toIPv4Address(&mapped);
    if (address.protocol() == QAbstractSocket::IPv6Protocol && mapped)
        address = QHostAddress(v4mapped);
    if (address.isLoopback() || address.isNull() || address == QHostAddress::AnyIPv4 ||
        address == QHostAddress::AnyIPv6 || address.isLinkLocal() || address.isSiteLocal() ||
        address.isUniqueLocalUnicast() || address.isMulticast() || address.isBroadcast())
        return true;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v4 = address.toIPv4Address();
        const auto in = [v4](quint32 net, int bits) { return (v4 >> (32 - bits)) == (net >> (32 - bits)); };
        return in(0x0A000000, 8) || in(0xAC100000, 12) || in(0xC0A80000, 16) || in(0x7F000000, 8) ||
               in(0xA9FE0000, 16) || in(0x64400000, 10) || in(0x00000000, 8);
    }
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    return (v6[0] & 0xFE) == 0xFC || (v6[0] == 0xFE && (v6[1] & 0xC0) == 0x80);
}

std::optional<QString> FetchRule::refusal(const QUrl &url, const QUrl &server)
{
    if (!url.isValid() || url.isRelative())
        return tr("it is not a web address");
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return tr("CourseDesk fetches files from web addresses only, not from %1: addresses").arg(scheme);
    if (url.host().isEmpty())
        return tr("it is not a web address");
    if (!url.userInfo().isEmpty())
        return tr("the address carries a user name or password");
    if (HttpTransport::sameOrigin(url, server))
        return std::nullopt;
    if (isInternalHost(url.host())) {
        // The server's own machine (another port of it) is as trusted as the server; another internal host is not.
        if (sameHost(url, server) && (scheme == u"https"_s || scheme == server.scheme().toLower()))
            return std::nullopt;
        return tr("it points into a private network or this computer (%1)").arg(url.host());
    }
    if (scheme != u"https"_s)
        return tr("it is not encrypted (http://); only the course's server may be reached that way");
    return std::nullopt;
}

bool FetchRule::sendsCredentials(const QUrl &url, const QUrl &server)
{
    return HttpTransport::sameOrigin(url, server);
}

} // namespace coursedesk
