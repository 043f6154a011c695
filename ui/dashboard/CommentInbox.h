#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace coursedesk {

class CommentInboxModel;
class LessonComments;

// The dashboard's comment inbox (issue 20): every comment of the course, newest first, with its section and lesson,
// read from the server (incrementally: nothing is read again while the server says nothing changed; otherwise
// every page) and kept for offline reading; unread ones in bold and counted (unreadChanged, for
// the tab's title). Selecting a comment marks it read; it can be answered in place (queued, sent by the sync) or
// opened in its lesson.
class CommentInbox final : public QWidget
{
    Q_OBJECT

public:
    CommentInbox(LessonComments &comments, QWidget *parent = nullptr);

    void showCourse(qint64 courseId);
    int unreadCount() const;

signals:
    void unreadChanged(int count);
    void openLesson(qint64 courseId, qint64 lessonId);
    void message(const QString &text);

private:
    void fetch();
    void reload();
    void selected();
    void reply();

    LessonComments &m_comments;
    qint64 m_courseId = 0;
    bool m_fetching = false;
    CommentInboxModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPlainTextEdit *m_reply;
    QPushButton *m_send;
    QPushButton *m_open;
};

} // namespace coursedesk
