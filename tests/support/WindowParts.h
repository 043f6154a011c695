#pragma once

// What the main window's lesson pane shows, read from its widgets by their object names (LessonPane, QuizView): the
// readings that more than one test and the screenshots make.
#include "Widgets.h"

#include <QAbstractButton>
#include <QGroupBox>

namespace coursedesk::test {

// The reason a locked lesson gives in place of its text; empty while the lesson is open.
inline QString lockText(const QWidget *window, std::source_location where = std::source_location::current())
{
    const QWidget *page = named(window, "lockedLesson", where);
    return page ? shownText(named<QLabel>(page, "noticeText", where), window) : QString();
}

// A quiz question's answer buttons, in order; none for a question of a kind this version cannot show.
inline QList<QAbstractButton *> answerButtons(const QWidget *quiz, qint64 questionId,
                                              std::source_location where = std::source_location::current())
{
    const auto *question = named<QGroupBox>(quiz, u"question-%1"_s.arg(questionId), where);
    QList<QAbstractButton *> buttons;
    for (QAbstractButton *button : question ? question->findChildren<QAbstractButton *>() : buttons) {
        if (button->property("answerId").isValid())
            buttons.append(button);
    }
    return buttons;
}

} // namespace coursedesk::test
