#pragma once

#include "session/Dashboard.h"

#include <QWidget>

class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QValueAxis;

namespace coursedesk {

// Learners per 10 % completion band as a bar chart (QtCharts), with the average beneath it and, when the server
// has more learners than were counted, how many the figures cover.
class CompletionHistogram final : public QWidget
{
    Q_OBJECT

public:
    explicit CompletionHistogram(QWidget *parent = nullptr);

    void setSummary(const CompletionSummary &summary);
    void clear();

    int bandValue(int band) const; // learners shown in a band
    QString bandLabel(int band) const;
    QString averageText() const;
    QChart *chart() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QBarSet *m_set = nullptr;
    QValueAxis *m_axisY = nullptr;
    QLabel *m_average = nullptr;
    QStringList m_labels;
};

} // namespace coursedesk
