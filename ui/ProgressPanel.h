#pragma once

#include "domain/Progress.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace coursedesk {

// "5 of 12 lessons · 41.67 %" with a bar at the whole percent.
class ProgressPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressPanel(QWidget *parent = nullptr);

    void setFigures(const ProgressFigures &figures);
    ProgressFigures figures() const { return m_figures; }
    QString text() const;
    int value() const;

    static QString describe(const ProgressFigures &figures, const QLocale &locale = {});

private:
    ProgressFigures m_figures;
    QProgressBar *m_bar;
};

} // namespace coursedesk
