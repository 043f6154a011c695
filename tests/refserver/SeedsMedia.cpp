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

} // namespace coursedesk::refserver
