// The reference server's fault injection and test controls, as a client sees them: statuses with
// Retry-After, broken replies, lost replies after the change was applied, latency, clock skew, and the
// executable's own start-up; in both dialects (a status fault's body is the dialect's error body).
#include "RefServerFixture.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::refserver;
using namespace coursedesk::refserver::testing;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

class tst_RefServerFaults : public QObject, protected RefServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }
    void init() { freshServerInTheRowsDialect(); }
    void cleanup() { m_server.reset(); }

    void faults_observedByTheClient_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("networkError");
        QTest::addColumn<bool>("validJson");
        QTest::addColumn<QByteArray>("headerName");
        QTest::addColumn<QByteArray>("headerValue");
        QTest::addRow("503, Retry-After seconds")
            << QJsonObject{{u"mode"_s, u"status"_s}, {u"status"_s, 503}, {u"retry_after"_s, u"5"_s}} << 503 << false
            << true << QByteArray("Retry-After") << QByteArray("5");
        QTest::addRow("429, Retry-After date")
            << QJsonObject{{u"mode"_s, u"status"_s},
                           {u"status"_s, 429},
                           {u"retry_after"_s, u"Sun, 01 Mar 2026 12:02:00 GMT"_s}}
            << 429 << false << true << QByteArray("Retry-After") << QByteArray("Sun, 01 Mar 2026 12:02:00 GMT");
        QTest::addRow("500") << QJsonObject{{u"mode"_s, u"status"_s}, {u"status"_s, 500}} << 500 << false << true
                             << QByteArray() << QByteArray();
        QTest::addRow("502") << QJsonObject{{u"mode"_s, u"status"_s}, {u"status"_s, 502}} << 502 << false << true
                             << QByteArray() << QByteArray();
        QTest::addRow("truncate") << QJsonObject{{u"mode"_s, u"truncate"_s}} << 200 << true << false << QByteArray()
                                  << QByteArray();
        QTest::addRow("malformed") << QJsonObject{{u"mode"_s, u"malformed"_s}} << 200 << false << false << QByteArray()
                                   << QByteArray();
        // QNetworkAccessManager resends a request once when the connection closes without a reply: count 2.
        QTest::addRow("close") << QJsonObject{{u"mode"_s, u"close"_s}, {u"count"_s, 2}} << 0 << true << false
                               << QByteArray() << QByteArray();
        QTest::addRow("html page (a proxy's 502)") << QJsonObject{{u"mode"_s, u"html"_s}} << 502 << false << false
                                                   << QByteArray("Content-Type") << QByteArray("text/html");
        QTest::addRow("html page, 503 with Retry-After")
            << QJsonObject{{u"mode"_s, u"html"_s}, {u"status"_s, 503}, {u"retry_after"_s, 7}} << 503 << false << false
            << QByteArray("Retry-After") << QByteArray("7");
        QTest::addRow("empty body") << QJsonObject{{u"mode"_s, u"empty"_s}} << 503 << false << false
                                    << QByteArray("Content-Length") << QByteArray("0");
        QTest::addRow("empty body, 500") << QJsonObject{{u"mode"_s, u"empty"_s}, {u"status"_s, 500}} << 500 << false
                                         << false << QByteArray("Content-Length") << QByteArray("0");
        QTest::addRow("redirect") << QJsonObject{{u"mode"_s, u"redirect"_s},
                                                 {u"location"_s, u"http://elsewhere.invalid/login"_s}}
                                  << 302 << false << false << QByteArray("Location")
                                  << QByteArray("http://elsewhere.invalid/login");
    }
    void faults_observedByTheClient()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(int, status);
        QFETCH(bool, networkError);
        QFETCH(bool, validJson);
        QFETCH(QByteArray, headerName);
        QFETCH(QByteArray, headerValue);
        auto http = client(u"learner"_s);
        QCOMPARE(http->post(u"/_test/faults"_s, fault).status, 200);
        const HttpResponse response = http->get(u"/api/v2/course/"_s);
        QCOMPARE(response.status, status);
        if (networkError)
            QCOMPARE(response.error, QNetworkReply::RemoteHostClosedError);
        else if (status == 200)
            QCOMPARE(response.error, QNetworkReply::NoError);
        QCOMPARE(response.isJson() && !response.body.isEmpty(), validJson);
        if (!headerName.isEmpty())
            QCOMPARE(response.header(headerName), headerValue);
        if (validJson && status >= 400) // the dialect's error body
            QVERIFY(platform() ? !response.detail().isEmpty() : !response.errorCode().isEmpty());
        if (fault.value(u"mode"_s).toString() == u"html"_s)
            QVERIFY(response.body.startsWith("<html>"));
        // Used up: the next request is served.
        QCOMPARE(http->get(u"/api/v2/course/"_s).status, 200);
    }

    void faults_afterProcessing_loseTheReplyNotTheChange()
    {
        auto http = client(u"learner"_s);
        const int records = m_server->counters().completionRecords;
        // QNetworkAccessManager resends once (even a POST) when the connection closes without a reply: the
        // server handles the call twice, and still keeps one completion record.
        QCOMPARE(http->post(u"/_test/faults"_s,
                            QJsonObject{{u"mode"_s, u"close"_s}, {u"count"_s, 2}, {u"after_processing"_s, true}})
                     .status,
                 200);
        const HttpResponse lost = http->post(lessonPath(2, 21, 201, u"complete/"_s));
        QCOMPARE(lost.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(lessonState(u"learner"_s, 2, 201), u"completed"_s);
        QCOMPARE(m_server->counters().completeCalls, 2);
        QCOMPARE(m_server->counters().completionRecords, records + 1);

        // Before processing (the default) nothing happens on the server.
        QCOMPARE(http->post(u"/_test/faults"_s, QJsonObject{{u"mode"_s, u"status"_s}, {u"status"_s, 503}}).status, 200);
        QCOMPARE(http->post(lessonPath(2, 21, 203, u"complete/"_s)).status, 503);
        QCOMPARE(lessonState(u"learner"_s, 2, 203), u"uncompleted"_s);
        QCOMPARE(m_server->counters().completeCalls, 2);
    }

    void faults_countPathFilterAndClear()
    {
        auto http = client(u"learner"_s);
        const int requests = m_server->counters().requests;
        QCOMPARE(http->post(u"/_test/faults"_s, QJsonObject{{u"mode"_s, u"status"_s},
                                                            {u"status"_s, 500},
                                                            {u"count"_s, 2},
                                                            {u"path_contains"_s, u"/user/me/"_s}})
                     .status,
                 200);
        QCOMPARE(http->get(u"/api/v2/course/"_s).status, 200); // not matched
        QCOMPARE(http->get(u"/_test/counters"_s).status, 200); // never faulted, never counted
        QCOMPARE(http->get(u"/api/v2/user/me/"_s).status, 500);
        QCOMPARE(http->get(u"/api/v2/user/me/"_s).status, 500);
        QCOMPARE(http->get(u"/api/v2/user/me/"_s).status, 200);
        QCOMPARE(m_server->counters().requests, requests + 4);

        QCOMPARE(http->post(u"/_test/faults"_s, QJsonObject{{u"mode"_s, u"status"_s}, {u"count"_s, -1}}).status, 200);
        QCOMPARE(http->get(u"/api/v2/user/me/"_s).status, 503);
        QCOMPARE(http->get(u"/api/v2/user/me/"_s).status, 503);
        QCOMPARE(http->send("DELETE", u"/_test/faults"_s).status, 204);
        QCOMPARE(http->get(u"/api/v2/user/me/"_s).status, 200);
        QCOMPARE(http->post(u"/_test/faults"_s, QJsonObject{{u"mode"_s, u"explode"_s}}).status, 400);
        QCOMPARE(http->post(u"/_test/faults"_s, QJsonObject{{u"mode"_s, u"html"_s}, {u"status"_s, 200}}).status, 400);
        QCOMPARE(http->post(u"/_test/faults"_s, QJsonObject{{u"mode"_s, u"empty"_s}, {u"status"_s, 302}}).status, 400);
    }

    void latency_delaysReplies()
    {
        auto http = client(u"learner"_s);
        QCOMPARE(http->post(u"/_test/latency"_s, QJsonObject{{u"ms"_s, 250}}).status, 204);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(http->get(u"/api/v2/user/me/"_s).status, 200);
        QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));
        m_server->setLatencyMs(0);
        timer.restart();
        QCOMPARE(http->get(u"/api/v2/user/me/"_s).status, 200);
        QVERIFY(timer.elapsed() < 240);
    }

    void clockSkew_changesTheDateHeader()
    {
        auto http = client(u"learner"_s);
        QCOMPARE(http->get(u"/api/v2/user/me/"_s).header("Date"), QByteArray("Sun, 01 Mar 2026 12:00:00 GMT"));
        QCOMPARE(http->post(u"/_test/clock"_s, QJsonObject{{u"skew_seconds"_s, 3600}}).status, 200);
        QCOMPARE(http->get(u"/api/v2/user/me/"_s).header("Date"), QByteArray("Sun, 01 Mar 2026 13:00:00 GMT"));
        QCOMPARE(http->get(u"/api/v2/nothing/"_s).header("Date"), QByteArray("Sun, 01 Mar 2026 13:00:00 GMT"));
        m_clock.advanceSecs(-86400);
        QCOMPARE(http->get(u"/api/v2/user/me/"_s).header("Date"), QByteArray("Sat, 28 Feb 2026 13:00:00 GMT"));
    }

    // --- The executable -----------------------------------------------------------------------------------

    void executable_printsItsPortAndKeepsItsDataFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(u"state.sqlite"_s);
        const auto start = [&](QProcess &process) -> QUrl {
            process.start(
                QString::fromUtf8(COURSEDESK_REFSERVER_PATH),
                {u"--port"_s, u"0"_s, u"--data"_s, data, u"--seed"_s, u"demo"_s, u"--dialect"_s, wireName(m_dialect)});
            if (!process.waitForStarted(10000) || !process.waitForReadyRead(10000))
                return {};
            const QByteArray line = process.readLine().trimmed();
            return line.startsWith("listening on ") ? QUrl(QString::fromLatin1(line.mid(13))) : QUrl();
        };
        const auto stop = [](QProcess &process) {
            process.terminate();
            if (!process.waitForFinished(10000))
                process.kill();
        };

        QProcess first;
        const QUrl url = start(first);
        QVERIFY2(url.port() > 0, qPrintable(url.toString()));
        HttpClient http(url);
        QVERIFY(!http.signIn(u"learner"_s, u"learner"_s).isEmpty());
        // --dialect reaches the seed: the platform's adds course 4.
        QCOMPARE(http.get(u"/api/v2/course/"_s).json().value(u"count"_s).toInt(), platform() ? 3 : 2);
        QCOMPARE(http.post(lessonPath(2, 21, 201, u"complete/"_s)).status, 204);
        stop(first);

        QProcess second;
        const QUrl again = start(second);
        QVERIFY(again.port() > 0);
        HttpClient reopened(again);
        const HttpResponse state = reopened.get(u"/_test/state?user=learner&course=2"_s);
        QCOMPARE(state.json().value(u"lessons"_s).toObject().value(u"201"_s).toString(), u"completed"_s);
        stop(second);
    }

    void executable_refusesBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("unknown dialect") << QStringList{u"--dialect"_s, u"django"_s};
        QTest::addRow("unknown seed") << QStringList{u"--seed"_s, u"everything"_s};
    }
    void executable_refusesBadOptions()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        process.start(QString::fromUtf8(COURSEDESK_REFSERVER_PATH), QStringList{u"--port"_s, u"0"_s} + arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(!process.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_RefServerFaults)
#include "tst_RefServerFaults.moc"
