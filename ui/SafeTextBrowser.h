#pragma once

#include <QTextBrowser>

namespace coursedesk {

// Renders lesson HTML with no scripts (QTextDocument runs none) and no remote or file loads:
// only data embedded in the document itself (data: URLs), the application's own resources and the placeholder of a
// picture that is not available (LessonHtml). On a wide window the text keeps to a column that is comfortable to
// read (about 75 characters a line), centred.
class SafeTextBrowser final : public QTextBrowser
{
    Q_OBJECT

public:
    static constexpr int readingColumnChars = 75;

    explicit SafeTextBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
    // The folder of the account's offline files: a picture there (file:) is shown; nothing else on the disk is.
    void setLocalFolder(const QString &folder);
    // Shows a lesson's HTML; `fromTheTop`: a new lesson starts at its beginning (the same lesson shown again keeps
    // its place).
    void showHtml(const QString &html, bool fromTheTop);
    // The widest a line of text may be, in pixels, for the current font.
    int readingWidth() const;

signals:
    void linkRequested(const QUrl &url); // a link the user clicked; opening it is the caller's choice

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void keepReadingWidth();

    QString m_html;
    QString m_localFolder; // canonical, with a trailing separator; empty: none
};

} // namespace coursedesk
