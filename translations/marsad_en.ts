<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Marsad::Analyst::AnalystStore</name>
    <message numerus="yes">
        <source>%n item(s) written by another version of Marsad were left out</source>
        <translation>
            <numerusform>%n item written by another version of Marsad was left out</numerusform>
            <numerusform>%n items written by another version of Marsad were left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marsad::Corpus::HtmlExtractor</name>
    <message numerus="yes">
        <source>unclosed comment: the last %n character(s) of the page, after it, were left out</source>
        <translation>
            <numerusform>unclosed comment: the last %Ln character of the page, after it, was left out</numerusform>
            <numerusform>unclosed comment: the last %Ln characters of the page, after it, were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unclosed &lt;%1&gt; element: the last %n character(s) of the page, after it, were left out</source>
        <translation>
            <numerusform>unclosed &lt;%1&gt; element: the last %Ln character of the page, after it, was left out</numerusform>
            <numerusform>unclosed &lt;%1&gt; element: the last %Ln characters of the page, after it, were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the text of the page&apos;s &lt;%1&gt; element was kept; %n character(s) of page text around it were left out</source>
        <translation>
            <numerusform>the text of the page&apos;s &lt;%1&gt; element was kept; %Ln character of page text around it was left out</numerusform>
            <numerusform>the text of the page&apos;s &lt;%1&gt; element was kept; %Ln characters of page text around it were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the page marks no article: its densest block of paragraphs was kept; %n character(s) of page text around it were left out</source>
        <translation>
            <numerusform>the page marks no article: its densest block of paragraphs was kept; %Ln character of page text around it was left out</numerusform>
            <numerusform>the page marks no article: its densest block of paragraphs was kept; %Ln characters of page text around it were left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marsad::Text::TextDecoder</name>
    <message numerus="yes">
        <source>%n unpaired UTF-16 surrogate(s) replaced with U+FFFD</source>
        <translation>
            <numerusform>%Ln unpaired UTF-16 surrogate replaced with U+FFFD</numerusform>
            <numerusform>%Ln unpaired UTF-16 surrogates replaced with U+FFFD</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n NUL character(s) replaced with U+FFFD</source>
        <translation>
            <numerusform>%Ln NUL character replaced with U+FFFD</numerusform>
            <numerusform>%Ln NUL characters replaced with U+FFFD</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid UTF-8 sequence(s) replaced with U+FFFD (first at byte %1)</source>
        <translation>
            <numerusform>%Ln invalid UTF-8 sequence replaced with U+FFFD (at byte %L1)</numerusform>
            <numerusform>%Ln invalid UTF-8 sequences replaced with U+FFFD (first at byte %L1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::EntityCards</name>
    <message numerus="yes">
        <source>%n mention(s) in the corpus</source>
        <translation>
            <numerusform>%Ln mention in the corpus</numerusform>
            <numerusform>%Ln mentions in the corpus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%Ln mention</numerusform>
            <numerusform>%Ln mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::LoadStatus</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s)</source>
        <translation>
            <numerusform>%1 of %Ln article</numerusform>
            <numerusform>%1 of %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undated</source>
        <translation>
            <numerusform>%Ln undated</numerusform>
            <numerusform>%Ln undated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed</source>
        <translation>
            <numerusform>%Ln file failed</numerusform>
            <numerusform>%Ln files failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::TimelineView</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
</context>
</TS>
