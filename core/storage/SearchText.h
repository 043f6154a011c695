#pragma once

#include "domain/Course.h"

#include <QString>

namespace coursedesk::searchtext {

// A lesson's HTML as words: tags dropped (a block element ends a word), script and style skipped, character
// references decoded, white space collapsed.
QString fromHtml(const QString &html);

// What search reads of a lesson beyond its title: its text, its quiz questions and answers, and the titles of
// its attachments.
QString ofLessonBody(const LessonBody &body);

} // namespace coursedesk::searchtext
