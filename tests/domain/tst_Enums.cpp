#include "domain/Enums.h"

#include <QTest>

using namespace coursedesk;
using namespace Qt::StringLiterals;

class tst_Enums : public QObject
{
    Q_OBJECT

private slots:
    void roleOfJoinStatus_data()
    {
        QTest::addColumn<JoinStatus>("status");
        QTest::addColumn<Role>("role");
        QTest::addRow("null") << JoinStatus::None << Role::Outsider;
        QTest::addRow("invited") << JoinStatus::Invited << Role::Outsider;
        QTest::addRow("requested") << JoinStatus::Requested << Role::Outsider;
        QTest::addRow("joined") << JoinStatus::Joined << Role::Learner;
        QTest::addRow("creator") << JoinStatus::Creator << Role::Instructor;
        QTest::addRow("manager") << JoinStatus::Manager << Role::Instructor;
    }
    void roleOfJoinStatus()
    {
        QFETCH(JoinStatus, status);
        QFETCH(Role, role);
        QCOMPARE(roleOf(status), role);
    }

    void wireNamesRoundTrip()
    {
        for (auto v : {CourseType::SelfPaced, CourseType::Structured, CourseType::Scheduled})
            QCOMPARE(courseTypeFromWire(toWire(v)), v);
        for (auto v : {JoinStatus::None, JoinStatus::Creator, JoinStatus::Manager, JoinStatus::Joined,
                       JoinStatus::Invited, JoinStatus::Requested})
            QCOMPARE(joinStatusFromWire(toWire(v)), v);
        for (auto v : {Completion::Uncompleted, Completion::Completed, Completion::Failed})
            QCOMPARE(completionFromWire(toWire(v)), v);
        for (auto v : {LessonType::Lesson, LessonType::Quiz})
            QCOMPARE(lessonTypeFromWire(toWire(v)), v);
        for (auto v : {LessonStatus::Draft, LessonStatus::Published})
            QCOMPARE(lessonStatusFromWire(toWire(v)), v);
        for (auto v : {QuestionType::SingleChoice, QuestionType::MultiChoice})
            QCOMPARE(questionTypeFromWire(toWire(v)), v);
        QCOMPARE(toWire(CourseType::SelfPaced), u"self-paced"_s);
        QCOMPARE(toWire(QuestionType::MultiChoice), u"multi_choice"_s);
    }

    void unknownWireNamesAreRejected()
    {
        QVERIFY(!courseTypeFromWire(u"Self-Paced").has_value());
        QVERIFY(!courseTypeFromWire(u"").has_value());
        QVERIFY(!completionFromWire(u"done").has_value());
        QVERIFY(!joinStatusFromWire(u"owner").has_value());
    }
};

QTEST_GUILESS_MAIN(tst_Enums)
#include "tst_Enums.moc"
