#pragma once

#include "session/LearnerProgress.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace coursedesk {

// One learner of the dashboard, opened with a double-click or Enter on their row (issue 20): their outline with each
// lesson's completion as the server has it for them, and their quiz attempts; each exportable as CSV. Read from the
// server, or (offline) the copy kept the last time, with its age.
class LearnerProgressDialog final : public QDialog
{
    Q_OBJECT

public:
    using FileChooser = std::function<QString(QWidget *parent, const QString &suggestedName)>;

    LearnerProgressDialog(Dashboard &dashboard, const Clock &clock, qint64 courseId, const LearnerRow &learner,
                          FileChooser chooseFile, QWidget *parent = nullptr);

    // Whether the report has been shown (read or from the cache).
    bool isLoaded() const { return m_report.has_value(); }

signals:
    void exported(const QString &filePath, int rows);

private:
    void show(const Timed<LearnerReport> &report);
    void exportCsv(bool lessons);

    LearnerProgress m_progress;
    const Clock &m_clock;
    LearnerRow m_learner;
    FileChooser m_chooseFile;
    std::optional<LearnerReport> m_report;
    QLabel *m_summary;
    QLabel *m_asOf;
    QStandardItemModel *m_lessonsModel;
    QStandardItemModel *m_attemptsModel;
    QTableView *m_lessons;
    QTableView *m_attempts;
    QPushButton *m_exportLessons;
    QPushButton *m_exportAttempts;
};

} // namespace coursedesk
