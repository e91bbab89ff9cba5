<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CommandLine</name>
    <message>
        <source>User interface language.</source>
        <translation>لغة الواجهة.</translation>
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
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>تعذر الفتح: %1</translation>
    </message>
    <message>
        <source>file too large (%1 MB; the limit is %2 MB)</source>
        <translation>الملف كبير جدًا (%1 م.ب؛ الحد %2 م.ب)</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>خطأ في القراءة: %1</translation>
    </message>
</context>
<context>
    <name>Marsad::Corpus::JsonlReader</name>
    <message>
        <source>not a JSON object</source>
        <translation>ليس كائن JSON</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>line %1: no &quot;text&quot; field</source>
        <translation>السطر %1: لا يوجد حقل &quot;text&quot;</translation>
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
        <translation>ليس طوبولوجيا TopoJSON.</translation>
    </message>
    <message>
        <source>The topology has no object named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>تعذرت قراءة %1: %2.</translation>
    </message>
</context>
<context>
    <name>Marsad::Models::ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>الإشارات</translation>
    </message>
</context>
<context>
    <name>Marsad::Models::EntityModel</name>
    <message>
        <source>People</source>
        <translation>أشخاص</translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished">الأماكن</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>منظمات</translation>
    </message>
    <message>
        <source>Candidates (not in the gazetteer)</source>
        <translation>مرشحون (خارج المعجم)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>English</source>
        <translation>بالإنجليزية</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
</context>
<context>
    <name>Marsad::Models::IssueListModel</name>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
</context>
<context>
    <name>Marsad::Models::PlaceModel</name>
    <message>
        <source>Place</source>
        <translation type="unfinished">مكان</translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished">بالإنجليزية</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished">الإشارات</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished">المقالات</translation>
    </message>
    <message>
        <source>First</source>
        <translation>أول ظهور</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>آخر ظهور</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>عبر الزمن</translation>
    </message>
</context>
<context>
    <name>Marsad::Render::MapRenderer</name>
    <message>
        <source>%1 km</source>
        <translation>%1 كم</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 م</translation>
    </message>
</context>
<context>
    <name>Marsad::Render::TimelineExporter</name>
    <message>
        <source>unknown image format for %1 (use .png, .svg or .pdf)</source>
        <translation>صيغة صورة غير معروفة لـ %1 (استخدم ‎.png أو ‎.svg أو ‎.pdf)</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>تعذرت كتابة %1</translation>
    </message>
</context>
<context>
    <name>Marsad::Text::TextDecoder</name>
    <message numerus="yes">
        <source>%n unpaired UTF-16 surrogate(s) replaced with U+FFFD</source>
        <translation>
            <numerusform>استُبدل %n بديل UTF-16 غير مقترن بالرمز U+FFFD</numerusform>
            <numerusform>استُبدل %n بديل UTF-16 غير مقترن بالرمز U+FFFD</numerusform>
            <numerusform>استُبدل %n بديل UTF-16 غير مقترن بالرمز U+FFFD</numerusform>
            <numerusform>استُبدل %n بديل UTF-16 غير مقترن بالرمز U+FFFD</numerusform>
            <numerusform>استُبدل %n بديل UTF-16 غير مقترن بالرمز U+FFFD</numerusform>
            <numerusform>استُبدل %n بديل UTF-16 غير مقترن بالرمز U+FFFD</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n NUL character(s) replaced with U+FFFD</source>
        <translation>
            <numerusform>استُبدل %n محرف NUL بالرمز U+FFFD</numerusform>
            <numerusform>استُبدل %n محرف NUL بالرمز U+FFFD</numerusform>
            <numerusform>استُبدل %n محرف NUL بالرمز U+FFFD</numerusform>
            <numerusform>استُبدل %n محرف NUL بالرمز U+FFFD</numerusform>
            <numerusform>استُبدل %n محرف NUL بالرمز U+FFFD</numerusform>
            <numerusform>استُبدل %n محرف NUL بالرمز U+FFFD</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid %1 sequences replaced with U+FFFD</source>
        <translation>استُبدلت تسلسلات %1 غير صالحة بالرمز U+FFFD</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>not a text file (looks like a %1)</source>
        <translation>ليس ملفًا نصيًا (يبدو أنه %1)</translation>
    </message>
    <message>
        <source>not a text file (binary data: too many control bytes)</source>
        <translation>ليس ملفًا نصيًا (بيانات ثنائية)</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid UTF-8 sequence(s) replaced with U+FFFD (first at byte %1)</source>
        <translation>
            <numerusform>استُبدل %n تسلسل UTF-8 غير صالح بالرمز U+FFFD (أولها عند البايت %1)</numerusform>
            <numerusform>استُبدل %n تسلسل UTF-8 غير صالح بالرمز U+FFFD (أولها عند البايت %1)</numerusform>
            <numerusform>استُبدل %n تسلسل UTF-8 غير صالح بالرمز U+FFFD (أولها عند البايت %1)</numerusform>
            <numerusform>استُبدل %n تسلسل UTF-8 غير صالح بالرمز U+FFFD (أولها عند البايت %1)</numerusform>
            <numerusform>استُبدل %n تسلسل UTF-8 غير صالح بالرمز U+FFFD (أولها عند البايت %1)</numerusform>
            <numerusform>استُبدل %n تسلسل UTF-8 غير صالح بالرمز U+FFFD (أولها عند البايت %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot decode the file (guessed encoding %1)</source>
        <translation>تعذر فك ترميز الملف (الترميز المخمَّن %1)</translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::ArticleView</name>
    <message>
        <source>Show only articles with “%1”</source>
        <translation>إظهار المقالات التي تذكر «%1» فقط</translation>
    </message>
    <message>
        <source>Hide articles with “%1”</source>
        <translation>إخفاء المقالات التي تذكر «%1»</translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::EntityStyle</name>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::FilterChipBar</name>
    <message>
        <source>Only articles that mention this (click to remove)</source>
        <translation>المقالات التي تذكر هذا فقط (انقر للإزالة)</translation>
    </message>
    <message>
        <source>Articles that mention this are hidden</source>
        <translation>المقالات التي تذكر هذا مخفية</translation>
    </message>
    <message>
        <source>Publication date range</source>
        <translation>نطاق تاريخ النشر</translation>
    </message>
    <message>
        <source>Text search</source>
        <translation>بحث نصي</translation>
    </message>
    <message>
        <source>No filter: click an entity anywhere to filter every view.</source>
        <translation>لا مرشِّح: انقر على أي كيان لتصفية كل العروض.</translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Marsad</source>
        <translation>مرصد</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>&amp;فتح مجلد…</translation>
    </message>
    <message>
        <source>Open &amp;Files…</source>
        <translation>فتح &amp;ملفات…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Corpus</source>
        <translation>فتح &amp;المدونة النموذجية</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;About Marsad</source>
        <translation>&amp;حول مرصد</translation>
    </message>
    <message>
        <source>About Marsad</source>
        <translation>حول مرصد</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Marsad&lt;/b&gt; %1 (مرصد, “observatory”)&lt;/p&gt;&lt;p&gt;A timeline-and-map viewer for Arabic news corpora.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;مرصد&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;عارض للخط الزمني والخريطة لمدونات الأخبار العربية.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>(loading canceled)</source>
        <translation>(أُلغي التحميل)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n مقال</numerusform>
            <numerusform>%n مقال</numerusform>
            <numerusform>%n مقال</numerusform>
            <numerusform>%n مقال</numerusform>
            <numerusform>%n مقال</numerusform>
            <numerusform>%n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed</source>
        <translation>
            <numerusform>فشل %n ملف</numerusform>
            <numerusform>فشل %n ملف</numerusform>
            <numerusform>فشل %n ملف</numerusform>
            <numerusform>فشل %n ملف</numerusform>
            <numerusform>فشل %n ملف</numerusform>
            <numerusform>فشل %n ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Corpus Folder</source>
        <translation>فتح مجلد مدونة</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>فتح مقالات</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.jsonl);;All files (*)</source>
        <translation>مقالات (*.txt *.html *.htm *.jsonl);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>The gazetteer could not be loaded: %1</source>
        <translation>تعذر تحميل معجم الكيانات: %1</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>مرشَّح</translation>
    </message>
    <message>
        <source>dimmed: not article text</source>
        <translation>الباهت: ليس من نص المقال</translation>
    </message>
    <message>
        <source>Search the articles (Ctrl+F)</source>
        <translation>ابحث في المقالات (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Search the Articles</source>
        <translation>&amp;البحث في المقالات</translation>
    </message>
    <message>
        <source>&amp;Clear the Filter</source>
        <translation>&amp;مسح المرشِّح</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>المقال ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>المقال ال&amp;سابق</translation>
    </message>
    <message>
        <source>Next &amp;Mention of the Entity</source>
        <translation>الإشارة ال&amp;تالية إلى الكيان</translation>
    </message>
    <message>
        <source>Previous Mention of the Entity</source>
        <translation>الإشارة السابقة إلى الكيان</translation>
    </message>
    <message>
        <source>Find an entity (Arabic or English)</source>
        <translation>ابحث عن كيان (بالعربية أو الإنجليزية)</translation>
    </message>
    <message>
        <source>Show only articles that mention it</source>
        <translation>إظهار المقالات التي تذكره فقط</translation>
    </message>
    <message>
        <source>Hide articles that mention it</source>
        <translation>إخفاء المقالات التي تذكره</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>%1 (candidate, not in the gazetteer)</source>
        <translation>%1 (مرشَّح، خارج المعجم)</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) in the corpus</source>
        <translation>
            <numerusform>%n إشارة في المدونة</numerusform>
            <numerusform>%n إشارة في المدونة</numerusform>
            <numerusform>%n إشارة في المدونة</numerusform>
            <numerusform>%n إشارة في المدونة</numerusform>
            <numerusform>%n إشارة في المدونة</numerusform>
            <numerusform>%n إشارة في المدونة</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to filter by it; right-click to hide it.</source>
        <translation>انقر للتصفية به، وانقر بالزر الأيمن لإخفائه.</translation>
    </message>
    <message>
        <source>%1 of %2 articles</source>
        <translation>%1 من %2 مقالًا</translation>
    </message>
    <message>
        <source>Export the &amp;Map…</source>
        <translation>تصدير ال&amp;خريطة…</translation>
    </message>
    <message>
        <source>&amp;Export Timeline…</source>
        <translation>&amp;تصدير الخط الزمني…</translation>
    </message>
    <message>
        <source>&amp;Fit the Timeline</source>
        <translation>&amp;ملاءمة الخط الزمني</translation>
    </message>
    <message>
        <source>Show the &amp;Conflict Zone on the Map</source>
        <translation>إظهار &amp;منطقة النزاع على الخريطة</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation><numerusform>%n إشارة</numerusform><numerusform>%n إشارة</numerusform><numerusform>%n إشارة</numerusform><numerusform>%n إشارة</numerusform><numerusform>%n إشارة</numerusform><numerusform>%n إشارة</numerusform></translation>
    </message>
    <message>
        <source>Click to filter by it.</source>
        <translation>انقر للتصفية به.</translation>
    </message>
    <message>
        <source>Export the Map</source>
        <translation>تصدير الخريطة</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>صورة PNG (*.png);;رسم SVG (*.svg);;مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Map written to %1</source>
        <translation>كُتبت الخريطة في %1</translation>
    </message>
    <message>
        <source>Marsad — timeline</source>
        <translation>مرصد — الخط الزمني</translation>
    </message>
    <message>
        <source>Export the Timeline</source>
        <translation>تصدير الخط الزمني</translation>
    </message>
    <message>
        <source>Width in pixels (PNG is written at 2× for print):</source>
        <translation>العرض بالبكسل (تُكتب PNG بضعف الدقة للطباعة):</translation>
    </message>
    <message>
        <source>Scale (pixels per point, 2× or more for print):</source>
        <translation>المقياس (بكسل لكل نقطة، 2× أو أكثر للطباعة):</translation>
    </message>
    <message>
        <source>Timeline written to %1</source>
        <translation>كُتب الخط الزمني في %1</translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::MapView</name>
    <message>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <source>Exported from Marsad</source>
        <translation>مُصدَّر من مرصد</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>تعذرت كتابة %1.</translation>
    </message>
    <message>
        <source>Unknown image format &quot;%1&quot;: use .png, .svg or .pdf.</source>
        <translation>صيغة صورة غير معروفة «%1»: استخدم ‎.png أو ‎.svg أو ‎.pdf.</translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::TimelineView</name>
    <message>
        <source>publication date, inferred (%1%)</source>
        <translation>تاريخ النشر، مستنتج (%1%)</translation>
    </message>
    <message>
        <source>publication date, dateline</source>
        <translation>تاريخ النشر، منشور في المقال</translation>
    </message>
    <message>
        <source>event, %1 precision</source>
        <translation>حدث، بدقة %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… و%n غيرها</numerusform><numerusform>… و%n غيرها</numerusform><numerusform>… و%n غيرها</numerusform><numerusform>… و%n غيرها</numerusform><numerusform>… و%n غيرها</numerusform><numerusform>… و%n غيرها</numerusform></translation>
    </message>
</context>
</TS>
