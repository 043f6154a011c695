#pragma once

// ApiClient, the real client, against the reference server on loopback in the row's dialect (Dialects.h), for the
// ApiClient specifications.
#include "remote/ApiClient.h"

#include "Await.h"
#include "Dialects.h"
#include "FakeClock.h"
#include "RefServer.h"

#include <QNetworkAccessManager>

namespace coursedesk::test {

using namespace Qt::StringLiterals;

inline const QDateTime apiStart(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

struct ApiStack
{
    FakeClock clock{apiStart};
    refserver::RefServer server;
    bool ready;
    QNetworkAccessManager network;
    HttpTransport transport;
    ApiClient api;

    explicit ApiStack(HttpTransport::Options options = {})
        : server(clock, rowServerOptions())
        , ready(server.seedDemo().ok() && server.listen() != 0)
        , transport(network, clock, options)
        , api(transport, server.baseUrl())
    {}
    bool signIn(const QString &user)
    {
        const auto tokens = await<ApiResult<TokenSet>>([&](auto done) { api.passwordGrant(user, user, done); });
        if (!tokens || !tokens->ok())
            return false;
        transport.setAccessToken(tokens->value().accessToken);
        return true;
    }
};

inline QList<qint64> ids(const QList<Course> &courses)
{
    QList<qint64> list;
    for (const Course &course : courses)
        list.append(course.id);
    return list;
}

inline const Lesson *firstQuiz(const Course &course)
{
    for (const Section &section : course.sections) {
        for (const Lesson &lesson : section.lessons) {
            if (lesson.isQuiz())
                return &lesson;
        }
    }
    return nullptr;
}

} // namespace coursedesk::test
