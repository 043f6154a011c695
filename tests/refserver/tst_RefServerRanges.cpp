// Range requests on the reference server's media route (issue 18, "an interrupted download continues where it
// stopped"), in both dialects, as RFC 9110 §14 and §13.1.5 say: one byte range is a 206 with its Content-Range; a
// range past the end is a 416 that says the length; several ranges, another unit or a Range that cannot be read get
// the whole file; If-Range (a strong tag, or the exact Last-Modified date) lets the range through only while the
// file is the same; If-None-Match is decided first. The server counts the bytes it sent.
#include "RefServerFixture.h"

using namespace coursedesk;
using namespace coursedesk::refserver;
using namespace coursedesk::refserver::testing;
using namespace Qt::StringLiterals;

using Headers = QList<std::pair<QByteArray, QByteArray>>;

namespace {

const QString slides = u"/media/9701/slides-4k.png"_s; // 4,096 bytes

} // namespace

class tst_RefServerRanges : public QObject, protected RefServerFixture
{
    Q_OBJECT

    void start()
    {
        QFETCH_GLOBAL(QString, dialect);
        freshServer(dialect == u"platform"_s ? Dialect::Platform : Dialect::Contract);
        QVERIFY(m_server->seedRecording(4).ok());
    }

private slots:
    void initTestCase_data() { addDialectRows(); }

    void ranges_data()
    {
        QTest::addColumn<Headers>("headers"); // {etag} and {date}: the file's own ETag and Last-Modified
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentRange");
        QTest::addColumn<qint64>("first"); // of the bytes sent
        QTest::addColumn<qint64>("count");

        QTest::newRow("no Range") << Headers{} << 200 << QByteArray() << qint64(0) << qint64(4096);
        QTest::newRow("from a byte on") << Headers{{"Range", "bytes=1000-"}} << 206
                                        << QByteArray("bytes 1000-4095/4096") << qint64(1000) << qint64(3096);
        QTest::newRow("first and last") << Headers{{"Range", "bytes=0-99"}} << 206 << QByteArray("bytes 0-99/4096")
                                        << qint64(0) << qint64(100);
        QTest::newRow("the last bytes") << Headers{{"Range", "bytes=-100"}} << 206 << QByteArray("bytes 3996-4095/4096")
                                        << qint64(3996) << qint64(100);
        QTest::newRow("past the end is cut at the end")
            << Headers{{"Range", "bytes=4000-9999"}} << 206 << QByteArray("bytes 4000-4095/4096") << qint64(4000)
            << qint64(96);
        QTest::newRow("starts past the end: 416")
            << Headers{{"Range", "bytes=4096-"}} << 416 << QByteArray("bytes */4096") << qint64(0) << qint64(0);
        QTest::newRow("several ranges: the whole file")
            << Headers{{"Range", "bytes=0-1,5-6"}} << 200 << QByteArray() << qint64(0) << qint64(4096);
        QTest::newRow("another unit: the whole file")
            << Headers{{"Range", "items=0-10"}} << 200 << QByteArray() << qint64(0) << qint64(4096);
        QTest::newRow("unreadable: the whole file")
            << Headers{{"Range", "bytes=abc-"}} << 200 << QByteArray() << qint64(0) << qint64(4096);
        QTest::newRow("last before first: the whole file")
            << Headers{{"Range", "bytes=20-10"}} << 200 << QByteArray() << qint64(0) << qint64(4096);
        QTest::newRow("If-Range with the current tag")
            << Headers{{"Range", "bytes=1000-"}, {"If-Range", "{etag}"}} << 206 << QByteArray("bytes 1000-4095/4096")
            << qint64(1000) << qint64(3096);
        QTest::newRow("If-Range with another tag: the whole file")
            << Headers{{"Range", "bytes=1000-"}, {"If-Range", "\"other\""}} << 200 << QByteArray() << qint64(0)
            << qint64(4096);
        QTest::newRow("If-Range with a weak tag: the whole file")
            << Headers{{"Range", "bytes=1000-"}, {"If-Range", "W/{etag}"}} << 200 << QByteArray() << qint64(0)
            << qint64(4096);
        QTest::newRow("If-Range with the Last-Modified date")
            << Headers{{"Range", "bytes=1000-"}, {"If-Range", "{date}"}} << 206 << QByteArray("bytes 1000-4095/4096")
            << qint64(1000) << qint64(3096);
        QTest::newRow("If-Range with another date: the whole file")
            << Headers{{"Range", "bytes=1000-"}, {"If-Range", "Sun, 01 Jan 2006 00:00:00 GMT"}} << 200 << QByteArray()
            << qint64(0) << qint64(4096);
        QTest::newRow("If-None-Match decides first: 304")
            << Headers{{"Range", "bytes=1000-"}, {"If-None-Match", "{etag}"}} << 304 << QByteArray() << qint64(0)
            << qint64(0);
    }

    void ranges()
    {
        QFETCH(Headers, headers);
        QFETCH(int, status);
        QFETCH(QByteArray, contentRange);
        QFETCH(qint64, first);
        QFETCH(qint64, count);
        start();
        auto http = client(u"learner"_s);
        const HttpResponse whole = http->get(slides);
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.body.size(), 4096);
        QVERIFY(whole.body.startsWith("\x89PNG"));
        QCOMPARE(whole.header("Accept-Ranges"), QByteArray("bytes"));
        for (auto &[name, value] : headers) {
            value.replace("{etag}", whole.header("ETag"));
            value.replace("{date}", whole.header("Last-Modified"));
        }
        const RefServerCounters before = m_server->counters();

        const HttpResponse response = http->send("GET", slides, {}, headers);
        QCOMPARE(response.status, status);
        QCOMPARE(response.header("Content-Range"), contentRange);
        QCOMPARE(response.body, whole.body.mid(first, count));
        if (status == 206 || status == 416)
            QCOMPARE(response.header("ETag"), whole.header("ETag"));
        const RefServerCounters after = m_server->counters();
        QCOMPARE(after.mediaBytes - before.mediaBytes, count);
        QCOMPARE(after.partialMedia - before.partialMedia, status == 206 ? 1 : 0);
    }

    void aChangedFileIsSentWhole()
    {
        start();
        auto http = client(u"learner"_s);
        const HttpResponse before = http->get(slides);
        m_clock.advanceSecs(60);
        m_server->reviseMedia(9701);
        for (const QByteArray &validator : {before.header("ETag"), before.header("Last-Modified")}) {
            const HttpResponse after =
                http->send("GET", slides, {}, {{"Range", "bytes=1000-"}, {"If-Range", validator}});
            QCOMPARE(after.status, 200);
            QCOMPARE(after.body.size(), 4096);
            QVERIFY(after.body != before.body);
            QVERIFY(after.body.startsWith("\x89PNG"));
            QVERIFY(after.header("ETag") != before.header("ETag"));
            QVERIFY(after.header("Last-Modified") != before.header("Last-Modified"));
        }
    }
};

QTEST_GUILESS_MAIN(tst_RefServerRanges)
#include "tst_RefServerRanges.moc"
