#include "PendingActionsModel.h"

#include "domain/ServerText.h"

namespace coursedesk {

PendingActionsModel::PendingActionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PendingActionsModel::setEntries(const QList<OutboxEntry> &entries, const QHash<qint64, QString> &lessonNames)
{
    beginResetModel();
    m_entries = entries;
    m_lessonNames = lessonNames;
    endResetModel();
}

int PendingActionsModel::rejectedCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const OutboxEntry &e) { return e.state == OutboxState::Rejected; }));
}

int PendingActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PendingActionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PendingActionsModel::describeKind(OutboxKind kind)
{
    switch (kind) {
    case OutboxKind::Complete:
        return tr("Mark as complete");
    case OutboxKind::Incomplete:
        return tr("Mark as incomplete");
    case OutboxKind::Attempt:
        return tr("Quiz attempt");
    case OutboxKind::CommentCreate:
        return tr("Comment");
    case OutboxKind::CommentEdit:
        return tr("Edited comment");
    case OutboxKind::CommentDelete:
        return tr("Deleted comment");
    }
    return {};
}

QString PendingActionsModel::describeState(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return tr("Waiting");
    case OutboxState::InFlight:
        return tr("Sending");
    case OutboxState::Done:
        return tr("Sent");
    case OutboxState::Rejected:
        return tr("Rejected");
    }
    return {};
}

QVariant PendingActionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const OutboxEntry &entry = m_entries.at(index.row());
    if (role == EntryIdRole)
        return entry.id;
    if (role == RejectedRole)
        return entry.state == OutboxState::Rejected;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case ActionColumn:
        return describeKind(entry.kind);
    case LessonColumn:
        return m_lessonNames.contains(entry.lessonId) ? m_lessonNames.value(entry.lessonId)
                                                      : tr("Lesson %1, no longer in the course").arg(entry.lessonId);
    case StateColumn:
        return entry.tries > 1 ? tr("%1 (tried %2 times)").arg(describeState(entry.state)).arg(entry.tries)
                               : describeState(entry.state);
    case ReasonColumn:
        return ServerText::sentence(entry.reason);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PendingActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ActionColumn:
        return tr("Action");
    case LessonColumn:
        return tr("Lesson");
    case StateColumn:
        return tr("State");
    case ReasonColumn:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace coursedesk
