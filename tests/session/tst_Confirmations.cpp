// The server's answers, committed in groups (LearnerState::applyConfirmations, issue 18): a group ends as if each
// of its confirmations were applied in order, in one transaction, all or none.
#include "SessionFixture.h"

#include "storage/LearnerState.h"
#include "storage/Outbox.h"

#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 courseId = 1;

} // namespace

class tst_Confirmations : public QObject, private SessionFixture
{
    Q_OBJECT

    QList<LearnerState::Confirmation> m_group;

    // The open entry of a lesson, newest first.
    std::optional<OutboxEntry> openEntry(qint64 lessonId, OutboxState state) const
    {
        Result<QList<OutboxEntry>> entries = m_state->outbox().forLessons({lessonId});
        if (!entries)
            return std::nullopt;
        for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
            if (it->state == state)
                return *it;
        }
        return std::nullopt;
    }

    // A scenario, step by step: the learner's wish for a lesson ("+10" completes 10, "-10" makes it incomplete), the
    // engine taking the lesson's pending entry in flight ("send 10"), or the server's answer to its oldest entry in
    // flight ("ok 10"; "ok 10 done": the server says the lesson is completed). The answers make m_group.
    QString play(const QStringList &steps)
    {
        m_group.clear();
        for (const QString &step : steps) {
            const QStringList words = step.split(u' ');
            if (words.first().startsWith(u'+') || words.first().startsWith(u'-')) {
                const qint64 lessonId = words.first().mid(1).toLongLong();
                if (Status done = m_session->setCompleted(courseId, lessonId, words.first().startsWith(u'+')); !done)
                    return done.error().message;
            } else if (words.first() == u"send"_s) {
                const std::optional<OutboxEntry> entry = openEntry(words.at(1).toLongLong(), OutboxState::Pending);
                if (!entry)
                    return u"nothing pending for "_s + words.at(1);
                if (Status marked = m_state->outbox().markInFlight(entry->id); !marked)
                    return marked.error().message;
            } else if (words.first() == u"ok"_s) {
                const qint64 lessonId = words.at(1).toLongLong();
                Result<QList<OutboxEntry>> entries = m_state->outbox().forLessons({lessonId});
                if (!entries)
                    return entries.error().message;
                // The oldest entry in flight not answered yet.
                std::optional<OutboxEntry> answered;
                for (const OutboxEntry &entry : *entries) {
                    const bool inGroup = std::any_of(m_group.cbegin(), m_group.cend(),
                                                     [&](const auto &c) { return c.entry.id == entry.id; });
                    if (entry.state == OutboxState::InFlight && !inGroup) {
                        answered = entry;
                        break;
                    }
                }
                if (!answered)
                    return u"nothing in flight for "_s + words.at(1);
                const Completion confirmed = words.contains(u"done"_s) || answered->kind == OutboxKind::Complete
                                                 ? Completion::Completed
                                                 : Completion::Uncompleted;
                m_group.append(LearnerState::Confirmation{*answered, confirmed, std::nullopt});
            }
        }
        return {};
    }

    // Each lesson as "local/confirmed", then the entries not finished.
    QString result() const
    {
        QStringList lines;
        for (qint64 lessonId : {10, 11, 12})
            lines << QString::number(lessonId) + u' ' + states(lessonId);
        for (const OutboxEntry &entry : outbox())
            lines << toWire(entry.kind) + u' ' + QString::number(entry.lessonId) + u' ' + toWire(entry.state);
        return lines.join(u", "_s);
    }

private slots:
    void init()
    {
        m_clock.set(T0);
        QCOMPARE(open(Kind::Server, {plainCourse()}), QString());
    }
    void cleanup() { m_session.reset(), m_state.reset(), m_db.reset(), m_dir.reset(); }

    void groupEndsAsIfAppliedInOrder_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QString>("expected");

        QTest::newRow("one completion") << QStringList{u"+10"_s, u"send 10"_s, u"ok 10"_s}
                                        << u"10 completed/completed, 11 uncompleted/uncompleted, "
                                           "12 uncompleted/uncompleted"_s;
        QTest::newRow("three lessons in one group")
            << QStringList{u"+10"_s,     u"+11"_s,   u"+12"_s,   u"send 10"_s, u"send 11"_s,
                           u"send 12"_s, u"ok 10"_s, u"ok 11"_s, u"ok 12"_s}
            << u"10 completed/completed, 11 completed/completed, 12 completed/completed"_s;
        // The learner undid the completion while it was on its way: both went, both were answered, in order.
        QTest::newRow("complete then incomplete of one lesson, both answered")
            << QStringList{u"+10"_s, u"send 10"_s, u"-10"_s, u"send 10"_s, u"ok 10"_s, u"ok 10"_s}
            << u"10 uncompleted/uncompleted, 11 uncompleted/uncompleted, 12 uncompleted/uncompleted"_s;
        // The undo is still waiting: the server's "completed" is confirmed, the learner's wish stays on screen.
        QTest::newRow("a newer wish waits outside the group")
            << QStringList{u"+10"_s, u"send 10"_s, u"-10"_s, u"ok 10"_s}
            << u"10 uncompleted/completed, 11 uncompleted/uncompleted, 12 uncompleted/uncompleted, "
               "incomplete 10 pending"_s;
        // Another lesson's waiting wish does not hold this one back.
        QTest::newRow("a wish of another lesson waits")
            << QStringList{u"+10"_s, u"send 10"_s, u"+11"_s, u"ok 10"_s}
            << u"10 completed/completed, 11 completed/uncompleted, 12 uncompleted/uncompleted, complete 11 pending"_s;
        // 409 LESSON_ALREADY_COMPLETED to an incompletion's predecessor: the server's word is what is confirmed.
        QTest::newRow("the server says done") << QStringList{u"+10"_s, u"send 10"_s, u"ok 10 done"_s}
                                              << u"10 completed/completed, 11 uncompleted/uncompleted, "
                                                 "12 uncompleted/uncompleted"_s;
    }
    void groupEndsAsIfAppliedInOrder()
    {
        QFETCH(QStringList, steps);
        QFETCH(QString, expected);
        QCOMPARE(play(steps), QString());
        Spies spies(m_session.get());
        QVERIFY(m_state->applyConfirmations(m_group));
        QCOMPARE(result(), expected);
        // Each answered lesson is announced, its course's progress once, the outbox once.
        QCOMPARE(spies.lesson.size(), m_group.size());
        QCOMPARE(spies.progress.size(), 1);
        QCOMPARE(spies.outbox.size(), 1);
    }

    void lastProgressOfACourseIsKept()
    {
        QCOMPARE(play({u"+10"_s, u"+11"_s, u"send 10"_s, u"send 11"_s, u"ok 10"_s, u"ok 11"_s}), QString());
        m_group[0].progress = ServerProgress{1, 3, 33, 33.3};
        m_group[1].progress = ServerProgress{2, 3, 67, 66.7};
        QVERIFY(m_state->applyConfirmations(m_group));
        Result<Course> course = m_state->course(courseId);
        QVERIFY(course);
        QCOMPARE(course->serverProgress->completedLessons, 2);
        QCOMPARE(CourseStore(*m_db).loadCourse(courseId)->serverProgress->completedLessons, 2);
    }

    // A group that cannot be saved is saved not at all: every entry stays in flight (sent again, answered as done)
    // and the lessons keep the states they had.
    void failedGroupChangesNothing()
    {
        QCOMPARE(play({u"+10"_s, u"+11"_s, u"send 10"_s, u"send 11"_s, u"ok 10"_s, u"ok 11"_s}), QString());
        QSqlQuery sabotage(m_db->connection());
        QVERIFY(sabotage.exec(u"CREATE TRIGGER refuse BEFORE UPDATE OF confirmed_completion ON lesson_state "
                              "WHEN NEW.lesson_id = 11 BEGIN SELECT RAISE(ABORT, 'disk says no'); END"_s));
        const Status saved = m_state->applyConfirmations(m_group);
        QVERIFY(!saved);
        QVERIFY2(saved.error().message.contains(u"disk says no"_s), qPrintable(saved.error().message));
        QCOMPARE(result(), u"10 completed/uncompleted, 11 completed/uncompleted, 12 uncompleted/uncompleted, "
                           "complete 10 in_flight, complete 11 in_flight"_s);
        QCOMPARE(m_state->course(courseId)->findLesson(10)->completion, Completion::Completed);
    }

    void emptyGroupIsNothing()
    {
        Spies spies(m_session.get());
        QVERIFY(m_state->applyConfirmations({}));
        QCOMPARE(spies.counts(), u"lesson 0 progress 0 outbox 0"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Confirmations)
#include "tst_Confirmations.moc"
