#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace coursedesk {

class CacheDatabase;
class CourseSession;

// coursedesk-cli [--data-dir DIR] [--account NAME] [--json] COMMAND …
// Exit codes: 0 ok; 1 usage; 2 refused (locked, unknown id, invalid answers — the reason on stderr).
class CliApp final
{
public:
    enum ExitCode
    {
        Ok = 0,
        Usage = 1,
        Refused = 2,
    };

    CliApp(const Clock &clock, FILE *out, FILE *err);
    ~CliApp();

    int run(const QStringList &arguments);

private:
    int usage(const QString &problem);
    int refused(const Error &error);
    Status openSession(const QString &accountName);
    bool parseIds(const QStringList &args, int count, QList<qint64> &ids);

    int cmdSample();
    int cmdCourses();
    int cmdOutline(qint64 courseId);
    int cmdSetCompleted(qint64 courseId, qint64 lessonId, bool completed);
    int cmdQuiz(qint64 courseId, qint64 lessonId, const QStringList &answers);
    int cmdProgress(qint64 courseId);
    int cmdPending(const QString &dismissId);

    void printJson(const QJsonValue &value);

    const Clock &m_clock;
    QTextStream m_out;
    QTextStream m_err;
    QString m_dataDir;
    bool m_json = false;
    std::unique_ptr<CacheDatabase> m_db;
    std::unique_ptr<CourseSession> m_session;
};

} // namespace coursedesk
