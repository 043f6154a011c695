#include "find/SearchDialog.h"

#include "find/SearchResultsModel.h"
#include "session/CourseSearch.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace coursedesk {

using namespace Qt::StringLiterals;

SearchDialog::SearchDialog(const CourseSearch &search, QWidget *parent)
    : QDialog(parent)
    , m_search(search)
    , m_field(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_message(new QLabel(this))
    , m_model(new SearchResultsModel(this))
    , m_typing(new QTimer(this))
{
    setObjectName(u"searchDialog"_s);
    setWindowTitle(tr("Search all courses"));
    m_field->setObjectName(u"searchField"_s);
    m_field->setPlaceholderText(tr("Search lessons, quizzes, attachments and notes"));
    m_field->setClearButtonEnabled(true);
    m_list->setObjectName(u"searchResults"_s);
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setAccessibleName(tr("Search results"));
    m_message->setObjectName(u"searchMessage"_s);
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    resize(560, 420);

    // Searching as one types, a moment after the last key.
    m_typing->setSingleShot(true);
    m_typing->setInterval(150);
    connect(m_field, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &SearchDialog::runSearch);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        runSearch();
        if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
        activate();
    });
    connect(m_list, &QListView::activated, this, &SearchDialog::activate);
    m_field->installEventFilter(this);
}

void SearchDialog::start()
{
    m_field->selectAll();
    show();
    raise();
    activateWindow();
    m_field->setFocus();
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the field goes to the results.
    if (watched == m_field && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_list->setFocus();
        m_list->setCurrentIndex(m_model->index(0));
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void SearchDialog::runSearch()
{
    const QString query = m_field->text();
    if (query.trimmed().isEmpty()) {
        m_model->setResults({});
        m_message->clear();
        return;
    }
    const Result<QList<SearchResult>> results = m_search.search(query);
    if (!results) {
        m_model->setResults({});
        m_message->setText(results.error().message);
        return;
    }
    m_model->setResults(*results);
    m_message->setText(results->isEmpty() ? tr("Nothing found for “%1”.").arg(query)
                                          : tr("%n result(s)", nullptr, int(results->size())));
}

void SearchDialog::activate()
{
    const SearchResult *result = m_model->resultAt(m_list->currentIndex());
    if (!result || result->hit.removed)
        return;
    emit openLesson(result->hit.courseId, result->hit.lessonId);
    accept();
}

} // namespace coursedesk
