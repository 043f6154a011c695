#pragma once

// Learners of demo course 2 whose names are hostile to spreadsheets (formulas, quotes, commas, line breaks), with
// two quiz attempts, added to a demo-seeded reference server. The CLI and the window export the same golden files
// (tests/cli/golden/course2-*.csv) from this state on the fixed test clock (2026-03-01 12:00 UTC).
#include "RefServer.h"
#include "Store.h"

namespace coursedesk::test {

inline bool addHostileLearners(refserver::RefServer &server)
{
    using namespace Qt::StringLiterals;
    using refserver::model::Completion; // the server's own enumerations, not the client's
    using refserver::model::JoinStatus;
    refserver::Store &store = server.store();
    const QDateTime now = server.now();
    struct Learner
    {
        QString username;
        QString realName;
        JoinStatus status;
        int joinedDaysAgo;
    };
    const QList<Learner> learners{
        {u"=HYPERLINK(\"http://evil.example\",\"x\")"_s, u"Mallory \"Mal\" Jones"_s, JoinStatus::Joined, 1},
        {u"+cmd"_s, u"-Robert, Tables"_s, JoinStatus::Joined, 2},
        {u"@admin"_s, u"Line one\nline two"_s, JoinStatus::Invited, 4},
    };
    QHash<QString, qint64> ids;
    for (const Learner &learner : learners) {
        const Result<refserver::User> user = store.addUser(learner.username, u"secret"_s, learner.realName);
        if (!user)
            return false;
        ids.insert(learner.username, user->id);
        const QDateTime joined = now.addDays(-learner.joinedDaysAgo);
        if (!store.join(refserver::Membership{user->id, 2, learner.status, joined, joined.addSecs(3600), {}}))
            return false;
    }
    const auto attempt = [&](const QString &username, int grade, Completion result, int daysAgo) {
        refserver::AttemptRecord record;
        record.userId = ids.value(username);
        record.courseId = 2;
        record.sectionId = 22;
        record.bodyHash = "seeded";
        record.attempt.lessonId = 205;
        record.attempt.createdAt = now.addDays(-daysAgo);
        record.attempt.grade = grade;
        record.attempt.result = result;
        record.attempt.passingGrade = 50;
        record.attempt.numAttempts = 1;
        return store.addAttempt(record).ok();
    };
    return attempt(u"+cmd"_s, 100, Completion::Completed, 1) && attempt(u"@admin"_s, 0, Completion::Failed, 3);
}

} // namespace coursedesk::test
