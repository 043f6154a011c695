#pragma once

#include "Model.h"
#include "domain/Result.h"

#include <QString>

namespace coursedesk::refserver {

// The bundled sample course (resources/sample: course.json and lessons/<id>.json, in the platform's JSON), read
// by the server's own parser from its own Qt resource (:/refserver/sample), so the binary works from anywhere.
class SampleContent final
{
public:
    static inline const QString resource = QStringLiteral(":/refserver/sample");

    // The course with every lesson body; sections and lessons in sections_order / lessons_order.
    static Result<model::Course> load(const QString &location = resource);
};

} // namespace coursedesk::refserver
