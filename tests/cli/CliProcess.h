#pragma once

// coursedesk-cli and coursedesk-refserver as separate processes, as a person would run them: the CLI's run
// (exit code, stdout, stderr), the server started with its command line (--dialect, --client-id, --redirect-uri …)
// and its /_test/ control routes.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>

namespace coursedesk::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

// The environment a CLI under test runs in: the developer's own D-Bus session is left out, so that a test's sign-in
// can never write to (or read from) the keychain of the person running the tests. Without a session bus the CLI
// takes its documented no-keychain path; tests/keychain runs the real keychain on a private bus of its own.
inline QProcessEnvironment isolatedCliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/coursedesk-test-bus"));
    return environment;
}

// The CLI on a data folder of its own; `stdinText` is its standard input. The event loop keeps running meanwhile
// (an in-process server keeps answering).
inline CliRun runCli(const QString &dataDir, const QStringList &args, const QByteArray &stdinText = {})
{
    QProcess process;
    process.setProcessEnvironment(isolatedCliEnvironment());
    process.setProgram(QStringLiteral(COURSEDESK_CLI_PATH));
    process.setArguments(QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    process.start();
    process.write(stdinText);
    process.closeWriteChannel();
    CliRun run;
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60'000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// coursedesk-refserver --port 0 --seed demo and the given options, until destroyed.
class RefServerProcess
{
public:
    RefServerProcess() = default;
    RefServerProcess(const RefServerProcess &) = delete;
    RefServerProcess &operator=(const RefServerProcess &) = delete;
    ~RefServerProcess() { stop(); }

    // Returns an empty string when it listens, else what went wrong.
    QString start(const QStringList &options)
    {
        m_process.setProgram(QStringLiteral(COURSEDESK_REFSERVER_PATH));
        m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                                           QStringLiteral("demo")} +
                               options);
        m_process.start();
        if (!m_process.waitForStarted())
            return QStringLiteral("the reference server does not start");
        if (!QTest::qWaitFor([&] { return m_process.canReadLine() || m_process.state() != QProcess::Running; }, 20'000))
            return QStringLiteral("the reference server did not say where it listens");
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        const QString prefix = QStringLiteral("listening on ");
        if (!line.startsWith(prefix))
            return line + QString::fromUtf8(m_process.readAllStandardError());
        m_url = line.mid(prefix.size());
        return {};
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    const QString &url() const { return m_url; }

    // A /_test/ control route (faults, lesson changes, expired tokens); false when it did not answer 2xx.
    bool control(const QByteArray &method, const QString &path, const QJsonObject &body = {}) const
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_url + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = network.sendCustomRequest(request, method, QJsonDocument(body).toJson());
        const bool finished = QTest::qWaitFor([&] { return reply->isFinished(); }, 10'000);
        const bool ok = finished && reply->error() == QNetworkReply::NoError;
        reply->deleteLater();
        return ok;
    }

private:
    QProcess m_process;
    QString m_url;
};

} // namespace coursedesk::test
