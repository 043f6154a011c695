#pragma once

#include <QDialog>

namespace coursedesk {

// Help ▸ About CourseDesk: the name, the version, what it is, the license and where to report a problem.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace coursedesk
