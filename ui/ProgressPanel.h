#pragma once

#include "domain/Course.h"
#include "domain/Progress.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace coursedesk {

// "5 of 12 lessons · 42 %" with a bar at the whole percent; where the server reported its own figure (the
// enrollment endpoint's, with two decimals) the tooltip gives it.
class ProgressPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressPanel(QWidget *parent = nullptr);

    void setFigures(const ProgressFigures &figures, const std::optional<ServerProgress> &server = std::nullopt);
    ProgressFigures figures() const { return m_figures; }
    QString text() const;
    int value() const;

    static QString describe(const ProgressFigures &figures, const QLocale &locale = {});

private:
    ProgressFigures m_figures;
    QProgressBar *m_bar;
};

} // namespace coursedesk
