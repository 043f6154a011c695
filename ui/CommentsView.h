#pragma once

#include "domain/AccessPolicy.h"
#include "domain/Course.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace coursedesk {

class LessonComments;
class SafeTextBrowser;
struct CommentItem;

// The comments under a lesson whose comments are enabled (issue 20): the thread from the cache at once (readable
// offline), refreshed from the server; each reply under its comment, with author and time; the learner's own
// comments waiting for the next sync marked "pending" in place, and a refused one with the server's reason and its
// words kept (copy, send again, discard). Reply, edit and delete are links on each comment; the box below writes a
// new comment (or the reply, or the new words of an edit). Older pages load as the reader scrolls to the end
// (or with "Show more"). Comment HTML is shown as lesson HTML is (LessonHtml, SafeTextBrowser: nothing is loaded
// from the network).
class CommentsView final : public QWidget
{
    Q_OBJECT

public:
    explicit CommentsView(QWidget *parent = nullptr);

    // Null: no comments (the sample account); the view stays hidden.
    void setComments(LessonComments *comments);
    // The lesson shown in the pane (0: none); hidden unless its comments are enabled and it is open to the reader.
    void showLesson(const Course &course, const Lesson *lesson, const LessonAccess &access);

signals:
    void linkRequested(const QUrl &url); // a link inside a comment
    void message(const QString &text);   // a refusal or a failure, for the status bar

private:
    void refresh();
    void fetch(int offset);
    void activate(const QUrl &url);
    void send();
    void cancelCompose();
    QString itemHtml(const CommentItem &item) const;

    LessonComments *m_comments = nullptr;
    qint64 m_courseId = 0;
    qint64 m_lessonId = 0;
    int m_loaded = 0;
    int m_total = 0;
    qint64 m_fetchingFor = 0; // the lesson whose read is under way (0: none)
    qint64 m_replyTo = 0;     // the comment the box answers (0: a new comment)
    qint64 m_editing = 0;     // the comment whose words the box changes (0: none)
    QLabel *m_header;
    SafeTextBrowser *m_thread;
    QPushButton *m_more;
    QLabel *m_composeNote;
    QPushButton *m_cancel;
    QPlainTextEdit *m_editor;
    QPushButton *m_send;
};

} // namespace coursedesk
