#pragma once

#include <QAccessibleWidget>

class QTextEdit;

namespace coursedesk {

// The lesson text as assistive tools read it: a document (Qt 6.4 calls a read-only text view "static text", a
// label) with its caret, selection and text by character, word, line and paragraph. Its text is the document's,
// position for position, with the characters that mark paragraphs and table cells (U+2029, U+FDD0, U+FDD1) read
// as line breaks. Installed for SafeTextBrowser by installLessonTextAccessible().
class LessonTextAccessible final : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit LessonTextAccessible(QTextEdit *edit);

    void *interface_cast(QAccessible::InterfaceType type) override;
    QAccessible::State state() const override;
    QString text(QAccessible::Text type) const override;

    // QAccessibleTextInterface
    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(int startOffset, int endOffset) const override;
    QString textBeforeOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset,
                             int *endOffset) const override;
    QString textAfterOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset,
                            int *endOffset) const override;
    QString textAtOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset,
                         int *endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

private:
    QTextEdit *edit() const;
    // The unit of `boundary` that holds `offset`: [start, end).
    std::pair<int, int> unitAt(int offset, QAccessible::TextBoundaryType boundary) const;
};

// Makes QAccessible create a LessonTextAccessible for every SafeTextBrowser (once per application).
void installLessonTextAccessible();

} // namespace coursedesk
