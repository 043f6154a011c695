// How long a lesson body or file may be kept without asking the server (remote/Freshness, RFC 9111 section 4.2):
// the server's Cache-Control first, then Expires - Date, then a tenth of the time since Last-Modified capped at an
// hour; nothing to go by, or a server that says no-cache/no-store, means asking every time.
#include "domain/MediaRefs.h"
#include "remote/Freshness.h"

#include <QTest>

using namespace coursedesk;
using namespace Qt::StringLiterals;

using Headers = QHash<QByteArray, QByteArray>;
Q_DECLARE_METATYPE(Headers)

class tst_Freshness : public QObject
{
    Q_OBJECT

private slots:
    void until_data()
    {
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<qint64>("freshSeconds"); // from receivedAt; -1: not fresh at all

        const QByteArray date = "Sun, 06 Dec 2026 12:00:00 GMT";
        QTest::newRow("max-age") << Headers{{"cache-control", "max-age=600"}} << qint64(600);
        QTest::newRow("max-age minus the reply's Age")
            << Headers{{"cache-control", "max-age=600"}, {"age", "100"}} << qint64(500);
        QTest::newRow("older than its max-age")
            << Headers{{"cache-control", "max-age=60"}, {"age", "100"}} << qint64(-1);
        QTest::newRow("max-age=0") << Headers{{"cache-control", "max-age=0"}} << qint64(-1);
        QTest::newRow("directive names in any case") << Headers{{"cache-control", "private, Max-Age=60"}} << qint64(60);
        QTest::newRow("quoted max-age") << Headers{{"cache-control", "max-age=\"60\""}} << qint64(60);
        QTest::newRow("several max-age: the smallest")
            << Headers{{"cache-control", "max-age=600, max-age=60"}} << qint64(60);
        QTest::newRow("unreadable max-age is stale") << Headers{{"cache-control", "max-age=soon"}} << qint64(-1);
        QTest::newRow("negative max-age is stale") << Headers{{"cache-control", "max-age=-5"}} << qint64(-1);
        QTest::newRow("no-cache") << Headers{{"cache-control", "no-cache, max-age=600"}} << qint64(-1);
        QTest::newRow("no-cache with field names")
            << Headers{{"cache-control", "no-cache=\"set-cookie\""}, {"last-modified", "Sun, 01 Jan 2023 00:00:00 GMT"}}
            << qint64(-1);
        QTest::newRow("no-store") << Headers{{"cache-control", "no-store"}} << qint64(-1);
        QTest::newRow("s-maxage is for shared caches")
            << Headers{{"cache-control", "public, s-maxage=600"}} << qint64(-1);
        QTest::newRow("Expires - Date") << Headers{{"date", date}, {"expires", "Sun, 06 Dec 2026 12:05:00 GMT"}}
                                        << qint64(300);
        QTest::newRow("Expires without Date: from arrival")
            << Headers{{"expires", "Sun, 06 Dec 2026 12:02:00 GMT"}} << qint64(120);
        QTest::newRow("unreadable Expires is already expired")
            << Headers{{"date", date}, {"expires", "0"}, {"last-modified", "Sun, 01 Jan 2023 00:00:00 GMT"}}
            << qint64(-1);
        QTest::newRow("max-age before Expires")
            << Headers{{"cache-control", "max-age=30"}, {"date", date}, {"expires", "Sun, 06 Dec 2026 13:00:00 GMT"}}
            << qint64(30);
        QTest::newRow("heuristic: a tenth of the age since Last-Modified")
            << Headers{{"date", date}, {"last-modified", "Sun, 06 Dec 2026 11:50:00 GMT"}} << qint64(60);
        QTest::newRow("heuristic: at most an hour")
            << Headers{{"date", date}, {"last-modified", "Sat, 05 Sep 2026 12:00:00 GMT"}}
            << Freshness::heuristicCapSeconds;
        QTest::newRow("heuristic without Date: age at arrival")
            << Headers{{"last-modified", "Sun, 06 Dec 2026 11:00:00 GMT"}} << qint64(360);
        QTest::newRow("heuristic minus the reply's Age")
            << Headers{{"date", date}, {"last-modified", "Sun, 06 Dec 2026 11:00:00 GMT"}, {"age", "60"}}
            << qint64(300);
        QTest::newRow("Last-Modified in the future") << Headers{{"date", date},
                                                                {"last-modified", "Mon, 07 Dec 2026 "
                                                                                  "12:00:00 GMT"}}
                                                     << qint64(-1);
        QTest::newRow("unreadable Last-Modified")
            << Headers{{"date", date}, {"last-modified", "last week"}} << qint64(-1);
        QTest::newRow("only an ETag: ask every time") << Headers{{"etag", "\"abc\""}, {"date", date}} << qint64(-1);
        QTest::newRow("nothing") << Headers{} << qint64(-1);
    }

    void until()
    {
        QFETCH(Headers, headers);
        QFETCH(qint64, freshSeconds);
        const QDateTime receivedAt(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
        const QDateTime fresh = Freshness::until(headers, receivedAt);
        if (freshSeconds < 0) {
            QVERIFY2(!fresh.isValid(), qPrintable(fresh.toString(Qt::ISODate)));
            return;
        }
        QCOMPARE(fresh, receivedAt.addSecs(freshSeconds));
    }

    // A conversation (comment threads) goes by the server's word only.
    void withoutTheHeuristic_onlyTheServersWordKeepsACopy()
    {
        const QDateTime receivedAt(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
        const Headers old{{"date", "Sun, 06 Dec 2026 12:00:00 GMT"}, {"last-modified", "Sat, 05 Sep 2026 12:00:00 GMT"}};
        QVERIFY(Freshness::until(old, receivedAt).isValid());
        QVERIFY(!Freshness::until(old, receivedAt, Freshness::Heuristic::None).isValid());
        Headers told = old;
        told.insert("cache-control", "max-age=30");
        QCOMPARE(Freshness::until(told, receivedAt, Freshness::Heuristic::None), receivedAt.addSecs(30));
    }

    void withoutAnArrivalTimeNothingIsFresh()
    {
        QVERIFY(!Freshness::until({{"cache-control", "max-age=600"}}, QDateTime()).isValid());
    }

    // Validators::isFreshAt: fresh strictly before the instant, stale from it on, never without one.
    void isFreshAt()
    {
        const QDateTime at(QDate(2026, 12, 6), QTime(13, 0), Qt::UTC);
        Validators kept{"\"a\"", {}, at};
        QVERIFY(kept.isFreshAt(at.addSecs(-1)));
        QVERIFY(!kept.isFreshAt(at));
        QVERIFY(!kept.isFreshAt(at.addSecs(1)));
        kept.freshUntil = {};
        QVERIFY(!kept.isFreshAt(at.addSecs(-3600)));
    }
};

QTEST_GUILESS_MAIN(tst_Freshness)
#include "tst_Freshness.moc"
