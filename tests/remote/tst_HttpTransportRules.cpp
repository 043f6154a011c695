#include "remote/HttpTransport.h"

#include <QTest>

using namespace coursedesk;
using namespace Qt::StringLiterals;

// The transport's rules that need no network: which URLs may carry a token, what counts as the same
// origin, and how Retry-After and Date headers are read.
class tst_HttpTransportRules : public QObject
{
    Q_OBJECT

private slots:
    void onlyHttpsOrLoopbackHttp_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("https") << u"https://school.example.org"_s << true;
        QTest::addRow("https with port and path") << u"https://school.example.org:8443/lms/"_s << true;
        QTest::addRow("http on 127.0.0.1") << u"http://127.0.0.1:8080"_s << true;
        QTest::addRow("http on another loopback address") << u"http://127.0.0.2:8080"_s << true;
        QTest::addRow("http on localhost") << u"http://localhost:9000"_s << true;
        QTest::addRow("http on ::1") << u"http://[::1]:9000"_s << true;
        QTest::addRow("http on a LAN address") << u"http://192.168.1.10"_s << false;
        QTest::addRow("http on a public host") << u"http://school.example.org"_s << false;
        QTest::addRow("http on a host named like loopback") << u"http://127.0.0.1.example.org"_s << false;
        QTest::addRow("ftp") << u"ftp://school.example.org"_s << false;
        QTest::addRow("no host") << u"https://"_s << false;
        QTest::addRow("garbage") << u"not a url"_s << false;
    }
    void onlyHttpsOrLoopbackHttp()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const ApiResult<QUrl> checked = HttpTransport::checkUrl(QUrl(url));
        QCOMPARE(checked.ok(), allowed);
        if (!allowed) {
            QCOMPARE(checked.error().kind, ApiError::Kind::Insecure);
            QVERIFY(!checked.error().message.isEmpty());
        }
    }

    void sameOrigin_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::addRow("same host, other path") << u"https://a.example/x"_s << u"https://a.example/y?z=1"_s << true;
        QTest::addRow("default port spelled out") << u"https://a.example/"_s << u"https://a.example:443/"_s << true;
        QTest::addRow("host case") << u"https://A.example/"_s << u"https://a.example/"_s << true;
        QTest::addRow("other host") << u"https://a.example/"_s << u"https://b.example/"_s << false;
        QTest::addRow("subdomain") << u"https://a.example/"_s << u"https://evil.a.example/"_s << false;
        QTest::addRow("other port") << u"http://127.0.0.1:80/"_s << u"http://127.0.0.1:81/"_s << false;
        QTest::addRow("other scheme") << u"http://a.example/"_s << u"https://a.example/"_s << false;
    }
    void sameOrigin()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(HttpTransport::sameOrigin(QUrl(a), QUrl(b)), same);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedMs"); // -1: none
        QTest::addRow("seconds") << QByteArray("5") << qint64(5000);
        QTest::addRow("zero") << QByteArray("0") << qint64(0);
        QTest::addRow("padded") << QByteArray(" 12 ") << qint64(12000);
        QTest::addRow("http date 90 s after the server's now")
            << QByteArray("Sun, 01 Mar 2026 12:01:30 GMT") << qint64(90000);
        QTest::addRow("http date in the past") << QByteArray("Sun, 01 Mar 2026 11:00:00 GMT") << qint64(0);
        QTest::addRow("negative") << QByteArray("-3") << qint64(-1);
        QTest::addRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::addRow("empty") << QByteArray() << qint64(-1);
    }
    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedMs);
        const QDateTime serverNow(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        const std::optional<qint64> wait = HttpTransport::parseRetryAfter(header, serverNow);
        QCOMPARE(wait.value_or(-1), expectedMs);
    }

    // RFC 9110, 5.6.7: the three forms a recipient reads; anything else is no date at all.
    void httpDate_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime nov6(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << nov6;
        QTest::newRow("IMF-fixdate, spaces around") << QByteArray("  Sun, 06 Nov 1994 08:49:37 GMT ") << nov6;
        QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << nov6;
        QTest::newRow("RFC 850, this century")
            << QByteArray("Monday, 07-Dec-26 10:00:00 GMT") << QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << nov6;
        QTest::newRow("leap second") << QByteArray("Wed, 31 Dec 2025 23:59:60 GMT")
                                     << QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59), Qt::UTC);
        QTest::newRow("not GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37 CET") << QDateTime();
        QTest::newRow("no such day") << QByteArray("Mon, 31 Feb 2026 08:49:37 GMT") << QDateTime();
        QTest::newRow("no such month") << QByteArray("Sun, 06 Foo 1994 08:49:37 GMT") << QDateTime();
        QTest::newRow("no such hour") << QByteArray("Sun, 06 Nov 1994 25:49:37 GMT") << QDateTime();
        QTest::newRow("time cut short") << QByteArray("Sun, 06 Nov 1994 08:49 GMT") << QDateTime();
        QTest::newRow("words") << QByteArray("yesterday") << QDateTime();
        QTest::newRow("empty") << QByteArray() << QDateTime();
        QTest::newRow("a number") << QByteArray("120") << QDateTime();
    }

    void httpDate()
    {
        QFETCH(QByteArray, value);
        QFETCH(QDateTime, expected);
        QCOMPARE(HttpTransport::parseHttpDate(value), expected);
    }

    void errorsAreTyped()
    {
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.httpStatus = 503;
        QVERIFY(error.isTransient());
        QCOMPARE(error.toError().code, u"http_503"_s);
        error.httpStatus = 429;
        QVERIFY(error.isTransient());
        error.httpStatus = 403;
        error.serverCode = u"LESSON_LOCKED"_s;
        QVERIFY(!error.isTransient());
        QCOMPARE(error.toError().code, u"LESSON_LOCKED"_s);
        error.httpStatus = 401;
        QVERIFY(error.isAuthFailure());
        ApiError network;
        network.kind = ApiError::Kind::Timeout;
        QVERIFY(network.isTransient());
        QCOMPARE(network.toError().code, u"timeout"_s);
        ApiError redirect;
        redirect.kind = ApiError::Kind::CrossOriginRedirect;
        QVERIFY(!redirect.isTransient());
    }
};

QTEST_GUILESS_MAIN(tst_HttpTransportRules)
#include "tst_HttpTransportRules.moc"
