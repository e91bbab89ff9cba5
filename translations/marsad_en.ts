<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>User interface language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes ar or en, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;marsad --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marsad: nothing to do headless
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  marsad [PATH...] [--lang ar|en]    open the viewer (no PATH: the bundled sample corpus)
  marsad analyze PATH... [--format jsonl|json]
                                     print the analysis of every article
  marsad export-timeline PATH... -o OUT.png|OUT.svg|OUT.pdf
         [--entity ID]... [--from YYYY-MM-DD] [--to YYYY-MM-DD]
         [--width PX] [--scale N] [--lang ar|en]
                                     draw the timeline into an image
  marsad --version | --help

PATH is a file or a folder (read recursively: .txt, .html, .htm, .jsonl).
Exit status: 0 success, 1 some files failed (listed on stderr, the rest
still processed), 2 bad usage.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marsad::Cli::AnalysisRunner</name>
    <message>
        <source>cannot load the gazetteer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marsad::Cli::AnalyzeCommand</name>
    <message>
        <source>Output format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;marsad --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marsad: analyze: --format takes jsonl or json, not &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marsad: analyze: needs at least one PATH (a file or a folder)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marsad: analyze: no such file or folder: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marsad::Cli::ExportTimelineCommand</name>
    <message>
        <source>Image to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items about this entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pixels per point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;marsad --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs -o OUT.png, OUT.svg or OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output must end in .png, .svg or .pdf: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from takes a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to takes a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--width takes a number of pixels from 200 to 20000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale takes a number from 0.5 to 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes ar or en, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one PATH (a file or a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marsad: export-timeline: no such file or folder: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown entity id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marsad::Corpus::CorpusLoader</name>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file too large (%1 MB; the limit is %2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marsad::Corpus::JsonlReader</name>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: no &quot;text&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marsad::Geo::TopoJsonReader</name>
    <message>
        <source>An arc index is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc index %1 is out of range (%2 arcs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transform needs a scale and a translate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topology has no arcs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An arc has a position without two coordinates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a TopoJSON topology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topology has no object named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marsad::Models::ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marsad::Models::EntityModel</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates (not in the gazetteer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marsad::Models::IssueListModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marsad::Models::PlaceModel</name>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marsad::Render::MapRenderer</name>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marsad::Render::TimelineExporter</name>
    <message>
        <source>unknown image format for %1 (use .png, .svg or .pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marsad::Text::TextDecoder</name>
    <message numerus="yes">
        <source>%n unpaired UTF-16 surrogate(s) replaced with U+FFFD</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n NUL character(s) replaced with U+FFFD</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>invalid %1 sequences replaced with U+FFFD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text file (looks like a %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text file (binary data: too many control bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invalid UTF-8 sequence(s) replaced with U+FFFD (first at byte %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot decode the file (guessed encoding %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::ArticleView</name>
    <message>
        <source>Show only articles with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide articles with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::EntityStyle</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::FilterChipBar</name>
    <message>
        <source>Only articles that mention this (click to remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles that mention this are hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No filter: click an entity anywhere to filter every view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marsad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Sample Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Marsad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Marsad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Marsad&lt;/b&gt; %1 (مرصد, “observatory”)&lt;/p&gt;&lt;p&gt;A timeline-and-map viewer for Arabic news corpora.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(loading canceled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Corpus Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gazetteer could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimmed: not article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the articles (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Mention of the Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Mention of the Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an entity (Arabic or English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only articles that mention it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide articles that mention it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (candidate, not in the gazetteer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) in the corpus</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Click to filter by it; right-click to hide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the &amp;Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit the Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;Conflict Zone on the Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Click to filter by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marsad — timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in pixels (PNG is written at 2× for print):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale (pixels per point, 2× or more for print):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::MapView</name>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from Marsad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown image format &quot;%1&quot;: use .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::TimelineView</name>
    <message>
        <source>publication date, inferred (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publication date, dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event, %1 precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
