#pragma once

#include "Reply.h"
#include "Store.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace coursedesk::refserver {

// Quiz attempts on the server: parsing the request, grading with the server's correct answers
// (QuizGrader: the one place the rule lives) and recording the attempt and the lesson's new state.
class Attempts final
{
public:
    // {"responses":[{"question_id":N,"selected_options":[…]}]}; a wrong shape is a 400.
    static Outcome<QList<QuestionResponse>> parse(const QByteArray &body);

    // What an Idempotency-Key is bound to: the path and the body (canonical JSON when it parses).
    static QByteArray requestHash(const QString &path, const QByteArray &body);

    // Validates (400 INVALID_RESPONSES with every problem), grades, then stores the attempt and completes the
    // lesson (passed) or fails it (not passed), in one transaction. `base` carries user, course, section, key, hash.
    static Outcome<AttemptRecord> gradeAndRecord(Store &store, const Lesson &quiz,
                                                 const QList<QuestionResponse> &responses, AttemptRecord base,
                                                 const QDateTime &now);
};

} // namespace coursedesk::refserver
