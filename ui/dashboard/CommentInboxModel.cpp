#include "dashboard/CommentInboxModel.h"

#include <QFont>
#include <QLocale>

namespace coursedesk {

using namespace Qt::StringLiterals;

CommentInboxModel::CommentInboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CommentInboxModel::setComments(const QList<LessonComment> &comments, const QSet<qint64> &readIds,
                                    const CommentAuthor &self)
{
    beginResetModel();
    m_rows = comments;
    m_read = readIds;
    m_self = self;
    endResetModel();
}

bool CommentInboxModel::isUnread(const LessonComment &comment) const
{
    // One's own comments are never unread (the same rule as "mine" under a lesson: CommentAuthorship).
    return !CommentAuthorship::isMine(m_self, comment.author) && !m_read.contains(comment.id);
}

int CommentInboxModel::unreadCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const LessonComment &c) { return isUnread(c); }));
}

int CommentInboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CommentInboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommentInboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LessonComment &c = m_rows.at(index.row());
    switch (role) {
    case CommentIdRole:
        return c.id;
    case UnreadRole:
        return isUnread(c);
    case Qt::FontRole:
        if (isUnread(c)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Text ? CommentText::plain(c.html) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Author:
        return c.author.displayName();
    case Lesson:
        return c.sectionName.isEmpty() ? c.lessonName : tr("%1 › %2").arg(c.sectionName, c.lessonName);
    case Text: {
        const QString text = CommentText::plain(c.html).simplified();
        return c.isReply() ? tr("↳ %1").arg(text) : text;
    }
    case Date:
        return QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant CommentInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Author:
        return tr("From");
    case Lesson:
        return tr("Lesson");
    case Text:
        return tr("Comment");
    case Date:
        return tr("Date");
    default:
        return {};
    }
}

} // namespace coursedesk
