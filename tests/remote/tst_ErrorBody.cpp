#include "remote/ErrorBody.h"

#include <QTest>

using namespace coursedesk;
using namespace Qt::StringLiterals;

// Every shape of error body a server may send (api-contract.md, "What a platform server does differently",
// point 4), and what the learner reads from it: the server's own words, never raw HTML or a code.
class tst_ErrorBody : public QObject
{
    Q_OBJECT

private slots:
    void shapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const QByteArray json = "application/json";

        // Our contract and OAuth.
        QTest::addRow("contract error and message")
            << QByteArray(R"({"error":"LESSON_LOCKED","message":"Complete 'Welcome' first.","reason":"order"})") << json
            << u"LESSON_LOCKED"_s << u"Complete 'Welcome' first."_s;
        QTest::addRow("contract code without a message")
            << QByteArray(R"({"error":"NOT_FOUND"})") << json << u"NOT_FOUND"_s << QString();
        QTest::addRow("oauth error_description")
            << QByteArray(R"({"error":"invalid_grant","error_description":"The code has expired."})") << json
            << u"invalid_grant"_s << u"The code has expired."_s;

        // Django REST Framework.
        QTest::addRow("drf detail (403 on a write)")
            << QByteArray(R"({"detail":"You must complete the previous lessons first."})") << json << QString()
            << u"You must complete the previous lessons first."_s;
        QTest::addRow("drf detail with a code")
            << QByteArray(R"({"detail":"Authentication credentials were not provided.","code":"not_authenticated"})")
            << json << u"not_authenticated"_s << u"Authentication credentials were not provided."_s;
        QTest::addRow("drf detail, whitespace folded")
            << QByteArray("{\"detail\":\"  Not\\n found.  \"}") << json << QString() << u"Not found."_s;
        QTest::addRow("drf field errors") << QByteArray(R"({"responses":["Every question must be answered."]})") << json
                                          << QString() << u"responses: Every question must be answered."_s;
        QTest::addRow("drf non_field_errors stand alone")
            << QByteArray(R"({"non_field_errors":["The quiz is closed."]})") << json << QString()
            << u"The quiz is closed."_s;
        QTest::addRow("drf nested field errors")
            << QByteArray(R"({"responses":[{},{"question_id":["Unknown question 9."]}]})") << json << QString()
            << u"responses.question_id: Unknown question 9."_s;
        QTest::addRow("drf bare list") << QByteArray(R"(["First problem.","Second problem."])") << json << QString()
                                       << u"First problem. Second problem."_s;

        // The platform SDK's list of errors.
        QTest::addRow("sdk errors list")
            << QByteArray(
                   R"({"errors":[{"code":"invalid","field":"responses","messages":["Answer every question.","Pick one."]}]})")
            << json << u"invalid"_s << u"responses: Answer every question. Pick one."_s;
        QTest::addRow("sdk errors, non_field and two entries")
            << QByteArray(
                   R"({"errors":[{"code":"a","field":"non_field_errors","messages":["One."]},{"code":"b","field":"x","messages":["Two."]}]})")
            << json << u"a"_s << u"One. x: Two."_s;
        QTest::addRow("sdk errors as strings")
            << QByteArray(R"({"errors":["Plain words."]})") << json << QString() << u"Plain words."_s;

        // Proxies and broken servers: nothing a person should read, or plain words.
        QTest::addRow("html page by content type") << QByteArray("<h1>502 Bad Gateway</h1>")
                                                   << QByteArray("text/html; charset=utf-8") << QString() << QString();
        QTest::addRow("html page by its start")
            << QByteArray("<!DOCTYPE html><html><title>Oops</title></html>") << QByteArray() << QString() << QString();
        QTest::addRow("empty body") << QByteArray() << json << QString() << QString();
        QTest::addRow("blank body") << QByteArray(" \r\n") << json << QString() << QString();
        QTest::addRow("plain text") << QByteArray("Service temporarily unavailable\n") << QByteArray("text/plain")
                                    << QString() << u"Service temporarily unavailable"_s;
        QTest::addRow("binary") << QByteArray("\x01\x02\xff\xfe", 4) << QByteArray() << QString() << QString();
        QTest::addRow("json of no known shape") << QByteArray(R"({"status":500})") << json << QString() << QString();
        QTest::addRow("truncated json is not read as words")
            << QByteArray("{\"detail\":\"Not fou") << json << QString() << QString();
    }
    void shapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const ErrorBody parsed = ErrorBody::parse(body, contentType);
        QCOMPARE(parsed.code, code);
        QCOMPARE(parsed.message, message);
    }

    void aLongMessageIsCut()
    {
        const QByteArray body = "{\"detail\":\"" + QByteArray(2000, 'x') + "\"}";
        const ErrorBody parsed = ErrorBody::parse(body, "application/json");
        QCOMPARE(parsed.message.size(), ErrorBody::maxMessageLength);
        QVERIFY(parsed.message.endsWith(u'…'));
    }
};

QTEST_GUILESS_MAIN(tst_ErrorBody)
#include "tst_ErrorBody.moc"
