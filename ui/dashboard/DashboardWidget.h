#pragma once

#include "domain/Clock.h"
#include "session/Dashboard.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace coursedesk {

class CommentInbox;
class CompletionHistogram;
class LessonComments;
class LearnersModel;
class PagedTableModel;
class QuizResultsModel;

// The instructor's dashboard of one course: the learners table and the quiz attempts table (each searched, the
// learners ordered, by the server; loaded page by page as the user scrolls), the completion histogram with the
// average, the data's age ("As of 14:02", with a note when it is a saved copy shown offline), Refresh, and
// "Export CSV…" of either table (the whole list, not only the rows loaded). When the server refuses the dashboard
// (not a creator or manager), it shows that message and no tables, and emits accessDenied().
class DashboardWidget final : public QWidget
{
    Q_OBJECT

public:
    // Asks where to save a CSV file; returns the path, or an empty string when the user cancels.
    using FileChooser = std::function<QString(QWidget *parent, const QString &suggestedName)>;

    DashboardWidget(Dashboard &dashboard, const Clock &clock, QWidget *parent = nullptr);

    // Loads the course's dashboard (both tables and the histogram); 0 clears it. The name makes the CSV files' names.
    void showCourse(qint64 courseId, const QString &courseName = {});
    qint64 courseId() const { return m_courseId; }
    void refresh();
    // Adds the course's comment inbox as a tab whose title counts the unread comments (issue 20).
    void addCommentInbox(LessonComments &comments, qint64 courseId);
    // Replaces the save dialog (QFileDialog::getSaveFileName by default), e.g. in tests.
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

protected:
    void changeEvent(QEvent *event) override;

signals:
    void accessDenied(qint64 courseId);
    void signInRequested(); // "Sign in…": the server refused the sign-in, the figures shown are a saved copy
    void exported(const QString &filePath, int rows);
    void lessonRequested(qint64 courseId, qint64 lessonId);
    void courseShown(
        qint64 courseId); // showCourse() was asked for a course (not 0) // "Open the lesson" in the comment inbox

private:
    QWidget *tablePage(const QString &name, PagedTableModel *model, QTableView *&view, QLineEdit *&search,
                       const QString &placeholder, void (DashboardWidget::*exportSlot)());
    void exportLearners();
    void exportQuizResults();
    void loadSummary();
    void showDenied(const QString &message);
    void updateAge();
    void setStatus(const QString &text);
    QString csvName(const QString &what) const;
    void sizeColumns();
    void headerClicked(int column);
    template <typename T>
    void finishExport(const QString &path, const Result<QList<T>> &rows, QString (*toCsv)(const QList<T> &));

    Dashboard &m_dashboard;
    const Clock &m_clock;
    qint64 m_courseId = 0;
    QString m_courseName;
    quint64 m_summaryGeneration = 0;
    std::optional<Timed<CompletionSummary>> m_summary;
    bool m_denied = false;
    FileChooser m_chooseFile;

    LearnersModel *m_learners = nullptr;
    QuizResultsModel *m_quizzes = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_asOf = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_signIn = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    QTableView *m_learnersView = nullptr;
    QTableView *m_quizView = nullptr;
    QLineEdit *m_learnersSearch = nullptr;
    QLineEdit *m_quizSearch = nullptr;
    CompletionHistogram *m_histogram = nullptr;
};

} // namespace coursedesk
