#include "CommentsView.h"

#include "LessonHtml.h"
#include "SafeTextBrowser.h"

#include "session/LessonComments.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

const QString scheme = u"comment"_s;

QString actionLink(const QString &action, const char *key, qint64 id, const QString &text)
{
    QUrl url;
    url.setScheme(scheme);
    url.setPath(action);
    url.setQuery(u"%1=%2"_s.arg(QLatin1StringView(key)).arg(id));
    return u"<a href=\"%1\">%2</a>"_s.arg(url.toString(QUrl::FullyEncoded), text.toHtmlEscaped());
}

} // namespace

CommentsView::CommentsView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_thread(new SafeTextBrowser(this))
    , m_more(new QPushButton(tr("Show more comments"), this))
    , m_composeNote(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_editor(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("&Send comment"), this))
{
    setObjectName(u"lessonComments"_s);
    m_header->setObjectName(u"commentsHeader"_s);
    m_thread->setObjectName(u"commentThread"_s);
    m_thread->setAccessibleName(tr("Comments"));
    m_more->setObjectName(u"moreComments"_s);
    m_composeNote->setObjectName(u"commentComposeNote"_s);
    m_composeNote->setTextFormat(Qt::PlainText);
    m_cancel->setObjectName(u"cancelComment"_s);
    m_editor->setObjectName(u"commentEditor"_s);
    m_editor->setAccessibleName(tr("Your comment"));
    m_editor->setPlaceholderText(tr("Write a comment or a question about this lesson"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(m_editor->fontMetrics().lineSpacing() * 5);
    m_send->setObjectName(u"sendComment"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_thread, 1);
    layout->addWidget(m_more);
    auto *note = new QHBoxLayout;
    note->addWidget(m_composeNote, 1);
    note->addWidget(m_cancel);
    layout->addLayout(note);
    auto *compose = new QHBoxLayout;
    compose->addWidget(m_editor, 1);
    compose->addWidget(m_send, 0, Qt::AlignBottom);
    layout->addLayout(compose);

    connect(m_thread, &SafeTextBrowser::linkRequested, this, &CommentsView::activate);
    connect(m_more, &QPushButton::clicked, this, [this] { fetch(m_loaded); });
    // Older pages come as the reader reaches the end of what is shown.
    connect(m_thread->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value > 0 && value == m_thread->verticalScrollBar()->maximum() && m_loaded < m_total)
            fetch(m_loaded);
    });
    connect(m_send, &QPushButton::clicked, this, &CommentsView::send);
    connect(m_cancel, &QPushButton::clicked, this, &CommentsView::cancelCompose);
    cancelCompose();
    hide();
}

void CommentsView::setComments(LessonComments *comments)
{
    if (m_comments)
        disconnect(m_comments, nullptr, this, nullptr);
    m_comments = comments;
    if (m_comments) {
        connect(m_comments, &LessonComments::commentsChanged, this, [this](qint64 courseId, qint64 lessonId) {
            if (courseId == m_courseId && (lessonId == m_lessonId || lessonId == 0))
                refresh();
        });
    }
}

void CommentsView::showLesson(const Course &course, const Lesson *lesson, const LessonAccess &access)
{
    const bool shown = m_comments && lesson && lesson->commentsEnabled && access.isAccessible();
    const bool sameLesson = shown && course.id == m_courseId && lesson->id == m_lessonId;
    setVisible(shown);
    if (!shown) {
        m_courseId = m_lessonId = 0;
        return;
    }
    if (sameLesson)
        return refresh();
    m_courseId = course.id;
    m_lessonId = lesson->id;
    m_loaded = m_total = 0;
    cancelCompose();
    refresh();
    fetch(0);
}

void CommentsView::fetch(int offset)
{
    // One read at a time per lesson; a read still under way for the lesson left does not hold this one back.
    if (!m_comments || m_lessonId == 0 || m_fetchingFor == m_lessonId)
        return;
    m_fetchingFor = m_lessonId;
    const qint64 courseId = m_courseId;
    const qint64 lessonId = m_lessonId;
    m_comments->fetch(courseId, lessonId, offset, [this, courseId, lessonId](Result<CommentFetch> fetched) {
        if (m_fetchingFor == lessonId)
            m_fetchingFor = 0;
        if (courseId != m_courseId || lessonId != m_lessonId)
            return;
        if (!fetched) {
            emit message(tr("Comments could not be read from the server (%1); these are the ones kept on this "
                            "computer.")
                             .arg(fetched.error().message));
            return;
        }
        m_loaded = fetched->loaded;
        m_total = fetched->firstLevelCount;
        refresh();
    });
}

QString CommentsView::itemHtml(const CommentItem &item) const
{
    const LessonComment &c = item.comment;
    QString head = u"<b>%1</b>"_s.arg(c.author.displayName().toHtmlEscaped());
    if (c.createdAt.isValid())
        head += u" · "_s + locale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped();
    QStringList actions;
    if (item.isRejected()) {
        head += u" — <i>%1</i>"_s.arg(tr("not accepted by the server: %1").arg(item.draft->reason).toHtmlEscaped());
        actions << actionLink(u"copy"_s, "entry", item.draft->entryId, tr("Copy the text"))
                << actionLink(u"retry"_s, "entry", item.draft->entryId, tr("Send again"))
                << actionLink(u"discard"_s, "entry", item.draft->entryId, tr("Discard"));
    } else if (item.isPending()) {
        head += u" — <i>%1</i>"_s.arg(item.draft->kind == OutboxKind::CommentDelete
                                          ? tr("pending: deleted at the next sync")
                                          : tr("pending: sent at the next sync"));
        if (item.draft->state == OutboxState::Pending)
            actions << actionLink(u"withdraw"_s, "entry", item.draft->entryId, tr("Withdraw"));
    } else if (c.id != 0) {
        actions << actionLink(u"reply"_s, "id", c.id, tr("Reply"));
        if (item.mine)
            actions << actionLink(u"edit"_s, "id", c.id, tr("Edit"))
                    << actionLink(u"delete"_s, "id", c.id, tr("Delete"));
    }
    const QString body = LessonHtml::prepare(item.html(), QString());
    const QString block = u"<p>%1</p>%2<p>%3</p>"_s.arg(head, body, actions.join(u" · "_s));
    return c.isReply() ? u"<blockquote>%1</blockquote>"_s.arg(block) : block;
}

void CommentsView::refresh()
{
    if (!m_comments || m_lessonId == 0)
        return;
    const Result<QList<CommentItem>> thread = m_comments->thread(m_courseId, m_lessonId);
    if (!thread) {
        emit message(thread.error().message);
        return;
    }
    int firstLevel = 0;
    QString html;
    for (const CommentItem &item : *thread) {
        firstLevel += item.comment.isReply() ? 0 : 1;
        html += itemHtml(item);
    }
    if (thread->isEmpty())
        html = u"<p><i>%1</i></p>"_s.arg(tr("No comments yet. Ask a question or share a thought below."));
    m_header->setText(tr("Comments (%1)").arg(std::max(firstLevel, m_total)));
    m_thread->showHtml(html, false);
    m_more->setVisible(m_loaded < m_total);
}

void CommentsView::activate(const QUrl &url)
{
    if (url.scheme() != scheme) {
        emit linkRequested(url);
        return;
    }
    const QUrlQuery query(url);
    const qint64 id = query.queryItemValue(u"id"_s).toLongLong();
    const qint64 entry = query.queryItemValue(u"entry"_s).toLongLong();
    const QString action = url.path();
    Status done = success();
    if (action == u"reply"_s || action == u"edit"_s) {
        cancelCompose();
        const Result<QList<CommentItem>> thread = m_comments->thread(m_courseId, m_lessonId);
        for (const CommentItem &item : thread ? *thread : QList<CommentItem>{}) {
            if (item.comment.id != id)
                continue;
            const QString who = item.comment.author.displayName();
            if (action == u"reply"_s) {
                m_replyTo = id;
                m_composeNote->setText(tr("Replying to %1").arg(who));
            } else {
                m_editing = id;
                m_composeNote->setText(tr("Changing your comment"));
                m_editor->setPlainText(CommentText::plain(item.html()));
            }
        }
        m_composeNote->setVisible(true);
        m_cancel->setVisible(true);
        m_editor->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (action == u"delete"_s) {
        const Result<CommentDraft> queued = m_comments->remove(m_courseId, m_lessonId, id);
        done = queued ? success() : Status(queued.error());
    } else if (action == u"withdraw"_s || action == u"discard"_s) {
        done = m_comments->withdraw(entry);
    } else if (action == u"retry"_s) {
        const Result<CommentDraft> queued = m_comments->retry(entry);
        done = queued ? success() : Status(queued.error());
    } else if (action == u"copy"_s) {
        const Result<QList<CommentItem>> thread = m_comments->thread(m_courseId, m_lessonId);
        for (const CommentItem &item : thread ? *thread : QList<CommentItem>{}) {
            if (item.draft && item.draft->entryId == entry)
                QGuiApplication::clipboard()->setText(item.draft->text);
        }
        emit message(tr("The comment's text is on the clipboard."));
    }
    if (!done)
        emit message(done.error().message);
}

void CommentsView::send()
{
    if (!m_comments)
        return;
    const QString text = m_editor->toPlainText();
    const Result<CommentDraft> queued = m_editing != 0 ? m_comments->edit(m_courseId, m_lessonId, m_editing, text)
                                                       : m_comments->write(m_courseId, m_lessonId, text, m_replyTo);
    if (!queued) {
        emit message(queued.error().message); // the words stay in the box
        return;
    }
    m_editor->clear();
    cancelCompose();
    emit message(tr("Your comment waits for the next sync."));
}

void CommentsView::cancelCompose()
{
    m_replyTo = 0;
    if (m_editing != 0)
        m_editor->clear();
    m_editing = 0;
    m_composeNote->clear();
    m_composeNote->setVisible(false);
    m_cancel->setVisible(false);
}

} // namespace coursedesk
