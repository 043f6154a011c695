#include "dashboard/CompletionHistogram.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

namespace coursedesk {

CompletionHistogram::CompletionHistogram(QWidget *parent)
    : QWidget(parent)
{
    for (int band = 0; band < CompletionSummary::bandCount; ++band) {
        const int low = band * 10;
        const int high = band == CompletionSummary::bandCount - 1 ? 100 : low + 9;
        m_labels << tr("%1–%2 %").arg(low).arg(high);
    }
    m_set = new QBarSet(tr("Learners"));
    for (int band = 0; band < CompletionSummary::bandCount; ++band)
        *m_set << 0;
    // Horizontal bars: the bands' labels sit beside their bars, where they have room at any width (under vertical
    // bars they were cut to "10–1…" and, at 800 × 600, to "0…").
    auto *series = new QHorizontalBarSeries;
    series->append(m_set);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *bands = new QBarCategoryAxis;
    bands->append(m_labels);
    bands->setTitleText(tr("Completion"));
    chart->addAxis(bands, Qt::AlignLeft);
    series->attachAxis(bands);
    m_axisY = new QValueAxis;
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_axisY->setTitleText(tr("Learners"));
    m_axisY->setRange(0, 1);
    chart->addAxis(m_axisY, Qt::AlignBottom);
    series->attachAxis(m_axisY);
    m_chart = chart;
    applyPalette();

    m_view = new QChartView(chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    // Room for every band's label (the chart cuts a label taller than its band): the tab scrolls no further.
    m_view->setMinimumHeight(CompletionSummary::bandCount * (fontMetrics().height() + 8) + 4 * fontMetrics().height());
    m_average = new QLabel(this);
    m_average->setObjectName(QStringLiteral("averageLabel"));
    m_average->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_average);
    clear();
}

void CompletionHistogram::setSummary(const CompletionSummary &summary)
{
    int highest = 0;
    for (int band = 0; band < CompletionSummary::bandCount; ++band) {
        const int count = summary.bands[size_t(band)];
        m_set->replace(band, count);
        highest = std::max(highest, count);
    }
    m_axisY->setRange(0, std::max(1, highest));
    m_axisY->setTickCount(std::clamp(highest, 1, 5) + 1);
    const QLocale locale;
    if (summary.counted == 0) {
        m_average->setText(tr("No learners have joined this course yet."));
    } else if (summary.isPartial() && summary.serverAverage) {
        m_average->setText(tr("Average completion: %1 % over all %2 learners (the chart shows the %3 most recently "
                              "joined).")
                               .arg(locale.toString(*summary.serverAverage), locale.toString(summary.total),
                                    locale.toString(summary.counted)));
    } else if (summary.isPartial()) {
        m_average->setText(tr("Average completion: %1 % over the %2 most recently joined of %3 learners.")
                               .arg(locale.toString(summary.average(), 'f', 1), locale.toString(summary.counted),
                                    locale.toString(summary.total)));
    } else {
        m_average->setText(tr("Average completion: %1 % over %n learner(s).", nullptr, summary.counted)
                               .arg(locale.toString(summary.average(), 'f', 1)));
    }
}

void CompletionHistogram::clear()
{
    for (int band = 0; band < CompletionSummary::bandCount; ++band)
        m_set->replace(band, 0);
    m_axisY->setRange(0, 1);
    m_average->clear();
}

int CompletionHistogram::bandValue(int band) const
{
    return int(m_set->at(band));
}

QString CompletionHistogram::bandLabel(int band) const
{
    return m_labels.value(band);
}

QString CompletionHistogram::averageText() const
{
    return m_average->text();
}

QChart *CompletionHistogram::chart() const
{
    return m_view->chart();
}

void CompletionHistogram::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void CompletionHistogram::applyPalette()
{
    // The chart draws with its own theme: it follows the window's palette (light or dark) instead.
    const QPalette colours = palette();
    m_chart->setBackgroundBrush(colours.color(QPalette::Base));
    m_chart->setTitleBrush(colours.color(QPalette::Text));
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsBrush(colours.color(QPalette::Text));
        axis->setTitleBrush(colours.color(QPalette::Text));
        axis->setLinePenColor(colours.color(QPalette::Mid));
        axis->setGridLineColor(colours.color(QPalette::Midlight));
    }
    m_set->setColor(colours.color(QPalette::Highlight));
    m_set->setBorderColor(colours.color(QPalette::Highlight));
}

} // namespace coursedesk
