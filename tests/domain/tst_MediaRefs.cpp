// What a lesson takes offline (issue 18): its pictures (the text's <img>, absolute or relative to the server, the
// questions' pictures, medias of type image), its files and its links; and whether a file's bytes are what it claims.
#include "domain/MediaRefs.h"

#include <QTest>

using namespace coursedesk;
using namespace Qt::StringLiterals;

namespace {

const QUrl server(u"https://learn.example.org/"_s);

Lesson withBody(const QString &html, QList<Question> questions = {}, QList<Media> medias = {})
{
    Lesson lesson;
    lesson.id = 1;
    lesson.hasBody = true;
    lesson.body->html = html;
    lesson.body->questions = std::move(questions);
    lesson.body->medias = std::move(medias);
    return lesson;
}

} // namespace

class tst_MediaRefs : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("resolved");
        QTest::newRow("absolute") << u"https://cdn.example.net/a.png"_s << u"https://cdn.example.net/a.png"_s;
        QTest::newRow("relative to the server") << u"/media/1/a.png"_s << u"https://learn.example.org/media/1/a.png"_s;
        QTest::newRow("relative path") << u"media/a.png"_s << u"https://learn.example.org/media/a.png"_s;
        QTest::newRow("scheme-relative") << u"//cdn.example.net/a.png"_s << u"https://cdn.example.net/a.png"_s;
        QTest::newRow("spaces around") << u"  /a.png "_s << u"https://learn.example.org/a.png"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("fragment") << u"#top"_s << QString();
        QTest::newRow("embedded data") << u"data:image/png;base64,AAAA"_s << QString();
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << QString();
        QTest::newRow("file stays file (refused later)") << u"file:///etc/passwd"_s << u"file:///etc/passwd"_s;
    }

    void resolve()
    {
        QFETCH(QString, address);
        QFETCH(QString, resolved);
        QCOMPARE(MediaRefs::resolve(address, server).toString(), resolved);
    }

    void imageSources_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QStringList>("sources");
        QTest::newRow("double quotes") << u"<p><img src=\"/a.png\" alt=\"A\"></p>"_s << QStringList{u"/a.png"_s};
        QTest::newRow("single quotes, upper case") << u"<IMG ALT='x' SRC='/b.png'/>"_s << QStringList{u"/b.png"_s};
        QTest::newRow("unquoted") << u"<img src=/c.png>"_s << QStringList{u"/c.png"_s};
        QTest::newRow("entities") << u"<img src=\"/d.png?a=1&amp;b=2\">"_s << QStringList{u"/d.png?a=1&b=2"_s};
        QTest::newRow("data-src is not src")
            << u"<img data-src=\"/x.png\" src=\"/e.png\">"_s << QStringList{u"/e.png"_s};
        QTest::newRow("two") << u"<img src=a.png><img src=b.png>"_s << QStringList{u"a.png"_s, u"b.png"_s};
        QTest::newRow("none") << u"<p>imgsrc</p>"_s << QStringList{};
    }

    void imageSources()
    {
        QFETCH(QString, html);
        QFETCH(QStringList, sources);
        QCOMPARE(MediaRefs::imageSources(html), sources);
    }

    void ofLessonListsEachAddressOnceInOrder()
    {
        const Lesson lesson = withBody(
            u"<img src=\"/media/1/a.png\" alt=\"Diagram\"><img src=\"https://learn.example.org/media/1/a.png\">"
            "<img src=\"data:image/png;base64,AA\">"_s,
            {Question{5, QuestionType::SingleChoice, u"Which?"_s, u"/q.png"_s, {}}},
            {Media{1, u"image"_s, u"Map"_s, u"/map.png"_s, {}}, Media{2, u"doc"_s, u"Handout"_s, u"/h.pdf"_s, {}},
             Media{3, u"url"_s, u"Website"_s, u"https://example.com/"_s, {}},
             Media{4, u"embed"_s, u"Talk"_s, u"https://video.example.com/1"_s, u"/talk.jpg"_s},
             Media{5, u"file"_s, u"Data"_s, u"/d.csv"_s, {}}});
        const QList<MediaRef> refs = MediaRefs::ofLesson(lesson, server);
        QStringList seen;
        for (const MediaRef &ref : refs)
            seen << u"%1 %2 %3"_s.arg(int(ref.use)).arg(ref.url.path(), ref.title);
        QCOMPARE(seen, (QStringList{u"0 /media/1/a.png Diagram"_s, u"0 /q.png Which?"_s, u"0 /map.png Map"_s,
                                    u"1 /h.pdf Handout"_s, u"2 / Website"_s, u"2 /1 Talk"_s, u"0 /talk.jpg Talk"_s,
                                    u"1 /d.csv Data"_s}));
    }

    void aLessonWithoutBodyRefersToNothing()
    {
        Lesson lesson = withBody(u"<img src=/a.png>"_s);
        lesson.hasBody = false;
        QVERIFY(MediaRefs::ofLesson(lesson, server).isEmpty());
    }

    void sniff_data()
    {
        QTest::addColumn<QByteArray>("declared");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("use");
        QTest::addColumn<bool>("agrees");
        const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        const QByteArray jpeg("\xFF\xD8\xFF\xE0\0\x10JFIF", 10);
        const QByteArray gif("GIF89a\x01\0\x01\0", 10);
        const QByteArray webp("RIFF\x10\0\0\0WEBPVP8 ", 16);
        const QByteArray svg("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        const QByteArray pdf("%PDF-1.4\n");
        const QByteArray html("<!DOCTYPE html><html><body>Sign in</body></html>");
        const QByteArray zip("PK\x03\x04\x14\0", 6);
        const int image = int(MediaUse::Image);
        const int file = int(MediaUse::Attachment);
        QTest::newRow("png as png") << QByteArray("image/png") << png << image << true;
        QTest::newRow("jpeg as image/jpg") << QByteArray("image/jpg") << jpeg << image << true;
        QTest::newRow("gif, no type") << QByteArray() << gif << image << true;
        QTest::newRow("webp") << QByteArray("image/webp") << webp << image << true;
        QTest::newRow("svg") << QByteArray("image/svg+xml; charset=utf-8") << svg << image << true;
        QTest::newRow("png declared jpeg") << QByteArray("image/jpeg") << png << image << false;
        QTest::newRow("web page as a picture") << QByteArray("image/png") << html << image << false;
        QTest::newRow("pdf as a picture") << QByteArray("application/octet-stream") << pdf << image << false;
        QTest::newRow("pdf as pdf") << QByteArray("application/pdf") << pdf << file << true;
        QTest::newRow("pdf declared, a web page") << QByteArray("application/pdf") << html << file << false;
        QTest::newRow("text file") << QByteArray("text/csv") << QByteArray("a,b\n1,2\n") << file << true;
        QTest::newRow("office document") << QByteArray("application/vnd.openxmlformats") << zip << file << true;
        QTest::newRow("zip declared, not a zip") << QByteArray("application/zip") << pdf << file << false;
        QTest::newRow("a sign-in page as a file") << QByteArray("application/octet-stream") << html << file << false;
    }

    void sniff()
    {
        QFETCH(QByteArray, declared);
        QFETCH(QByteArray, head);
        QFETCH(int, use);
        QFETCH(bool, agrees);
        const std::optional<QString> why = ContentSniff::disagreement(declared, head, MediaUse(use));
        QCOMPARE(!why.has_value(), agrees);
    }
};

QTEST_GUILESS_MAIN(tst_MediaRefs)
#include "tst_MediaRefs.moc"
