<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Marsad::Analyst::AnalystStore</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian it is in the package libqt6sql6-psql</source>
        <translation>برنامج تشغيل PostgreSQL في Qt ‏(QPSQL) غير مثبت؛ وهو في دبيان ضمن الحزمة libqt6sql6-psql</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>برنامج تشغيل SQLite في Qt ‏(QSQLITE) غير مثبت</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database; it was left as it is</source>
        <translation>%1 ليس قاعدة بيانات SQLite؛ وقد تُرك كما هو</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>تعذّر إنشاء المجلد %1</translation>
    </message>
    <message>
        <source>it holds data of another program</source>
        <translation>فيه بيانات برنامج آخر</translation>
    </message>
    <message>
        <source>it cannot be written</source>
        <translation>لا يمكن الكتابة فيه</translation>
    </message>
    <message>
        <source>it was written by a newer Marsad (schema version %1; this one reads up to version %2)</source>
        <translation>كتبه إصدار أحدث من مرصد (إصدار المخطط %1؛ وهذا الإصدار يقرأ حتى الإصدار %2)</translation>
    </message>
    <message>
        <source>the connection to the store is closed</source>
        <translation>الاتصال بالمخزن مغلق</translation>
    </message>
    <message>
        <source>the item has no uid</source>
        <translation>العنصر بلا معرّف</translation>
    </message>
    <message>
        <source>an item can only be updated with the same uid</source>
        <translation>لا يُحدَّث عنصر إلا بالمعرّف نفسه</translation>
    </message>
    <message>
        <source>there is no item %1 to update</source>
        <translation>لا عنصر %1 لتحديثه</translation>
    </message>
    <message>
        <source>there is no item %1</source>
        <translation>لا عنصر %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written by another version of Marsad were left out</source>
        <translation>
            <numerusform>لم يُستبعد أي عنصر كتبه إصدار آخر من مرصد</numerusform>
            <numerusform>استُبعد عنصر واحد كتبه إصدار آخر من مرصد</numerusform>
            <numerusform>استُبعد عنصران كتبهما إصدار آخر من مرصد</numerusform>
            <numerusform>استُبعدت %Ln عناصر كتبها إصدار آخر من مرصد</numerusform>
            <numerusform>استُبعد %Ln عنصرًا كتبها إصدار آخر من مرصد</numerusform>
            <numerusform>استُبعد %Ln عنصر كتبها إصدار آخر من مرصد</numerusform>
        </translation>
    </message>
    <message>
        <source>The analyst&apos;s store %1 cannot be used: %2</source>
        <translation>لا يمكن استعمال مخزن المحلل %1: %2</translation>
    </message>
</context>
<context>
    <name>Marsad::Analyst::CorrectionApplier</name>
    <message>
        <source>A correction could not be re-anchored: %1 «%2»</source>
        <translation>تعذّر ربط تصحيح بموضعه من جديد: %1 «%2»</translation>
    </message>
    <message>
        <source>A correction names an unknown entity: %1 «%2»</source>
        <translation>تصحيح يسمّي كيانًا غير معروف: %1 «%2»</translation>
    </message>
    <message>
        <source>The analyst&apos;s entities could not be used: %1</source>
        <translation>تعذّر استعمال كيانات المحلل: %1</translation>
    </message>
    <message>
        <source>Merged entities form a cycle: %1 «%2»</source>
        <translation>الكيانات المدمجة تشكّل حلقة: %1 «%2»</translation>
    </message>
    <message>
        <source>A date correction has no valid date: «%1»</source>
        <translation>تصحيح التاريخ بلا تاريخ صالح: «%1»</translation>
    </message>
    <message>
        <source>removed mention</source>
        <translation>إشارة محذوفة</translation>
    </message>
    <message>
        <source>changed entity</source>
        <translation>كيان مُغيَّر</translation>
    </message>
    <message>
        <source>added mention</source>
        <translation>إشارة مضافة</translation>
    </message>
    <message>
        <source>corrected date</source>
        <translation>تاريخ مصحَّح</translation>
    </message>
    <message>
        <source>merged entities</source>
        <translation>كيانات مدمجة</translation>
    </message>
    <message>
        <source>new entity</source>
        <translation>كيان جديد</translation>
    </message>
</context>
<context>
    <name>Marsad::Analyst::StoreLocation</name>
    <message>
        <source>&apos;%1&apos; is not a port number</source>
        <translation>&apos;%1&apos; ليس رقم منفذ</translation>
    </message>
    <message>
        <source>it names no database (postgresql://[user@][host][:port]/DATABASE)</source>
        <translation>لا يسمّي قاعدة بيانات (postgresql://[user@][host][:port]/DATABASE)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host</source>
        <translation>&apos;%1&apos; ليس اسم مضيف</translation>
    </message>
    <message>
        <source>the parameter &apos;%1&apos; is not supported (only host and port are)</source>
        <translation>المعامل &apos;%1&apos; غير مدعوم (المدعوم host وport فقط)</translation>
    </message>
    <message>
        <source>no store was given</source>
        <translation>لم يُعطَ مخزن</translation>
    </message>
    <message>
        <source>it names no file (sqlite:PATH)</source>
        <translation>لا يسمّي ملفًا (sqlite:PATH)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; stores are not supported</source>
        <translation>مخازن &apos;%1&apos; غير مدعومة</translation>
    </message>
    <message>
        <source>Bad store &apos;%1&apos;: %2. Give sqlite:PATH, a file, or postgresql://[user@][host][:port]/DATABASE.</source>
        <translation>مخزن غير صالح &apos;%1&apos;: %2. أعطِ sqlite:PATH أو ملفًا أو postgresql://[user@][host][:port]/DATABASE.</translation>
    </message>
</context>
<context>
    <name>Marsad::Cli::AnalysisRunner</name>
    <message>
        <source>cannot load the gazetteer: %1</source>
        <translation>تعذّر تحميل معجم الأعلام: %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
</context>
<context>
    <name>Marsad::Cli::AnalyzeCommand</name>
    <message>
        <source>Output format.</source>
        <translation>صيغة الإخراج.</translation>
    </message>
    <message>
        <source>marsad: analyze: --format takes jsonl or json, not &apos;%1&apos;
</source>
        <translation>marsad: analyze: الخيار --format يقبل jsonl أو json، لا &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>marsad: analyze: needs at least one PATH (a file or a folder)
</source>
        <translation>marsad: analyze: يلزم مسار واحد على الأقل (ملف أو مجلد)
</translation>
    </message>
    <message>
        <source>marsad: analyze: no such file or folder: %1
</source>
        <translation>marsad: analyze: لا يوجد ملف أو مجلد بهذا الاسم: %1
</translation>
    </message>
    <message>
        <source>marsad: analyze: cannot write the output: %1
</source>
        <translation>marsad: analyze: تعذرت كتابة المخرجات: %1
</translation>
    </message>
    <message>
        <source>Usage: marsad analyze [OPTION...] PATH...
Print the analysis of every article as JSON, in input order.

PATH is a file or a folder, read recursively (.txt, .html, .htm, .jsonl).
- reads a list of PATHs from standard input: one per line, or separated by
NUL bytes (find -print0).
With --stdin-text, standard input is the text of one more article, named -
in the output.

Options:
  --format jsonl|json  one object per line (default) or one array
  --explain            add what explains each publication date: a note per
                       constraint and per cue, the conflicting cues, the
                       passages shared with other articles
  --progress           show the progress on stderr even when it is not a
                       terminal (by default it is shown on a terminal when
                       the output goes to a file or a pipe)
  --quiet              show neither progress nor warnings (errors still are)
  --stdin-text         analyse standard input as one article&apos;s text (plain
                       text in any encoding marsad reads)
  -h, --help           print this help and exit
</source>
        <translation>الاستخدام: marsad analyze [OPTION...] PATH...
يطبع تحليل كل مقال بصيغة JSON، بترتيب المدخلات.

المسار PATH ملف أو مجلد يُقرأ بما فيه من مجلدات (.txt و.html و.htm و.jsonl).
والمسار - يقرأ قائمة مسارات من الدخل القياسي: مسار في كل سطر، أو مفصولة
ببايتات NUL (find -print0).
ومع --stdin-text يكون الدخل القياسي نص مقال إضافي، اسمه - في المخرجات.

الخيارات:
  --format jsonl|json  كائن في كل سطر (الافتراضي) أو مصفوفة واحدة
  --explain            يضيف ما يفسر كل تاريخ نشر: ملاحظة لكل قيد ولكل قرينة،
                       والقرائن المتعارضة، والمقاطع المشتركة مع مقالات أخرى
  --progress           يُظهر التقدم في stderr ولو لم يكن طرفية (افتراضيا يظهر
                       في الطرفية حين تذهب المخرجات إلى ملف أو أنبوب)
  --quiet              لا يُظهر التقدم ولا التحذيرات (وتظهر الأخطاء)
  --stdin-text         يحلل الدخل القياسي على أنه نص مقال واحد (نص عادي بأي
                       ترميز يقرؤه marsad)
  -h, --help           يطبع هذه المساعدة ويخرج
</translation>
    </message>
    <message>
        <source>
Exit status:
  0  success
  1  some files failed (listed on stderr, the rest still processed), or the
     output could not be written
  2  bad usage
</source>
        <translation>
حالة الخروج:
  0  نجاح
  1  فشلت بعض الملفات (مذكورة في stderr، وعولج الباقي)، أو تعذرت كتابة
     المخرجات
  2  استخدام خاطئ
</translation>
    </message>
    <message>
        <source>Explain each date.</source>
        <translation>اشرح كل تاريخ.</translation>
    </message>
    <message>
        <source>Always show the progress.</source>
        <translation>أظهر التقدم دائما.</translation>
    </message>
    <message>
        <source>Neither progress nor warnings.</source>
        <translation>لا تقدم ولا تحذيرات.</translation>
    </message>
    <message>
        <source>Standard input is one article&apos;s text.</source>
        <translation>الدخل القياسي نص مقال واحد.</translation>
    </message>
    <message>
        <source>Print this help.</source>
        <translation>اطبع هذه المساعدة.</translation>
    </message>
    <message>
        <source>Try &apos;marsad analyze --help&apos;.
</source>
        <translation>جرّب &apos;marsad analyze --help&apos;.
</translation>
    </message>
    <message>
        <source>--progress and --quiet exclude each other</source>
        <translation>لا يجتمع --progress و--quiet</translation>
    </message>
    <message>
        <source>- and --stdin-text both read standard input</source>
        <translation>كلا - و--stdin-text يقرأ الدخل القياسي</translation>
    </message>
    <message>
        <source>marsad: analyze: cannot read standard input: %1
</source>
        <translation>marsad: analyze: تعذرت قراءة الدخل القياسي: %1
</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>الكتابة</translation>
    </message>
</context>
<context>
    <name>Marsad::Cli::CommandLine</name>
    <message>
        <source>User interface language.</source>
        <translation>لغة الواجهة.</translation>
    </message>
    <message>
        <source>--lang takes ar or en, not &apos;%1&apos;</source>
        <translation>الخيار --lang يقبل ar أو en، لا &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Try &apos;marsad --help&apos;.
</source>
        <translation>جرّب &apos;marsad --help&apos;.
</translation>
    </message>
    <message>
        <source>marsad: nothing to do headless
</source>
        <translation>marsad: لا عمل بلا واجهة رسومية
</translation>
    </message>
    <message>
        <source>The analyst&apos;s store for this run.</source>
        <translation>مخزن المحلل لهذا التشغيل.</translation>
    </message>
    <message>
        <source>Usage: marsad [PATH...] [--lang ar|en] [--store LOCATION]
  or:  marsad analyze PATH... [--format jsonl|json]
  or:  marsad export-timeline PATH... -o OUT.png|OUT.svg|OUT.pdf [OPTION...]
  or:  marsad export-events PATH... -o FILE.csv [--bom] [OPTION...]
  or:  marsad export-places PATH... -o FILE.geojson [OPTION...]
  or:  marsad export-mentions PATH... -o FILE.csv [--bom] [OPTION...]
  or:  marsad --version | --help
Show who, where and when across a collection of Arabic news articles.

Without a command, open the viewer on the PATHs (none: the bundled sample
corpus). PATH is a file or a folder, read recursively (.txt, .html, .htm,
.jsonl).

Commands:
  analyze            print the analysis of every article as JSON
  export-timeline    draw the timeline into a PNG, SVG or PDF image
  export-events      write the events as CSV (conflict-dataset columns)
  export-places      write the places as GeoJSON points with counts
  export-mentions    write every entity mention as CSV

Options:
  --lang ar|en         language of the interface and messages (default: the
                       system&apos;s); for export-timeline, of the image (ar)
  --store LOCATION     the analyst&apos;s store (corrections, notes) for the viewer
                       and every command: sqlite:PATH (or a PATH), or
                       postgresql://[USER@][HOST][:PORT]/DATABASE
  --format jsonl|json  analyze: one object per line (default) or one array
  -o, --output FILE    export-timeline: the image to write (.png, .svg, .pdf)
  --entity ID          export-timeline: only items about this entity
                       (repeatable)
  --from YYYY-MM-DD    export-timeline: first day shown
  --to YYYY-MM-DD      export-timeline: last day shown
  --width PX           export-timeline: width in pixels (200-20000, 1600)
  --scale N            export-timeline: PNG pixels per point (0.5-8, 2)
  -o FILE              data exports: the file to write (- for standard
                       output); --entity, --from and --to filter them too
  --bom                export-events and export-mentions: start with a UTF-8
                       byte order mark (for spreadsheets)
  COMMAND --help       print the help of a command (its columns) and exit
  -h, --help           print this help and exit
  -v, --version        print the version and exit

Exit status:
  0  success
  1  some files failed (listed on stderr, the rest still processed)
  2  bad usage
</source>
        <translation>الاستخدام: marsad [PATH...] [--lang ar|en] [--store LOCATION]
  أو:  marsad analyze PATH... [--format jsonl|json]
  أو:  marsad export-timeline PATH... -o OUT.png|OUT.svg|OUT.pdf [OPTION...]
  أو:  marsad export-events PATH... -o FILE.csv [--bom] [OPTION...]
  أو:  marsad export-places PATH... -o FILE.geojson [OPTION...]
  أو:  marsad export-mentions PATH... -o FILE.csv [--bom] [OPTION...]
  أو:  marsad --version | --help
من وأين ومتى في مجموعة من المقالات الإخبارية العربية.

دون أمر: يفتح العارض على المسارات PATH (ودونها على مجموعة المقالات
النموذجية المرفقة). المسار PATH ملف أو مجلد يُقرأ بما فيه من مجلدات
(.txt و.html و.htm و.jsonl).

الأوامر:
  analyze            يطبع تحليل كل مقال بصيغة JSON
  export-timeline    يرسم الخط الزمني في صورة PNG أو SVG أو PDF
  export-events      يكتب الأحداث بصيغة CSV (أعمدة قواعد بيانات النزاعات)
  export-places      يكتب الأماكن نقاطا بصيغة GeoJSON مع أعدادها
  export-mentions    يكتب كل إشارة إلى كيان بصيغة CSV

الخيارات:
  --lang ar|en         لغة الواجهة والرسائل (الافتراضي: لغة النظام)؛
                       ومع export-timeline: لغة الصورة (ar)
  --store LOCATION     مخزن المحلل (التصحيحات والملاحظات) للعارض ولكل أمر:
                       sqlite:PATH (أو PATH)، أو
                       postgresql://[USER@][HOST][:PORT]/DATABASE
  --format jsonl|json  مع analyze: كائن في كل سطر (الافتراضي) أو مصفوفة واحدة
  -o, --output FILE    مع export-timeline: الصورة المراد كتابتها (.png أو .svg أو .pdf)
  --entity ID          مع export-timeline: العناصر المتعلقة بهذا الكيان فقط
                       (يمكن تكراره)
  --from YYYY-MM-DD    مع export-timeline: أول يوم معروض
  --to YYYY-MM-DD      مع export-timeline: آخر يوم معروض
  --width PX           مع export-timeline: العرض بالبكسل (200-20000، 1600)
  --scale N            مع export-timeline: بكسلات PNG لكل نقطة (0.5-8، 2)
  -o FILE              مع تصدير البيانات: الملف المراد كتابته (- للمخرج
                       القياسي)؛ وتصفّيها --entity و--from و--to أيضا
  --bom                مع export-events وexport-mentions: يبدأ بعلامة ترتيب
                       البايتات UTF-8 (لجداول البيانات)
  COMMAND --help       يطبع مساعدة أمر (وأعمدته) ويخرج
  -h, --help           يطبع هذه المساعدة ويخرج
  -v, --version        يطبع رقم الإصدار ويخرج

حالة الخروج:
  0  نجاح
  1  فشلت بعض الملفات (مذكورة في stderr، وعولج الباقي)
  2  استخدام خاطئ
</translation>
    </message>
</context>
<context>
    <name>Marsad::Cli::DataExportCommand</name>
    <message>
        <source>Options:
  -o, --output FILE    the file to write, or - for standard output
</source>
        <translation>الخيارات:
  -o, --output FILE    الملف المراد كتابته، أو - للمخرج القياسي
</translation>
    </message>
    <message>
        <source>  --bom                start with a UTF-8 byte order mark (for spreadsheets)
</source>
        <translation>  --bom                يبدأ بعلامة ترتيب البايتات UTF-8 (لجداول البيانات)
</translation>
    </message>
    <message>
        <source>  --entity ID          only articles that mention this entity (repeatable)
  --from YYYY-MM-DD    only articles published, and events dated, on or after it
  --to YYYY-MM-DD      only articles published, and events dated, on or before it
  --lang ar|en         language of the messages (default: the system&apos;s)
  -h, --help           print this help and exit
</source>
        <translation>  --entity ID          المقالات التي تذكر هذا الكيان فقط (يمكن تكراره)
  --from YYYY-MM-DD    المقالات المنشورة والأحداث المؤرخة فيه أو بعده فقط
  --to YYYY-MM-DD      المقالات المنشورة والأحداث المؤرخة فيه أو قبله فقط
  --lang ar|en         لغة الرسائل (الافتراضي: لغة النظام)
  -h, --help           يطبع هذه المساعدة ويخرج
</translation>
    </message>
    <message>
        <source>
A file is written completely or not at all: on failure the previous file
is left untouched.

Exit status:
  0  success
  1  some files failed, or the output could not be written
  2  bad usage
</source>
        <translation>
يُكتب الملف كاملا أو لا يُكتب: عند الفشل يبقى الملف السابق كما هو.

حالة الخروج:
  0  نجاح
  1  فشلت بعض الملفات، أو تعذرت كتابة المخرجات
  2  استخدام خاطئ
</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>Start with a byte order mark.</source>
        <translation>ابدأ بعلامة ترتيب البايتات.</translation>
    </message>
    <message>
        <source>Only articles about this entity.</source>
        <translation>المقالات المتعلقة بهذا الكيان فقط.</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>أول يوم.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>آخر يوم.</translation>
    </message>
    <message>
        <source>Print this help.</source>
        <translation>اطبع هذه المساعدة.</translation>
    </message>
    <message>
        <source>Language of the messages.</source>
        <translation>لغة الرسائل.</translation>
    </message>
    <message>
        <source>Try &apos;marsad %1 --help&apos;.
</source>
        <translation>جرّب &apos;marsad %1 --help&apos;.
</translation>
    </message>
    <message>
        <source>--lang takes ar or en, not &apos;%1&apos;</source>
        <translation>الخيار --lang يقبل ar أو en، لا &apos;%1&apos;</translation>
    </message>
    <message>
        <source>needs -o FILE (or -o - for standard output)</source>
        <translation>يلزم -o FILE (أو -o - للمخرج القياسي)</translation>
    </message>
    <message>
        <source>--from takes a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>الخيار --from يقبل تاريخا بصيغة YYYY-MM-DD، لا &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--to takes a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>الخيار --to يقبل تاريخا بصيغة YYYY-MM-DD، لا &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>تاريخ --from بعد تاريخ --to</translation>
    </message>
    <message>
        <source>needs at least one PATH (a file or a folder)</source>
        <translation>يلزم مسار PATH واحد على الأقل (ملف أو مجلد)</translation>
    </message>
    <message>
        <source>no such file or folder: %1</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم: %1</translation>
    </message>
    <message>
        <source>unknown entity id: %1</source>
        <translation>معرّف كيان غير معروف: %1</translation>
    </message>
    <message>
        <source>%1 written
</source>
        <translation>كُتب الملف %1
</translation>
    </message>
</context>
<context>
    <name>Marsad::Cli::ExportEventsCommand</name>
    <message>
        <source>Usage: marsad export-events PATH... -o FILE.csv [OPTION...]
Write the events of the articles (dated sentences) as CSV (RFC 4180, UTF-8),
one record per event and place, in the columns of conflict datasets:
event_id, event_date, event_end_date, time_precision, date_text, place_id,
place_en, place_ar, place_kind, latitude, longitude, geo_precision, entities,
evidence, article_file, char_start, char_end, published, published_basis,
published_confidence. Offsets count Unicode code points of the decoded text.

</source>
        <translation>الاستخدام: marsad export-events PATH... -o FILE.csv [OPTION...]
يكتب أحداث المقالات (الجمل المؤرخة) بصيغة CSV (RFC 4180، UTF-8)، سجل لكل حدث
ومكان، بأعمدة قواعد بيانات النزاعات:
event_id, event_date, event_end_date, time_precision, date_text, place_id,
place_en, place_ar, place_kind, latitude, longitude, geo_precision, entities,
evidence, article_file, char_start, char_end, published, published_basis,
published_confidence. تُعدّ المواضع بنقاط يونيكود في النص المفكوك.

</translation>
    </message>
</context>
<context>
    <name>Marsad::Cli::ExportMentionsCommand</name>
    <message>
        <source>Usage: marsad export-mentions PATH... -o FILE.csv [OPTION...]
Write every entity mention of the articles as CSV (RFC 4180, UTF-8): article_file,
entity_id, type, surface, start, end, candidate, confidence, boilerplate.
Offsets count Unicode code points of the decoded text.

</source>
        <translation>الاستخدام: marsad export-mentions PATH... -o FILE.csv [OPTION...]
يكتب كل إشارة إلى كيان في المقالات بصيغة CSV (RFC 4180، UTF-8): article_file,
entity_id, type, surface, start, end, candidate, confidence, boilerplate.
تُعدّ المواضع بنقاط يونيكود في النص المفكوك.

</translation>
    </message>
</context>
<context>
    <name>Marsad::Cli::ExportPlacesCommand</name>
    <message>
        <source>Usage: marsad export-places PATH... -o FILE.geojson [OPTION...]
Write the places the articles name as GeoJSON (RFC 7946): a FeatureCollection
of points [longitude, latitude] with id, name_en, name_ar, kind, articles,
mentions, events, first_date and last_date; a place without coordinates has
a null geometry.

</source>
        <translation>الاستخدام: marsad export-places PATH... -o FILE.geojson [OPTION...]
يكتب الأماكن التي تذكرها المقالات بصيغة GeoJSON (RFC 7946): مجموعة معالم
FeatureCollection من نقاط [longitude, latitude] مع id وname_en وname_ar وkind
وarticles وmentions وevents وfirst_date وlast_date؛ والمكان الذي لا إحداثيات
له هندسته null.

</translation>
    </message>
</context>
<context>
    <name>Marsad::Cli::ExportTimelineCommand</name>
    <message>
        <source>Image to write.</source>
        <translation>الصورة المراد كتابتها.</translation>
    </message>
    <message>
        <source>Only items about this entity.</source>
        <translation>العناصر المتعلقة بهذا الكيان فقط.</translation>
    </message>
    <message>
        <source>First day shown.</source>
        <translation>أول يوم معروض.</translation>
    </message>
    <message>
        <source>Last day shown.</source>
        <translation>آخر يوم معروض.</translation>
    </message>
    <message>
        <source>Width in pixels.</source>
        <translation>العرض بالبكسل.</translation>
    </message>
    <message>
        <source>Language of the image.</source>
        <translation>لغة الصورة.</translation>
    </message>
    <message>
        <source>PNG pixels per point.</source>
        <translation>بكسلات PNG لكل نقطة.</translation>
    </message>
    <message>
        <source>needs -o OUT.png, OUT.svg or OUT.pdf</source>
        <translation>يلزم -o OUT.png أو OUT.svg أو OUT.pdf</translation>
    </message>
    <message>
        <source>the output must end in .png, .svg or .pdf: %1</source>
        <translation>يجب أن ينتهي اسم الملف الناتج بـ .png أو .svg أو .pdf: %1</translation>
    </message>
    <message>
        <source>--from takes a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>الخيار --from يقبل تاريخًا بالصيغة YYYY-MM-DD، لا &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--to takes a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>الخيار --to يقبل تاريخًا بالصيغة YYYY-MM-DD، لا &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>تاريخ --from بعد تاريخ --to</translation>
    </message>
    <message>
        <source>--width takes a number of pixels from 200 to 20000</source>
        <translation>الخيار --width يقبل عددًا من البكسلات بين 200 و20000</translation>
    </message>
    <message>
        <source>--scale takes a number from 0.5 to 8</source>
        <translation>الخيار --scale يقبل عددًا بين 0.5 و8</translation>
    </message>
    <message>
        <source>--lang takes ar or en, not &apos;%1&apos;</source>
        <translation>الخيار --lang يقبل ar أو en، لا &apos;%1&apos;</translation>
    </message>
    <message>
        <source>needs at least one PATH (a file or a folder)</source>
        <translation>يلزم مسار واحد على الأقل (ملف أو مجلد)</translation>
    </message>
    <message>
        <source>marsad: export-timeline: no such file or folder: %1
</source>
        <translation>marsad: export-timeline: لا يوجد ملف أو مجلد بهذا الاسم: %1
</translation>
    </message>
    <message>
        <source>unknown entity id: %1</source>
        <translation>معرّف كيان غير معروف: %1</translation>
    </message>
    <message>
        <source>%1 written
</source>
        <translation>كُتب الملف %1
</translation>
    </message>
    <message>
        <source>Usage: marsad export-timeline PATH... -o OUT.png|OUT.svg|OUT.pdf [OPTION...]
Draw the timeline of the articles into a PNG, SVG or PDF image, as the
viewer shows it; needs no display.

PATH is a file or a folder, read recursively (.txt, .html, .htm, .jsonl).

Options:
  -o, --output FILE    the image to write (.png, .svg, .pdf)
  --entity ID          only items about this entity (repeatable)
  --from YYYY-MM-DD    first day shown
  --to YYYY-MM-DD      last day shown
  --width PX           width in pixels (200-20000, default 1600)
  --scale N            PNG pixels per point (0.5-8, default 2)
  --lang ar|en         language of the image (default ar)
  -h, --help           print this help and exit
</source>
        <translation>الاستخدام: marsad export-timeline PATH... -o OUT.png|OUT.svg|OUT.pdf [OPTION...]
يرسم الخط الزمني للمقالات في صورة PNG أو SVG أو PDF كما يعرضه العارض، ولا
يحتاج إلى شاشة.

المسار PATH ملف أو مجلد يُقرأ بما فيه من مجلدات (.txt و.html و.htm و.jsonl).

الخيارات:
  -o, --output FILE    الصورة المراد كتابتها (.png أو .svg أو .pdf)
  --entity ID          العناصر المتعلقة بهذا الكيان فقط (يمكن تكراره)
  --from YYYY-MM-DD    أول يوم معروض
  --to YYYY-MM-DD      آخر يوم معروض
  --width PX           العرض بالبكسل (200-20000، الافتراضي 1600)
  --scale N            بكسلات PNG لكل نقطة (0.5-8، الافتراضي 2)
  --lang ar|en         لغة الصورة (الافتراضي ar)
  -h, --help           يطبع هذه المساعدة ويخرج
</translation>
    </message>
    <message>
        <source>
Exit status:
  0  success
  1  some files failed (listed on stderr), or the image could not be written
  2  bad usage
</source>
        <translation>
حالة الخروج:
  0  نجاح
  1  فشلت بعض الملفات (مذكورة في stderr)، أو تعذرت كتابة الصورة
  2  استخدام خاطئ
</translation>
    </message>
    <message>
        <source>Print this help.</source>
        <translation>اطبع هذه المساعدة.</translation>
    </message>
    <message>
        <source>Try &apos;marsad export-timeline --help&apos;.
</source>
        <translation>جرّب &apos;marsad export-timeline --help&apos;.
</translation>
    </message>
</context>
<context>
    <name>Marsad::Cli::ProgressLine</name>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
</context>
<context>
    <name>Marsad::Cli::StoreOption</name>
    <message>
        <source>Analysis store to read and keep results in.</source>
        <translation>مخزن التحليل الذي تُقرأ منه النتائج وتُحفظ فيه.</translation>
    </message>
    <message>
        <source>Analyse everything afresh and keep nothing.</source>
        <translation>حلّل كل شيء من جديد ولا تحفظ شيئا.</translation>
    </message>
    <message>
        <source>The analyst&apos;s store whose corrections are applied.</source>
        <translation>مخزن المحلل الذي تُطبَّق تصحيحاته.</translation>
    </message>
    <message>
        <source>The analyst&apos;s store %1 cannot be read: %2</source>
        <translation>تعذّرت قراءة مخزن المحلل %1: %2</translation>
    </message>
    <message>
        <source>  --cache FILE         the analysis store to read and keep results in (default:
                       analysis.sqlite in the user&apos;s data folder)
  --no-cache           analyse everything afresh and keep nothing
  --store LOCATION     apply the corrections kept in the analyst&apos;s store:
                       sqlite:PATH (or a PATH), or
                       postgresql://[USER@][HOST][:PORT]/DATABASE
</source>
        <translation>  --cache FILE         مخزن التحليل الذي تُقرأ منه النتائج وتُحفظ فيه (الافتراضي:
                       analysis.sqlite في مجلد بيانات المستخدم)
  --no-cache           تحليل كل شيء من جديد دون حفظ شيء
  --store LOCATION     تطبيق التصحيحات المحفوظة في مخزن المحلل:
                       sqlite:PATH (أو PATH)، أو
                       postgresql://[USER@][HOST][:PORT]/DATABASE
</translation>
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
        <translation>تعذّر الفتح: %1</translation>
    </message>
    <message>
        <source>file too large (%1 MB; the limit is %2 MB)</source>
        <translation>الملف كبير جدًا (%L1 ميغابايت، والحد %L2 ميغابايت)</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>خطأ في القراءة: %1</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>a named pipe (FIFO), not a regular file</source>
        <translation>أنبوب مسمى (FIFO)، وليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>a device, not a regular file</source>
        <translation>جهاز، وليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>a socket, not a regular file</source>
        <translation>مقبس، وليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>dangling symbolic link (to %1)</source>
        <translation>رابط رمزي معلق (إلى %1)</translation>
    </message>
    <message>
        <source>the file name is not valid UTF-8, so it cannot be opened; rename the file</source>
        <translation>اسم الملف ليس UTF-8 صالحًا، فلا يمكن فتحه؛ أعد تسمية الملف</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>مجلد، وليس ملفًا</translation>
    </message>
    <message>
        <source>cannot read the folder: %1</source>
        <translation>تعذرت قراءة المجلد: %1</translation>
    </message>
</context>
<context>
    <name>Marsad::Corpus::HtmlExtractor</name>
    <message numerus="yes">
        <source>unclosed comment: the last %n character(s) of the page, after it, were left out</source>
        <translation>
            <numerusform>تعليق غير مغلق: لم يُترك شيء من آخر الصفحة</numerusform>
            <numerusform>تعليق غير مغلق: تُرك آخر حرف واحد من الصفحة بعده</numerusform>
            <numerusform>تعليق غير مغلق: تُرك آخر حرفين من الصفحة بعده</numerusform>
            <numerusform>تعليق غير مغلق: تُركت آخر %Ln أحرف من الصفحة بعده</numerusform>
            <numerusform>تعليق غير مغلق: تُرك آخر %Ln حرفًا من الصفحة بعده</numerusform>
            <numerusform>تعليق غير مغلق: تُرك آخر %Ln حرف من الصفحة بعده</numerusform>
        </translation>
    </message>
    <message>
        <source>unclosed &lt;%1&gt; element: its content is kept as text</source>
        <translation>العنصر &lt;%1&gt; غير مغلق: احتُفظ بمحتواه نصًا</translation>
    </message>
    <message numerus="yes">
        <source>unclosed &lt;%1&gt; element: the last %n character(s) of the page, after it, were left out</source>
        <translation>
            <numerusform>العنصر &lt;%1&gt; غير مغلق: لم يُترك شيء من آخر الصفحة</numerusform>
            <numerusform>العنصر &lt;%1&gt; غير مغلق: تُرك آخر حرف واحد من الصفحة بعده</numerusform>
            <numerusform>العنصر &lt;%1&gt; غير مغلق: تُرك آخر حرفين من الصفحة بعده</numerusform>
            <numerusform>العنصر &lt;%1&gt; غير مغلق: تُركت آخر %Ln أحرف من الصفحة بعده</numerusform>
            <numerusform>العنصر &lt;%1&gt; غير مغلق: تُرك آخر %Ln حرفًا من الصفحة بعده</numerusform>
            <numerusform>العنصر &lt;%1&gt; غير مغلق: تُرك آخر %Ln حرف من الصفحة بعده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the text of the page&apos;s &lt;%1&gt; element was kept; %n character(s) of page text around it were left out</source>
        <translation>
            <numerusform>احتُفظ بنص العنصر &lt;%1&gt; من الصفحة؛ ولم يُترك شيء حوله</numerusform>
            <numerusform>احتُفظ بنص العنصر &lt;%1&gt; من الصفحة؛ وتُرك حرف واحد من نص الصفحة حوله</numerusform>
            <numerusform>احتُفظ بنص العنصر &lt;%1&gt; من الصفحة؛ وتُرك حرفان من نص الصفحة حوله</numerusform>
            <numerusform>احتُفظ بنص العنصر &lt;%1&gt; من الصفحة؛ وتُركت %Ln أحرف من نص الصفحة حوله</numerusform>
            <numerusform>احتُفظ بنص العنصر &lt;%1&gt; من الصفحة؛ وتُرك %Ln حرفًا من نص الصفحة حوله</numerusform>
            <numerusform>احتُفظ بنص العنصر &lt;%1&gt; من الصفحة؛ وتُرك %Ln حرف من نص الصفحة حوله</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the page marks no article: its densest block of paragraphs was kept; %n character(s) of page text around it were left out</source>
        <translation>
            <numerusform>لا تحدد الصفحة مقالا: احتُفظ بأكثف كتلة فقرات فيها، ولم يُترك شيء حولها</numerusform>
            <numerusform>لا تحدد الصفحة مقالا: احتُفظ بأكثف كتلة فقرات فيها، وتُرك حرف واحد من نص الصفحة حولها</numerusform>
            <numerusform>لا تحدد الصفحة مقالا: احتُفظ بأكثف كتلة فقرات فيها، وتُرك حرفان من نص الصفحة حولها</numerusform>
            <numerusform>لا تحدد الصفحة مقالا: احتُفظ بأكثف كتلة فقرات فيها، وتُركت %Ln أحرف من نص الصفحة حولها</numerusform>
            <numerusform>لا تحدد الصفحة مقالا: احتُفظ بأكثف كتلة فقرات فيها، وتُرك %Ln حرفًا من نص الصفحة حولها</numerusform>
            <numerusform>لا تحدد الصفحة مقالا: احتُفظ بأكثف كتلة فقرات فيها، وتُرك %Ln حرف من نص الصفحة حولها</numerusform>
        </translation>
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
        <translation>السطر %L1: %2</translation>
    </message>
    <message>
        <source>line %1: no &quot;text&quot; field</source>
        <translation>السطر %L1: لا يوجد حقل &quot;text&quot;</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot;: %3</source>
        <translation>السطر %1: &quot;%2&quot;: %3</translation>
    </message>
</context>
<context>
    <name>Marsad::Exchange::DataExport</name>
    <message>
        <source>cannot write the output: %1</source>
        <translation>تعذرت كتابة المخرجات: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>Marsad::Geo::MapFeatureReader</name>
    <message>
        <source>The map features are not valid JSON: %1</source>
        <translation>معالم الخريطة ليست JSON صالحًا: %1</translation>
    </message>
    <message>
        <source>The map features are not a GeoJSON FeatureCollection.</source>
        <translation>معالم الخريطة ليست مجموعة معالم GeoJSON.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذرت قراءة %1: %2</translation>
    </message>
</context>
<context>
    <name>Marsad::Geo::TopoJsonReader</name>
    <message>
        <source>An arc index is not a number.</source>
        <translation>فهرس قوس ليس عددًا.</translation>
    </message>
    <message>
        <source>Arc index %1 is out of range (%2 arcs).</source>
        <translation>فهرس القوس %L1 خارج المدى (عدد الأقواس %L2).</translation>
    </message>
    <message>
        <source>The transform needs a scale and a translate.</source>
        <translation>يحتاج التحويل إلى مقياس (scale) وإزاحة (translate).</translation>
    </message>
    <message>
        <source>The topology has no arcs.</source>
        <translation>لا أقواس في الطوبولوجيا.</translation>
    </message>
    <message>
        <source>An arc has a position without two coordinates.</source>
        <translation>في أحد الأقواس موضع ليس له إحداثيان.</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2.</source>
        <translation>‏JSON غير صالح عند الموضع %L1: %2.</translation>
    </message>
    <message>
        <source>Not a TopoJSON topology.</source>
        <translation>ليس طوبولوجيا TopoJSON.</translation>
    </message>
    <message>
        <source>The topology has no object named &quot;%1&quot;.</source>
        <translation>لا كائن باسم &quot;%1&quot; في الطوبولوجيا.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>تعذّرت قراءة %1: %2.</translation>
    </message>
</context>
<context>
    <name>Marsad::I18n::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Takes effect when Marsad is restarted</source>
        <translation>يسري التغيير عند إعادة تشغيل مرصد</translation>
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
    <message>
        <source>undated</source>
        <translation>بلا تاريخ</translation>
    </message>
</context>
<context>
    <name>Marsad::Models::EntityModel</name>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Candidates (not in the gazetteer)</source>
        <translation>أسماء مقترحة (ليست في معجم الأعلام)</translation>
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
    <name>Marsad::Models::NoteModel</name>
    <message>
        <source>(an article not open)</source>
        <translation>(مقالة غير مفتوحة)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقالة</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>مقطع</translation>
    </message>
    <message>
        <source>On</source>
        <translation>على</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>علامة</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>آخر تعديل</translation>
    </message>
</context>
<context>
    <name>Marsad::Models::PlaceModel</name>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
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
    <name>Marsad::Render::ImageFileWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>unknown image format (use .png, .svg or .pdf)</source>
        <translation>صيغة صورة غير معروفة (استعمل ‎.png أو ‎.svg أو ‎.pdf)</translation>
    </message>
    <message>
        <source>empty drawing</source>
        <translation>رسم فارغ</translation>
    </message>
    <message>
        <source>the %1 encoder failed</source>
        <translation>أخفق مرمّز %1</translation>
    </message>
</context>
<context>
    <name>Marsad::Render::MapExporter</name>
    <message>
        <source>Unknown image format &quot;%1&quot;: use .png, .svg or .pdf.</source>
        <translation>صيغة صورة غير معروفة &quot;%1&quot;: استعمل ‎.png أو ‎.svg أو ‎.pdf.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <source>Exported from Marsad</source>
        <translation>صُدّرت من مرصد</translation>
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
        <translation>صيغة صورة غير معروفة لـ %1 (استخدم ‎.png‏ أو ‎.svg‏ أو ‎.pdf‏)</translation>
    </message>
</context>
<context>
    <name>Marsad::Render::TimelineRenderer</name>
    <message>
        <source>Articles (publication date)</source>
        <translation>المقالات (تاريخ النشر)</translation>
    </message>
    <message>
        <source>Events (dated in the text)</source>
        <translation>الأحداث (المؤرَّخة في النص)</translation>
    </message>
    <message>
        <source>Marsad — timeline</source>
        <translation>مرصد — الخط الزمني</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>دون %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>التصفية: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>تاريخ في رأس الخبر</translation>
    </message>
    <message>
        <source>inferred date</source>
        <translation>تاريخ مستنتَج</translation>
    </message>
    <message>
        <source>event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <source>month, year or range (bar length = uncertainty)</source>
        <translation>شهر أو سنة أو مدة (طول الشريط = مدى عدم اليقين)</translation>
    </message>
    <message>
        <source>(n) items merged</source>
        <translation>(ن) عناصر مدمجة في علامة واحدة</translation>
    </message>
    <message>
        <source>outside the filter</source>
        <translation>خارج التصفية</translation>
    </message>
    <message>
        <source>month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>decade</source>
        <translation>العقد</translation>
    </message>
    <message>
        <source>range</source>
        <translation>مدة</translation>
    </message>
    <message>
        <source>day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Undated articles</source>
        <translation>مقالات بلا تاريخ</translation>
    </message>
    <message>
        <source>article without a date</source>
        <translation>مقال بلا تاريخ</translation>
    </message>
</context>
<context>
    <name>Marsad::Session::Pipeline</name>
    <message>
        <source>Reading the files</source>
        <translation>قراءة الملفات</translation>
    </message>
    <message>
        <source>Finding people, places and organisations</source>
        <translation>البحث عن الأشخاص والأماكن والمنظمات</translation>
    </message>
    <message>
        <source>Dating the articles</source>
        <translation>تأريخ المقالات</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>الفهرسة</translation>
    </message>
</context>
<context>
    <name>Marsad::Store::AnalysisStore</name>
    <message>
        <source>it is not an SQLite database</source>
        <translation>ليس قاعدة بيانات SQLite</translation>
    </message>
    <message>
        <source>it is truncated (%1 of %2 bytes)</source>
        <translation>مبتور (%1 من %2 بايت)</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed</source>
        <translation>مشغّل SQLite الخاص بـQt غير مثبت</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>تعذر إنشاء المجلد %1</translation>
    </message>
    <message>
        <source>another program is writing to it</source>
        <translation>برنامج آخر يكتب فيه</translation>
    </message>
    <message>
        <source>it cannot be written</source>
        <translation>لا تمكن الكتابة فيه</translation>
    </message>
    <message>
        <source>it belongs to another program</source>
        <translation>يخص برنامجا آخر</translation>
    </message>
    <message>
        <source>it has schema version %1; this Marsad uses version %2</source>
        <translation>إصدار مخططه %1، وهذا الإصدار من مرصد يستعمل الإصدار %2</translation>
    </message>
    <message>
        <source>%1, and it cannot be moved aside</source>
        <translation>%1، وتعذر نقله جانبا</translation>
    </message>
    <message>
        <source>The analysis store could not be used (%1); it was set aside as %2 and is rebuilt.</source>
        <translation>تعذر استعمال مخزن التحليل (%1)؛ نُقل جانبا باسم %2 ويُعاد بناؤه.</translation>
    </message>
    <message>
        <source>The analysis store is not used for this run (%1); everything is analysed afresh.</source>
        <translation>لا يُستعمل مخزن التحليل في هذا التشغيل (%1)؛ يُحلَّل كل شيء من جديد.</translation>
    </message>
</context>
<context>
    <name>Marsad::Text::TextDecoder</name>
    <message numerus="yes">
        <source>%n unpaired UTF-16 surrogate(s) replaced with U+FFFD</source>
        <translation>
            <numerusform>استُبدلت %Ln بدائل UTF-16 غير مقترنة بالرمز U+FFFD</numerusform>
            <numerusform>استُبدل بديل UTF-16 غير مقترن واحد بالرمز U+FFFD</numerusform>
            <numerusform>استُبدل بديلا UTF-16 غير مقترنين بالرمز U+FFFD</numerusform>
            <numerusform>استُبدلت %Ln بدائل UTF-16 غير مقترنة بالرمز U+FFFD</numerusform>
            <numerusform>استُبدل %Ln بديلًا UTF-16 غير مقترن بالرمز U+FFFD</numerusform>
            <numerusform>استُبدل %Ln بديل UTF-16 غير مقترن بالرمز U+FFFD</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n NUL character(s) replaced with U+FFFD</source>
        <translation>
            <numerusform>استُبدلت %Ln محارف NUL بالرمز U+FFFD</numerusform>
            <numerusform>استُبدل محرف NUL واحد بالرمز U+FFFD</numerusform>
            <numerusform>استُبدل محرفا NUL بالرمز U+FFFD</numerusform>
            <numerusform>استُبدلت %Ln محارف NUL بالرمز U+FFFD</numerusform>
            <numerusform>استُبدل %Ln محرفًا NUL بالرمز U+FFFD</numerusform>
            <numerusform>استُبدل %Ln محرف NUL بالرمز U+FFFD</numerusform>
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
        <translation>ليس ملفًا نصيًا (يبدو ملف %1)</translation>
    </message>
    <message>
        <source>not a text file (binary data: too many control bytes)</source>
        <translation>ليس ملفًا نصيًا (بيانات ثنائية: بايتات تحكم كثيرة جدًا)</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid UTF-8 sequence(s) replaced with U+FFFD (first at byte %1)</source>
        <translation>
            <numerusform>استُبدلت %Ln تسلسلات UTF-8 غير صالحة بالرمز U+FFFD (أولها عند البايت %L1)</numerusform>
            <numerusform>استُبدل تسلسل UTF-8 غير صالح واحد بالرمز U+FFFD (عند البايت %L1)</numerusform>
            <numerusform>استُبدل تسلسلا UTF-8 غير صالحين بالرمز U+FFFD (أولهما عند البايت %L1)</numerusform>
            <numerusform>استُبدلت %Ln تسلسلات UTF-8 غير صالحة بالرمز U+FFFD (أولها عند البايت %L1)</numerusform>
            <numerusform>استُبدل %Ln تسلسلًا UTF-8 غير صالح بالرمز U+FFFD (أولها عند البايت %L1)</numerusform>
            <numerusform>استُبدل %Ln تسلسل UTF-8 غير صالح بالرمز U+FFFD (أولها عند البايت %L1)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot decode the file (guessed encoding %1)</source>
        <translation>تعذّر فك ترميز الملف (الترميز المرجَّح %1)</translation>
    </message>
</context>
<context>
    <name>Marsad::WholeFileWriter</name>
    <message>
        <source>not a regular file</source>
        <translation>ليس ملفا عاديا</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes written</source>
        <translation>كُتب %1 من %2 بايت فقط</translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::ArticleHeader</name>
    <message>
        <source>high confidence</source>
        <translation>ثقة عالية</translation>
    </message>
    <message>
        <source>medium confidence</source>
        <translation>ثقة متوسطة</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>ثقة منخفضة</translation>
    </message>
    <message>
        <source>set by the analyst</source>
        <translation>حدده المحلل</translation>
    </message>
    <message>
        <source>from the article&apos;s dateline</source>
        <translation>من رأس الخبر</translation>
    </message>
    <message>
        <source>from the article&apos;s address</source>
        <translation>من عنوان المقال على الويب</translation>
    </message>
    <message>
        <source>from the page&apos;s metadata</source>
        <translation>من البيانات الوصفية للصفحة</translation>
    </message>
    <message>
        <source>inferred from the text</source>
        <translation>مستنتج من النص</translation>
    </message>
    <message>
        <source>no date found</source>
        <translation>لم يُعثر على تاريخ</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>بين %1 و%2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>الملف: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>تاريخ النشر: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>القرائن: %1</translation>
    </message>
    <message>
        <source>Disagreeing: %1</source>
        <translation>قرائن مخالفة: %1</translation>
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
    <name>Marsad::Widgets::Citation</name>
    <message>
        <source>file %1</source>
        <translation>الملف %1</translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::CorrectionActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Set &amp;Publication Date…</source>
        <translation>تحديد تاريخ النشر…</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>دمج في…</translation>
    </message>
    <message>
        <source>Not a Mention</source>
        <translation>ليست إشارة</translation>
    </message>
    <message>
        <source>Change Entity…</source>
        <translation>تغيير الكيان…</translation>
    </message>
    <message>
        <source>Make New Entity…</source>
        <translation>إنشاء كيان جديد…</translation>
    </message>
    <message>
        <source>Add Mention…</source>
        <translation>إضافة إشارة…</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <source>The correction could not be saved: %1</source>
        <translation>تعذّر حفظ التصحيح: %1</translation>
    </message>
    <message>
        <source>Change Entity of “%1”</source>
        <translation>تغيير كيان «%1»</translation>
    </message>
    <message>
        <source>Add Mention “%1”</source>
        <translation>إضافة الإشارة «%1»</translation>
    </message>
    <message>
        <source>Merge “%1” Into</source>
        <translation>دمج «%1» في</translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::CorrectionDateDialog</name>
    <message>
        <source>A &amp;range of days</source>
        <translation>نطاق من الأيام</translation>
    </message>
    <message>
        <source>Set Publication Date</source>
        <translation>تحديد تاريخ النشر</translation>
    </message>
    <message>
        <source>Why this date (required): a source, a cue in the text…</source>
        <translation>سبب هذا التاريخ (مطلوب): مصدر، أو قرينة في النص…</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>الآن:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>اليوم:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>اليوم الأخير:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>السبب:</translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::CorrectionEntityDialog</name>
    <message>
        <source>&amp;On the map</source>
        <translation>على الخريطة</translation>
    </message>
    <message>
        <source>&amp;Pick on Map</source>
        <translation>التحديد على الخريطة</translation>
    </message>
    <message>
        <source>New Entity</source>
        <translation>كيان جديد</translation>
    </message>
    <message>
        <source>Other spellings, separated by commas</source>
        <translation>كتابات أخرى، تفصل بينها فواصل</translation>
    </message>
    <message>
        <source>&amp;Arabic name:</source>
        <translation>الاسم العربي:</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>الاسم الإنجليزي:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>المعرّف:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>A&amp;liases:</source>
        <translation>الأسماء الأخرى:</translation>
    </message>
    <message>
        <source>Latitude, longitude:</source>
        <translation>خط العرض، خط الطول:</translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::CorrectionText</name>
    <message>
        <source>Mark “%1” as not a mention</source>
        <translation>اعتبار «%1» ليست إشارة</translation>
    </message>
    <message>
        <source>Change entity of “%1” to “%2”</source>
        <translation>تغيير كيان «%1» إلى «%2»</translation>
    </message>
    <message>
        <source>Add mention “%1” of “%2”</source>
        <translation>إضافة الإشارة «%1» إلى «%2»</translation>
    </message>
    <message>
        <source>Set publication date %1</source>
        <translation>تحديد تاريخ النشر %1</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>دمج «%1» في «%2»</translation>
    </message>
    <message>
        <source>New entity “%1”</source>
        <translation>الكيان الجديد «%1»</translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::DataExportActions</name>
    <message>
        <source>&amp;Events (CSV)…</source>
        <translation>الأحداث (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Places (GeoJSON)…</source>
        <translation>الأماكن (GeoJSON)…</translation>
    </message>
    <message>
        <source>&amp;Mentions (CSV)…</source>
        <translation>الإشارات (CSV)…</translation>
    </message>
    <message>
        <source>Export what the current filter shows</source>
        <translation>صدّر ما تعرضه التصفية الحالية</translation>
    </message>
    <message>
        <source>CSV with a &amp;Byte Order Mark (for Spreadsheets)</source>
        <translation>CSV مع علامة ترتيب البايتات (لجداول البيانات)</translation>
    </message>
    <message>
        <source>Export the Events</source>
        <translation>تصدير الأحداث</translation>
    </message>
    <message>
        <source>Export the Places</source>
        <translation>تصدير الأماكن</translation>
    </message>
    <message>
        <source>Export the Mentions</source>
        <translation>تصدير الإشارات</translation>
    </message>
    <message>
        <source>No corpus is open.</source>
        <translation>لا توجد مجموعة مقالات مفتوحة.</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>جدول CSV (*.csv)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>كُتب إلى %1</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>تعذّرت كتابة الملف.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::EntityCards</name>
    <message>
        <source>%1 (candidate, not in the gazetteer)</source>
        <translation>%1 (اسم مقترح، ليس في معجم الأعلام)</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) in the corpus</source>
        <translation>
            <numerusform>لا ذكر في مجموعة المقالات</numerusform>
            <numerusform>ذكر واحد في مجموعة المقالات</numerusform>
            <numerusform>ذكران في مجموعة المقالات</numerusform>
            <numerusform>%Ln مرات ذكر في مجموعة المقالات</numerusform>
            <numerusform>%Ln ذكرًا في مجموعة المقالات</numerusform>
            <numerusform>%Ln ذكر في مجموعة المقالات</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to filter by it; right-click to hide it.</source>
        <translation>انقر للتصفية به؛ انقر بالزر الأيمن لإخفائه.</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>لا ذكر</numerusform>
            <numerusform>ذكر واحد</numerusform>
            <numerusform>ذكران</numerusform>
            <numerusform>%Ln مرات ذكر</numerusform>
            <numerusform>%Ln ذكرًا</numerusform>
            <numerusform>%Ln ذكر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%Ln مقالات</numerusform>
            <numerusform>%Ln مقالًا</numerusform>
            <numerusform>%Ln مقال</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to filter by it.</source>
        <translation>انقر للتصفية به.</translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::EntityPicker</name>
    <message>
        <source>Type a name in Arabic or English</source>
        <translation>اكتب اسمًا بالعربية أو الإنجليزية</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>الكيان:</translation>
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
        <translation>تاريخ</translation>
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
        <translation>مدة تاريخ النشر</translation>
    </message>
    <message>
        <source>Text search</source>
        <translation>بحث في النص</translation>
    </message>
    <message>
        <source>No filter: click an entity anywhere to filter every view.</source>
        <translation>لا تصفية: انقر أي كيان في أي مكان لتصفية كل العروض به.</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>Only articles no publication date was found for</source>
        <translation>المقالات التي لم يُعثر لها على تاريخ نشر فقط</translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::HighlightLegend</name>
    <message>
        <source>Candidate</source>
        <translation>اسم مقترح</translation>
    </message>
    <message>
        <source>search hit</source>
        <translation>نتيجة بحث</translation>
    </message>
    <message>
        <source>dimmed: not article text</source>
        <translation>باهت: ليس من نص المقال</translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::LoadStatus</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>بدء التحميل…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4)</source>
        <translation>%1: %2 من %3 (%4)</translation>
    </message>
    <message>
        <source>(loading canceled: the corpus that was open stays open)</source>
        <translation>(أُلغي التحميل: تبقى مجموعة المقالات المفتوحة مفتوحة)</translation>
    </message>
    <message>
        <source>(loading canceled)</source>
        <translation>(أُلغي التحميل)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%Ln مقالات</numerusform>
            <numerusform>%Ln مقالًا</numerusform>
            <numerusform>%Ln مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s)</source>
        <translation>
            <numerusform>%1 من لا مقالات</numerusform>
            <numerusform>%1 من مقال واحد</numerusform>
            <numerusform>%1 من مقالين</numerusform>
            <numerusform>%1 من %Ln مقالات</numerusform>
            <numerusform>%1 من %Ln مقالًا</numerusform>
            <numerusform>%1 من %Ln مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undated</source>
        <translation>
            <numerusform>لا مقالات بلا تاريخ</numerusform>
            <numerusform>واحد بلا تاريخ</numerusform>
            <numerusform>اثنان بلا تاريخ</numerusform>
            <numerusform>%Ln بلا تاريخ</numerusform>
            <numerusform>%Ln بلا تاريخ</numerusform>
            <numerusform>%Ln بلا تاريخ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed</source>
        <translation>
            <numerusform>لم تتعذر قراءة أي ملف</numerusform>
            <numerusform>تعذرت قراءة ملف واحد</numerusform>
            <numerusform>تعذرت قراءة ملفين</numerusform>
            <numerusform>تعذرت قراءة %Ln ملفات</numerusform>
            <numerusform>تعذرت قراءة %Ln ملفًا</numerusform>
            <numerusform>تعذرت قراءة %Ln ملف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::MainWindow</name>
    <message>
        <source>Marsad</source>
        <translation>مرصد</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>فتح مجلد…</translation>
    </message>
    <message>
        <source>Open &amp;Files…</source>
        <translation>فتح ملفات…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Corpus</source>
        <translation>فتح مجموعة المقالات النموذجية</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;About Marsad</source>
        <translation>عن مرصد</translation>
    </message>
    <message>
        <source>About Marsad</source>
        <translation>عن مرصد</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Marsad&lt;/b&gt; %1 (مرصد, “observatory”)&lt;/p&gt;&lt;p&gt;A timeline-and-map viewer for Arabic news corpora.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;مرصد&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;عارض للخط الزمني والخريطة لمجموعات المقالات الإخبارية العربية.&lt;/p&gt;</translation>
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
        <source>Open a Corpus Folder</source>
        <translation>فتح مجلد مجموعة مقالات</translation>
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
        <source>Search the articles (Ctrl+F)</source>
        <translation>ابحث في المقالات (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>المفتوحة مؤخرًا</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>&amp;Search the Articles</source>
        <translation>البحث في المقالات</translation>
    </message>
    <message>
        <source>&amp;Clear the Filter</source>
        <translation>إلغاء التصفية</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>المقال التالي</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>المقال السابق</translation>
    </message>
    <message>
        <source>Next &amp;Mention of the Entity</source>
        <translation>الإشارة التالية إلى الكيان</translation>
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
        <source>Export the &amp;Map…</source>
        <translation>تصدير الخريطة…</translation>
    </message>
    <message>
        <source>&amp;Export Timeline…</source>
        <translation>تصدير الخط الزمني…</translation>
    </message>
    <message>
        <source>&amp;Fit the Timeline</source>
        <translation>إظهار الخط الزمني كاملًا</translation>
    </message>
    <message>
        <source>Show the &amp;Conflict Zone on the Map</source>
        <translation>إظهار منطقة النزاع على الخريطة</translation>
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
        <source>Export the Timeline</source>
        <translation>تصدير الخط الزمني</translation>
    </message>
    <message>
        <source>Width in pixels (PNG is written at 2× for print):</source>
        <translation>العرض بالبكسل (تُكتب صورة PNG بضعف الدقة للطباعة):</translation>
    </message>
    <message>
        <source>Scale (pixels per point, 2× or more for print):</source>
        <translation>المقياس (بكسل لكل نقطة، الضعف أو أكثر للطباعة):</translation>
    </message>
    <message>
        <source>Timeline written to %1</source>
        <translation>كُتب الخط الزمني في %1</translation>
    </message>
    <message>
        <source>The gazetteer could not be loaded.</source>
        <translation>تعذر تحميل معجم الأعلام.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation>نسخ الاستشهاد</translation>
    </message>
    <message>
        <source>Citation copied</source>
        <translation>نُسخ الاستشهاد</translation>
    </message>
    <message>
        <source>Only &amp;Undated Articles</source>
        <translation>المقالات بلا تاريخ فقط</translation>
    </message>
    <message>
        <source>The language changes when Marsad is restarted.</source>
        <translation>تتغير اللغة عند إعادة تشغيل مرصد.</translation>
    </message>
    <message>
        <source>Export &amp;Data</source>
        <translation>تصدير البيانات</translation>
    </message>
    <message>
        <source>No article of this corpus comes from %1, so there is no text to show.</source>
        <translation>لا مقالة في هذه المقالات مصدرها %1، فلا نص لعرضه.</translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::NoteDialog</name>
    <message>
        <source>&amp;Bookmark</source>
        <translation>علامة مرجعية</translation>
    </message>
    <message>
        <source>Add a Note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Edit the Note</source>
        <translation>تعديل الملاحظة</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. shelling, to check</source>
        <translation>تفصل بينها فواصل، مثل: قصف، للتحقق</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>على:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>الملاحظة:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>الوسوم:</translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::NotesActions</name>
    <message>
        <source>Add &amp;Note…</source>
        <translation>إضافة ملاحظة…</translation>
    </message>
    <message>
        <source>A note on the selected passage, else on the article shown</source>
        <translation>ملاحظة على المقطع المحدد، وإلا فعلى المقالة المعروضة</translation>
    </message>
    <message>
        <source>&amp;Bookmark Article</source>
        <translation>وضع علامة مرجعية على المقالة</translation>
    </message>
    <message>
        <source>Open an article to write a note on it.</source>
        <translation>افتح مقالة لتكتب ملاحظة عليها.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>تعذّر حفظ الملاحظة: %1</translation>
    </message>
    <message>
        <source>Open an article to bookmark it.</source>
        <translation>افتح مقالة لتضع عليها علامة مرجعية.</translation>
    </message>
    <message>
        <source>Bookmark removed</source>
        <translation>أُزيلت العلامة المرجعية</translation>
    </message>
    <message>
        <source>Article bookmarked</source>
        <translation>وُضعت علامة مرجعية على المقالة</translation>
    </message>
    <message>
        <source>The bookmark could not be saved: %1</source>
        <translation>تعذّر حفظ العلامة المرجعية: %1</translation>
    </message>
    <message>
        <source>The article “%1”</source>
        <translation>المقالة «%1»</translation>
    </message>
    <message>
        <source>The event “%1” in “%2”</source>
        <translation>الحدث «%1» في «%2»</translation>
    </message>
    <message>
        <source>The passage “%1” in “%2”</source>
        <translation>المقطع «%1» في «%2»</translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::NotesDock</name>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>&amp;Bookmarks only</source>
        <translation>العلامات المرجعية فقط</translation>
    </message>
    <message>
        <source>Filter the notes (words, #tag)</source>
        <translation>تصفية الملاحظات (كلمات، ‎#وسم)</translation>
    </message>
    <message>
        <source>&amp;Open the Article</source>
        <translation>فتح المقالة</translation>
    </message>
    <message>
        <source>&amp;Edit the Note…</source>
        <translation>تعديل الملاحظة…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::ProjectActions</name>
    <message>
        <source>New &amp;Project…</source>
        <translation>مشروع جديد…</translation>
    </message>
    <message>
        <source>Open Pro&amp;ject…</source>
        <translation>فتح مشروع…</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>حفظ المشروع باسم…</translation>
    </message>
    <message>
        <source>Notes are kept for this session only: %1</source>
        <translation>تُحفظ الملاحظات لهذه الجلسة فقط: %1</translation>
    </message>
    <message>
        <source>This project is already open.</source>
        <translation>هذا المشروع مفتوح بالفعل.</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>تعذّر استبدال %1.</translation>
    </message>
    <message>
        <source>%1 is not a project file.</source>
        <translation>%1 ليس ملف مشروع.</translation>
    </message>
    <message>
        <source>The project&apos;s corpus file is missing: %1</source>
        <translation>ملف من مقالات المشروع مفقود: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>Open a corpus first: a project is about a corpus.</source>
        <translation>افتح مقالات أولًا: المشروع يخص مجموعة مقالات.</translation>
    </message>
    <message>
        <source>Marsad projects (*.marsad)</source>
        <translation>مشاريع مرصد (*.marsad)</translation>
    </message>
    <message>
        <source>Open a Project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <source>Save the Project As</source>
        <translation>حفظ المشروع باسم</translation>
    </message>
    <message>
        <source>Shared &amp;Store…</source>
        <translation>المخزن المشترك…</translation>
    </message>
    <message>
        <source>Corrections and notes are kept in %1</source>
        <translation>تُحفظ التصحيحات والملاحظات في %1</translation>
    </message>
    <message>
        <source>Shared Store</source>
        <translation>المخزن المشترك</translation>
    </message>
    <message>
        <source>Where a team keeps its corrections, notes and views (postgresql://[USER@]HOST[:PORT]/DATABASE or sqlite:PATH); empty: on this computer only.</source>
        <translation>حيث يحفظ الفريق تصحيحاته وملاحظاته وعروضه (postgresql://[USER@]HOST[:PORT]/DATABASE أو sqlite:PATH)؛ فارغ: على هذا الحاسوب فقط.</translation>
    </message>
    <message>
        <source>The shared store cannot be used, so this computer&apos;s is: %1</source>
        <translation>تعذّر استعمال المخزن المشترك، فاستُعمل مخزن هذا الحاسوب: %1</translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::SavedViews</name>
    <message>
        <source>Sa&amp;ved Views</source>
        <translation>العروض المحفوظة</translation>
    </message>
    <message>
        <source>&amp;Delete Saved View</source>
        <translation>حذف عرض محفوظ</translation>
    </message>
    <message>
        <source>Saved Views</source>
        <translation>العروض المحفوظة</translation>
    </message>
    <message>
        <source>The view could not be saved: %1</source>
        <translation>تعذّر حفظ العرض: %1</translation>
    </message>
    <message>
        <source>Save the Current View</source>
        <translation>حفظ العرض الحالي</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>اسم العرض:</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>حفظ العرض الحالي…</translation>
    </message>
</context>
<context>
    <name>Marsad::Widgets::TimelineView</name>
    <message>
        <source>publication date, inferred (%1%)</source>
        <translation>تاريخ النشر، مستنتَج (بثقة %L1٪)</translation>
    </message>
    <message>
        <source>event, %1 precision</source>
        <translation>حدث، بدقة %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…</numerusform>
            <numerusform>… وعنصر آخر</numerusform>
            <numerusform>… وعنصران آخران</numerusform>
            <numerusform>… و%Ln عناصر أخرى</numerusform>
            <numerusform>… و%Ln عنصرًا آخر</numerusform>
            <numerusform>… و%Ln عنصر آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open the Article</source>
        <translation>فتح المقال</translation>
    </message>
    <message>
        <source>Show Only These &amp;Dates</source>
        <translation>عرض هذه التواريخ فقط</translation>
    </message>
    <message>
        <source>&amp;Copy the Evidence</source>
        <translation>نسخ القرينة</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>publication date unknown</source>
        <translation>تاريخ النشر غير معروف</translation>
    </message>
    <message>
        <source>publication date, %1</source>
        <translation>تاريخ النشر، %1</translation>
    </message>
</context>
</TS>
