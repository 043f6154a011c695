// Fuzz target over the JSON mapping: whatever bytes a server sends (in our contract's shapes or the platform's),
// mapping returns a value or an error naming the field — it never crashes, hangs or reads out of bounds.
#include "remote/JsonMapping.h"

#include "DomainJson.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace coursedesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    const QJsonObject json = document.object();
    (void)JsonMapping::courseSummary(json);
    if (Result<Course> course = JsonMapping::courseDetail(json)) {
        // Whatever maps must map back and again to the same course.
        Result<Course> again = JsonMapping::courseDetail(test::DomainJson::course(*course));
        if (!again || !(*again == *course))
            __builtin_trap();
    }
    Lesson lesson;
    lesson.id = json.value(QLatin1StringView("id")).toInteger();
    (void)JsonMapping::applyLessonBody(lesson, json);
    (void)JsonMapping::lastAttempts(json);
    (void)JsonMapping::attempt(json);
    (void)JsonMapping::courseDashboard(json);
    return 0;
}
