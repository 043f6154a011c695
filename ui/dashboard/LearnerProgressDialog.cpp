#include "dashboard/LearnerProgressDialog.h"

#include "session/DashboardCsv.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

QString stateText(const LearnerLesson &lesson)
{
    switch (lesson.completion) {
    case Completion::Completed:
        return LearnerProgressDialog::tr("Completed");
    case Completion::Failed:
        return LearnerProgressDialog::tr("Failed");
    case Completion::Uncompleted:
    case Completion::Unknown:
        break;
    }
    return lesson.locked ? LearnerProgressDialog::tr("Not open yet") : LearnerProgressDialog::tr("Not completed");
}

QTableView *table(QStandardItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

LearnerProgressDialog::LearnerProgressDialog(Dashboard &dashboard, const Clock &clock, qint64 courseId,
                                             const LearnerRow &learner, FileChooser chooseFile, QWidget *parent)
    : QDialog(parent)
    , m_progress(dashboard, clock)
    , m_clock(clock)
    , m_learner(learner)
    , m_chooseFile(std::move(chooseFile))
    , m_summary(new QLabel(this))
    , m_asOf(new QLabel(this))
    , m_lessonsModel(new QStandardItemModel(0, 3, this))
    , m_attemptsModel(new QStandardItemModel(0, 4, this))
    , m_lessons(table(m_lessonsModel, u"learnerLessons"_s, this))
    , m_attempts(table(m_attemptsModel, u"learnerAttempts"_s, this))
    , m_exportLessons(new QPushButton(tr("Export &lessons as CSV…"), this))
    , m_exportAttempts(new QPushButton(tr("Export &attempts as CSV…"), this))
{
    setObjectName(u"learnerProgress"_s);
    const QString name = learner.realName.isEmpty() ? learner.username : learner.realName;
    setWindowTitle(tr("Progress of %1").arg(name));
    m_summary->setObjectName(u"learnerSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Reading the progress of %1…").arg(name));
    m_asOf->setObjectName(u"learnerAsOf"_s);
    m_asOf->setTextFormat(Qt::PlainText);
    m_asOf->setWordWrap(true);
    m_lessonsModel->setHorizontalHeaderLabels({tr("Section"), tr("Lesson"), tr("State")});
    m_attemptsModel->setHorizontalHeaderLabels({tr("Quiz"), tr("Date"), tr("Grade"), tr("Result")});
    m_exportLessons->setObjectName(u"exportLearnerLessons"_s);
    m_exportAttempts->setObjectName(u"exportLearnerAttempts"_s);
    m_exportLessons->setEnabled(false);
    m_exportAttempts->setEnabled(false);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"learnerTabs"_s);
    tabs->addTab(m_lessons, tr("Lessons"));
    tabs->addTab(m_attempts, tr("Quiz attempts"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_exportLessons, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportAttempts, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_asOf);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportLessons, &QPushButton::clicked, this, [this] { exportCsv(true); });
    connect(m_exportAttempts, &QPushButton::clicked, this, [this] { exportCsv(false); });
    resize(640, 480);

    m_progress.load(courseId, learner, [this, name](Result<Timed<LearnerReport>> report) {
        if (!report) {
            m_summary->setText(report.error().message);
            return;
        }
        show(*report);
    });
}

void LearnerProgressDialog::show(const Timed<LearnerReport> &timed)
{
    const LearnerReport &report = timed.value;
    m_report = report;
    const QString name = m_learner.realName.isEmpty() ? m_learner.username : m_learner.realName;
    m_summary->setText(tr("%1: %2 of %3 lessons completed (%4 %).")
                           .arg(name)
                           .arg(report.completedLessons())
                           .arg(report.lessons.size())
                           .arg(report.completionRate));
    const QString age = tr("As of %1").arg(locale().toString(timed.asOf.toLocalTime(), QLocale::ShortFormat));
    m_asOf->setText(timed.fromCache ? age + u" — "_s + timed.cacheReason : age);
    m_lessonsModel->setRowCount(0);
    for (const LearnerLesson &lesson : report.lessons) {
        QList<QStandardItem *> row{new QStandardItem(lesson.sectionName), new QStandardItem(lesson.lessonName),
                                   new QStandardItem(stateText(lesson))};
        row.at(2)->setData(toWire(lesson.completion), Qt::UserRole);
        m_lessonsModel->appendRow(row);
    }
    m_attemptsModel->setRowCount(0);
    for (const QuizResultRow &attempt : report.attempts) {
        m_attemptsModel->appendRow(
            {new QStandardItem(attempt.quizName),
             new QStandardItem(locale().toString(attempt.createdAt.toLocalTime(), QLocale::ShortFormat)),
             new QStandardItem(QString::number(attempt.grade)),
             new QStandardItem(attempt.result == Completion::Completed ? tr("Passed") : tr("Failed"))});
    }
    m_lessons->resizeColumnsToContents();
    m_attempts->resizeColumnsToContents();
    m_exportLessons->setEnabled(true);
    m_exportAttempts->setEnabled(!report.attempts.isEmpty());
}

void LearnerProgressDialog::exportCsv(bool lessons)
{
    if (!m_report)
        return;
    const QString suggested = u"%1-%2.csv"_s.arg(m_learner.username, lessons ? u"lessons"_s : u"attempts"_s);
    const QString path = m_chooseFile(this, suggested);
    if (path.isEmpty())
        return;
    const QString csv = lessons ? LearnerProgress::lessonsCsv(*m_report) : LearnerProgress::attemptsCsv(*m_report);
    if (Status saved = DashboardCsv::save(path, csv); !saved) {
        m_asOf->setText(saved.error().message);
        return;
    }
    emit exported(path, int(lessons ? m_report->lessons.size() : m_report->attempts.size()));
}

} // namespace coursedesk
