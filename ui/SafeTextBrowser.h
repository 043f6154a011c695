#pragma once

#include <QTextBrowser>

namespace coursedesk {

// Renders lesson HTML with no scripts (QTextDocument runs none) and no remote or file loads:
// only data embedded in the document itself (data: URLs) and the application's own resources.
class SafeTextBrowser final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;

signals:
    void linkRequested(const QUrl &url); // a link the user clicked; opening it is the caller's choice
};

} // namespace coursedesk
