#pragma once

#include "domain/Course.h"
#include "domain/Result.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <initializer_list>

// Helpers for table-driven tests of server JSON: a good document, one change per row, and the result
// rendered as short text so that every expectation reads as plain text.
namespace coursedesk::test {

// One change to a JSON document: set(u"sections/1/lessons/0/status", u"archived"_s), drop(u"sections/1/name").
// Path segments are object keys or array indexes; an index equal to the array's size appends.
struct JsonPatch
{
    QString path;
    QJsonValue value; // undefined: remove
};
using JsonPatches = QList<JsonPatch>;

} // namespace coursedesk::test

Q_DECLARE_METATYPE(coursedesk::test::JsonPatches)

namespace coursedesk::test {

inline JsonPatch set(QStringView path, const QJsonValue &value)
{
    return {path.toString(), value};
}
inline JsonPatch drop(QStringView path)
{
    return {path.toString(), QJsonValue(QJsonValue::Undefined)};
}

inline QJsonValue patchedValue(const QJsonValue &node, QStringList keys, const QJsonValue &value)
{
    const QString key = keys.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        bool isIndex = false;
        const qsizetype index = key.toInt(&isIndex);
        if (!isIndex || index < 0 || index > array.size() || (index == array.size() && !keys.isEmpty()))
            qFatal("JsonPatch: no element %s", qPrintable(key));
        if (!keys.isEmpty())
            array.replace(index, patchedValue(array.at(index), keys, value));
        else if (value.isUndefined())
            array.removeAt(index);
        else if (index == array.size())
            array.append(value);
        else
            array.replace(index, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (!keys.isEmpty())
        object.insert(key, patchedValue(object.value(key), keys, value));
    else if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

inline QJsonObject patched(QJsonObject root, const JsonPatches &patches)
{
    for (const JsonPatch &patch : patches)
        root = patchedValue(root, patch.path.split(u'/'), patch.value).toObject();
    return root;
}

// Parses JSON text written in a test; a typo in it stops the test at once.
inline QJsonObject parseJson(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("test JSON does not parse: %s at %d", qPrintable(error.errorString()), error.offset);
    return document.object();
}

// ---- Short renderings of domain values ---------------------------------------------------------
inline QString n(qint64 value)
{
    return QString::number(value);
}
inline QString yes(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}
inline QString iso(const QDateTime &time) // null when invalid
{
    return time.isValid() ? time.toString(Qt::ISODateWithMs) : QStringLiteral("null");
}
inline QString tri(const std::optional<bool> &value)
{
    return value ? yes(*value) : QStringLiteral("?");
}
inline QString words(const QStringList &parts, QChar separator = u' ')
{
    return parts.join(separator);
}

template <typename T> QString ids(const QList<T> &items) // "104 102 101"
{
    QStringList list;
    for (const T &item : items)
        list << n(item.id);
    return words(list);
}
inline QString progress(const Course &course) // "done/total rate%" or "none"
{
    const auto &p = course.serverProgress;
    return p ? QStringLiteral("%1/%2 %3%").arg(p->completedLessons).arg(p->totalLessons).arg(p->completionRate)
             : QStringLiteral("none");
}
inline QString correctness(const Lesson &lesson) // per question, per answer: "false true | true ? false"
{
    QStringList questions;
    for (const Question &question : lesson.body->questions) {
        QStringList answers;
        for (const Answer &answer : question.answers)
            answers << tri(answer.correct);
        questions << words(answers);
    }
    return questions.join(QStringLiteral(" | "));
}
inline QString outcomes(const QuizAttempt &attempt) // question:correct[selected]: "1:true[12] 2:false[21 23]"
{
    QStringList list;
    for (const QuestionOutcome &outcome : attempt.questions) {
        QStringList selected;
        for (qint64 id : outcome.selectedOptions)
            selected << n(id);
        list << QStringLiteral("%1:%2[%3]").arg(n(outcome.questionId), tri(outcome.correct), words(selected));
    }
    return words(list);
}
// A section or lesson of a course by id; an empty one when there is none (the comparison then fails).
inline const Section &section(const Course &course, qint64 id)
{
    static const Section none;
    return course.findSection(id) ? *course.findSection(id) : none;
}
inline const Lesson &lesson(const Course &course, qint64 id)
{
    static const Lesson none;
    return course.findLesson(id) ? *course.findLesson(id) : none;
}

// ---- Rows and checks -----------------------------------------------------------------------------
// The failure's message, for QVERIFY2(result.ok(), why(result).constData()).
template <typename T> QByteArray why(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}
// A mapping error: code bad_server_data, and a message naming every mention.
inline void verifyRejected(const Error &error, const QStringList &mentions)
{
    QCOMPARE(error.code, QStringLiteral("bad_server_data"));
    for (const QString &mention : mentions) {
        QVERIFY2(error.message.contains(mention),
                 qPrintable(QStringLiteral("'%1' not named in: %2").arg(mention, error.message)));
    }
}

// A row of a broken document: what is wrong with it, and what the error message must name.
inline void rejectRow(const char *name, const JsonPatches &patches, std::initializer_list<QStringView> mentions)
{
    QStringList list;
    for (QStringView mention : mentions)
        list << mention.toString();
    QTest::newRow(name) << patches << list;
}
// A row of a good document: the changes to it, the expected text, and the probe that renders it.
template <typename Probe>
void row(const char *name, const JsonPatches &patches, const QString &expected, const Probe &probe)
{
    QTest::newRow(name) << patches << probe << expected;
}

} // namespace coursedesk::test
