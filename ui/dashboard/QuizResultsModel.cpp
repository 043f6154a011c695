#include "dashboard/QuizResultsModel.h"

#include "dashboard/DashboardText.h"

namespace coursedesk {

QuizResultsModel::QuizResultsModel(Dashboard &dashboard, QObject *parent)
    : PagedTableModel(dashboard, parent)
{}

int QuizResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuizResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuizResultRow &attempt = m_rows.at(index.row());
    if (role == RawRole) {
        switch (index.column()) {
        case Learner:
            return attempt.username;
        case Quiz:
            return attempt.quizName;
        case Date:
            return attempt.createdAt;
        case Grade:
            return attempt.grade;
        case Outcome:
            return toWire(attempt.result);
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == Grade)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Learner:
        return attempt.username;
    case Quiz:
        return attempt.quizName;
    case Date:
        return dashboardtext::dateTime(attempt.createdAt);
    case Grade:
        return dashboardtext::percent(attempt.grade);
    case Outcome:
        return dashboardtext::result(attempt.result);
    }
    return {};
}

QVariant QuizResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= 0 && section < ColumnCount)
        return tr("The server lists quiz attempts newest first; it cannot order them by a column.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Learner:
        return tr("Learner");
    case Quiz:
        return tr("Quiz");
    case Date:
        return tr("Date");
    case Grade:
        return tr("Grade");
    case Outcome:
        return tr("Result");
    }
    return {};
}

void QuizResultsModel::requestPage(qint64 courseId, const PageQuery &query, quint64 generation)
{
    auto self = guard();
    dashboard().quizResults(courseId, query, [this, self, generation](Result<DashboardPage<QuizResultRow>> page) {
        if (self)
            receive(generation, page, m_rows);
    });
}

} // namespace coursedesk
