#include "find/FindInLesson.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QTextBrowser>
#include <QTextDocument>

namespace coursedesk {

using namespace Qt::StringLiterals;

FindInLesson::FindInLesson(QTextBrowser &text, QWidget *parent)
    : QWidget(parent)
    , m_text(text)
    , m_field(new QLineEdit(this))
    , m_countLabel(new QLabel(this))
{
    setObjectName(u"findInLesson"_s);
    m_field->setObjectName(u"findField"_s);
    m_field->setPlaceholderText(tr("Find in this lesson"));
    m_field->setClearButtonEnabled(true);
    m_countLabel->setObjectName(u"findCount"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_countLabel);
    connect(m_field, &QLineEdit::textChanged, this, &FindInLesson::highlight);
    connect(m_text.document(), &QTextDocument::contentsChanged, this, &FindInLesson::refresh);
    m_field->installEventFilter(this);
    hide();
}

void FindInLesson::start()
{
    show();
    m_field->setFocus();
    m_field->selectAll();
    highlight();
}

void FindInLesson::refresh()
{
    if (isVisible())
        highlight();
}

bool FindInLesson::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            m_field->clear();
            hide();
            m_text.setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            step(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindInLesson::highlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString needle = m_field->text();
    if (!needle.isEmpty()) {
        QTextCharFormat format;
        format.setBackground(palette().color(QPalette::Highlight).lighter(160));
        format.setForeground(palette().color(QPalette::Text));
        QTextCursor cursor(m_text.document());
        while (true) {
            cursor = m_text.document()->find(needle, cursor);
            if (cursor.isNull())
                break;
            selections.append(QTextEdit::ExtraSelection{cursor, format});
        }
    }
    m_count = int(selections.size());
    m_text.setExtraSelections(selections);
    m_countLabel->setText(needle.isEmpty() ? QString() : tr("%n match(es)", nullptr, m_count));
    if (m_count > 0) {
        QTextCursor first = selections.first().cursor;
        m_text.setTextCursor(first);
        m_text.ensureCursorVisible();
    }
}

void FindInLesson::step(bool backward)
{
    const QString needle = m_field->text();
    if (needle.isEmpty())
        return;
    if (!m_text.find(needle, backward ? QTextDocument::FindBackward : QTextDocument::FindFlags())) {
        // Wrap around.
        QTextCursor cursor = m_text.textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_text.setTextCursor(cursor);
        m_text.find(needle, backward ? QTextDocument::FindBackward : QTextDocument::FindFlags());
    }
}

} // namespace coursedesk
