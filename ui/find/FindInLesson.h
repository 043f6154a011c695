#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;

namespace coursedesk {

// Ctrl+F: finds in the open lesson's text, highlighting every match and moving to the next one on Enter
// (Shift+Enter: the previous one); Escape closes it. Object names: findInLesson, findField, findCount.
class FindInLesson final : public QWidget
{
    Q_OBJECT

public:
    // `text`: the lesson pane's text view.
    FindInLesson(QTextBrowser &text, QWidget *parent = nullptr);

    void start();
    // The lesson changed: the highlights follow the new text.
    void refresh();
    int matchCount() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void highlight();
    void step(bool backward);

    QTextBrowser &m_text;
    QLineEdit *m_field;
    QLabel *m_countLabel;
    int m_count = 0;
};

} // namespace coursedesk
