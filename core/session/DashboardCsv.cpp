#include "session/DashboardCsv.h"

#include "session/Csv.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

template <typename T, typename Fields> QString table(const QStringList &header, const QList<T> &rows, Fields fields)
{
    QString text = Csv::row(header);
    for (const T &row : rows)
        text += Csv::row(fields(row));
    return text;
}

} // namespace

QStringList DashboardCsv::learnerHeader()
{
    return {u"username"_s, u"real_name"_s, u"status"_s, u"completion"_s, u"joined"_s, u"last_active"_s};
}

QStringList DashboardCsv::learnerFields(const LearnerRow &row)
{
    return {row.username,      row.realName,         toWire(row.joinStatus), QString::number(row.completionRate),
            iso(row.joinedAt), iso(row.lastActiveAt)};
}

QStringList DashboardCsv::quizHeader()
{
    return {u"learner"_s, u"quiz"_s, u"date"_s, u"grade"_s, u"result"_s};
}

QStringList DashboardCsv::quizFields(const QuizResultRow &row)
{
    return {row.username, row.quizName, iso(row.createdAt), QString::number(row.grade), toWire(row.result)};
}

QString DashboardCsv::learners(const QList<LearnerRow> &rows)
{
    return table(learnerHeader(), rows, &DashboardCsv::learnerFields);
}

QString DashboardCsv::quizResults(const QList<QuizResultRow> &rows)
{
    return table(quizHeader(), rows, &DashboardCsv::quizFields);
}

Status DashboardCsv::save(const QString &filePath, const QString &text)
{
    const auto failed = [&](const QSaveFile &file) {
        return Status(
            Error{u"csv"_s, QCoreApplication::translate("coursedesk::DashboardCsv", "%1 cannot be written: %2")
                                .arg(filePath, file.errorString())});
    };
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file);
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size())
        return failed(file);
    if (!file.commit())
        return failed(file);
    return success();
}

} // namespace coursedesk
