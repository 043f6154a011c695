#include "dashboard/CommentInbox.h"

#include "dashboard/CommentInboxModel.h"

#include "session/LessonComments.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace coursedesk {

using namespace Qt::StringLiterals;

CommentInbox::CommentInbox(LessonComments &comments, QWidget *parent)
    : QWidget(parent)
    , m_comments(comments)
    , m_model(new CommentInboxModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_reply(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("Send &reply"), this))
    , m_open(new QPushButton(tr("&Open the lesson"), this))
{
    setObjectName(u"commentInbox"_s);
    m_view->setObjectName(u"inboxView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(CommentInboxModel::Text, QHeaderView::Stretch);
    m_status->setObjectName(u"inboxStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_reply->setObjectName(u"inboxReply"_s);
    m_reply->setAccessibleName(tr("Your reply"));
    m_reply->setPlaceholderText(tr("Answer the selected comment"));
    m_reply->setTabChangesFocus(true);
    m_reply->setMaximumHeight(m_reply->fontMetrics().lineSpacing() * 4);
    m_send->setObjectName(u"inboxSend"_s);
    m_open->setObjectName(u"inboxOpenLesson"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    auto *answer = new QHBoxLayout;
    answer->addWidget(m_reply, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_open);
    answer->addLayout(buttons);
    layout->addLayout(answer);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CommentInbox::selected);
    connect(m_send, &QPushButton::clicked, this, &CommentInbox::reply);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            emit openLesson(m_courseId, m_model->comment(current.row()).lessonId);
    });
    connect(&m_comments, &LessonComments::commentsChanged, this, [this](qint64 courseId) {
        if (courseId == m_courseId)
            reload();
    });
    selected();
}

int CommentInbox::unreadCount() const
{
    return m_model->unreadCount();
}

void CommentInbox::showCourse(qint64 courseId)
{
    m_courseId = courseId;
    reload();
    if (courseId != 0)
        fetch();
}

void CommentInbox::fetch()
{
    if (m_fetching)
        return;
    m_fetching = true;
    const qint64 courseId = m_courseId;
    // Incremental: with nothing new since the last complete read, one request answered 304.
    m_comments.refreshInbox(courseId, [this, courseId](Result<CommentFetch> fetched) {
        m_fetching = false;
        if (courseId != m_courseId)
            return;
        if (!fetched) {
            m_status->setText(tr("The comments could not be read from the server (%1); these are the ones kept on "
                                 "this computer.")
                                  .arg(fetched.error().message));
            return;
        }
        m_status->clear();
        if (m_model->rowCount() == 0)
            m_status->setText(tr("No comments in this course yet."));
    });
}

void CommentInbox::reload()
{
    const qint64 current = m_view->currentIndex().isValid() ? m_model->comment(m_view->currentIndex().row()).id : 0;
    const Result<QList<LessonComment>> all = m_comments.inbox(m_courseId);
    const Result<QSet<qint64>> read = m_comments.readIds(m_courseId);
    m_model->setComments(all ? *all : QList<LessonComment>{}, read ? *read : QSet<qint64>{}, m_comments.self());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (current != 0 && m_model->comment(row).id == current)
            m_view->setCurrentIndex(m_model->index(row, 0));
    }
    if (m_model->rowCount() == 0 && m_status->text().isEmpty())
        m_status->setText(tr("No comments in this course yet."));
    emit unreadChanged(m_model->unreadCount());
}

void CommentInbox::selected()
{
    const QModelIndex current = m_view->currentIndex();
    m_send->setEnabled(current.isValid());
    m_open->setEnabled(current.isValid());
    m_reply->setEnabled(current.isValid());
    if (!current.isValid() || !current.data(CommentInboxModel::UnreadRole).toBool())
        return;
    if (Status marked = m_comments.markRead({m_model->comment(current.row()).id}); !marked)
        emit message(marked.error().message);
    reload();
}

void CommentInbox::reply()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const LessonComment &answered = m_model->comment(current.row());
    const Result<CommentDraft> queued =
        m_comments.write(m_courseId, answered.lessonId, m_reply->toPlainText(), answered.id);
    if (!queued) {
        emit message(queued.error().message); // the words stay in the box
        m_status->setText(queued.error().message);
        return;
    }
    m_reply->clear();
    m_status->setText(tr("Your reply waits for the next sync."));
}

} // namespace coursedesk
