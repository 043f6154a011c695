#pragma once

#include "domain/Course.h"

#include <QJsonObject>

namespace coursedesk::test {

// Domain values written as the contract's JSON: the oracle of the mapping's round-trip specifications
// (tst_JsonMapping) and of the fuzzer's stability check. Test code only: the client never writes these
// shapes, and the reference server has encoders of its own.
class DomainJson final
{
public:
    static QJsonObject course(const Course &course, bool withSections = true);
    static QJsonObject lessonBody(const Lesson &lesson, qint64 courseId, bool withCorrectAnswers);
    static QJsonObject attempt(const QuizAttempt &attempt);
};

} // namespace coursedesk::test
