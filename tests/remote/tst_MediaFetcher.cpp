// MediaFetcher on the wire (issue 18, "Fetching safely"): a loopback server that records each request's headers and
// answers as told. The sign-in goes to the account's server origin only (not to another port of the same host, not
// after a redirect elsewhere); validators are sent and a 304 keeps the copy; a file larger than its cap or whose
// bytes are not what it claims leaves nothing behind.
#include "remote/HttpTransport.h"
#include "remote/MediaFetcher.h"
#include "remote/PartialFile.h"

#include "Await.h"
#include "FakeClock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
                    socket->write(replies.isEmpty() ? reply : replies.takeFirst());
                    if (!holdOpen)
                        socket->disconnectFromHost();
                    holdOpen = false; // the next request's connection closes after its reply
                });
            }
        });
    }
    QUrl url(const QString &path = u"/f"_s) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
    }

    QByteArray reply;
    QList<QByteArray> replies; // answered first, one per request, before `reply`
    bool holdOpen = false;     // the next reply's connection stays open (a download that stalls)
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
    // The test files are small: every interrupted one is kept to be continued.
    MediaFetcher::Options options{30'000, 5, 0};

    MediaFetcher::Outcome fetch(const QUrl &server, const QUrl &url, Validators known = {}, qint64 cap = 1024)
    {
        transport.setAccessToken("secret-token");
        MediaFetcher fetcher(network, transport, server, options);
        MediaFetcher::Request request{url, MediaUse::Image, known, cap, dir.path()};
        return await<MediaFetcher::Outcome>([&](auto done) { fetcher.fetch(request, done); })
            .value_or(MediaFetcher::Outcome{});
    }
    QStringList files() const { return QDir(dir.path()).entryList(QDir::Files); }
    QByteArray contents(const QString &name) const
    {
        QFile file(QDir(dir.path()).filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

// A picture of 1,000 bytes, and the first `kept` of them sent before the connection drops (it said 1,000).
const QByteArray picture = png + QByteArray(1000 - png.size(), 'p');
constexpr int kept = 400;

QByteArray cutOff(const QByteArray &body, int bytes, const QByteArray &etag = "\"v1\"")
{
    return "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nETag: " + etag +
           "\r\nAccept-Ranges: bytes\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body.left(bytes);
}

QByteArray partial(const QByteArray &body, qint64 first, qint64 total)
{
    const QByteArray part = body.mid(first);
    return "HTTP/1.1 206 Partial Content\r\nContent-Type: image/png\r\nETag: \"v1\"\r\nContent-Range: bytes " +
           QByteArray::number(first) + '-' + QByteArray::number(first + part.size() - 1) + '/' +
           QByteArray::number(total) + "\r\nContent-Length: " + QByteArray::number(part.size()) +
           "\r\nConnection: close\r\n\r\n" + part;
}

QByteArray rangeOf(const QByteArray &head)
{
    for (const QByteArray &line : head.split('\n')) {
        if (line.startsWith("Range:") || line.startsWith("If-Range:"))
            return line.trimmed();
    }
    return {};
}

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
            s.fetch(server.url(u"/"_s), server.url(), Validators{"\"v1\"", "Sun, 01 Mar 2026 12:00:00 GMT", {}});
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

    void anInterruptedDownloadContinuesWhereItStopped()
    {
        Stack s;
        Recorder server;
        server.replies = {cutOff(picture, kept), partial(picture, kept, picture.size())};
        const MediaFetcher::Outcome first = s.fetch(server.url(u"/"_s), server.url(), {}, 4096);
        QCOMPARE(first.kind, MediaFetcher::Outcome::Kind::Failed);
        QVERIFY2(first.reason.contains(u"broke off"_s), qPrintable(first.reason));
        // The bytes that came are on disk (not only in memory), with the version they are of.
        QCOMPARE(s.files().size(), 2);
        QCOMPARE(s.contents(PartialFile::nameFor(server.url())), picture.left(kept));

        const MediaFetcher::Outcome second = s.fetch(server.url(u"/"_s), server.url(), {}, 4096);
        QCOMPARE(second.kind, MediaFetcher::Outcome::Kind::Fetched);
        QVERIFY(server.heads.at(1).contains("Range: bytes=400-\r\n"));
        QVERIFY(server.heads.at(1).contains("If-Range: \"v1\""));
        QCOMPARE(second.resumedFrom, qint64(kept));
        QCOMPARE(second.size, qint64(picture.size()));
        QCOMPARE(s.contents(second.fileName), picture);
        QCOMPARE(s.files(), QStringList{second.fileName}); // the note about the part went with it
    }

    void aCancelledDownloadKeepsItsBytesAndContinues()
    {
        Stack s;
        s.transport.setAccessToken("secret-token");
        Recorder server;
        server.holdOpen = true; // the first 400 bytes come, then nothing
        server.replies = {cutOff(picture, kept), partial(picture, kept, picture.size())};
        MediaFetcher fetcher(s.network, s.transport, server.url(u"/"_s), s.options);
        const MediaFetcher::Request request{server.url(), MediaUse::Image, {}, 4096, s.dir.path()};
        std::optional<MediaFetcher::Outcome> first;
        fetcher.fetch(request, [&](MediaFetcher::Outcome outcome) { first = outcome; });
        const QString part = QDir(s.dir.path()).filePath(PartialFile::nameFor(server.url()));
        QTRY_COMPARE(QFileInfo(part).size(), qint64(kept));
        QVERIFY(!first);
        fetcher.cancelAll();
        QTRY_VERIFY(first.has_value());
        QCOMPARE(first->kind, MediaFetcher::Outcome::Kind::Failed);
        QCOMPARE(first->reason, u"The download was cancelled."_s);
        QCOMPARE(QFileInfo(part).size(), qint64(kept)); // on disk, for later

        const MediaFetcher::Outcome second = s.fetch(server.url(u"/"_s), server.url(), {}, 4096);
        QCOMPARE(second.kind, MediaFetcher::Outcome::Kind::Fetched);
        QCOMPARE(second.resumedFrom, qint64(kept));
        QCOMPARE(s.contents(second.fileName), picture);
    }

    void aPartThatCannotBeContinuedStartsAgain_data()
    {
        QTest::addColumn<QList<QByteArray>>("replies");
        QTest::addColumn<QList<QByteArray>>("ranges"); // what each request after the cut-off one asked for
        const QByteArray changed = png + QByteArray(600, 'c');
        const QByteArray whole = ok("image/png", changed, "ETag: \"v2\"\r\n");
        QTest::newRow("the file changed: 200") << QList<QByteArray>{whole} << QList<QByteArray>{"Range: bytes=400-"};
        QTest::newRow("the server has fewer bytes: 416, then the whole file")
            << QList<QByteArray>{"HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */300\r\n"
                                 "Content-Length: 0\r\nConnection: close\r\n\r\n",
                                 whole}
            << QList<QByteArray>{"Range: bytes=400-", ""};
        QTest::newRow("a 206 for other bytes, then the whole file")
            << QList<QByteArray>{partial(changed, 100, changed.size()), whole}
            << QList<QByteArray>{"Range: bytes=400-", ""};
    }

    void aPartThatCannotBeContinuedStartsAgain()
    {
        QFETCH(QList<QByteArray>, replies);
        QFETCH(QList<QByteArray>, ranges);
        Stack s;
        Recorder server;
        server.replies = QList<QByteArray>{cutOff(picture, kept)} + replies;
        QCOMPARE(s.fetch(server.url(u"/"_s), server.url(), {}, 4096).kind, MediaFetcher::Outcome::Kind::Failed);
        const MediaFetcher::Outcome outcome = s.fetch(server.url(u"/"_s), server.url(), {}, 4096);
        QCOMPARE(outcome.kind, MediaFetcher::Outcome::Kind::Fetched);
        QCOMPARE(outcome.resumedFrom, qint64(0));
        QCOMPARE(s.contents(outcome.fileName), png + QByteArray(600, 'c'));
        QCOMPARE(s.files(), QStringList{outcome.fileName});
        QCOMPARE(server.heads.size(), 1 + ranges.size());
        for (int i = 0; i < ranges.size(); ++i)
            QCOMPARE(rangeOf(server.heads.at(1 + i)), ranges.at(i));
    }

    void theCapIsOnTheWholeFileOfAResumedDownload()
    {
        Stack s;
        Recorder server;
        server.replies = {cutOff(picture, kept), partial(picture, kept, picture.size())};
        QCOMPARE(s.fetch(server.url(u"/"_s), server.url(), {}, 4096).kind, MediaFetcher::Outcome::Kind::Failed);
        const MediaFetcher::Outcome outcome = s.fetch(server.url(u"/"_s), server.url(), {}, picture.size() - 1);
        QCOMPARE(outcome.kind, MediaFetcher::Outcome::Kind::Failed);
        QVERIFY(outcome.tooLarge);
        QVERIFY2(s.files().isEmpty(), qPrintable(s.files().join(u' ')));
    }

    void aSmallFileIsStartedAgainRatherThanContinued()
    {
        Stack s;
        s.options = MediaFetcher::Options{}; // 64 KiB and more are continued
        Recorder server;
        server.replies = {cutOff(picture, kept)};
        QCOMPARE(s.fetch(server.url(u"/"_s), server.url(), {}, 4096).kind, MediaFetcher::Outcome::Kind::Failed);
        QVERIFY2(s.files().isEmpty(), qPrintable(s.files().join(u' ')));
    }

    void aDownloadWithoutValidatorsIsNotKept()
    {
        Stack s;
        Recorder server;
        server.reply =
            "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n" +
            picture.left(kept);
        QCOMPARE(s.fetch(server.url(u"/"_s), server.url(), {}, 4096).kind, MediaFetcher::Outcome::Kind::Failed);
        QVERIFY2(s.files().isEmpty(), qPrintable(s.files().join(u' '))); // nothing to tell a changed file by
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
