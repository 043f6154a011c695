#include "sync/AttemptLanding.h"

#include <QTest>

using namespace coursedesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<QuizAttempt>)

namespace {

const QDateTime firstSent(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

// Ours: question 1 → answer 11, question 2 → answers 21 and 22.
const QList<QuestionResponse> ours{{1, {11}}, {2, {21, 22}}};

QuizAttempt serverAttempt(qint64 id, const QList<QuestionOutcome> &questions, const QDateTime &createdAt,
                          int numAttempts = 0)
{
    QuizAttempt attempt;
    attempt.id = id;
    attempt.lessonId = 7;
    attempt.createdAt = createdAt;
    attempt.numAttempts = numAttempts;
    attempt.questions = questions;
    return attempt;
}

const QList<QuestionOutcome> same{{1, {11}, true}, {2, {22, 21}, false}};
const QList<QuestionOutcome> other{{1, {12}, false}, {2, {21, 22}, false}};

} // namespace

// When a quiz attempt's reply was lost, whether it reached the server (AttemptLanding.h): the specification
// the sync engine relies on before it sends an attempt a second time to a server without idempotency.
class tst_AttemptLanding : public QObject
{
    Q_OBJECT

private slots:
    void landed_data()
    {
        QTest::addColumn<QList<QuizAttempt>>("server");
        QTest::addColumn<int>("knownBefore");
        QTest::addColumn<qint64>("found"); // the server attempt taken as ours; 0: not landed, send again

        QTest::addRow("no attempt on the server") << QList<QuizAttempt>{} << 0 << qint64(0);
        QTest::addRow("ours, made at the first send") << QList{serverAttempt(5, same, firstSent, 1)} << 0 << qint64(5);
        QTest::addRow("ours, server clock a little behind")
            << QList{serverAttempt(5, same, firstSent.addSecs(-30), 1)} << 0 << qint64(5);
        QTest::addRow("ours, processed late")
            << QList{serverAttempt(5, same, firstSent.addSecs(600))} << -1 << qint64(5);
        QTest::addRow("same answers, but an older attempt (made before ours was sent)")
            << QList{serverAttempt(4, same, firstSent.addDays(-2), 1)} << 1 << qint64(0);
        QTest::addRow("other answers, made after our send")
            << QList{serverAttempt(6, other, firstSent.addSecs(5), 2)} << 1 << qint64(0);
        QTest::addRow("a list: ours among older ones")
            << QList{serverAttempt(4, other, firstSent.addDays(-1)), serverAttempt(5, same, firstSent.addSecs(1))} << -1
            << qint64(5);
        QTest::addRow("answers of one question missing")
            << QList{serverAttempt(5, {{1, {11}, true}}, firstSent)} << 0 << qint64(0);
        QTest::addRow("no created_at: more attempts than before")
            << QList{serverAttempt(5, same, {}, 3)} << 2 << qint64(5);
        QTest::addRow("no created_at: as many attempts as before")
            << QList{serverAttempt(5, same, {}, 2)} << 2 << qint64(0);
        QTest::addRow("no created_at, count unknown: sent again")
            << QList{serverAttempt(5, same, {}, 3)} << -1 << qint64(0);
    }
    void landed()
    {
        QFETCH(QList<QuizAttempt>, server);
        QFETCH(int, knownBefore);
        QFETCH(qint64, found);
        const std::optional<QuizAttempt> landed = AttemptLanding::find(server, {ours, firstSent, knownBefore});
        QCOMPARE(landed ? landed->id : qint64(0), found);
    }

    // A learner may send the same answers twice, seconds apart: the server attempt the cache already took for the
    // first is never taken for the second, however close in time.
    void anotherOfOurAttemptsIsNotThisOne_data()
    {
        QTest::addColumn<QList<QuizAttempt>>("server");
        QTest::addColumn<int>("knownBefore");
        QTest::addColumn<qint64>("found");

        QTest::addRow("the last attempt is our earlier one, same answers, 5 s before: not landed")
            << QList{serverAttempt(5, same, firstSent.addSecs(-5), 1)} << 1 << qint64(0);
        QTest::addRow("ours came after our earlier one: found")
            << QList{serverAttempt(5, same, firstSent.addSecs(-5), 1), serverAttempt(6, same, firstSent, 2)} << 1
            << qint64(6);
        QTest::addRow("no created_at, our earlier one: not landed")
            << QList{serverAttempt(5, same, {}, 2)} << 1 << qint64(0);
    }
    void anotherOfOurAttemptsIsNotThisOne()
    {
        QFETCH(QList<QuizAttempt>, server);
        QFETCH(int, knownBefore);
        QFETCH(qint64, found);
        const QSet<qint64> ourEarlierAttempt{5};
        const std::optional<QuizAttempt> landed =
            AttemptLanding::find(server, {ours, firstSent, knownBefore, ourEarlierAttempt});
        QCOMPARE(landed ? landed->id : qint64(0), found);
        // Without knowing it is ours, the earlier attempt would be taken for this one (what this rule prevents).
        if (found == 0 && server.constFirst().createdAt.isValid())
            QCOMPARE(AttemptLanding::find(server, {ours, firstSent, knownBefore})->id, qint64(5));
    }

    void emptySelectionsNeverMatch()
    {
        QVERIFY(!AttemptLanding::sameSelections(serverAttempt(1, {}, firstSent), {}));
        QVERIFY(!AttemptLanding::sameSelections(serverAttempt(1, {{1, {}, {}}}, firstSent), {{1, {}}}));
    }
};

QTEST_GUILESS_MAIN(tst_AttemptLanding)
#include "tst_AttemptLanding.moc"
