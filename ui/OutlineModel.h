#pragma once

#include "StatusIcons.h"
#include "domain/AccessPolicy.h"
#include "domain/Course.h"

#include <QAbstractItemModel>
#include <QHash>

#include <functional>
#include <optional>

namespace coursedesk {

// A course outline as a tree: sections at the top level, their lessons below. One column.
// Fed whole course snapshots and their access state; it never computes a rule itself.
class OutlineModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        LessonIdRole = Qt::UserRole + 1, // qint64; 0 for a section
        SectionIdRole,                   // qint64
        AccessibleRole,                  // bool
        LockReasonRole,                  // QString, wire name ("order", …); empty when open
        LockTextRole,                    // QString, the lock explained for people
        CompletionRole,                  // QString, wire name
        IsQuizRole,                      // bool
        IsDraftRole,                     // bool
        NewsRole,                        // QString: what's new about it ("new", "changed", "open now"), else empty
    };

    explicit OutlineModel(QObject *parent = nullptr);

    // A quiz's last grade, for its accessible description ("quiz, completed, grade 67 %"): asked only when an
    // assistive tool reads the item (the outline's course has no quiz bodies).
    using GradeSource = std::function<std::optional<int>(qint64 lessonId)>;
    void setGradeSource(GradeSource source) { m_grades = std::move(source); }

    // Replaces everything (a different course, or a different structure).
    void setCourse(const Course &course, const CourseAccess &access);
    // Same structure, new states: emits dataChanged only where something changed.
    void updateStates(const Course &course, const CourseAccess &access);

    // What's new since the learner last looked, by lesson and section id (find branch): shown after the name.
    void setNewsBadges(const QHash<qint64, QString> &lessons, const QHash<qint64, QString> &sections);

    const Course &course() const { return m_course; }
    QModelIndex indexOfLesson(qint64 lessonId) const;
    qint64 lessonIdAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QHash<qint64, QString> m_lessonNews;
    QHash<qint64, QString> m_sectionNews;
    bool sameStructure(const Course &course) const;
    QVariant sectionData(int sectionRow, int role) const;
    QVariant lessonData(int sectionRow, int lessonRow, int role) const;
    // The access state of a row, found by its position in course order (the evaluation's order).
    static SectionAccess sectionAccess(const CourseAccess &access, qsizetype sectionRow, qint64 sectionId);
    static LessonAccess lessonAccess(const CourseAccess &access, qsizetype position, qint64 lessonId);

    StatusIcons m_icons;
    GradeSource m_grades;
    Course m_course;
    CourseAccess m_access;
    QList<qsizetype> m_firstLesson; // per section row, the course-order position of its first lesson
};

} // namespace coursedesk
