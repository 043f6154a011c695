#pragma once

#include "domain/Course.h"

#include <QDateTime>
#include <QList>
#include <QSet>

namespace coursedesk {

// Did a quiz attempt whose reply was lost reach the server? (design.md, "Outbox rules"; api-contract.md,
// "What a platform server does differently", point 3.)
//
// A platform server has no Idempotency-Key: sending an attempt again after a lost reply may create a second
// one. So before an attempt that was sent once is sent again, the sync engine reads the lesson back and asks
// this question of its `last_attempt` (a list or one object). The attempt landed when the server holds one by
// this learner on this lesson that
//   1. is not already known here as another of our attempts (its id is not one our cache took for another
//      attempt: the learner may have sent the same answers twice, seconds apart),
//   2. has exactly our selections (question by question, as sets), and
//   3. was made after we first sent ours: its created_at is no earlier than our first send, in server time,
//      less `clockTolerance` (the server clock is estimated from Date headers, to about a second); or, when
//      the server gives no created_at, its num_attempts is above the count we knew before the first send.
// Then the server's attempt is taken as the answer and nothing is sent again. Otherwise it is sent again.
//
// What it cannot tell: an identical attempt made elsewhere (on the web) within the tolerance before our
// first send counts as ours; and if the learner made another attempt elsewhere after ours, a server that
// lists only the last attempt hides ours, and ours is sent again. Both need the learner on two devices
// within seconds; the first loses nothing (same answers, same grade).
class AttemptLanding final
{
public:
    static constexpr qint64 clockToleranceSecs = 60;

    struct Sent
    {
        QList<QuestionResponse> responses;
        QDateTime firstSentAt;        // server time of the first send
        int attemptsKnownBefore = -1; // the server's num_attempts we knew before the first send; -1 unknown
        QSet<qint64> otherAttempts{}; // server ids of this lesson's other attempts of ours, already answered
    };

    // The server's attempt that is ours, or nullopt when ours did not land.
    static std::optional<QuizAttempt> find(const QList<QuizAttempt> &serverAttempts, const Sent &sent);
    // The same selections, question by question, in any order.
    static bool sameSelections(const QuizAttempt &attempt, const QList<QuestionResponse> &responses);
};

} // namespace coursedesk
