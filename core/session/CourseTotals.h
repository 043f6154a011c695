#pragma once

#include "session/Dashboard.h"

namespace coursedesk {

// A course's totals for its dashboard, from the server rather than counted page by page (issue 20): the average
// completion of its learners (view=dashboard's avg_completion_rate) and the number of learners (the count of
// /users/?statuses=joined, one row asked). Kept in the account's cache and shown from there, with its age, when the
// server cannot be reached.
struct CourseTotalsFigures final
{
    int learners = 0;
    std::optional<int> averageCompletion; // whole percent; nullopt when the server gives none

    friend bool operator==(const CourseTotalsFigures &, const CourseTotalsFigures &) = default;
};

class CourseTotals final : public QObject
{
    Q_OBJECT

public:
    CourseTotals(Dashboard &dashboard, const Clock &clock, QObject *parent = nullptr);

    using Done = std::function<void(Result<Timed<CourseTotalsFigures>>)>;
    void load(qint64 courseId, Done done);

private:
    void fromCache(qint64 courseId, const ApiError &why, Done done);

    Dashboard &m_dashboard;
    const Clock &m_clock;
};

} // namespace coursedesk
