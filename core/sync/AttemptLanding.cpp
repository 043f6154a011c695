#include "sync/AttemptLanding.h"

#include <QHash>

namespace coursedesk {

bool AttemptLanding::sameSelections(const QuizAttempt &attempt, const QList<QuestionResponse> &responses)
{
    QHash<qint64, QSet<qint64>> theirs;
    for (const QuestionOutcome &outcome : attempt.questions) {
        if (!outcome.selectedOptions.isEmpty())
            theirs.insert(outcome.questionId,
                          QSet<qint64>(outcome.selectedOptions.cbegin(), outcome.selectedOptions.cend()));
    }
    QHash<qint64, QSet<qint64>> ours;
    for (const QuestionResponse &response : responses) {
        if (!response.selectedOptions.isEmpty())
            ours.insert(response.questionId,
                        QSet<qint64>(response.selectedOptions.cbegin(), response.selectedOptions.cend()));
    }
    return !ours.isEmpty() && theirs == ours;
}

std::optional<QuizAttempt> AttemptLanding::find(const QList<QuizAttempt> &serverAttempts, const Sent &sent)
{
    for (const QuizAttempt &attempt : serverAttempts) {
        if (sent.otherAttempts.contains(attempt.id) || !sameSelections(attempt, sent.responses))
            continue;
        if (attempt.createdAt.isValid()) {
            if (sent.firstSentAt.isValid() && attempt.createdAt >= sent.firstSentAt.addSecs(-clockToleranceSecs))
                return attempt;
            continue;
        }
        if (sent.attemptsKnownBefore >= 0 && attempt.numAttempts > sent.attemptsKnownBefore)
            return attempt;
    }
    return std::nullopt;
}

} // namespace coursedesk
