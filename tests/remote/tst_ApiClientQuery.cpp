// What ApiClient puts on the wire, read by a loopback server that records each request (RequestCapture.h). List
// parameters are sent as the platform's docs define them ("list(string)¦string", read Django-style): left out where
// the server's default is wanted, else one plain key per value (statuses=joined&statuses=manager), never JSON
// text, which a platform server takes as one status that matches nothing. No dialect rows: this is the client's
// side of the wire alone (the servers' answers: tst_ApiClient, both dialects), and how it reads a status line no
// reference server sends.
#include "remote/ApiClient.h"

#include "Await.h"
#include "FakeClock.h"
#include "RequestCapture.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
Q_DECLARE_METATYPE(coursedesk::PageQuery)

using namespace Qt::StringLiterals;

namespace {

PageQuery query(const QStringList &statuses, const QString &search = {}, const QString &ordering = {})
{
    PageQuery q;
    q.statuses = statuses;
    q.search = search;
    q.ordering = ordering;
    return q;
}

} // namespace

class tst_ApiClientQuery : public QObject
{
    Q_OBJECT

    FakeClock m_clock;
    QNetworkAccessManager m_network;

private slots:
    void listParametersAreSentAsTheDocsDefineThem_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<PageQuery>("page");
        QTest::addColumn<QString>("target");
        QTest::addRow("courses: the server's default, left out")
            << u"courses"_s << PageQuery{} << u"/api/v2/course/?limit=50&offset=0"_s;
        QTest::addRow("courses by status: repeated keys")
            << u"courses"_s << query({u"joined"_s, u"manager"_s})
            << u"/api/v2/course/?statuses=joined&statuses=manager&limit=50&offset=0"_s;
        QTest::addRow("learners: the server's default, left out")
            << u"learners"_s << PageQuery{} << u"/api/v2/course/7/users/?limit=50&offset=0"_s;
        QTest::addRow("learners by status, searched and ordered")
            << u"learners"_s << query({u"invited"_s, u"payment_waiting"_s}, u"a b&c"_s, u"-last_active_at"_s)
            << u"/api/v2/course/7/users/?limit=50&offset=0&search=a%20b%26c&ordering=-last_active_at"
               u"&statuses=invited&statuses=payment_waiting"_s;
        QTest::addRow("quiz results by join status")
            << u"quiz"_s << query({u"joined"_s}) << u"/api/v2/course/7/quiz/?limit=50&offset=0&statuses=joined"_s;
        QTest::addRow("quiz results: the server's default, left out")
            << u"quiz"_s << PageQuery{} << u"/api/v2/course/7/quiz/?limit=50&offset=0"_s;
        QTest::addRow("the course dashboard") << u"dashboard"_s << PageQuery{} << u"/api/v2/course/7/?view=dashboard"_s;
    }
    void listParametersAreSentAsTheDocsDefineThem()
    {
        QFETCH(QString, call);
        QFETCH(PageQuery, page);
        QFETCH(QString, target);
        RequestCapture capture;
        HttpTransport transport(m_network, m_clock, HttpTransport::Options{});
        transport.setAccessToken("token");
        ApiClient api(transport, capture.baseUrl());
        bool answered = false;
        if (call == u"courses"_s) {
            answered =
                await<ApiResult<QList<Course>>>([&](auto done) { api.courses(done, page.statuses); }).has_value();
        } else if (call == u"learners"_s) {
            answered = await<ApiResult<coursedesk::Page<LearnerRow>>>([&](auto done) {
                           api.courseLearners(7, page, done);
                       }).has_value();
        } else if (call == u"quiz"_s) {
            answered = await<ApiResult<coursedesk::Page<QuizResultRow>>>([&](auto done) {
                           api.courseQuizResults(7, page, done);
                       }).has_value();
        } else {
            answered = await<ApiResult<CourseDashboard>>([&](auto done) { api.courseDashboard(7, done); }).has_value();
        }
        QVERIFY(answered);
        QCOMPARE(capture.targets(), QStringList{target});
    }

    // An error status without a reason phrase (HTTP/2 has none; HTTP/1.1 allows an empty one) and without a body
    // still gives a clear sentence, not "The server answered 502 ."
    void aStatusWithoutAReasonPhraseIsStillASentence()
    {
        RequestCapture capture({}, "HTTP/1.1 502 ");
        HttpTransport transport(m_network, m_clock, HttpTransport::Options{});
        ApiClient api(transport, capture.baseUrl());
        const auto me = await<ApiResult<UserInfo>>([&](auto done) { api.me(done); });
        QVERIFY(me && !me->ok());
        QCOMPARE(me->error().httpStatus, 502);
        QCOMPARE(me->error().message, u"The server answered 502."_s);
    }

    void plainHttpToARemoteHostIsRefusedBeforeAnyByteIsSent()
    {
        HttpTransport transport(m_network, m_clock, {});
        transport.setAccessToken("secret");
        ApiClient api(transport, QUrl(u"http://school.example.org"_s));
        const auto me = await<ApiResult<UserInfo>>([&](auto done) { api.me(done); });
        QVERIFY(me && !me->ok());
        QCOMPARE(me->error().kind, ApiError::Kind::Insecure);
    }
};

QTEST_GUILESS_MAIN(tst_ApiClientQuery)
#include "tst_ApiClientQuery.moc"
