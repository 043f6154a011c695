#include "dashboard/CompletionHistogram.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
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
    auto *series = new QBarSeries;
    series->append(m_set);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Learners by completion"));
    chart->legend()->hide();
    auto *axisX = new QBarCategoryAxis;
    axisX->append(m_labels);
    axisX->setTitleText(tr("Completion"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    m_axisY = new QValueAxis;
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_axisY->setTitleText(tr("Learners"));
    m_axisY->setRange(0, 1);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    series->attachAxis(m_axisY);

    m_view = new QChartView(chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
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

} // namespace coursedesk
