#pragma once

#include "domain/Comment.h"

#include <QAbstractTableModel>
#include <QSet>

namespace coursedesk {

// The instructor's comment inbox of one course (issue 20): every comment, newest first, with its section and lesson;
// unread ones (not yet selected here, and not the instructor's own) in bold, counted by unreadCount().
class CommentInboxModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Author,
        Lesson,
        Text,
        Date,
        ColumnCount,
    };
    static constexpr int CommentIdRole = Qt::UserRole;
    static constexpr int UnreadRole = Qt::UserRole + 1;

    explicit CommentInboxModel(QObject *parent = nullptr);

    // The comments (newest first), which of them were read, and who "I" am (never unread).
    void setComments(const QList<LessonComment> &comments, const QSet<qint64> &readIds, const CommentAuthor &self);
    const LessonComment &comment(int row) const { return m_rows.at(row); }
    int unreadCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isUnread(const LessonComment &comment) const;

    QList<LessonComment> m_rows;
    QSet<qint64> m_read;
    CommentAuthor m_self;
};

} // namespace coursedesk
