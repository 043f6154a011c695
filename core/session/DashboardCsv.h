#pragma once

#include "domain/Result.h"
#include "remote/ApiClient.h"

#include <QString>
#include <QStringList>

namespace coursedesk {

// The dashboard's two lists as CSV (Csv: RFC 4180, formula guard), the same for the window's "Export CSV…" and
// `coursedesk-cli dashboard --csv`. Column names are fixed machine names (not translated: scripts read them);
// times are ISO 8601 UTC; statuses and results are the contract's words.
class DashboardCsv final
{
public:
    static QStringList learnerHeader();
    static QStringList learnerFields(const LearnerRow &row);
    static QStringList quizHeader();
    static QStringList quizFields(const QuizResultRow &row);

    static QString learners(const QList<LearnerRow> &rows);
    static QString quizResults(const QList<QuizResultRow> &rows);

    // Writes UTF-8 text atomically (QSaveFile): an existing file is replaced only once the new one is complete.
    static Status save(const QString &filePath, const QString &text);
};

} // namespace coursedesk
