// MediaFetcher on the wire (issue 18, "Fetching safely"): a loopback server that records each request's headers and
// answers as told. The sign-in goes to the account's server origin only (not to another port of the same host, not
// after a redirect elsewhere); validators are sent and a 304 keeps the copy; a file larger than its cap or whose
// bytes are not what it claims leaves nothing behind.
#include "remote/HttpTransport.h"
#include "remote/MediaFetcher.h"

#include "Await.h"
#include "FakeClock.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1", 24);

// Answers every request with `reply` (a whole HTTP response) and keeps each request's head.
class Recorder final : public QObject
{
public:
    Recorder()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_buffer += socket->readAll();
                    if (!m_buffer.contains("\r\n\r\n"))
                        return;
                    heads << m_buffer.left(m_buffer.indexOf("\r\n\r\n"));
                    m_buffer.clear();
                    socket->write(reply);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QUrl url(const QString &path = u"/f"_s) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
    }

    QByteArray reply;
    QList<QByteArray> heads;

private:
    QTcpServer m_server;
    QByteArray m_buffer;
};

QByteArray ok(const QByteArray &type, const QByteArray &body, const QByteArray &extra = {})
{
    return "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n" + extra + "Connection: close\r\n\r\n" + body;
}

struct Stack
{
    QTemporaryDir dir;
    QNetworkAccessManager network;
    FakeClock clock;
    HttpTransport transport{network, clock, HttpTransport::Options{}};

    MediaFetcher::Outcome fetch(const QUrl &server, const QUrl &url, Validators known = {}, qint64 cap = 1024)
    {
        transport.setAccessToken("secret-token");
        MediaFetcher fetcher(network, transport, server, MediaFetcher::Options{});
        MediaFetcher::Request request{url, MediaUse::Image, known, cap, dir.path()};
        return await<MediaFetcher::Outcome>([&](auto done) { fetcher.fetch(request, done); })
            .value_or(MediaFetcher::Outcome{});
    }
    QStringList files() const { return QDir(dir.path()).entryList(QDir::Files); }
};

} // namespace

class tst_MediaFetcher : public QObject
{
    Q_OBJECT

private slots:
    void theSignInGoesToTheServerOriginOnly()
    {
        Stack s;
        Recorder server;
        Recorder other; // the same host, another port: another origin
        server.reply = other.reply = ok("image/png", png);
        QCOMPARE(s.fetch(server.url(u"/"_s), server.url()).kind, MediaFetcher::Outcome::Kind::Fetched);
        QVERIFY(server.heads.at(0).contains("Authorization: Bearer secret-token"));
        QCOMPARE(s.fetch(server.url(u"/"_s), other.url()).kind, MediaFetcher::Outcome::Kind::Fetched);
        QVERIFY(!other.heads.at(0).contains("Authorization"));
        QVERIFY(!other.heads.at(0).contains("secret-token"));
    }

    void aRedirectElsewhereCarriesNoSignIn()
    {
        Stack s;
        Recorder server;
        Recorder other;
        other.reply = ok("image/png", png);
        server.reply = "HTTP/1.1 302 Found\r\nLocation: " + other.url().toEncoded() +
                       "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        QCOMPARE(s.fetch(server.url(u"/"_s), server.url()).kind, MediaFetcher::Outcome::Kind::Fetched);
        QVERIFY(server.heads.at(0).contains("Authorization"));
        QCOMPARE(other.heads.size(), 1);
        QVERIFY(!other.heads.at(0).contains("secret-token"));
    }

    void validatorsAreSentAndA304KeepsTheCopy()
    {
        Stack s;
        Recorder server;
        server.reply = "HTTP/1.1 304 Not Modified\r\nETag: \"v1\"\r\nConnection: close\r\n\r\n";
        const MediaFetcher::Outcome outcome =
            s.fetch(server.url(u"/"_s), server.url(), Validators{"\"v1\"", "Sun, 01 Mar 2026 12:00:00 GMT"});
        QCOMPARE(outcome.kind, MediaFetcher::Outcome::Kind::NotModified);
        QVERIFY(server.heads.at(0).contains("If-None-Match: \"v1\""));
        QVERIFY(server.heads.at(0).contains("If-Modified-Since: Sun, 01 Mar 2026 12:00:00 GMT"));
        QVERIFY(s.files().isEmpty());
    }

    void aFileThatFailsLeavesNothingBehind_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("reason");
        QTest::newRow("larger than its cap (Content-Length)")
            << ok("image/png", png + QByteArray(2000, 'x')) << u"larger than"_s;
        QTest::newRow("larger than its cap (streamed)")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\n\r\n" + png +
                          QByteArray(4000, 'x'))
            << u"larger than"_s;
        QTest::newRow("a web page as a picture")
            << ok("image/png", "<!DOCTYPE html><p>Sign in</p>") << u"not a picture"_s;
        QTest::newRow("404") << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                             << u"404"_s;
    }

    void aFileThatFailsLeavesNothingBehind()
    {
        QFETCH(QByteArray, reply);
        QFETCH(QString, reason);
        Stack s;
        Recorder server;
        server.reply = reply;
        const MediaFetcher::Outcome outcome = s.fetch(server.url(u"/"_s), server.url());
        QCOMPARE(outcome.kind, MediaFetcher::Outcome::Kind::Failed);
        QVERIFY2(outcome.reason.contains(reason), qPrintable(outcome.reason));
        QVERIFY2(s.files().isEmpty(), qPrintable(s.files().join(u' ')));
    }

    void aRefusedAddressIsNeverAsked()
    {
        Stack s;
        const MediaFetcher::Outcome outcome =
            s.fetch(QUrl(u"https://learn.example.org"_s), QUrl(u"https://192.168.1.20/x.png"_s));
        QCOMPARE(outcome.kind, MediaFetcher::Outcome::Kind::Failed);
        QVERIFY(outcome.reason.contains(u"private network"_s));
    }
};

QTEST_GUILESS_MAIN(tst_MediaFetcher)
#include "tst_MediaFetcher.moc"
