#pragma once

#include "domain/Course.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace coursedesk {

class CacheDatabase;

enum class AttemptState
{
    AwaitingGrading, // queued; the server grades it
    Graded,          // graded here (answers known) or by the server
    Rejected,        // the server refused it
};

QString toWire(AttemptState state);

// A quiz attempt made on this computer.
struct AttemptRecord final
{
    qint64 localId = 0;
    qint64 courseId = 0;
    qint64 lessonId = 0;
    QString idempotencyKey;
    QList<QuestionResponse> responses;
    QDateTime submittedAt;
    AttemptState state = AttemptState::AwaitingGrading;
    std::optional<QuizAttempt> result; // the grade, once known
    QString reason;                    // why it was rejected
    QDateTime firstSentAt;             // server time of the first send; null until then
    int attemptsBefore = -1;           // the server's attempt count known before the first send; -1 unknown
};

class AttemptStore final
{
public:
    explicit AttemptStore(CacheDatabase &db);

    Result<AttemptRecord> add(AttemptRecord record); // returns it with localId set
    Result<std::optional<AttemptRecord>> latest(qint64 lessonId) const;
    // The lesson's attempts made here, newest first; at most `limit` (negative: all).
    Result<QList<AttemptRecord>> forLesson(qint64 lessonId, int limit = -1) const;
    Result<std::optional<AttemptRecord>> byKey(const QString &idempotencyKey) const;
    Status setGraded(const QString &idempotencyKey, const QuizAttempt &result);
    Status setRejected(const QString &idempotencyKey, const QString &reason);
    // Records the first send (later calls change nothing): its server time and the attempts known before it.
    Status markFirstSent(const QString &idempotencyKey, const QDateTime &serverTime, int attemptsBefore);
    // The most attempts the server has reported for this lesson in any grade it sent back (-1: none).
    Result<int> serverAttemptsKnown(qint64 lessonId) const;
    // The server ids of this lesson's attempts made here, graded by the server, but the one under exceptKey.
    Result<QSet<qint64>> serverIdsOfOthers(qint64 lessonId, const QString &exceptKey) const;

private:
    Result<QList<AttemptRecord>> many(const QString &where, const QVariant &value) const;
    Result<std::optional<AttemptRecord>> one(const QString &where, const QVariant &value) const;

    CacheDatabase &m_db;
};

} // namespace coursedesk
