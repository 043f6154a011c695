#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace coursedesk {

class CourseSearch;
class SearchResultsModel;

// Ctrl+K: search every course of the account as you type (offline). Enter or a double click opens the result;
// a locked lesson opens to its lock reason. Object names: searchDialog, searchField, searchResults, searchMessage.
class SearchDialog final : public QDialog
{
    Q_OBJECT

public:
    SearchDialog(const CourseSearch &search, QWidget *parent = nullptr);

    SearchResultsModel *model() const { return m_model; }
    // Shows the dialog with the field selected, ready for a new query.
    void start();

signals:
    void openLesson(qint64 courseId, qint64 lessonId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void activate();

    const CourseSearch &m_search;
    QLineEdit *m_field;
    QListView *m_list;
    QLabel *m_message;
    SearchResultsModel *m_model;
    QTimer *m_typing;
};

} // namespace coursedesk
