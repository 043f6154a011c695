#pragma once

// What the reference server's tests share: a fresh server (in-memory SQLite, demo seed) on a FakeClock
// for each test, a signed-in HTTP client, and a few request builders.
#include "RefServer.h"
#include "Store.h"

#include "FakeClock.h"
#include "TestHttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace coursedesk::refserver::testing {

using coursedesk::test::FakeClock;
using coursedesk::test::HttpClient;
using coursedesk::test::HttpResponse;

using namespace Qt::StringLiterals;

inline QString lessonPath(qint64 course, qint64 section, qint64 lesson, const QString &suffix = {})
{
    return u"/api/v2/course/%1/section/%2/lesson/%3/"_s.arg(course).arg(section).arg(lesson) + suffix;
}

inline QJsonObject responses(const QList<std::pair<qint64, QList<qint64>>> &answers)
{
    QJsonArray list;
    for (const auto &[question, options] : answers) {
        QJsonArray selected;
        for (qint64 option : options)
            selected.append(option);
        list.append(QJsonObject{{u"question_id"_s, question}, {u"selected_options"_s, selected}});
    }
    return QJsonObject{{u"responses"_s, list}};
}

// Quiz 205 of course 2 (passing grade 50): question 2001 multi_choice (20001 and 20002 correct),
// question 2002 single_choice (20005 correct).
inline const QJsonObject allRight = responses({{2001, {20001, 20002}}, {2002, {20005}}});
inline const QJsonObject allWrong = responses({{2001, {20003}}, {2002, {20004}}});

inline QList<qint64> lessonIds(const QJsonObject &course)
{
    QList<qint64> ids;
    for (const QJsonValue &section : course.value(u"sections"_s).toArray()) {
        for (const QJsonValue &lesson : section.toObject().value(u"lessons"_s).toArray())
            ids.append(lesson.toObject().value(u"id"_s).toInteger());
    }
    return ids;
}

inline QJsonObject findLesson(const QJsonObject &course, qint64 id)
{
    for (const QJsonValue &section : course.value(u"sections"_s).toArray()) {
        for (const QJsonValue &lesson : section.toObject().value(u"lessons"_s).toArray()) {
            if (lesson.toObject().value(u"id"_s).toInteger() == id)
                return lesson.toObject();
        }
    }
    return {};
}

// The global data of a test class that runs every test in both dialects (initTestCase_data).
inline void addDialectRows()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("contract") << u"contract"_s;
    QTest::newRow("platform") << u"platform"_s;
}

class RefServerFixture
{
protected:
    FakeClock m_clock; // 2026-03-01 12:00 UTC, a Sunday
    std::unique_ptr<RefServer> m_server;
    Dialect m_dialect = Dialect::Contract;

    bool platform() const { return m_dialect == Dialect::Platform; }

    // An error reply in the dialect's shape: the contract's {"error": code, "message"} or the platform's
    // {"detail": "…"} (no code: the text is what a learner reads).
    void expectError(const HttpResponse &response, int status, const QString &contractCode) const
    {
        QCOMPARE(response.status, status);
        if (platform()) {
            QVERIFY2(!response.detail().isEmpty(), response.body.constData());
        } else {
            QCOMPARE(response.errorCode(), contractCode);
            QVERIFY(!response.json().value(u"message"_s).toString().isEmpty());
        }
    }

    std::unique_ptr<HttpClient> client(const QString &username = {})
    {
        auto http = std::make_unique<HttpClient>(m_server->baseUrl());
        if (!username.isEmpty() && http->signIn(username, username).isEmpty())
            qWarning("cannot sign in as %s", qPrintable(username));
        return http;
    }

    void startServer(RefServer::Options options = {})
    {
        m_dialect = options.dialect;
        m_server = std::make_unique<RefServer>(m_clock, options);
        QVERIFY(m_server->storeStatus().ok());
        const Status seeded = m_server->seedDemo();
        QVERIFY2(seeded.ok(), qPrintable(seeded ? QString() : seeded.error().message));
        QVERIFY(m_server->listen() != 0);
    }

    QString lessonState(const QString &user, qint64 course, qint64 lesson) const
    {
        const Result<QJsonObject> state = m_server->state(user, course);
        return state ? state->value(u"lessons"_s).toObject().value(QString::number(lesson)).toString() : QString();
    }

    // Every test starts at 2026-03-01 12:00 UTC with a fresh server.
    void freshServer(Dialect dialect = Dialect::Contract)
    {
        m_clock.set(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
        RefServer::Options options;
        options.dialect = dialect;
        startServer(options);
    }

    // Why a lesson was refused: the contract's `reason` field; on a platform server, read from the words of its
    // {"detail"} (order, drip_structured, not_published), as a learner would.
    QString lockReason(const HttpResponse &response) const
    {
        if (response.status != 403)
            return {};
        if (!platform())
            return response.json().value(u"reason"_s).toString();
        const QString detail = response.detail();
        if (detail.startsWith(u"Complete '"_s) || detail.startsWith(u"Pass '"_s))
            return u"order"_s;
        if (detail.startsWith(u"Available on "_s))
            return u"drip_structured"_s;
        if (detail.contains(u"draft"_s))
            return u"not_published"_s;
        return u"unknown: "_s + detail;
    }

    // A lesson's last_attempt: an object or null (contract), a list of at most one (platform); {} when none.
    QJsonObject lastAttempt(const QJsonObject &lesson) const
    {
        const QJsonValue last = lesson.value(u"last_attempt"_s);
        if (platform()) {
            if (!last.isArray() || last.toArray().size() > 1)
                qWarning("last_attempt should be a list of at most one attempt");
            return last.toArray().at(0).toObject();
        }
        if (!last.isObject() && !last.isNull())
            qWarning("last_attempt should be an object or null");
        return last.toObject();
    }

    // init() of a class whose initTestCase_data() is addDialectRows().
    void freshServerInTheRowsDialect()
    {
        QFETCH_GLOBAL(QString, dialect);
        freshServer(dialectNamed(dialect).value_or(Dialect::Contract));
    }
};

} // namespace coursedesk::refserver::testing
