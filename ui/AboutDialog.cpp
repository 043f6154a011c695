#include "AboutDialog.h"

#include "Version.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace coursedesk {

using namespace Qt::StringLiterals;

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    auto *version = new QLabel(this);
    auto *license = new QLabel(this);
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About CourseDesk"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/coursedesk.svg"_s).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(u"<h2>CourseDesk</h2>"_s, this);
    version->setObjectName(u"aboutVersion"_s);
    version->setText(tr("Version %1 (Qt %2)").arg(QStringLiteral(COURSEDESK_VERSION), QString::fromLatin1(qVersion())));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *description = new QLabel(tr("Take your online courses offline: read lessons, mark them complete and take "
                                      "quizzes anywhere; everything is sent to your course platform when you are "
                                      "back online."),
                                   this);
    description->setWordWrap(true);
    license->setObjectName(u"aboutLicense"_s);
    license->setWordWrap(true);
    license->setOpenExternalLinks(true);
    license->setText(
        tr("CourseDesk is free software: you can redistribute it and/or modify it under the terms of the "
           "<a href=\"%1\">GNU General Public License</a>, version 3 or (at your option) any later version "
           "(%2). It comes with ABSOLUTELY NO WARRANTY.")
            .arg(u"https://www.gnu.org/licenses/gpl-3.0.html"_s, QStringLiteral(COURSEDESK_LICENSE)));
    auto *report = new QLabel(tr("To report a problem, run CourseDesk from a terminal with "
                                 "QT_LOGGING_RULES=\"coursedesk.*.debug=true\" and attach the output (it never "
                                 "contains passwords or tokens) and this version."),
                              this);
    report->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(version);
    text->addWidget(description);
    text->addWidget(license);
    text->addWidget(report);
    auto *body = new QHBoxLayout;
    body->addWidget(icon);
    body->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace coursedesk
