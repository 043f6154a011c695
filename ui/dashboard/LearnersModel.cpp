#include "dashboard/LearnersModel.h"

#include "dashboard/DashboardText.h"

#include <QFont>

namespace coursedesk {

using namespace Qt::StringLiterals;

LearnersModel::LearnersModel(Dashboard &dashboard, QObject *parent)
    : PagedTableModel(dashboard, parent)
{}

int LearnersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LearnersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LearnerRow &learner = m_rows.at(index.row());
    if (role == RawRole) {
        switch (index.column()) {
        case Username:
            return learner.username;
        case RealName:
            return learner.realName;
        case Status:
            return toWire(learner.joinStatus);
        case Completion:
            return learner.completionRate;
        case Joined:
            return learner.joinedAt;
        case LastActive:
            return learner.lastActiveAt;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == Completion)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    // Only learners who joined are counted (as in the completion histogram): a creator, a manager or someone
    // invited is listed with their status, and no completion figure of their own.
    const bool counted = isCounted(learner);
    if (role == Qt::ToolTipRole && index.column() == Completion && !counted)
        return tr("Not counted: only learners who joined count in the completion figures.");
    if (role == Qt::FontRole && !counted) {
        QFont other;
        other.setItalic(true);
        return other;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Username:
        return learner.username;
    case RealName:
        return learner.realName;
    case Status:
        return dashboardtext::joinStatus(learner.joinStatus);
    case Completion:
        return counted ? dashboardtext::percent(learner.completionRate) : tr("—");
    case Joined:
        return dashboardtext::dateTime(learner.joinedAt);
    case LastActive:
        return dashboardtext::dateTime(learner.lastActiveAt);
    }
    return {};
}

bool LearnersModel::isCounted(const LearnerRow &learner)
{
    return learner.joinStatus == JoinStatus::Joined;
}

QVariant LearnersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= 0 && section < ColumnCount) {
        return isSortable(section)
                   ? tr("Click to order the learners by this column (the server orders the whole list).")
                   : tr("The server cannot order learners by this column: order them by Joined or "
                        "Last active.");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Username:
        return tr("Username");
    case RealName:
        return tr("Name");
    case Status:
        return tr("Status");
    case Completion:
        return tr("Completion");
    case Joined:
        return tr("Joined");
    case LastActive:
        return tr("Last active");
    }
    return {};
}

void LearnersModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const QString field = column == Joined ? u"joined_at"_s : u"last_active_at"_s;
    const QString ordering = order == Qt::DescendingOrder ? u'-' + field : field;
    if (ordering == m_ordering)
        return;
    m_ordering = ordering;
    reload();
}

void LearnersModel::requestPage(qint64 courseId, const PageQuery &query, quint64 generation)
{
    auto self = guard();
    dashboard().learners(courseId, query, [this, self, generation](Result<DashboardPage<LearnerRow>> page) {
        if (self)
            receive(generation, page, m_rows);
    });
}

} // namespace coursedesk
