#pragma once

#include "domain/Course.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QString>

namespace coursedesk {

// The course bundled with the application (resources/sample), read through JsonMapping like any
// server reply: course.json is a Course User Detail, lessons/<id>.json the Course Lesson bodies.
class SampleCourse final
{
public:
    static QString defaultLocation() { return QStringLiteral(":/sample"); }

    // joinedAt replaces the file's joined_at: the learner joined when the sample account was created,
    // so the structured drip opens relative to that moment.
    static Result<Course> load(const QDateTime &joinedAt, const QString &location = defaultLocation());
};

} // namespace coursedesk
