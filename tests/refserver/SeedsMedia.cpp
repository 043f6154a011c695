// Course 6 "Offline media" (Seeds::media): the files a lesson can refer to, in both dialects.
#include "Seeds.h"

#include "Store.h"

namespace coursedesk::refserver {

using namespace model;

using namespace Qt::StringLiterals;

Status Seeds::media(Store &store, const QDateTime &now)
{
    const std::optional<User> teacher = store.userByName(u"teacher"_s);
    const std::optional<User> learner = store.userByName(u"learner"_s);
    if (!teacher || !learner)
        return Error{u"not_seeded"_s, u"Seed the demo before the media course."_s};
    const QDateTime created = now.addDays(-5);
    Course course;
    course.id = 6;
    course.name = u"Offline media"_s;
    course.slug = u"offline-media"_s;
    course.description = u"Pictures, a handout, a link and a video to take offline."_s;
    course.type = CourseType::SelfPaced;
    course.privacy = u"public"_s;
    course.createdAt = created;
    course.createdBy = teacher->id;

    Lesson pictures;
    pictures.id = 601;
    pictures.sectionId = 61;
    pictures.name = u"Pictures and a handout"_s;
    pictures.html = u"<p>The map of the course:</p><p><img src=\"/media/9601/map.png\" alt=\"The course map\"></p>"
                    "<p>A picture in a private network is not fetched: "
                    "<img src=\"https://192.168.0.10/secret.png\" alt=\"Office picture\"></p>"
                    "<p>A picture the server no longer has: <img src=\"/media/9699/gone.png\" alt=\"Old chart\"></p>"
                    "<iframe src=\"https://video.example.com/embed/42\" title=\"Welcome talk\"></iframe>"_s;
    pictures.medias = {
        Media{9601,
              u"image"_s,
              u"The course map"_s,
              {},
              u"/media/9601/map.png"_s,
              u"/media/9601/map.png"_s,
              1,
              1,
              0,
              created},
        Media{9602,
              u"doc"_s,
              u"Handout"_s,
              u"Everything on one page."_s,
              u"/media/9602/handout.pdf"_s,
              {},
              0,
              0,
              1,
              created},
        Media{9603, u"url"_s, u"Further reading"_s, {}, u"https://example.org/reading"_s, {}, 0, 0, 2, created},
    };
    Lesson quiz;
    quiz.id = 602;
    quiz.sectionId = 61;
    quiz.name = u"Read the chart"_s;
    quiz.type = lessonType::quiz;
    quiz.passingGrade = 50;
    quiz.html = u"<p>Look at the chart.</p>"_s;
    quiz.questions = {Question{6001,
                               QuestionType::SingleChoice,
                               u"Which bar is tallest?"_s,
                               u"/media/9604/chart.png"_s,
                               {Answer{60001, u"The first"_s, true}, Answer{60002, u"The second"_s, false}}}};
    quiz.medias = {Media{9604, u"image"_s, u"The chart"_s, {}, u"/media/9604/chart.png"_s, {}, 1, 1, 0, created}};
    Section section{61, u"Everything offline"_s, {}, 0, {}};
    section.lessons = {pictures, quiz};
    course.sections = {section};
    if (Status added = store.addCourse(course); !added)
        return added;
    if (Status joined = store.join(Membership{teacher->id, 6, JoinStatus::Creator, created, now, {}}); !joined)
        return joined;
    return store.join(Membership{learner->id, 6, JoinStatus::Joined, now.addDays(-1), now.addDays(-1), {}});
}

Status Seeds::largeMedia(Store &store, const QDateTime &now, int lessons, int images)
{
    if (lessons < 1 || images < 0 || images > lessons)
        return Error{u"seed"_s, u"largeMedia needs 1 or more lessons and at most one picture per lesson"_s};
    const std::optional<User> teacher = store.userByName(u"teacher"_s);
    const std::optional<User> learner = store.userByName(u"learner"_s);
    if (!teacher || !learner)
        return Error{u"not_seeded"_s, u"Seed the demo before the large media course."_s};
    Course course;
    course.id = 1000;
    course.name = u"Large course (%1 lessons, %2 pictures)"_s.arg(lessons).arg(images);
    course.slug = u"large-course"_s;
    course.type = CourseType::SelfPaced;
    course.privacy = u"open"_s;
    course.createdAt = now.addDays(-90);
    course.createdBy = teacher->id;
    constexpr int perSection = 50;
    const int every = images > 0 ? lessons / images : 0;
    for (int i = 0; i < lessons; ++i) {
        if (i % perSection == 0)
            course.sections.append(Section{10001 + i / perSection, u"Section %1"_s.arg(i / perSection + 1), {}, 0, {}});
        Lesson lesson;
        lesson.id = 100001 + i;
        lesson.sectionId = course.sections.constLast().id;
        lesson.name = u"Lesson %1"_s.arg(i + 1);
        lesson.html = u"<p>Lesson %1 of %2.</p>"_s.arg(i + 1).arg(lessons);
        if (every > 0 && i % every == 0 && i / every < images) {
            const qint64 mediaId = 700001 + i / every;
            const QString path = u"/media/%1/picture.png"_s.arg(mediaId);
            lesson.html += u"<p><img src=\"%1\" alt=\"Picture\"></p>"_s.arg(path);
            lesson.medias = {Media{mediaId, u"image"_s, u"Picture"_s, {}, path, path, 1, 1, 0, course.createdAt}};
        }
        course.sections.last().lessons.append(lesson);
    }
    if (Status added = store.addCourse(course); !added)
        return added;
    if (Status joined = store.join(Membership{teacher->id, 1000, JoinStatus::Creator, course.createdAt, now, {}});
        !joined)
        return joined;
    return store.join(Membership{learner->id, 1000, JoinStatus::Joined, now.addDays(-1), now.addDays(-1), {}});
}

Status Seeds::recording(Store &store, const QDateTime &now, int kib)
{
    if (kib < 1)
        return Error{u"seed"_s, u"recording needs a size of 1 KiB or more"_s};
    const std::optional<User> teacher = store.userByName(u"teacher"_s);
    const std::optional<User> learner = store.userByName(u"learner"_s);
    if (!teacher || !learner)
        return Error{u"not_seeded"_s, u"Seed the demo before the recordings course."_s};
    const QDateTime created = now.addDays(-3);
    Course course;
    course.id = 7;
    course.name = u"Lecture recordings"_s;
    course.slug = u"lecture-recordings"_s;
    course.type = CourseType::SelfPaced;
    course.privacy = u"public"_s;
    course.createdAt = created;
    course.createdBy = teacher->id;
    const QString path = u"/media/9701/slides-%1k.png"_s.arg(kib);
    Lesson lesson;
    lesson.id = 701;
    lesson.sectionId = 71;
    lesson.name = u"The first lecture"_s;
    lesson.html = u"<p>The slides:</p><p><img src=\"%1\" alt=\"Slides\"></p>"_s.arg(path);
    lesson.medias = {Media{9701, u"image"_s, u"Slides"_s, {}, path, path, 1, 1, 0, created}};
    Section section{71, u"Lectures"_s, {}, 0, {}};
    section.lessons = {lesson};
    course.sections = {section};
    if (Status added = store.addCourse(course); !added)
        return added;
    if (Status joined = store.join(Membership{teacher->id, 7, JoinStatus::Creator, created, now, {}}); !joined)
        return joined;
    return store.join(Membership{learner->id, 7, JoinStatus::Joined, now.addDays(-1), now.addDays(-1), {}});
}

} // namespace coursedesk::refserver
