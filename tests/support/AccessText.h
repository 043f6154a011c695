#pragma once

#include "domain/AccessPolicy.h"

#include <QStringList>
#include <QTest>

// Access states as short text, for tables that read like the rules and for readable QCOMPARE failures.
// One token per lesson: open, not_joined, not_published, drip_scheduled, drip_structured, order:<blocking id>.
namespace coursedesk::test {

using namespace Qt::StringLiterals;

inline QString accessToken(const LessonAccess &access)
{
    if (access.reason == LockReason::None)
        return u"open"_s;
    if (access.reason == LockReason::Order)
        return u"order:%1"_s.arg(access.blockingLessonId());
    return toWire(access.reason);
}

// Every lesson's token, in course order, separated by spaces.
inline QString accessSummary(const CourseAccess &access)
{
    QStringList tokens;
    for (const LessonAccess &lesson : access.lessons())
        tokens << accessToken(lesson);
    return tokens.join(u' ');
}

inline bool isDripLock(LockReason reason)
{
    return reason == LockReason::DripScheduled || reason == LockReason::DripStructured;
}

// A blocking lesson only for order locks, an unlock time only for drip locks.
inline bool isConsistent(const LessonAccess &access)
{
    return (access.reason == LockReason::Order) == (access.blockingLessonId() != 0)
           && (!access.unlockAt().isValid() || isDripLock(access.reason));
}

} // namespace coursedesk::test

namespace coursedesk { // found by QCOMPARE through argument-dependent lookup

inline char *toString(LockReason reason)
{
    return QTest::toString(test::accessToken(LessonAccess{0, 0, reason}));
}

inline char *toString(const LessonAccess &access)
{
    const QString text = QStringLiteral("lesson %1: %2 unlockAt %3")
                             .arg(access.lessonId)
                             .arg(test::accessToken(access), access.unlockAt().toString(Qt::ISODate));
    return QTest::toString(text);
}

} // namespace coursedesk
