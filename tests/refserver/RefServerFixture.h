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

class RefServerFixture
{
protected:
    FakeClock m_clock; // 2026-03-01 12:00 UTC, a Sunday
    std::unique_ptr<RefServer> m_server;

    std::unique_ptr<HttpClient> client(const QString &username = {})
    {
        auto http = std::make_unique<HttpClient>(m_server->baseUrl());
        if (!username.isEmpty() && http->signIn(username, username).isEmpty())
            qWarning("cannot sign in as %s", qPrintable(username));
        return http;
    }

    void startServer(RefServer::Options options = {})
    {
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
    void freshServer()
    {
        m_clock.set(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
        startServer();
    }
};

} // namespace coursedesk::refserver::testing
