#pragma once

#include "domain/Course.h"

#include <QString>

namespace coursedesk::test {

// Two small courses for search, notes and what's new: words with accents, a quiz, an attachment, a section that
// opens later (drip) and titles and texts that compete for the same word.
inline Lesson findLesson(qint64 id, qint64 sectionId, const QString &name, const QString &html)
{
    Lesson lesson;
    lesson.id = id;
    lesson.sectionId = sectionId;
    lesson.name = name;
    lesson.hasBody = true;
    lesson.body->html = html;
    return lesson;
}

inline Course chemistryCourse()
{
    using namespace Qt::StringLiterals;
    Course course;
    course.id = 1;
    course.name = u"Chemistry"_s;
    course.description = u"Acids, bases and the lab."_s;
    course.type = CourseType::Scheduled;
    course.joinStatus = JoinStatus::Joined;
    course.joinedAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    Section basics{10, u"Acids and bases"_s, {}, 0, {}, false, {}};
    basics.lessons << findLesson(100, 10, u"Acids"_s,
                                 u"<p class=\"intro\">An acid donates a <b>proton</b> to a base.</p>"_s)
                   << findLesson(101, 10, u"Café chemistry"_s, u"<p>Caf&eacute; au lait &amp; caffeine</p>"_s)
                   << findLesson(105, 10, u"Lab safety"_s,
                                 u"<p>Acid spills: dilute the acid, never add water to acid.</p>"_s);
    Lesson quiz = findLesson(102, 10, u"Check yourself"_s, u"<p>Five questions.</p>"_s);
    quiz.type = LessonType::Quiz;
    quiz.body->questions = {Question{1021,
                                     QuestionType::SingleChoice,
                                     u"Which is a strong acid?"_s,
                                     {},
                                     {Answer{10211, u"Hydrochloric acid"_s, {}}, Answer{10212, u"Water"_s, {}}}}};
    basics.lessons << quiz;
    Lesson poster = findLesson(103, 10, u"Reference material"_s, u"<p>Print it.</p>"_s);
    poster.body->medias = {Media{7, u"doc"_s, u"Periodic table poster"_s, u"https://example.org/p.pdf"_s, {}}};
    basics.lessons << poster;
    Section later{11, u"Titration"_s, QDateTime(QDate(2099, 1, 1), QTime(9, 0), Qt::UTC), 0, {}, true, {}};
    later.lessons << findLesson(110, 11, u"Titration"_s, u"<p>Titration of a base with an acid.</p>"_s);
    course.sections = {basics, later};
    return course;
}

inline Course cookingCourse()
{
    using namespace Qt::StringLiterals;
    Course course;
    course.id = 2;
    course.name = u"Cooking"_s;
    course.type = CourseType::SelfPaced;
    course.joinStatus = JoinStatus::Joined;
    course.joinedAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    Section desserts{20, u"Desserts"_s, {}, 0, {}, false, {}};
    desserts.lessons << findLesson(200, 20, u"Crème brûlée"_s, u"<p>A dessert with caramel.</p>"_s)
                     << findLesson(201, 20, u"Sauces"_s, u"<p>An acidic vinaigrette.</p>"_s);
    course.sections = {desserts};
    return course;
}

} // namespace coursedesk::test
