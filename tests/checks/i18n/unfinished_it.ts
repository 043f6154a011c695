<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>coursedesk::Fixture</name>
    <message>
        <source>Translated</source>
        <translation>Tradotto</translation>
    </message>
    <message>
        <source>Not translated yet; with a [bracket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
