#pragma once

#include <QString>
#include <QUrl>

#include <functional>

namespace coursedesk {

// A lesson's HTML as the lesson pane shows it (SafeTextBrowser loads nothing from the network or the disk):
// - a first heading that repeats the lesson's title goes (the pane shows the title above the text);
// - a picture that cannot be shown here (remote, or a path relative to the website) is a small placeholder with its
//   alt text, a link to the picture when its address is known;
// - a video, an audio clip or an embedded frame (which the text view would drop without a trace) is a card with its
//   kind and a link to open it in the browser.
// With the offline copy of the lesson's files (issue 18), a picture that was downloaded is shown from its local file;
// one that was not is the placeholder, whose tooltip says why it is missing.
class LessonHtml final
{
public:
    // The offline copies of pictures: the local file of an address as the lesson writes it (empty: none), and why it
    // is missing (empty: not known). Nothing is fetched while a lesson is shown.
    struct LocalImages
    {
        std::function<QString(const QString &address)> copyOf;
        std::function<QString(const QString &address)> whyMissing;
    };

    static QString prepare(const QString &html, const QString &title, const LocalImages &images = {});
    // The placeholder picture's address, drawn by SafeTextBrowser.
    static QUrl placeholderImage();
    // True for an image address the text view may load itself (embedded data, the application's resources).
    static bool isLocalImage(const QUrl &url);
};

} // namespace coursedesk
