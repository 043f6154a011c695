<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>coursedesk::AccountSwitcher</name>
    <message numerus="yes">
        <source>%n action(s) of %1 have not reached the server yet.</source>
        <translation>
            <numerusform>%n action of %1 has not reached the server yet.</numerusform>
            <numerusform>%n actions of %1 have not reached the server yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::BrowserSignIn</name>
    <message numerus="yes">
        <source>No answer came from the browser within %n minute(s). Try again.</source>
        <translation>
            <numerusform>No answer came from the browser within %n minute. Try again.</numerusform>
            <numerusform>No answer came from the browser within %n minutes. Try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::CliApp</name>
    <message numerus="yes">
        <source>%n action(s) of &apos;%1&apos; are not sent yet. Run &apos;sync&apos; first, or remove with --discard to lose them.</source>
        <translation>
            <numerusform>%n action of &apos;%1&apos; is not sent yet. Run &apos;sync&apos; first, or remove with --discard to lose it.</numerusform>
            <numerusform>%n actions of &apos;%1&apos; are not sent yet. Run &apos;sync&apos; first, or remove with --discard to lose them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of &apos;%1&apos; are kept: they are sent after you sign in again (or drop them with &apos;account signout %1 --discard&apos;).</source>
        <translation>
            <numerusform>%n action of &apos;%1&apos; is kept: it is sent after you sign in again (or drop it with &apos;account signout %1 --discard&apos;).</numerusform>
            <numerusform>%n actions of &apos;%1&apos; are kept: they are sent after you sign in again (or drop them with &apos;account signout %1 --discard&apos;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued action(s) discarded.</source>
        <translation>
            <numerusform>%n queued action discarded.</numerusform>
            <numerusform>%n queued actions discarded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--offline: nothing sent; %n action(s) stay queued.</source>
        <translation>
            <numerusform>--offline: nothing sent; %n action stays queued.</numerusform>
            <numerusform>--offline: nothing sent; %n actions stay queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n result.</numerusform>
            <numerusform>%n results.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  %2: %3, %n file(s)</source>
        <translation>
            <numerusform>%1  %2: %3, %n file</numerusform>
            <numerusform>%1  %2: %3, %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n missing</source>
        <translation>
            <numerusform>, %n missing</numerusform>
            <numerusform>, %n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Course %1: %n file(s) downloaded</source>
        <translation>
            <numerusform>Course %1: %n file downloaded</numerusform>
            <numerusform>Course %1: %n files downloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already up to date</source>
        <translation>
            <numerusform>, %n already up to date</numerusform>
            <numerusform>, %n already up to date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::CompletionHistogram</name>
    <message numerus="yes">
        <source>Average completion: %1 % over %n learner(s).</source>
        <translation>
            <numerusform>Average completion: %1 % over %n learner.</numerusform>
            <numerusform>Average completion: %1 % over %n learners.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::CourseHomePanel</name>
    <message numerus="yes">
        <source>%n lesson(s) locked.</source>
        <translation>
            <numerusform>%n lesson locked.</numerusform>
            <numerusform>%n lessons locked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::CourseListModel</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::CourseOfflineActions</name>
    <message numerus="yes">
        <source>Downloaded; %n file(s) missing (see the lessons).</source>
        <translation>
            <numerusform>Downloaded; %n file missing (see the lessons).</numerusform>
            <numerusform>Downloaded; %n files missing (see the lessons).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::DashboardWidget</name>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) · average completion %1 %</source>
        <translation>
            <numerusform>%n learner · average completion %1 %</numerusform>
            <numerusform>%n learners · average completion %1 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n learner</numerusform>
            <numerusform>%n learners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::FindInLesson</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::Notebook</name>
    <message numerus="yes">
        <source>%n new lesson(s)</source>
        <translation>
            <numerusform>%n new lesson</numerusform>
            <numerusform>%n new lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed lesson(s)</source>
        <translation>
            <numerusform>%n changed lesson</numerusform>
            <numerusform>%n changed lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) now open</source>
        <translation>
            <numerusform>%n lesson now open</numerusform>
            <numerusform>%n lessons now open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new section(s)</source>
        <translation>
            <numerusform>%n new section</numerusform>
            <numerusform>%n new sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renamed section(s)</source>
        <translation>
            <numerusform>%n renamed section</numerusform>
            <numerusform>%n renamed sections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::OfflineState</name>
    <message numerus="yes">
        <source>Partly available offline (%n missing)</source>
        <translation>
            <numerusform>Partly available offline (%n missing)</numerusform>
            <numerusform>Partly available offline (%n missing)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::PreferencesDialog</name>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::QuizAttemptList</name>
    <message numerus="yes">
        <source>and %n earlier attempt(s)</source>
        <translation>
            <numerusform>and %n earlier attempt</numerusform>
            <numerusform>and %n earlier attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::QuizResultPanel</name>
    <message numerus="yes">
        <source>%1 of %n question(s) right.</source>
        <translation>
            <numerusform>%1 of %n question right.</numerusform>
            <numerusform>%1 of %n questions right.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::QuizView</name>
    <message numerus="yes">
        <source>%n question(s). Passing grade: %1 %.</source>
        <translation>
            <numerusform>%n question. Passing grade: %1 %.</numerusform>
            <numerusform>%n questions. Passing grade: %1 %.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::SearchDialog</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::SectionOverview</name>
    <message numerus="yes">
        <source>%1 of %n lesson(s) completed.</source>
        <translation>
            <numerusform>%1 of %n lesson completed.</numerusform>
            <numerusform>%1 of %n lessons completed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::StorageDialog</name>
    <message numerus="yes">
        <source>Downloaded; %n file(s) missing (see the lessons).</source>
        <translation>
            <numerusform>Downloaded; %n file missing (see the lessons).</numerusform>
            <numerusform>Downloaded; %n files missing (see the lessons).</numerusform>
        </translation>
    </message>
</context>
</TS>
