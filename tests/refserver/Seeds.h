#pragma once

#include "Dialect.h"
#include "domain/Result.h"

#include <QDateTime>

namespace coursedesk::refserver {

class Store;

// The server's starting states. Passwords equal user names.
//
// demo: course 1 = the bundled sample course (structured, enforced order, section 13 drips after 7 days),
//       course 2 = a small self-paced course (sections 21, 22; lessons 201–205, 202 a draft, 205 a quiz with a
//       multi_choice question). teacher created both. learner joined course 1 three days before `now`
//       (section 13 still locked) and course 2 ten days before, with no progress. ana, ben, chloe, dmitri, eve
//       and farid joined course 1 at different times with varied progress and quiz attempts (passed and failed);
//       ana and eve also joined course 2. Lessons 201, 203 and 204 of course 2 take comments.
//       The platform dialect adds, leaving every id and state above as it is: user paula ("Paula Payne", user 9),
//       join_status payment_waiting in courses 1 and 2 (listed by /users/ when statuses names payment_waiting;
//       refused as a non-member); course 4 "Tour of the platform" (self-paced, privacy "", created by teacher,
//       learner joined two days before `now`), section 41 with lessons 401 (medias 9001, an image, and 9002, a doc,
//       served at /media/<id>/<name>), 402 of type "video" (published, counted in progress) and 403.
// large: course 1000, structured without drip or enforced order, `lessons` published lessons in sections of 50
//       (section ids 10001…, lesson ids 100001…); learner joined a day before `now`, teacher created it.
// many: `courses` self-paced courses (ids 5001…, no drip, no enforced order), each with `lessonsPerCourse`
//       (at most 999) published lessons in sections of 50 (course C: section ids C*100+1…, lesson ids C*1000+1…);
//       teacher created them all; learner, ana and ben joined every one a day before `now`, with no progress.
// learners: course 3000, self-paced, 10 published lessons (section 30001, lessons 300001…300010), created by
//       teacher, with `learners` joined users crowd000001… ("Crowd Member N"); member i joined i minutes before
//       `now` - 1 day, was last active i seconds before `now`, and completed the first i % 11 lessons (0 … 100 %).
class Seeds final
{
public:
    static Status demo(Store &store, const QDateTime &now, Dialect dialect = Dialect::Contract);
    static Status large(Store &store, const QDateTime &now, int lessons);
    static Status learners(Store &store, const QDateTime &now, int learners);
    static Status many(Store &store, const QDateTime &now, int courses, int lessonsPerCourse);
    // media (after demo): course 6 "Offline media", self-paced, created by teacher, learner joined; section 61 with
    // lesson 601 (an <img> of media 9601 relative to the server, one in a private network, one the server does not
    // have (404), an iframe; medias 9601 image, 9602 doc (a PDF), 9603 url) and quiz 602 (question 6001 with the
    // picture of media 9604). The platform dialect lists the medias; ours lists none ("medias": []).
    static Status media(Store &store, const QDateTime &now);
    // largeMedia: large(lessons), and `images` of its lessons (evenly spread) with a picture of their own, in the
    // text (<img src="/media/<id>/picture.png">) and as a media of type image (ids 700001…): for benchmarks.
    static Status largeMedia(Store &store, const QDateTime &now, int lessons, int images);
    // recording (after demo): course 7 "Lecture recordings", self-paced, learner joined; section 71 with lesson 701,
    // whose text shows media 9701 (an image of `kib` KiB, /media/9701/slides-<kib>k.png, see MediaFiles): for the
    // tests of large and interrupted downloads.
    static Status recording(Store &store, const QDateTime &now, int kib);
};

} // namespace coursedesk::refserver
