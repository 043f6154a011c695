#include "CourseListModel.h"

#include "OfflineState.h"

#include "session/OfflineFiles.h"
#include "session/ProgressText.h"

#include <QLocale>

namespace coursedesk {

using namespace Qt::StringLiterals;

CourseListModel::CourseListModel(CourseSession &session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    connect(&m_session, &CourseSession::progressChanged, this, &CourseListModel::updateProgress);
    connect(&m_session, &CourseSession::coursesChanged, this, &CourseListModel::reload);
    // Not loaded here: the window paints first and loads its courses right after (MainWindow::loadCourses).
}

bool CourseListModel::reload()
{
    Result<QList<CourseSummary>> courses = m_session.courses();
    beginResetModel();
    if (courses) {
        m_courses = std::move(*courses);
        m_error.clear();
    } else {
        m_courses.clear();
        m_error = courses.error().message;
    }
    endResetModel();
    reloadOffline();
    return courses.ok();
}

void CourseListModel::watchOfflineFiles()
{
    OfflineFiles *files = m_session.offlineFiles();
    if (!files || files == m_watched)
        return;
    m_watched = files;
    connect(files, &OfflineFiles::storageChanged, this, &CourseListModel::reloadOffline);
    connect(files, &OfflineFiles::downloadProgress, this, &CourseListModel::showDownload);
    connect(files, &OfflineFiles::downloadFinished, this, [this](qint64 courseId) {
        m_downloading.remove(courseId);
        reloadOffline();
    });
}

void CourseListModel::reloadOffline()
{
    watchOfflineFiles();
    m_offline.clear();
    if (m_watched) {
        for (const CourseSummary &course : std::as_const(m_courses)) {
            CourseStorage none;
            none.courseId = course.id;
            m_offline.insert(course.id, OfflineCourse{none, m_watched->keepsOffline(course.id)});
        }
        if (const Result<QList<CourseStorage>> storage = m_watched->storage(); storage) {
            for (const CourseStorage &course : *storage) {
                if (m_offline.contains(course.courseId))
                    m_offline[course.courseId].storage = course;
            }
        }
    }
    if (!m_courses.isEmpty()) {
        emit dataChanged(
            index(0), index(int(m_courses.size()) - 1),
            {Qt::ToolTipRole, Qt::AccessibleDescriptionRole, OfflineTextRole, OfflineKindRole, OfflineBytesRole});
    }
}

void CourseListModel::showDownload(qint64 courseId, int filesDone, int filesTotal, qint64 bytes)
{
    m_downloading.insert(courseId, OfflineState::downloading(filesDone, filesTotal, bytes, QLocale()));
    const QModelIndex at = indexOfCourse(courseId);
    if (at.isValid())
        emit dataChanged(at, at, {Qt::ToolTipRole, Qt::AccessibleDescriptionRole, OfflineTextRole});
}

QString CourseListModel::offlineText(qint64 courseId) const
{
    if (const auto running = m_downloading.constFind(courseId); running != m_downloading.cend())
        return *running;
    const auto course = m_offline.constFind(courseId);
    return course == m_offline.cend() ? QString() : OfflineState::withSize(*course, QLocale());
}

int CourseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_courses.size());
}

QVariant CourseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CourseSummary &course = m_courses.at(index.row());
    switch (role) {
    case NewsRole:
        return m_news.value(course.id);
    case Qt::DisplayRole:
        if (const int news = m_news.value(course.id); news > 0)
            return QString(course.name + u"  ● "_s + tr("%n new", nullptr, news));
        return course.name;
    case Qt::ToolTipRole:
    case ProgressTextRole:
    case Qt::AccessibleDescriptionRole: {
        // A teacher's own progress in a course they teach means nothing: the row says what they do there instead.
        const QString progress = course.role == Role::Instructor ? tr("You teach this course")
                                                                 : describeProgressWhole(course.progress, QLocale());
        const QString offline = offlineText(course.id);
        if (role == ProgressTextRole || offline.isEmpty())
            return progress;
        return tr("%1; %2").arg(progress, offline); // the state a screen reader announces, as the outline does
    }
    case OfflineTextRole:
        return offlineText(course.id);
    case OfflineKindRole:
        return m_offline.contains(course.id) ? QVariant(int(OfflineState::of(m_offline.value(course.id)))) : QVariant();
    case OfflineBytesRole:
        return m_offline.value(course.id).storage.bytes;
    case CourseIdRole:
        return course.id;
    case ProgressBasisPointsRole:
        return course.progress.basisPoints();
    case RoleRole:
        return int(course.role);
    default:
        return {};
    }
}

QHash<int, QByteArray> CourseListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CourseIdRole, "courseId");
    names.insert(ProgressBasisPointsRole, "progressBasisPoints");
    names.insert(ProgressTextRole, "progressText");
    names.insert(RoleRole, "role");
    names.insert(OfflineTextRole, "offlineText");
    return names;
}

QModelIndex CourseListModel::indexOfCourse(qint64 courseId) const
{
    for (qsizetype row = 0; row < m_courses.size(); ++row) {
        if (m_courses.at(row).id == courseId)
            return index(int(row));
    }
    return {};
}

qint64 CourseListModel::courseIdAt(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.row() < m_courses.size() ? m_courses.at(index.row()).id
                                                                                      : 0;
}

void CourseListModel::updateProgress(qint64 courseId, const ProgressFigures &figures)
{
    const QModelIndex at = indexOfCourse(courseId);
    if (!at.isValid())
        return;
    m_courses[at.row()].progress = figures;
    emit dataChanged(at, at,
                     {Qt::ToolTipRole, Qt::AccessibleDescriptionRole, ProgressTextRole, ProgressBasisPointsRole});
}

void CourseListModel::setNewsCounts(const QHash<qint64, int> &counts)
{
    if (counts == m_news)
        return;
    m_news = counts;
    if (!m_courses.isEmpty())
        emit dataChanged(index(0), index(int(m_courses.size()) - 1), {Qt::DisplayRole, NewsRole});
}

} // namespace coursedesk
