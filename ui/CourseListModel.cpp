#include "CourseListModel.h"

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
    return courses.ok();
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
    case Qt::AccessibleDescriptionRole:
        // A teacher's own progress in a course they teach means nothing: the row says what they do there instead.
        return course.role == Role::Instructor ? tr("You teach this course")
                                               : describeProgressWhole(course.progress, QLocale());
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
    return index.isValid() && index.model() == this && index.row() < m_courses.size() ? m_courses.at(index.row()).id : 0;
}

void CourseListModel::updateProgress(qint64 courseId, const ProgressFigures &figures)
{
    const QModelIndex at = indexOfCourse(courseId);
    if (!at.isValid())
        return;
    m_courses[at.row()].progress = figures;
    emit dataChanged(at, at, {Qt::ToolTipRole, Qt::AccessibleDescriptionRole, ProgressTextRole, ProgressBasisPointsRole});
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
