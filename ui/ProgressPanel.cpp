#include "ProgressPanel.h"

#include "session/ProgressText.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QProgressBar>

namespace coursedesk {

ProgressPanel::ProgressPanel(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(true);
    m_bar->setAccessibleName(tr("Course progress"));
    m_bar->setObjectName(QStringLiteral("progressBar"));
    layout->addWidget(m_bar);
    setFigures({});
}

QString ProgressPanel::describe(const ProgressFigures &figures, const QLocale &locale)
{
    return describeProgressWhole(figures, locale);
}

void ProgressPanel::setFigures(const ProgressFigures &figures, const std::optional<ServerProgress> &server)
{
    m_figures = figures;
    m_bar->setValue(figures.percent());
    const QString text = describe(figures, locale());
    m_bar->setFormat(text);
    m_bar->setAccessibleDescription(text);
    QString tip;
    if (server && server->percentage) {
        tip = tr("The server last counted %1 of %2 lessons: %3 %.")
                  .arg(locale().toString(server->completedLessons), locale().toString(server->totalLessons),
                       locale().toString(*server->percentage, 'f', 2));
    }
    m_bar->setToolTip(tip);
}

QString ProgressPanel::text() const
{
    return m_bar->format();
}

int ProgressPanel::value() const
{
    return m_bar->value();
}

} // namespace coursedesk
