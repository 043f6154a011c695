#pragma once

// The token grep of the sign-in specifications: every message the client logs while a test runs is
// captured, and placesHolding() says which files under a folder, or which log lines, hold a secret.
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QStringList>

namespace coursedesk::test {

inline QStringList &capturedLog()
{
    static QStringList lines;
    return lines;
}

inline QtMessageHandler &previousMessageHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

inline void captureClientMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // The reference server runs in this process but stands for another program: its own logging (QtHttpServer
    // prints every request's headers at debug level) is not the client's.
    const QLatin1StringView category(context.category ? context.category : "");
    if (category.startsWith(QLatin1StringView("qt.httpserver")) ||
        category.startsWith(QLatin1StringView("coursedesk.refserver")))
        return;
    capturedLog() << QString(category) + QStringLiteral(": ") + message;
    if (previousMessageHandler() && type != QtDebugMsg && type != QtInfoMsg) // debug output is captured, not printed
        previousMessageHandler()(type, context, message);
}

// Switches the given logging rules on and captures every message until stopCapturingLog().
inline void startCapturingLog(const QString &rules)
{
    QLoggingCategory::setFilterRules(rules);
    previousMessageHandler() = qInstallMessageHandler(captureClientMessage);
}

inline void stopCapturingLog()
{
    qInstallMessageHandler(previousMessageHandler());
}

// The files under `folder` (hidden ones and subfolders included) and the captured log lines holding `secret`.
inline QStringList placesHolding(const QByteArray &secret, const QString &folder)
{
    QStringList places;
    QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
            places << file.fileName();
    }
    for (const QString &line : std::as_const(capturedLog())) {
        if (line.toUtf8().contains(secret))
            places << QStringLiteral("log: ") + line;
    }
    return places;
}

} // namespace coursedesk::test
