#include "SafeTextBrowser.h"

#include <QLoggingCategory>

namespace coursedesk {

Q_LOGGING_CATEGORY(lcBrowser, "coursedesk.ui.browser")

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &SafeTextBrowser::linkRequested);
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    if (name.scheme() == QLatin1StringView("qrc") || name.scheme() == QLatin1StringView("data"))
        return QTextBrowser::loadResource(type, name);
    qCDebug(lcBrowser) << "blocked a resource load of scheme" << name.scheme();
    return {};
}

} // namespace coursedesk
