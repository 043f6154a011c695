// Fetching safely (issue 18): which addresses a lesson's files may come from, and where the sign-in may go. One row
// per rule; the server is either a public https server or one on this computer (the reference server's case).
#include "remote/FetchRule.h"

#include <QTest>

using namespace coursedesk;
using namespace Qt::StringLiterals;

class tst_FetchRule : public QObject
{
    Q_OBJECT

private slots:
    void mayFetch_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");

        const QString pub = u"https://learn.example.org"_s;
        const QString local = u"http://127.0.0.1:8080"_s;
        const QString lan = u"https://10.1.2.3"_s;
        // The server's own origin.
        QTest::newRow("server origin") << pub << u"https://learn.example.org/media/1/a.png"_s << true;
        QTest::newRow("server origin, host in capitals") << pub << u"https://LEARN.example.org/x.png"_s << true;
        QTest::newRow("loopback server, its own origin") << local << u"http://127.0.0.1:8080/media/1/a.png"_s << true;
        QTest::newRow("loopback server, another port of it") << local << u"http://127.0.0.1:9000/a.png"_s << true;
        QTest::newRow("private-network server, its own host") << lan << u"https://10.1.2.3:8443/a.png"_s << true;
        // Other hosts: https only.
        QTest::newRow("other https host") << pub << u"https://cdn.example.net/a.png"_s << true;
        QTest::newRow("other http host") << pub << u"http://cdn.example.net/a.png"_s << false;
        QTest::newRow("server host over http") << pub << u"http://learn.example.org/a.png"_s << false;
        // Never these schemes.
        QTest::newRow("file:") << pub << u"file:///etc/passwd"_s << false;
        QTest::newRow("file: on a loopback server") << local << u"file:///home/me/secret.png"_s << false;
        QTest::newRow("ftp:") << pub << u"ftp://files.example.org/a.pdf"_s << false;
        QTest::newRow("data:") << pub << u"data:image/png;base64,AAAA"_s << false;
        QTest::newRow("javascript:") << pub << u"javascript:alert(1)"_s << false;
        QTest::newRow("relative (unresolved)") << pub << u"/media/1/a.png"_s << false;
        QTest::newRow("user info") << pub << u"https://user:pw@cdn.example.net/a.png"_s << false;
        // Never loopback, private ranges or link-local unless the server is there.
        QTest::newRow("127.0.0.1") << pub << u"https://127.0.0.1/a.png"_s << false;
        QTest::newRow("127.8.9.10") << pub << u"https://127.8.9.10/a.png"_s << false;
        QTest::newRow("localhost") << pub << u"https://localhost/a.png"_s << false;
        QTest::newRow("LOCALHOST.") << pub << u"https://LOCALHOST./a.png"_s << false;
        QTest::newRow("app.localhost") << pub << u"https://app.localhost/a.png"_s << false;
        QTest::newRow("10/8") << pub << u"https://10.0.0.5/a.png"_s << false;
        QTest::newRow("172.16/12 low") << pub << u"https://172.16.0.1/a.png"_s << false;
        QTest::newRow("172.16/12 high") << pub << u"https://172.31.255.254/a.png"_s << false;
        QTest::newRow("172.32 is public") << pub << u"https://172.32.0.1/a.png"_s << true;
        QTest::newRow("192.168/16") << pub << u"https://192.168.1.1/a.png"_s << false;
        QTest::newRow("169.254/16 (cloud metadata)") << pub << u"https://169.254.169.254/latest"_s << false;
        QTest::newRow("100.64/10 (carrier NAT)") << pub << u"https://100.64.0.1/a.png"_s << false;
        QTest::newRow("0.0.0.0") << pub << u"https://0.0.0.0/a.png"_s << false;
        QTest::newRow("::1") << pub << u"https://[::1]/a.png"_s << false;
        QTest::newRow("::") << pub << u"https://[::]/a.png"_s << false;
        QTest::newRow("fc00::/7") << pub << u"https://[fd12:3456::1]/a.png"_s << false;
        QTest::newRow("fe80::/10") << pub << u"https://[fe80::1]/a.png"_s << false;
        QTest::newRow("IPv4-mapped loopback") << pub << u"https://[::ffff:127.0.0.1]/a.png"_s << false;
        QTest::newRow("IPv4-mapped private") << pub << u"https://[::ffff:192.168.0.1]/a.png"_s << false;
        QTest::newRow("public IPv6") << pub << u"https://[2001:db8::1]/a.png"_s << true;
        QTest::newRow("decimal loopback") << pub << u"https://2130706433/a.png"_s << false;
        QTest::newRow("loopback server, other private host") << local << u"https://192.168.1.1/a.png"_s << false;
        QTest::newRow("loopback server, localhost name") << local << u"http://localhost:8080/a.png"_s << false;
        QTest::newRow("private-network server, another private host") << lan << u"https://10.1.2.4/a.png"_s << false;
    }

    void mayFetch()
    {
        QFETCH(QString, server);
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const std::optional<QString> refusal = FetchRule::refusal(QUrl(url), QUrl(server));
        QCOMPARE(!refusal.has_value(), allowed);
        if (refusal)
            QVERIFY2(!refusal->isEmpty(), "a refusal says why");
    }

    void credentials_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("sent");
        QTest::newRow("server origin") << u"https://learn.example.org/media/a.png"_s << true;
        QTest::newRow("server origin, explicit port 443") << u"https://learn.example.org:443/a.png"_s << true;
        QTest::newRow("another port") << u"https://learn.example.org:8443/a.png"_s << false;
        QTest::newRow("a subdomain") << u"https://cdn.learn.example.org/a.png"_s << false;
        QTest::newRow("another host") << u"https://cdn.example.net/a.png"_s << false;
        QTest::newRow("plain http to the server's host") << u"http://learn.example.org/a.png"_s << false;
    }

    void credentials()
    {
        QFETCH(QString, url);
        QFETCH(bool, sent);
        QCOMPARE(FetchRule::sendsCredentials(QUrl(url), QUrl(u"https://learn.example.org"_s)), sent);
    }
};

QTEST_GUILESS_MAIN(tst_FetchRule)
#include "tst_FetchRule.moc"
