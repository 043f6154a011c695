#pragma once

#include <QDateTime>
#include <QString>

namespace coursedesk {

// Who wrote a comment (the server's User Minimal).
struct CommentAuthor final
{
    qint64 id = 0;
    QString username;
    QString realName;

    QString displayName() const { return realName.isEmpty() ? username : realName; }
    friend bool operator==(const CommentAuthor &, const CommentAuthor &) = default;
};

// A lesson comment as the server has it (api-contract.md, point 11; the platform's Course Comment). Threads are
// one level deep: a reply names its first-level comment as `parentId` and the reply it answers as `inReplyTo`.
// `html` is the server's and is shown only through the same sanitising as lesson HTML.
struct LessonComment final
{
    qint64 id = 0;
    qint64 courseId = 0;
    qint64 sectionId = 0;
    qint64 lessonId = 0;
    qint64 parentId = 0;  // 0: a first-level comment
    qint64 inReplyTo = 0; // 0: none
    QString html;
    QDateTime createdAt;
    CommentAuthor author;
    qint64 latestReplyId = 0; // first-level comments of a lesson read: the newest reply, 0 when there is none
    QString sectionName;      // the course-wide list's `extras`
    QString lessonName;

    bool isReply() const { return parentId != 0; }
    friend bool operator==(const LessonComment &, const LessonComment &) = default;
};

// Whose comment it is ("mine": the signed-in user may edit and delete it; branch comments2). The user's id decides:
// a rename keeps the id, and a name given up may be taken by someone else. When either id is unknown (0: an account
// whose id no sync has learnt yet, or a server that sent no id) the username decides, as the server would have
// shown it then; the id is learnt at the next sync. An empty name is nobody's.
namespace CommentAuthorship {
enum class Match
{
    ById,         // both ids known
    ByName,       // an id unknown: the usernames compared
    NotDecidable, // no id and no name to compare: not mine
};
Match howMatched(const CommentAuthor &self, const CommentAuthor &author);
bool isMine(const CommentAuthor &self, const CommentAuthor &author);
} // namespace CommentAuthorship

// A comment's words without markup, for matching what was written with what the server keeps, and for the
// command line: tags removed (<br> and paragraph ends become line breaks), the five XML entities and numeric
// character references decoded, runs of spaces collapsed.
namespace CommentText {
QString plain(const QString &html);
// Whether the server's HTML holds these words (whitespace runs and line breaks compared as one space).
bool sameWords(const QString &html, const QString &text);
} // namespace CommentText

} // namespace coursedesk
