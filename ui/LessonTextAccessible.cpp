#include "LessonTextAccessible.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextLayout>

namespace coursedesk {

namespace {

// What a screen reader should read for the document's own marks: a paragraph, a line or a table cell ends a line.
QString readable(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u == 0x2029 || u == 0x2028 || u == 0xFDD0 || u == 0xFDD1)
            c = u'\n';
    }
    return text;
}

QAccessibleInterface *lessonTextFactory(const QString &className, QObject *object)
{
    if (className == QLatin1StringView("coursedesk::SafeTextBrowser") && object && object->isWidgetType())
        return new LessonTextAccessible(static_cast<QTextEdit *>(object));
    return nullptr;
}

} // namespace

LessonTextAccessible::LessonTextAccessible(QTextEdit *edit)
    : QAccessibleWidget(edit, QAccessible::Document)
{}

QTextEdit *LessonTextAccessible::edit() const
{
    return static_cast<QTextEdit *>(widget());
}

void *LessonTextAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QAccessible::State LessonTextAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    state.readOnly = edit()->isReadOnly();
    state.editable = !edit()->isReadOnly();
    state.multiLine = true;
    state.selectableText = true;
    return state;
}

QString LessonTextAccessible::text(QAccessible::Text type) const
{
    if (type == QAccessible::Value)
        return readable(edit()->toPlainText());
    return QAccessibleWidget::text(type);
}

void LessonTextAccessible::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = 0;
    const QTextCursor cursor = edit()->textCursor();
    if (selectionIndex == 0 && cursor.hasSelection()) {
        *startOffset = cursor.selectionStart();
        *endOffset = cursor.selectionEnd();
    }
}

int LessonTextAccessible::selectionCount() const
{
    return edit()->textCursor().hasSelection() ? 1 : 0;
}

void LessonTextAccessible::addSelection(int startOffset, int endOffset)
{
    setSelection(0, startOffset, endOffset);
}

void LessonTextAccessible::removeSelection(int selectionIndex)
{
    if (selectionIndex != 0)
        return;
    QTextCursor cursor = edit()->textCursor();
    cursor.clearSelection();
    edit()->setTextCursor(cursor);
}

void LessonTextAccessible::setSelection(int selectionIndex, int startOffset, int endOffset)
{
    if (selectionIndex != 0)
        return;
    const int count = characterCount();
    QTextCursor cursor = edit()->textCursor();
    cursor.setPosition(std::clamp(startOffset, 0, count));
    cursor.setPosition(std::clamp(endOffset, 0, count), QTextCursor::KeepAnchor);
    edit()->setTextCursor(cursor);
}

int LessonTextAccessible::cursorPosition() const
{
    return edit()->textCursor().position();
}

void LessonTextAccessible::setCursorPosition(int position)
{
    QTextCursor cursor = edit()->textCursor();
    cursor.setPosition(std::clamp(position, 0, characterCount()));
    edit()->setTextCursor(cursor);
}

QString LessonTextAccessible::text(int startOffset, int endOffset) const
{
    const int count = characterCount();
    startOffset = std::clamp(startOffset, 0, count);
    endOffset = endOffset < 0 ? count : std::clamp(endOffset, startOffset, count);
    QTextCursor cursor(edit()->document());
    cursor.setPosition(startOffset);
    cursor.setPosition(endOffset, QTextCursor::KeepAnchor);
    return readable(cursor.selectedText());
}

int LessonTextAccessible::characterCount() const
{
    return std::max(0, edit()->document()->characterCount() - 1);
}

std::pair<int, int> LessonTextAccessible::unitAt(int offset, QAccessible::TextBoundaryType boundary) const
{
    const int count = characterCount();
    offset = std::clamp(offset, 0, count);
    QTextCursor cursor(edit()->document());
    cursor.setPosition(offset);
    switch (boundary) {
    case QAccessible::CharBoundary:
        return {offset, std::min(offset + 1, count)};
    case QAccessible::WordBoundary: {
        cursor.movePosition(QTextCursor::StartOfWord);
        const int start = cursor.position();
        cursor.movePosition(QTextCursor::EndOfWord);
        return {start, std::max(cursor.position(), std::min(offset + 1, count))};
    }
    case QAccessible::LineBoundary: {
        const QTextBlock block = cursor.block();
        const QTextLayout *layout = block.layout();
        const int inBlock = offset - block.position();
        if (layout && layout->lineCount() > 0) {
            const QTextLine line = layout->lineForTextPosition(std::min(inBlock, block.length() - 1));
            if (line.isValid())
                return {block.position() + line.textStart(),
                        std::min(block.position() + line.textStart() + line.textLength() + 1, count)};
        }
        return {block.position(), std::min(block.position() + block.length(), count)};
    }
    case QAccessible::SentenceBoundary:
    case QAccessible::ParagraphBoundary: {
        const QTextBlock block = cursor.block();
        return {block.position(), std::min(block.position() + block.length(), count)};
    }
    case QAccessible::NoBoundary:
        return {0, count};
    }
    return {offset, offset};
}

QString LessonTextAccessible::textAtOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset,
                                           int *endOffset) const
{
    const auto [start, end] = unitAt(offset, boundaryType);
    *startOffset = start;
    *endOffset = end;
    return text(start, end);
}

QString LessonTextAccessible::textBeforeOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset,
                                               int *endOffset) const
{
    const int start = unitAt(offset, boundaryType).first;
    if (start <= 0) {
        *startOffset = *endOffset = 0;
        return {};
    }
    return textAtOffset(start - 1, boundaryType, startOffset, endOffset);
}

QString LessonTextAccessible::textAfterOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset,
                                              int *endOffset) const
{
    const int end = unitAt(offset, boundaryType).second;
    if (end >= characterCount()) {
        *startOffset = *endOffset = characterCount();
        return {};
    }
    return textAtOffset(end, boundaryType, startOffset, endOffset);
}

QRect LessonTextAccessible::characterRect(int offset) const
{
    QTextCursor cursor(edit()->document());
    cursor.setPosition(std::clamp(offset, 0, characterCount()));
    QRect rect = edit()->cursorRect(cursor);
    rect.setWidth(std::max(rect.width(), edit()->fontMetrics().averageCharWidth()));
    return QRect(edit()->viewport()->mapToGlobal(rect.topLeft()), rect.size());
}

int LessonTextAccessible::offsetAtPoint(const QPoint &point) const
{
    const QPoint local = edit()->viewport()->mapFromGlobal(point);
    if (!edit()->viewport()->rect().contains(local))
        return -1;
    return edit()->cursorForPosition(local).position();
}

void LessonTextAccessible::scrollToSubstring(int startIndex, int endIndex)
{
    setSelection(0, startIndex, endIndex);
    edit()->ensureCursorVisible();
}

QString LessonTextAccessible::attributes(int offset, int *startOffset, int *endOffset) const
{
    // Headings are told by their level, the rest by nothing: a screen reader reads the text.
    const auto [start, end] = unitAt(offset, QAccessible::ParagraphBoundary);
    *startOffset = start;
    *endOffset = end;
    QTextCursor cursor(edit()->document());
    cursor.setPosition(std::clamp(offset, 0, characterCount()));
    const int level = cursor.blockFormat().headingLevel();
    return level > 0 ? QStringLiteral("heading-level:%1;").arg(level) : QString();
}

void installLessonTextAccessible()
{
    static const bool installed = [] {
        QAccessible::installFactory(lessonTextFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace coursedesk
