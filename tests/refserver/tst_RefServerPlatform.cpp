// The reference server's platform dialect (--dialect platform), where it differs from the contract: Django-style
// list parameters, no enrollment endpoint, no idempotency, DRF error bodies, last_attempt as a list, objects where
// the contract has ids, growing enumerations and the Course Dashboard. Written from platform-docs/ and
// api-contract.md's last section; over real HTTP on loopback, a fresh platform server for each test.
#include "RefServerFixture.h"

#include <QSet>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::refserver;
using namespace coursedesk::refserver::testing;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_RefServerPlatform : public QObject, protected RefServerFixture
{
    Q_OBJECT

private slots:
    void init() { freshServer(Dialect::Platform); }
    void cleanup() { m_server.reset(); }

    // 1. statuses: repeated keys or one plain value; JSON text is one literal value that matches nothing.
    void statuses_djangoStyle_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("count");
        const QString courses = u"/api/v2/course/"_s;
        QTest::addRow("courses, default manager+joined") << u"learner"_s << courses << 3;
        QTest::addRow("courses, JSON text") << u"learner"_s << courses + u"?statuses=%5B%22joined%22%5D"_s << 0;
        QTest::addRow("courses, JSON text of two")
            << u"teacher"_s << courses + u"?statuses=%5B%22manager%22%2C%22joined%22%5D"_s << 0;
        QTest::addRow("courses, comma list") << u"learner"_s << courses + u"?statuses=joined,manager"_s << 0;
        QTest::addRow("courses, empty value") << u"learner"_s << courses + u"?statuses="_s << 0;
        QTest::addRow("courses, one plain value") << u"learner"_s << courses + u"?statuses=joined"_s << 3;
        QTest::addRow("courses, repeated keys")
            << u"teacher"_s << courses + u"?statuses=joined&statuses=manager"_s << 3;
        QTest::addRow("courses, creator") << u"teacher"_s << courses + u"?statuses=creator"_s << 3;
        QTest::addRow("courses, payment_waiting") << u"paula"_s << courses + u"?statuses=payment_waiting"_s << 2;
        QTest::addRow("courses, paula's default") << u"paula"_s << courses << 0;
        const QString users = u"/api/v2/course/1/users/"_s;
        QTest::addRow("users, default manager+joined") << u"teacher"_s << users << 8;
        QTest::addRow("users, one plain value") << u"teacher"_s << users + u"?statuses=joined"_s << 7;
        QTest::addRow("users, JSON text") << u"teacher"_s << users + u"?statuses=%5B%22joined%22%5D"_s << 0;
        QTest::addRow("users, repeated keys")
            << u"teacher"_s << users + u"?statuses=joined&statuses=payment_waiting"_s << 8;
        QTest::addRow("users, payment_waiting") << u"teacher"_s << users + u"?statuses=payment_waiting"_s << 1;
        const QString quiz = u"/api/v2/course/1/quiz/"_s;
        QTest::addRow("quiz, default") << u"teacher"_s << quiz << 8;
        QTest::addRow("quiz, JSON text") << u"teacher"_s << quiz + u"?statuses=%5B%22joined%22%5D"_s << 0;
        QTest::addRow("quiz, repeated keys") << u"teacher"_s << quiz + u"?statuses=manager&statuses=joined"_s << 8;
    }
    void statuses_djangoStyle()
    {
        QFETCH(QString, user);
        QFETCH(QString, path);
        QFETCH(int, count);
        const HttpResponse response = client(user)->get(path);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json().value(u"count"_s).toInt(), count);
        QCOMPARE(response.json().value(u"results"_s).toArray().size(), count);
    }

    // 2. No enrollment endpoint, no enrollment_id, no joined_at; complete/ is the way, and it is idempotent.
    void noEnrollment_completeIsTheWay()
    {
        auto http = client(u"learner"_s);
        const HttpResponse enrollment = http->post(u"/api/enrollments/enr_1_2/lessons/101/complete"_s);
        QCOMPARE(enrollment.status, 404);
        QCOMPARE(enrollment.json(), (QJsonObject{{u"detail"_s, u"Not found."_s}}));
        QCOMPARE(lessonState(u"learner"_s, 1, 101), u"uncompleted"_s);
        for (const QString &path : {u"/api/v2/course/"_s, u"/api/v2/course/1/"_s}) {
            const QJsonObject body = http->get(path).json();
            const QJsonObject course =
                body.contains(u"results"_s) ? body.value(u"results"_s).toArray().at(0).toObject() : body;
            QVERIFY2(!course.contains(u"enrollment_id"_s), qPrintable(path));
            QVERIFY2(!course.contains(u"joined_at"_s), qPrintable(path));
        }
        const int records = m_server->counters().completionRecords;
        QCOMPARE(http->post(lessonPath(1, 11, 101, u"complete/"_s)).status, 204);
        QCOMPARE(http->post(lessonPath(1, 11, 101, u"complete/"_s)).status, 204); // no LESSON_ALREADY_COMPLETED
        QCOMPARE(m_server->counters().completionRecords, records + 1);
        QCOMPARE(http->get(u"/api/v2/course/1/"_s).json().value(u"num_lessons_completed"_s).toInt(), 1);
    }

    // Structured drip: each section's available_date (joined_at + drip_delay days) and locked, for the user.
    void structuredSections_availableDateAndLocked()
    {
        const QJsonArray sections =
            client(u"learner"_s)->get(u"/api/v2/course/1/"_s).json().value(u"sections"_s).toArray();
        QCOMPARE(sections.size(), 3);
        const QDateTime joined = m_clock.now().addDays(-3);
        const QList<std::pair<QDateTime, bool>> expected{{joined, false}, {joined, false}, {joined.addDays(7), true}};
        for (qsizetype i = 0; i < sections.size(); ++i) {
            const QJsonObject section = sections.at(i).toObject();
            QCOMPARE(QDateTime::fromString(section.value(u"available_date"_s).toString(), Qt::ISODateWithMs),
                     expected.at(i).first);
            QCOMPARE(section.value(u"locked"_s).toBool(), expected.at(i).second);
        }
        // Self-paced: null, never locked.
        const QJsonObject selfPaced =
            client(u"learner"_s)->get(u"/api/v2/course/2/"_s).json().value(u"sections"_s).toArray().at(0).toObject();
        QVERIFY(selfPaced.value(u"available_date"_s).isNull());
        QCOMPARE(selfPaced.value(u"locked"_s).toBool(), false);
    }

    // 3. No idempotency: the same Idempotency-Key twice is two attempts (the key is recorded, never used).
    void attempt_sameIdempotencyKeyIsANewAttempt()
    {
        auto http = client(u"learner"_s);
        const QString path = lessonPath(2, 22, 205, u"attempt/"_s);
        const RefServerCounters before = m_server->counters();
        const HttpResponse first = http->send("POST", path, compact(allWrong), {{"Idempotency-Key", "k-1"}});
        const HttpResponse replay = http->send("POST", path, compact(allWrong), {{"Idempotency-Key", "k-1"}});
        QCOMPARE(first.status, 200);
        QCOMPARE(replay.status, 200);
        QVERIFY(first.json().value(u"id"_s) != replay.json().value(u"id"_s));
        QCOMPARE(replay.json().value(u"quiz_attempt"_s).toObject().value(u"num_attempts"_s).toInt(), 2);
        // A different body under the same key is no 422 either: one more attempt.
        const HttpResponse other = http->send("POST", path, compact(allRight), {{"Idempotency-Key", "k-1"}});
        QCOMPARE(other.status, 200);
        QCOMPARE(m_server->counters().attempts, before.attempts + 3);
        const QJsonArray attempts = m_server->state(u"learner"_s, 2)->value(u"attempts"_s).toArray();
        QCOMPARE(attempts.size(), 3);
        for (const QJsonValue &attempt : attempts)
            QCOMPARE(attempt.toObject().value(u"key"_s).toString(), u"k-1"_s);
        QCOMPARE(lessonState(u"learner"_s, 2, 205), u"completed"_s); // the last attempt passed
    }

    // 4. Error bodies, as Django REST Framework writes them.
    void errorBodies_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QJsonObject>("body"); // the exact body; a "detail" of "*" is any non-empty text
        const QJsonObject anyDetail{{u"detail"_s, u"*"_s}};
        QTest::addRow("401, no token") << QString() << QByteArray("GET") << u"/api/v2/course/"_s << 401
                                       << QJsonObject{
                                              {u"detail"_s, u"Authentication credentials were not provided."_s}};
        QTest::addRow("403, enforced order")
            << u"learner"_s << QByteArray("POST") << lessonPath(1, 11, 102, u"complete/"_s) << 403
            << QJsonObject{{u"detail"_s, u"Complete 'Welcome to CourseDesk' first"_s}};
        QTest::addRow("403, drip") << u"learner"_s << QByteArray("GET") << lessonPath(1, 13, 109) << 403
                                   << QJsonObject{{u"detail"_s, u"Available on 5 March 2026 at 12:00"_s}};
        QTest::addRow("403, draft") << u"learner"_s << QByteArray("GET") << lessonPath(2, 21, 202) << 403
                                    << QJsonObject{{u"detail"_s, u"This lesson is a draft and not published yet."_s}};
        QTest::addRow("403, not joined") << u"dmitri"_s << QByteArray("GET") << u"/api/v2/course/2/"_s << 403
                                         << anyDetail;
        QTest::addRow("403, payment waiting")
            << u"paula"_s << QByteArray("GET") << lessonPath(2, 21, 201) << 403 << anyDetail;
        QTest::addRow("403, learner's dashboard")
            << u"learner"_s << QByteArray("GET") << u"/api/v2/course/1/?view=dashboard"_s << 403 << anyDetail;
        QTest::addRow("404, course") << u"learner"_s << QByteArray("GET") << u"/api/v2/course/99/"_s << 404
                                     << QJsonObject{{u"detail"_s, u"Not found."_s}};
        QTest::addRow("404, endpoint") << u"learner"_s << QByteArray("GET") << u"/api/v2/nothing/"_s << 404
                                       << QJsonObject{{u"detail"_s, u"Not found."_s}};
        QTest::addRow("405, GET complete/")
            << u"learner"_s << QByteArray("GET") << lessonPath(2, 21, 201, u"complete/"_s) << 405
            << QJsonObject{{u"detail"_s, u"Method \"GET\" not allowed."_s}};
        QTest::addRow("405, DELETE a course") << u"learner"_s << QByteArray("DELETE") << u"/api/v2/course/1/"_s << 405
                                              << QJsonObject{{u"detail"_s, u"Method \"DELETE\" not allowed."_s}};
        const auto field = [](const QString &name) { return QJsonObject{{name, u"*"_s}}; };
        QTest::addRow("400, limit") << u"learner"_s << QByteArray("GET") << u"/api/v2/course/?limit=abc"_s << 400
                                    << field(u"limit"_s);
        QTest::addRow("400, offset") << u"learner"_s << QByteArray("GET") << u"/api/v2/course/?offset=-1"_s << 400
                                     << field(u"offset"_s);
        QTest::addRow("400, view") << u"learner"_s << QByteArray("GET") << u"/api/v2/course/1/?view=all"_s << 400
                                   << field(u"view"_s);
        QTest::addRow("400, ordering") << u"teacher"_s << QByteArray("GET")
                                       << u"/api/v2/course/1/users/?ordering=name"_s << 400 << field(u"ordering"_s);
        QTest::addRow("400, user") << u"teacher"_s << QByteArray("GET") << u"/api/v2/course/1/?view=user&user=ana"_s
                                   << 400 << field(u"user"_s);
    }
    void errorBodies()
    {
        QFETCH(QString, user);
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QJsonObject, body);
        const HttpResponse response = client(user)->send(verb, path);
        QCOMPARE(response.status, status);
        const QJsonObject actual = response.json();
        QCOMPARE(keysOf(actual), keysOf(body));
        for (auto it = body.begin(); it != body.end(); ++it) {
            const QJsonValue value = actual.value(it.key());
            if (it.key() != u"detail"_s) { // a field error: a list of messages
                QVERIFY2(value.isArray() && !value.toArray().at(0).toString().isEmpty(), response.body.constData());
            } else if (it.value().toString() == u"*"_s) {
                QVERIFY2(!value.toString().isEmpty(), response.body.constData());
            } else {
                QCOMPARE(value.toString(), it.value().toString());
            }
        }
        QVERIFY(!actual.contains(u"error"_s)); // no machine codes such as LESSON_LOCKED
    }

    void errorBodies_validationIsTheSdksShape()
    {
        const int attempts = m_server->counters().attempts;
        const HttpResponse response =
            client(u"learner"_s)
                ->send("POST", lessonPath(2, 22, 205, u"attempt/"_s),
                       compact(responses({{2001, {20001, 29999}}, {2002, {20004, 20005}}, {7, {1}}})));
        QCOMPARE(response.status, 400);
        QCOMPARE(keysOf(response.json()), QSet<QString>{u"errors"_s});
        QStringList codes;
        for (const QJsonValue &value : response.json().value(u"errors"_s).toArray()) {
            const QJsonObject error = value.toObject();
            QCOMPARE(keysOf(error), (QSet<QString>{u"code"_s, u"field"_s, u"messages"_s}));
            QCOMPARE(error.value(u"field"_s).toString(), u"responses"_s);
            QVERIFY(!error.value(u"messages"_s).toArray().at(0).toString().isEmpty());
            codes.append(error.value(u"code"_s).toString());
        }
        QCOMPARE(codes, (QStringList{u"unknown_option"_s, u"not_exactly_one_option"_s, u"unknown_question"_s}));
        QCOMPARE(m_server->counters().attempts, attempts);
    }

    // 5. last_attempt: a list ([] when none, else the last attempt alone).
    void lastAttempt_isAList()
    {
        auto http = client(u"learner"_s);
        QCOMPARE(http->get(lessonPath(2, 22, 205)).json().value(u"last_attempt"_s), QJsonValue(QJsonArray()));
        QCOMPARE(http->get(lessonPath(2, 21, 201)).json().value(u"last_attempt"_s), QJsonValue(QJsonArray()));
        http->post(lessonPath(2, 22, 205, u"attempt/"_s), allWrong);
        const qint64 second =
            http->post(lessonPath(2, 22, 205, u"attempt/"_s), allRight).json().value(u"id"_s).toInteger();
        const QJsonValue last = http->get(lessonPath(2, 22, 205)).json().value(u"last_attempt"_s);
        QVERIFY(last.isArray());
        QCOMPARE(last.toArray().size(), 1);
        const QJsonObject attempt = last.toArray().at(0).toObject();
        QCOMPARE(attempt.value(u"id"_s).toInteger(), second);
        QCOMPARE(attempt.value(u"quiz_attempt"_s).toObject().value(u"num_attempts"_s).toInt(), 2);
        QCOMPARE(attempt.value(u"user"_s).toObject().value(u"username"_s).toString(), u"learner"_s);
    }

    // 6. created_by is a User Minimal object on courses (list and detail) and lessons.
    void createdBy_isAUserObject()
    {
        auto http = client(u"learner"_s);
        const QList<QJsonObject> carriers{
            http->get(u"/api/v2/course/"_s).json().value(u"results"_s).toArray().at(0).toObject(),
            http->get(u"/api/v2/course/2/"_s).json(),
            http->get(lessonPath(2, 21, 201)).json(),
        };
        for (const QJsonObject &carrier : carriers) {
            const QJsonObject creator = carrier.value(u"created_by"_s).toObject();
            QCOMPARE(creator.value(u"id"_s).toInteger(), 1);
            QCOMPARE(creator.value(u"username"_s).toString(), u"teacher"_s);
            QCOMPARE(creator.value(u"real_name"_s).toString(), u"Tess Teacher"_s);
            QVERIFY(creator.contains(u"avatar"_s));
        }
    }

    // 6. medias on a lesson read: Media objects, their files served by this server.
    void medias_areMediaObjects()
    {
        auto http = client(u"learner"_s);
        const QJsonArray medias = http->get(lessonPath(4, 41, 401)).json().value(u"medias"_s).toArray();
        QCOMPARE(medias.size(), 2);
        const QJsonObject image = medias.at(0).toObject();
        QCOMPARE(image.value(u"id"_s).toInteger(), 9001);
        QCOMPARE(image.value(u"type"_s).toString(), u"image"_s);
        QCOMPARE(image.value(u"title"_s).toString(), u"The course at a glance"_s);
        const QString url = image.value(u"url"_s).toString();
        QCOMPARE(url, m_server->baseUrl().toString() + u"/media/9001/diagram.png"_s);
        QCOMPARE(image.value(u"image"_s).toString(), url);
        const QJsonObject doc = medias.at(1).toObject();
        QCOMPARE(doc.value(u"type"_s).toString(), u"doc"_s);
        QVERIFY(doc.value(u"image"_s).isNull());
        for (const char *field : {"added_at", "description", "image_width", "image_height", "order", "embed"})
            QVERIFY2(image.contains(QLatin1StringView(field)), field);

        HttpClient anonymous(m_server->baseUrl());
        const HttpResponse png = anonymous.get(url);
        QCOMPARE(png.status, 200);
        QCOMPARE(png.header("Content-Type"), QByteArray("image/png"));
        QVERIFY(png.body.startsWith("\x89PNG"));
        const HttpResponse pdf = anonymous.get(doc.value(u"url"_s).toString());
        QCOMPARE(pdf.header("Content-Type"), QByteArray("application/pdf"));
        QCOMPARE(anonymous.get(u"/media/9001/other.png"_s).status, 404);
        QCOMPARE(anonymous.get(u"/media/9999/diagram.png"_s).status, 404);
        QCOMPARE(http->get(lessonPath(2, 21, 201)).json().value(u"medias"_s), QJsonValue(QJsonArray()));
    }

    // 7. Enumerations grow: payment_waiting, an empty privacy, a lesson type nobody documented.
    void paymentWaiting_isListedAndRefused()
    {
        const QJsonObject page =
            client(u"teacher"_s)->get(u"/api/v2/course/2/users/?statuses=payment_waiting"_s).json();
        QCOMPARE(page.value(u"count"_s).toInt(), 1);
        const QJsonObject paula = page.value(u"results"_s).toArray().at(0).toObject();
        QCOMPARE(paula.value(u"username"_s).toString(), u"paula"_s);
        QCOMPARE(paula.value(u"join_status"_s).toString(), u"payment_waiting"_s);
        QCOMPARE(paula.value(u"user_completion_rate"_s).toInt(), 0);
        // Not yet a member: the course and its lessons are refused, and nothing is recorded.
        auto http = client(u"paula"_s);
        QCOMPARE(http->get(u"/api/v2/course/1/"_s).status, 403);
        QCOMPARE(http->post(lessonPath(2, 21, 201, u"complete/"_s)).status, 403);
        QCOMPARE(lessonState(u"paula"_s, 2, 201), u"uncompleted"_s);
        const QJsonObject mine = http->get(u"/api/v2/course/?statuses=payment_waiting"_s).json();
        QCOMPARE(mine.value(u"results"_s).toArray().at(0).toObject().value(u"join_status"_s).toString(),
                 u"payment_waiting"_s);
    }

    void unknownLessonType_isListedAndCounted()
    {
        auto http = client(u"learner"_s);
        const QJsonObject course = http->get(u"/api/v2/course/4/"_s).json();
        QCOMPARE(course.value(u"privacy"_s), QJsonValue(QString()));
        QCOMPARE(course.value(u"type"_s).toString(), u"self-paced"_s);
        QCOMPARE(lessonIds(course), (QList<qint64>{401, 402, 403}));
        const QJsonObject video = findLesson(course, 402);
        QCOMPARE(video.value(u"type"_s).toString(), u"video"_s);
        QCOMPARE(video.value(u"status"_s).toString(), u"published"_s);
        QCOMPARE(video.value(u"locked"_s).toBool(), false);
        QCOMPARE(course.value(u"num_lessons"_s).toInt(), 3); // a published lesson, whatever its type
        QCOMPARE(http->get(lessonPath(4, 41, 402)).json().value(u"type"_s).toString(), u"video"_s);
        QCOMPARE(http->post(lessonPath(4, 41, 402, u"complete/"_s)).status, 204);
        const QJsonObject after = http->get(u"/api/v2/course/4/"_s).json();
        QCOMPARE(after.value(u"num_lessons_completed"_s).toInt(), 1);
        QCOMPARE(after.value(u"user_completion_rate"_s).toInt(), 33);
        // Not a quiz: an attempt is refused.
        const HttpResponse attempt = http->post(lessonPath(4, 41, 402, u"attempt/"_s), responses({{1, {1}}}));
        QCOMPARE(attempt.status, 400);
        QCOMPARE(attempt.json().value(u"errors"_s).toArray().at(0).toObject().value(u"code"_s).toString(),
                 u"not_a_quiz"_s);
    }

    // 8. view=dashboard: a Course Dashboard (schemas/course_dashboard.md).
    void viewDashboard_isACourseDashboard()
    {
        const HttpResponse response = client(u"teacher"_s)->get(u"/api/v2/course/1/?view=dashboard"_s);
        QCOMPARE(response.status, 200);
        const QJsonObject dashboard = response.json();
        const QSet<QString> documented{
            u"id"_s,
            u"name"_s,
            u"slug"_s,
            u"type"_s,
            u"privacy"_s,
            u"image_bigger"_s,
            u"image_big"_s,
            u"image_medium"_s,
            u"image_small"_s,
            u"deleted"_s,
            u"join_status"_s,
            u"user_completion_rate"_s,
            u"created_at"_s,
            u"created_by"_s,
            u"categories"_s,
            u"avg_completion_rate"_s,
            u"hide_member_count"_s,
        };
        QCOMPARE(keysOf(dashboard), documented);
        QCOMPARE(dashboard.value(u"avg_completion_rate"_s).toInt(), 38);
        QCOMPARE(dashboard.value(u"join_status"_s).toString(), u"creator"_s);
        QCOMPARE(dashboard.value(u"created_by"_s).toObject().value(u"username"_s).toString(), u"teacher"_s);
    }
};

QTEST_GUILESS_MAIN(tst_RefServerPlatform)
#include "tst_RefServerPlatform.moc"
