#include "dashboard/DashboardWidget.h"

#include "dashboard/CommentInbox.h"
#include "dashboard/LearnerProgressDialog.h"
#include "session/CourseTotals.h"

#include "dashboard/CompletionHistogram.h"
#include "dashboard/DashboardText.h"
#include "dashboard/LearnersModel.h"
#include "dashboard/QuizResultsModel.h"
#include "session/DashboardCsv.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

constexpr int searchDelayMs = 250;

} // namespace

DashboardWidget::DashboardWidget(Dashboard &dashboard, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_dashboard(dashboard)
    , m_clock(clock)
    , m_chooseFile([](QWidget *parentWidget, const QString &suggestedName) {
        return QFileDialog::getSaveFileName(parentWidget, tr("Export CSV"), suggestedName,
                                            tr("CSV files (*.csv);;All files (*)"));
    })
{
    m_learners = new LearnersModel(m_dashboard, this);
    m_quizzes = new QuizResultsModel(m_dashboard, this);

    m_asOf = new QLabel(this);
    m_asOf->setObjectName(u"asOfLabel"_s);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(u"refreshButton"_s);
    // Why a saved copy is shown, and, when the sign-in has expired, the way to sign in again.
    m_notice = new QLabel(this);
    m_notice->setObjectName(u"dashboardNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();
    m_signIn = new QPushButton(tr("Sign in…"), this);
    m_signIn->setObjectName(u"dashboardSignIn"_s);
    m_signIn->setAccessibleName(tr("Sign in to update the dashboard"));
    m_signIn->hide();
    connect(m_signIn, &QPushButton::clicked, this, &DashboardWidget::signInRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(m_asOf, 1);
    top->addWidget(m_refresh);
    auto *notice = new QHBoxLayout;
    notice->addWidget(m_notice, 1);
    notice->addWidget(m_signIn);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"dashboardTabs"_s);
    m_tabs->addTab(tablePage(u"learners"_s, m_learners, m_learnersView, m_learnersSearch, tr("Search learners by name"),
                             &DashboardWidget::exportLearners),
                   tr("Learners"));
    m_tabs->addTab(tablePage(u"quiz"_s, m_quizzes, m_quizView, m_quizSearch, tr("Search by learner or quiz"),
                             &DashboardWidget::exportQuizResults),
                   tr("Quiz results"));
    m_histogram = new CompletionHistogram(this);
    m_histogram->setObjectName(u"completionHistogram"_s);
    m_tabs->addTab(m_histogram, tr("Completion"));

    // Ordering by the server: only the join date and the last activity can be ordered; the other headers say so
    // (their tooltip, and the status line when clicked). Dates stay on one line; the names take the room left.
    QHeaderView *header = m_learnersView->horizontalHeader();
    header->setSortIndicatorShown(true);
    header->setSortIndicator(m_learners->sortColumn(), m_learners->sortOrder());
    header->setSectionsClickable(true);
    connect(header, &QHeaderView::sectionClicked, this, &DashboardWidget::headerClicked);
    // The course's totals from the server (view=dashboard and the count of joined learners), above the tabs.
    auto *totals = new QLabel(this);
    totals->setObjectName(u"courseTotals"_s);
    totals->setTextFormat(Qt::PlainText);
    auto *courseTotals = new CourseTotals(m_dashboard, m_clock, this);
    connect(this, &DashboardWidget::courseShown, this, [this, totals, courseTotals](qint64 courseId) {
        totals->clear();
        courseTotals->load(courseId, [this, totals, courseId](Result<Timed<CourseTotalsFigures>> figures) {
            if (courseId != m_courseId || !figures)
                return;
            const CourseTotalsFigures &f = figures->value;
            QString text =
                f.averageCompletion
                    ? tr("%n learner(s) · average completion %1 %", nullptr, f.learners).arg(*f.averageCompletion)
                    : tr("%n learner(s)", nullptr, f.learners);
            if (figures->fromCache)
                text += u" · "_s + tr("saved copy");
            totals->setText(text);
        });
    });
    // The learners filtered by join status, by the server (statuses).
    auto *statusFilter = new QComboBox(this);
    statusFilter->setObjectName(u"learnersStatusFilter"_s);
    statusFilter->setAccessibleName(tr("Show members"));
    statusFilter->addItem(tr("All members"), QStringList());
    statusFilter->addItem(tr("Learners"), QStringList{u"joined"_s});
    statusFilter->addItem(tr("Creators and managers"), QStringList{u"creator"_s, u"manager"_s});
    statusFilter->addItem(tr("Invited"), QStringList{u"invited"_s});
    statusFilter->addItem(tr("Asking to join"), QStringList{u"requested"_s});
    statusFilter->addItem(tr("Waiting for payment"), QStringList{u"payment_waiting"_s});
    if (auto *page = qobject_cast<QBoxLayout *>(m_learnersSearch->parentWidget()->layout())) {
        if (auto *bar = qobject_cast<QBoxLayout *>(page->itemAt(0)->layout()))
            bar->insertWidget(1, statusFilter);
    }
    connect(statusFilter, &QComboBox::currentIndexChanged, this,
            [this, statusFilter](int index) { m_learners->setStatuses(statusFilter->itemData(index).toStringList()); });
    // One learner's progress: a double-click or Enter on their row (LearnerProgressDialog).
    connect(m_learnersView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.model() != m_learners || index.row() >= m_learners->rowCount())
            return;
        auto *dialog = new LearnerProgressDialog(m_dashboard, m_clock, m_courseId, m_learners->row(index.row()),
                                                 m_chooseFile, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &LearnerProgressDialog::exported, this, &DashboardWidget::exported);
        dialog->open();
    });
    header->setStretchLastSection(false);
    QHeaderView *quizHeader = m_quizView->horizontalHeader();
    quizHeader->setSectionsClickable(true);
    quizHeader->setStretchLastSection(false);
    sizeColumns();
    connect(quizHeader, &QHeaderView::sectionClicked, this, [this] {
        setStatus(tr("Quiz attempts are listed newest first; the server cannot order them by a column."));
    });

    m_message = new QLabel(this);
    m_message->setObjectName(u"dashboardMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_message);

    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(totals);
    layout->addLayout(top);
    layout->addLayout(notice);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardWidget::refresh);
    for (PagedTableModel *model :
         {static_cast<PagedTableModel *>(m_learners), static_cast<PagedTableModel *>(m_quizzes)}) {
        connect(model, &PagedTableModel::pageLoaded, this, &DashboardWidget::updateAge);
        connect(model, &PagedTableModel::failed, this, [this](const QString &message) { setStatus(message); });
        connect(model, &PagedTableModel::accessDenied, this,
                [this] { showDenied(tr("Only the creators and managers of this course can see its dashboard.")); });
    }
    showCourse(0);
}

// One table with its search field and export button; their object names start with `name` ("learners", "quiz").
QWidget *DashboardWidget::tablePage(const QString &name, PagedTableModel *model, QTableView *&view, QLineEdit *&search,
                                    const QString &placeholder, void (DashboardWidget::*exportSlot)())
{
    auto *page = new QWidget(this);
    search = new QLineEdit(page);
    search->setPlaceholderText(placeholder);
    search->setClearButtonEnabled(true);
    auto *exportButton = new QPushButton(tr("Export CSV…"), page);
    exportButton->setObjectName(name + u"Export"_s);
    search->setObjectName(name + u"Search"_s);
    auto *bar = new QHBoxLayout;
    bar->addWidget(search, 1);
    bar->addWidget(exportButton);
    view = new QTableView(page);
    view->setObjectName(name + u"View"_s);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->setAccessibleName(name == u"learners"_s ? tr("Learners") : tr("Quiz results"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(view, 1);

    // The server searches: wait until the user pauses typing (Return searches at once).
    auto *delay = new QTimer(page);
    delay->setSingleShot(true);
    delay->setInterval(searchDelayMs);
    QLineEdit *field = search;
    connect(delay, &QTimer::timeout, model, [model, field] { model->setSearch(field->text()); });
    connect(search, &QLineEdit::textChanged, delay, [delay] { delay->start(); });
    connect(search, &QLineEdit::returnPressed, model, [model, field, delay] {
        delay->stop();
        model->setSearch(field->text());
    });
    connect(exportButton, &QPushButton::clicked, this, exportSlot);
    return page;
}

void DashboardWidget::sizeColumns()
{
    // Widths from what the columns hold at most (a date and time, "100 %", a status), not from the rows loaded so
    // far: a table filled while its tab was hidden measured nothing and cut its dates to "23 Feb …". The names take
    // the room left.
    const QFontMetrics metrics = m_learnersView->fontMetrics();
    const int padding =
        3 * m_learnersView->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_learnersView) + 16;
    const auto fit = [&](QHeaderView *header, int column, const QStringList &samples) {
        int width = header->sectionSizeHint(column);
        for (const QString &sample : samples)
            width = std::max(width, metrics.horizontalAdvance(sample) + padding);
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, width);
    };
    const QString date = dashboardtext::dateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)));
    QStringList statuses;
    for (JoinStatus status : {JoinStatus::Creator, JoinStatus::Manager, JoinStatus::Joined, JoinStatus::Invited,
                              JoinStatus::Requested, JoinStatus::PaymentWaiting})
        statuses << dashboardtext::joinStatus(status);
    QStringList results;
    for (Completion result : {Completion::Completed, Completion::Failed, Completion::Uncompleted})
        results << dashboardtext::result(result);
    QHeaderView *learners = m_learnersView->horizontalHeader();
    const QString userName(12, u'n'); // about as long as most user names; a longer one is cut with "…"
    fit(learners, LearnersModel::Username, {userName});
    learners->setSectionResizeMode(LearnersModel::RealName, QHeaderView::Stretch);
    fit(learners, LearnersModel::Status, statuses);
    fit(learners, LearnersModel::Completion, {dashboardtext::percent(100)});
    fit(learners, LearnersModel::Joined, {date});
    fit(learners, LearnersModel::LastActive, {date});
    QHeaderView *quiz = m_quizView->horizontalHeader();
    fit(quiz, QuizResultsModel::Learner, {userName});
    quiz->setSectionResizeMode(QuizResultsModel::Quiz, QHeaderView::Stretch);
    fit(quiz, QuizResultsModel::Date, {date});
    fit(quiz, QuizResultsModel::Grade, {dashboardtext::percent(100)});
    fit(quiz, QuizResultsModel::Outcome, results);
}

void DashboardWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        sizeColumns();
}

void DashboardWidget::headerClicked(int column)
{
    if (LearnersModel::isSortable(column)) {
        const bool same = column == m_learners->sortColumn();
        const Qt::SortOrder order =
            same && m_learners->sortOrder() == Qt::DescendingOrder ? Qt::AscendingOrder : Qt::DescendingOrder;
        m_learners->sort(column, order);
    } else {
        setStatus(tr("The server cannot order learners by %1; they can be ordered by Joined or Last active.")
                      .arg(m_learners->headerData(column, Qt::Horizontal).toString()));
    }
    // The indicator stays where the order really is.
    m_learnersView->horizontalHeader()->setSortIndicator(m_learners->sortColumn(), m_learners->sortOrder());
}

void DashboardWidget::addCommentInbox(LessonComments &comments, qint64 courseId)
{
    auto *inbox = new CommentInbox(comments, this);
    const int tab = m_tabs->addTab(inbox, tr("Comments"));
    connect(inbox, &CommentInbox::unreadChanged, this, [this, tab](int unread) {
        m_tabs->setTabText(tab, unread > 0 ? tr("Comments (%1)").arg(unread) : tr("Comments"));
    });
    connect(inbox, &CommentInbox::openLesson, this, &DashboardWidget::lessonRequested);
    connect(inbox, &CommentInbox::message, this, &DashboardWidget::setStatus);
    inbox->showCourse(courseId);
}

void DashboardWidget::showCourse(qint64 courseId, const QString &courseName)
{
    m_courseId = courseId;
    m_courseName = courseName;
    m_denied = false;
    m_summary.reset();
    m_learnersSearch->clear();
    m_quizSearch->clear();
    m_stack->setCurrentWidget(courseId != 0 ? static_cast<QWidget *>(m_tabs) : m_message);
    m_message->setText(courseId != 0 ? QString() : tr("No course is open."));
    m_refresh->setEnabled(courseId != 0);
    setStatus({});
    m_histogram->clear();
    // Both searches are empty now: setCourse loads each list from its first page.
    m_learners->setSearch({});
    m_quizzes->setSearch({});
    m_learners->setCourse(courseId);
    if (!m_denied)
        m_quizzes->setCourse(courseId);
    if (!m_denied)
        loadSummary();
    updateAge();
    if (courseId != 0 && !m_denied)
        emit courseShown(courseId);
}

void DashboardWidget::refresh()
{
    if (m_courseId == 0)
        return;
    m_denied = false;
    m_stack->setCurrentWidget(m_tabs);
    setStatus({});
    m_learners->reload();
    if (!m_denied)
        m_quizzes->reload();
    if (!m_denied)
        loadSummary();
}

void DashboardWidget::loadSummary()
{
    const quint64 generation = ++m_summaryGeneration;
    const qint64 courseId = m_courseId;
    if (courseId == 0)
        return;
    QPointer<DashboardWidget> self(this);
    m_dashboard.completion(courseId, [this, self, generation](Result<Timed<CompletionSummary>> summary) {
        if (!self || generation != m_summaryGeneration)
            return;
        if (!summary) {
            if (!Dashboard::isForbidden(summary.error()))
                setStatus(summary.error().message);
            return;
        }
        m_summary = *summary;
        m_histogram->setSummary(summary->value);
        updateAge();
    });
}

void DashboardWidget::showDenied(const QString &message)
{
    if (m_denied)
        return;
    m_denied = true;
    ++m_summaryGeneration;
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    m_histogram->clear();
    m_asOf->clear();
    m_notice->hide();
    m_signIn->hide();
    emit accessDenied(m_courseId);
}

void DashboardWidget::updateAge()
{
    const bool signIn =
        !m_denied && m_courseId != 0 &&
        (m_learners->needsSignIn() || m_quizzes->needsSignIn() || (m_summary && m_summary->needsSignIn));
    m_signIn->setVisible(signIn);
    if (m_denied || m_courseId == 0) {
        m_asOf->clear();
        m_notice->hide();
        return;
    }
    // The oldest of what is shown, so that the label never claims fresher data than there is.
    QDateTime oldest;
    bool fromCache = false;
    QString reason;
    const auto consider = [&](const QDateTime &asOf, bool cached, const QString &why) {
        if (!asOf.isValid())
            return;
        if (!oldest.isValid() || asOf < oldest)
            oldest = asOf;
        if (cached) {
            fromCache = true;
            reason = why;
        }
    };
    consider(m_learners->asOf(), m_learners->isFromCache(), m_learners->cacheReason());
    consider(m_quizzes->asOf(), m_quizzes->isFromCache(), m_quizzes->cacheReason());
    if (m_summary)
        consider(m_summary->asOf, m_summary->fromCache, m_summary->cacheReason);
    if (!oldest.isValid()) {
        m_asOf->setText(m_learners->isLoading() ? tr("Loading…") : QString());
        m_notice->setText(signIn ? m_learners->error().message : QString());
        m_notice->setVisible(signIn);
        return;
    }
    const QString age = dashboardtext::asOf(oldest, m_clock.now());
    m_asOf->setText(fromCache ? tr("%1 · saved copy").arg(age) : age);
    m_notice->setText(fromCache ? reason : QString());
    m_notice->setVisible(fromCache && !reason.isEmpty());
}

void DashboardWidget::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString DashboardWidget::csvName(const QString &what) const
{
    // "Getting started with CourseDesk - learners.csv": the course's name as people know it, without the
    // characters a file name cannot hold on some system.
    static const QRegularExpression forbidden(u"[\\\\/:*?\"<>|\\x00-\\x1f]+"_s);
    QString name = QString(m_courseName).replace(forbidden, u" "_s).simplified();
    while (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty())
        name = tr("Course %1").arg(m_courseId);
    return tr("%1 - %2.csv").arg(name.left(120), what);
}

template <typename T>
void DashboardWidget::finishExport(const QString &path, const Result<QList<T>> &rows,
                                   QString (*toCsv)(const QList<T> &))
{
    if (!rows) {
        setStatus(tr("Nothing was exported: %1").arg(rows.error().message));
        return;
    }
    if (Status saved = DashboardCsv::save(path, toCsv(*rows)); !saved) {
        setStatus(tr("Nothing was exported: %1").arg(saved.error().message));
        return;
    }
    setStatus(tr("%n row(s) exported to %1.", nullptr, int(rows->size())).arg(QDir::toNativeSeparators(path)));
    emit exported(path, int(rows->size()));
}

void DashboardWidget::exportLearners()
{
    if (m_courseId == 0)
        return;
    const QString path = m_chooseFile(this, csvName(tr("learners")));
    if (path.isEmpty())
        return;
    setStatus(tr("Exporting…"));
    QPointer<DashboardWidget> self(this);
    m_dashboard.allLearners(
        m_courseId, m_learners->currentQuery(),
        [this, self, path](Result<QList<LearnerRow>> rows) {
            if (self)
                finishExport<LearnerRow>(path, rows, &DashboardCsv::learners);
        },
        [this, self](int fetched, int total) {
            if (self)
                setStatus(tr("Exporting… %1 of %2 rows").arg(QLocale().toString(fetched), QLocale().toString(total)));
        });
}

void DashboardWidget::exportQuizResults()
{
    if (m_courseId == 0)
        return;
    const QString path = m_chooseFile(this, csvName(tr("quiz results")));
    if (path.isEmpty())
        return;
    setStatus(tr("Exporting…"));
    QPointer<DashboardWidget> self(this);
    m_dashboard.allQuizResults(
        m_courseId, m_quizzes->currentQuery(),
        [this, self, path](Result<QList<QuizResultRow>> rows) {
            if (self)
                finishExport<QuizResultRow>(path, rows, &DashboardCsv::quizResults);
        },
        [this, self](int fetched, int total) {
            if (self)
                setStatus(tr("Exporting… %1 of %2 rows").arg(QLocale().toString(fetched), QLocale().toString(total)));
        });
}

} // namespace coursedesk
