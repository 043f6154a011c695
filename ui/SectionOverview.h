#pragma once

#include "domain/AccessPolicy.h"
#include "domain/Course.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace coursedesk {

// A section chosen in the outline: what is in it — its lessons with their states (completed, failed, locked and
// why), how many are completed, and when the section opens if it has not yet. A lesson opens with a double click
// or Return.
class SectionOverview final : public QWidget
{
    Q_OBJECT

public:
    explicit SectionOverview(QWidget *parent = nullptr);

    void showSection(const Course &course, const CourseAccess &access, qint64 sectionId);
    QString summary() const;
    QStringList lessonLines() const; // "Name — state", in order

    // "Completed", "Locked: Complete 'Welcome' first", …
    static QString stateOf(const Lesson &lesson, const LessonAccess &access, const Course &course);

signals:
    void lessonChosen(qint64 lessonId);

private:
    QLabel *m_summary;
    QListWidget *m_lessons;
};

} // namespace coursedesk
