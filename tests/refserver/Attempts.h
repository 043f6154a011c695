#pragma once

#include "Errors.h"
#include "Grading.h"
#include "Reply.h"
#include "Store.h"

#include <QByteArray>
#include <QList>

namespace coursedesk::refserver {

// Quiz attempts on the server: parsing the request, validating and grading it (Grading, with the server's own
// correct answers), and recording the attempt and the lesson's new state.
class Attempts final
{
public:
    // {"responses":[{"question_id":N,"selected_options":[…]}]}; a wrong shape is a 400 in the dialect's form.
    static Outcome<QList<model::Response>> parse(const QByteArray &body, const Errors &errors);

    // What an Idempotency-Key is bound to: the path and the body (canonical JSON when it parses).
    static QByteArray requestHash(const QString &path, const QByteArray &body);

    // 400 with every problem: the contract's INVALID_RESPONSES with `problems`, the platform's field errors
    // ({"errors": [{"code", "field": "responses", "messages"}]}). nullopt when the request can be graded.
    static std::optional<Reply> rejection(const QList<model::AttemptProblem> &problems, const Errors &errors);

    // Grades a valid request, then stores the attempt and completes the lesson (passed) or fails it (not passed),
    // in one transaction. `base` carries user, course, section, key and hash.
    static Result<AttemptRecord> gradeAndRecord(Store &store, const model::Lesson &quiz,
                                                const QList<model::Response> &responses, AttemptRecord base,
                                                const QDateTime &now);
};

} // namespace coursedesk::refserver
