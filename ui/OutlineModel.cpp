#include "OutlineModel.h"

#include "StatusIcons.h"
#include "session/LockText.h"

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

// Internal ids: 0 for a section row; for a lesson row, its section's row + 1 times an odd constant.
// Why not the row + 1 itself: QModelIndex hashes as (row << 4) + column + internalId, and QHash picks
// the bucket from the low bits. With small ids the lessons of every section share a few hundred hash
// values, and QTreeView::expandAll keeps a QPersistentModelIndex for every row, each one found by
// probing those long runs: a 20k-lesson outline spent most of its first show there. The odd
// multiplier spreads the low bits; multiplying by its inverse (mod 2^bits) gives the section row back.
constexpr quintptr sectionMarker = 0;
constexpr quintptr spread = quintptr(0x9E3779B97F4A7C15ULL);

constexpr quintptr inverseOf(quintptr odd)
{
    quintptr inverse = odd; // Newton's iteration: each step doubles the correct low bits
    for (int i = 0; i < 6; ++i)
        inverse *= 2 - odd * inverse;
    return inverse;
}

constexpr quintptr spreadInverse = inverseOf(spread);
static_assert(spread * spreadInverse == 1);

constexpr quintptr lessonIdFor(int sectionRow)
{
    return (quintptr(sectionRow) + 1) * spread; // never 0: the multiplier is odd
}

constexpr int sectionRowOf(quintptr lessonInternalId)
{
    return int(lessonInternalId * spreadInverse - 1);
}

} // namespace

OutlineModel::OutlineModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void OutlineModel::setCourse(const Course &course, const CourseAccess &access)
{
    beginResetModel();
    m_course = course;
    m_access = access;
    m_firstLesson.clear();
    m_firstLesson.reserve(course.sections.size());
    qsizetype position = 0;
    for (const Section &section : course.sections) {
        m_firstLesson.append(position);
        position += section.lessons.size();
    }
    endResetModel();
}

// CourseAccess lists sections and lessons in course order, the order of the rows: a row's state is at
// its position, checked by id, and looked up by id only if it is not (a lookup by id builds an index
// of the whole course on every new evaluation, which a toggle on a 10k-lesson course paid twice).
SectionAccess OutlineModel::sectionAccess(const CourseAccess &access, qsizetype sectionRow, qint64 sectionId)
{
    const QList<SectionAccess> &sections = access.sections();
    if (sectionRow < sections.size() && sections.at(sectionRow).sectionId == sectionId)
        return sections.at(sectionRow);
    return access.section(sectionId);
}

LessonAccess OutlineModel::lessonAccess(const CourseAccess &access, qsizetype position, qint64 lessonId)
{
    const auto &lessons = access.lessons();
    if (position >= 0 && size_t(position) < lessons.size() && lessons[size_t(position)].lessonId == lessonId)
        return lessons[size_t(position)];
    return access.lesson(lessonId);
}

bool OutlineModel::sameStructure(const Course &course) const
{
    if (course.id != m_course.id || course.sections.size() != m_course.sections.size())
        return false;
    for (qsizetype s = 0; s < course.sections.size(); ++s) {
        const Section &a = course.sections.at(s);
        const Section &b = m_course.sections.at(s);
        if (a.id != b.id || a.lessons.size() != b.lessons.size())
            return false;
        if (a.lessons.constData() == b.lessons.constData())
            continue; // the same shared list: the same lessons
        for (qsizetype l = 0; l < a.lessons.size(); ++l) {
            if (a.lessons.at(l).id != b.lessons.at(l).id)
                return false;
        }
    }
    return true;
}

void OutlineModel::updateStates(const Course &course, const CourseAccess &access)
{
    if (!sameStructure(course)) {
        setCourse(course, access);
        return;
    }
    const Course old = std::exchange(m_course, course);
    const CourseAccess oldAccess = std::exchange(m_access, access);
    for (int s = 0; s < int(course.sections.size()); ++s) {
        const Section &section = course.sections.at(s);
        if (sectionAccess(oldAccess, s, section.id) != sectionAccess(access, s, section.id) ||
            old.sections.at(s).name != section.name) {
            const QModelIndex idx = index(s, 0);
            emit dataChanged(idx, idx);
        }
        const QList<Lesson> &oldLessons = old.sections.at(s).lessons;
        const bool sameLessons = section.lessons.constData() == oldLessons.constData(); // shared: unchanged
        const qsizetype first = m_firstLesson.at(s);
        for (int l = 0; l < int(section.lessons.size()); ++l) {
            const Lesson &lesson = section.lessons.at(l);
            if ((!sameLessons && lesson != oldLessons.at(l)) ||
                lessonAccess(oldAccess, first + l, lesson.id) != lessonAccess(access, first + l, lesson.id)) {
                const QModelIndex idx = index(l, 0, index(s, 0));
                emit dataChanged(idx, idx);
            }
        }
    }
}

QModelIndex OutlineModel::indexOfLesson(qint64 lessonId) const
{
    for (int s = 0; s < int(m_course.sections.size()); ++s) {
        const QList<Lesson> &lessons = m_course.sections.at(s).lessons;
        for (int l = 0; l < int(lessons.size()); ++l) {
            if (lessons.at(l).id == lessonId)
                return index(l, 0, index(s, 0));
        }
    }
    return {};
}

qint64 OutlineModel::lessonIdAt(const QModelIndex &index) const
{
    return index.isValid() ? index.data(LessonIdRole).toLongLong() : 0;
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, sectionMarker);
    return createIndex(row, column, lessonIdFor(parent.row()));
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == sectionMarker)
        return {};
    return createIndex(sectionRowOf(child.internalId()), 0, sectionMarker);
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_course.sections.size());
    if (parent.column() != 0 || parent.internalId() != sectionMarker)
        return 0;
    return int(m_course.sections.at(parent.row()).lessons.size());
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == sectionMarker)
        return sectionData(index.row(), role);
    return lessonData(sectionRowOf(index.internalId()), index.row(), role);
}

QVariant OutlineModel::sectionData(int sectionRow, int role) const
{
    const Section &section = m_course.sections.at(sectionRow);
    const SectionAccess access = sectionAccess(m_access, sectionRow, section.id);
    switch (role) {
    case NewsRole:
        return m_sectionNews.value(section.id);
    case Qt::DisplayRole:
        if (const QString news = m_sectionNews.value(section.id); !news.isEmpty())
            return QString(section.name + u"  ● "_s + news);
        return section.name;
    case Qt::ToolTipRole:
    case LockTextRole:
        return access.dripLocked ? LockText::sectionLock(access, m_course.type) : QString();
    case Qt::DecorationRole:
        return access.dripLocked ? m_icons.locked() : QVariant();
    case SectionIdRole:
        return section.id;
    case LessonIdRole:
        return qint64(0);
    case AccessibleRole:
        return !access.dripLocked;
    case Qt::AccessibleTextRole:
        return access.dripLocked ? section.name + u", "_s + LockText::sectionLock(access, m_course.type) : section.name;
    case Qt::AccessibleDescriptionRole:
        return access.dripLocked ? tr("locked: %1").arg(LockText::sectionLock(access, m_course.type)) : QString();
    default:
        return {};
    }
}

QVariant OutlineModel::lessonData(int sectionRow, int lessonRow, int role) const
{
    const Lesson &lesson = m_course.sections.at(sectionRow).lessons.at(lessonRow);
    const LessonAccess access = lessonAccess(m_access, m_firstLesson.at(sectionRow) + lessonRow, lesson.id);
    switch (role) {
    case NewsRole:
        return m_lessonNews.value(lesson.id);
    case Qt::DisplayRole:
        if (const QString news = m_lessonNews.value(lesson.id); !news.isEmpty())
            return QString(lesson.name + u"  ● "_s + news);
        // The badge: a draft says so in its row (its icon too), for instructors who see drafts.
        return lesson.isPublished() ? lesson.name : tr("%1 [draft]").arg(lesson.name);
    case Qt::DecorationRole:
        return m_icons.forLesson(lesson, access);
    case Qt::ToolTipRole:
        if (access.isAccessible() && !lesson.isPublished())
            return tr("Draft: learners do not see this lesson.");
        // Locked again after it was completed: both states (the icon has the lock as a badge).
        if (!access.isAccessible() && lesson.completion == Completion::Completed)
            return tr("Completed, then locked again: %1").arg(LockText::lessonLock(access, m_course));
        return LockText::lessonLock(access, m_course);
    case LockTextRole:
        return LockText::lessonLock(access, m_course);
    case Qt::AccessibleTextRole:
        return LockText::accessibleSummary(lesson, access, m_course);
    case Qt::AccessibleDescriptionRole: {
        QString states = LockText::accessibleStates(lesson, access, m_course);
        if (const std::optional<int> grade = lesson.isQuiz() && m_grades ? m_grades(lesson.id) : std::nullopt)
            states += u", "_s + tr("grade %1 %").arg(QLocale().toString(*grade));
        return states;
    }
    case Qt::CheckStateRole: // "checked" for assistive tools; OutlineDelegate draws no check box
        return lesson.completion == Completion::Completed ? Qt::Checked : Qt::Unchecked;
    case LessonIdRole:
        return lesson.id;
    case SectionIdRole:
        return lesson.sectionId;
    case AccessibleRole:
        return access.isAccessible();
    case LockReasonRole:
        return toWire(access.reason);
    case CompletionRole:
        return toWire(lesson.completion);
    case IsQuizRole:
        return lesson.isQuiz();
    case IsDraftRole:
        return !lesson.isPublished();
    default:
        return {};
    }
}

QVariant OutlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The header is hidden, but assistive tools read the column's name: not "1".
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Lessons");
    return {};
}

QHash<int, QByteArray> OutlineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(LessonIdRole, "lessonId");
    names.insert(SectionIdRole, "sectionId");
    names.insert(AccessibleRole, "accessible");
    names.insert(LockReasonRole, "lockReason");
    names.insert(LockTextRole, "lockText");
    names.insert(CompletionRole, "completion");
    names.insert(IsQuizRole, "isQuiz");
    names.insert(IsDraftRole, "isDraft");
    return names;
}

void OutlineModel::setNewsBadges(const QHash<qint64, QString> &lessons, const QHash<qint64, QString> &sections)
{
    if (lessons == m_lessonNews && sections == m_sectionNews)
        return;
    m_lessonNews = lessons;
    m_sectionNews = sections;
    const int sectionCount = rowCount();
    if (sectionCount == 0)
        return;
    emit dataChanged(index(0, 0), index(sectionCount - 1, 0), {Qt::DisplayRole, NewsRole});
    for (int s = 0; s < sectionCount; ++s) {
        const QModelIndex section = index(s, 0);
        if (const int lessonCount = rowCount(section); lessonCount > 0)
            emit dataChanged(index(0, 0, section), index(lessonCount - 1, 0, section), {Qt::DisplayRole, NewsRole});
    }
}

} // namespace coursedesk
