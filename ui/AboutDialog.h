#pragma once

#include <QDialog>

class QLabel;

namespace coursedesk {

// Help ▸ About CourseDesk: the name, the version, what it is, the license and where to report a problem.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // For tests: the text as shown (rich text stripped of its markup).
    QString versionText() const;
    QString licenseText() const;

private:
    QLabel *m_version;
    QLabel *m_license;
};

} // namespace coursedesk
