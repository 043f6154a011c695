#pragma once

#include "domain/Progress.h"

#include <QCoreApplication>
#include <QLocale>

namespace coursedesk {

// "5 of 12 lessons · 41.67 %": the one wording of progress, for the window and the CLI.
inline QString describeProgress(const ProgressFigures &figures, const QLocale &locale = QLocale::c())
{
    return QCoreApplication::translate("coursedesk::Progress", "%1 of %2 lessons · %3 %")
        .arg(locale.toString(figures.completed), locale.toString(figures.total),
             locale.toString(figures.percentExact(), 'f', 2));
}

// "5 of 12 lessons · 42 %": the window's wording, in whole percent as the progress bar and the server's
// user_completion_rate count; the two decimals above are for where the enrollment endpoint's figure is shown.
inline QString describeProgressWhole(const ProgressFigures &figures, const QLocale &locale = QLocale::c())
{
    return QCoreApplication::translate("coursedesk::Progress", "%1 of %2 lessons · %3 %")
        .arg(locale.toString(figures.completed), locale.toString(figures.total), locale.toString(figures.percent()));
}

} // namespace coursedesk
