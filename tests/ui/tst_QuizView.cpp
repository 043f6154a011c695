// The quiz view on its own: content from the course is shown as it was written (never as markup or
// keyboard mnemonics) and whole (long answers wrap), the answer's text chooses it, and a submission carries
// exactly what was chosen.
#include "QuizView.h"

#include "WindowParts.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

Lesson quizWith(const QList<QString> &answers, QuestionType type = QuestionType::SingleChoice)
{
    Lesson quiz;
    quiz.id = 7;
    quiz.type = LessonType::Quiz;
    quiz.name = u"Quiz"_s;
    quiz.hasBody = true;
    Question question;
    question.id = 70;
    question.type = type;
    question.text = u"Which is <b>right</b> & true?"_s;
    qint64 id = 700;
    for (const QString &text : answers)
        question.answers.append(Answer{++id, text, std::nullopt});
    quiz.body->questions = {question};
    return quiz;
}

QLabel *answerText(const QuizView &view, const QString &answer)
{
    // The label is its button's buddy: an '&' in it is doubled, so that it shows as written and marks no shortcut.
    for (QLabel *label : view.findChildren<QLabel *>(u"answerText"_s)) {
        if (label->text() == QString(answer).replace(u'&', u"&&"_s))
            return label;
    }
    return nullptr;
}

} // namespace

class tst_QuizView : public QObject
{
    Q_OBJECT

private slots:
    void answersAreShownAsWritten_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addRow("ampersand") << "Q&A";
        QTest::addRow("ampersand and space") << "Tom & Jerry";
        QTest::addRow("two ampersands") << "a && b";
        QTest::addRow("trailing ampersand") << "rock &";
        QTest::addRow("markup") << "<b>bold</b> <img src=x>";
    }

    // An '&' from the course is a character, not an Alt shortcut; markup stays text; the accessible name
    // says it as written.
    void answersAreShownAsWritten()
    {
        QFETCH(QString, answer);
        for (QuestionType type : {QuestionType::SingleChoice, QuestionType::MultiChoice}) {
            QuizView view;
            view.setQuiz(quizWith({answer, u"other"_s}, type));
            const QList<QAbstractButton *> buttons = answerButtons(&view, 70);
            QCOMPARE(buttons.size(), 2);
            QAbstractButton *button = buttons.constFirst();
            QVERIFY2(QKeySequence::mnemonic(button->text()).isEmpty(), qPrintable(button->text()));
            QCOMPARE(button->accessibleName(), answer);
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(button);
            QVERIFY(accessible);
            QCOMPARE(accessible->text(QAccessible::Name), answer);
            const QLabel *text = answerText(view, answer);
            QVERIFY(text);
            QCOMPARE(text->textFormat(), Qt::PlainText);
        }
    }

    // A click on an answer's text chooses it, as a click on a button's own text would.
    void clickingTheTextChoosesTheAnswer()
    {
        for (QuestionType type : {QuestionType::SingleChoice, QuestionType::MultiChoice}) {
            QuizView view;
            view.setQuiz(quizWith({u"first"_s, u"second"_s}, type));
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QLabel *second = answerText(view, u"second"_s);
            QVERIFY(second);
            QTest::mouseClick(second, Qt::LeftButton);
            QVERIFY(answerButtons(&view, 70).at(1)->isChecked());
            QVERIFY(!answerButtons(&view, 70).at(0)->isChecked());
            QVERIFY(answerButtons(&view, 70).at(1)->hasFocus());
            if (type == QuestionType::MultiChoice) { // a check box is unchecked the same way
                QTest::mouseClick(second, Qt::LeftButton);
                QVERIFY(!answerButtons(&view, 70).at(1)->isChecked());
            }
        }
    }

    // A long answer wraps inside a narrow view instead of being cut off at its edge.
    void aLongAnswerWraps()
    {
        const QString longAnswer = QStringList(40, u"lorem ipsum"_s).join(u' ');
        QuizView view;
        view.setQuiz(quizWith({longAnswer, u"short"_s}));
        view.resize(320, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QLabel *text = answerText(view, longAnswer);
        QVERIFY(text);
        QVERIFY2(text->width() < 320, qPrintable(QString::number(text->width())));
        QVERIFY(text->height() > 3 * text->fontMetrics().height()); // several lines
        QVERIFY(text->fontMetrics().horizontalAdvance(longAnswer) > 3 * text->width());
    }

    void theQuestionIsPlainText()
    {
        QuizView view;
        view.setQuiz(quizWith({u"yes"_s, u"no"_s}));
        bool found = false;
        for (const QLabel *label : view.findChildren<QLabel *>()) {
            if (label->text() == u"1. Which is <b>right</b> & true?"_s) {
                found = true;
                QCOMPARE(label->textFormat(), Qt::PlainText);
            }
        }
        QVERIFY(found);
    }

    // Issue 16, defect 6: a question's picture is not ignored: until pictures are downloaded, a note says it is there,
    // with a link to it.
    void aQuestionsPictureIsMentionedWithItsLink()
    {
        Lesson quiz = quizWith({u"yes"_s, u"no"_s});
        quiz.body->questions[0].image = u"https://cdn.example.org/q70.png"_s;
        QuizView view;
        QSignalSpy link(&view, &QuizView::linkRequested);
        view.setQuiz(quiz);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *picture = view.findChild<QLabel *>(u"questionImage"_s);
        QVERIFY(picture && picture->isVisible());
        QVERIFY2(picture->text().contains(u"not available offline"_s), qPrintable(picture->text()));
        QVERIFY(picture->text().contains(u"https://cdn.example.org/q70.png"_s));
        emit picture->linkActivated(u"https://cdn.example.org/q70.png"_s);
        QCOMPARE(link.size(), 1);
        QCOMPARE(link.constFirst().constFirst().toUrl(), QUrl(u"https://cdn.example.org/q70.png"_s));
    }

    void submitSendsWhatWasChosen()
    {
        QuizView view;
        view.setQuiz(quizWith({u"Q&A"_s, u"other"_s}));
        QSignalSpy submitted(&view, &QuizView::submitted);
        auto *submit = named<QPushButton>(&view, "quizSubmit");
        QVERIFY(!submit->isEnabled());
        answerButtons(&view, 70).constFirst()->setChecked(true);
        QVERIFY(submit->isEnabled());
        submit->click();
        QCOMPARE(submitted.size(), 1);
        const auto responses = submitted.constFirst().constFirst().value<QList<QuestionResponse>>();
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.constFirst().questionId, 70);
        QCOMPARE(responses.constFirst().selectedOptions, QList<qint64>{701});
    }
};

QTEST_MAIN(tst_QuizView)
#include "tst_QuizView.moc"
