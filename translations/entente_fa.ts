<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Entente::AddOfficialDialog</name>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="21"/>
        <source>Add Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="29"/>
        <source>A fixed identifier: lower-case letters, digits and &apos;-&apos;. It appears in exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="36"/>
        <source>Iran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="37"/>
        <source>Iraq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="38"/>
        <source>IR (Iran), IQ (Iraq), or another ISO 3166 two-letter code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="43"/>
        <source>Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="44"/>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="45"/>
        <source>Persian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="49"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="50"/>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="51"/>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="52"/>
        <source>&amp;Script of the name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="54"/>
        <source>An &amp;office (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="58"/>
        <source>Enter only dates you are sure of: leave one empty when it is not known, or mark it uncertain with &apos;?&apos; (e.g. 2019-03?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="62"/>
        <source>e.g. Governor of Basra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="65"/>
        <source>EDTF, e.g. 2022-10-27, 2021-06 or 2019? — empty: not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="68"/>
        <source>EDTF — empty: still held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="70"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="71"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="72"/>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="82"/>
        <source>&amp;Add Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="131"/>
        <source>added by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="144"/>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="151"/>
        <source>“%1” is already a name of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="153"/>
        <source>“%1” cannot be recognised as one name: mentions never run across punctuation such as &apos;.&apos; or &apos;,&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="156"/>
        <source>The id may only contain lower-case letters, digits and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="158"/>
        <source>The id “%1” is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="160"/>
        <source>The country is a two-letter ISO 3166 code such as IR or IQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="164"/>
        <source>Enter the office&apos;s title, or untick the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="166"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="166"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="174"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/addofficialdialog.cpp" line="177"/>
        <source>The office ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::AnnotationExporter</name>
    <message>
        <location filename="../app/io/annotationexporter.cpp" line="97"/>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/annotationexporter.cpp" line="106"/>
        <location filename="../app/io/annotationexporter.cpp" line="113"/>
        <location filename="../app/io/annotationexporter.cpp" line="121"/>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::AnnotationsModel</name>
    <message>
        <location filename="../app/models/annotationsmodel.cpp" line="219"/>
        <source>Not found in the article&apos;s current text (it was re-imported and changed). The annotation and its quote are kept: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/annotationsmodel.cpp" line="271"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/annotationsmodel.cpp" line="272"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/annotationsmodel.cpp" line="273"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/annotationsmodel.cpp" line="274"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/annotationsmodel.cpp" line="275"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/annotationsmodel.cpp" line="276"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::AnnotationsPanel</name>
    <message>
        <location filename="../ui/tags/annotationspanel.cpp" line="43"/>
        <source>Filter quotes and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/annotationspanel.cpp" line="48"/>
        <source>Only annotations whose passage mentions this official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/annotationspanel.cpp" line="55"/>
        <source>Only annotations with this tag or a tag below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tags/annotationspanel.cpp" line="102"/>
        <source>Show only the %n passage(s) not found after a re-import</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tags/annotationspanel.cpp" line="110"/>
        <source>Remove Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/annotationspanel.cpp" line="165"/>
        <source>All officials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/annotationspanel.cpp" line="186"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/annotationspanel.cpp" line="187"/>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/annotationspanel.cpp" line="188"/>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tags/annotationspanel.cpp" line="224"/>
        <source>%n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tags/annotationspanel.cpp" line="256"/>
        <source>Remove %n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::Application</name>
    <message>
        <location filename="../ui/application.cpp" line="201"/>
        <source>Read, annotate and compare news articles side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="204"/>
        <source>The project file (.entente) to open. Without one, your default project (seeded from the bundled corpus on first run) opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="207"/>
        <source>Read the corpus in &lt;dir&gt; in a temporary project (nothing is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="208"/>
        <source>Open the articles &lt;ids&gt; (comma-separated) side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="209"/>
        <source>Render the window to the PNG &lt;file&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="210"/>
        <source>Window size for --screenshot, e.g. 1400x860.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="211"/>
        <source>Colour scheme: light, dark or system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="212"/>
        <source>Neither read nor save settings (window layout, open panes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="213"/>
        <source>Search the articles for &lt;query&gt; in the Search panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="223"/>
        <source>entente: --size expects WIDTHxHEIGHT, e.g. 1400x860, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="228"/>
        <source>entente: --palette expects light, dark or system, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="249"/>
        <source>entente: cannot open the project %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="255"/>
        <source>entente: cannot open the corpus in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="258"/>
        <source>Cannot open the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="259"/>
        <source>The corpus in %1 has problems; nothing was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="272"/>
        <source>entente: officials and meetings of %1 not loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="282"/>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="295"/>
        <source>entente: --open: no article with the id &quot;%1&quot;. Valid ids:
  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="314"/>
        <source>entente: cannot write the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::ArticleImporter</name>
    <message>
        <location filename="../app/io/articleimporter.cpp" line="55"/>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/articleimporter.cpp" line="70"/>
        <source>The file is not valid UTF-8 (first bad byte at offset %1). Save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/articleimporter.cpp" line="119"/>
        <source>The file contains no text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::ArticleListModel</name>
    <message>
        <location filename="../app/models/articlelistmodel.cpp" line="77"/>
        <source>(not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/articlelistmodel.cpp" line="83"/>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/articlelistmodel.cpp" line="86"/>
        <source>Publication not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/articlelistmodel.cpp" line="120"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/articlelistmodel.cpp" line="122"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/articlelistmodel.cpp" line="124"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::ArticleView</name>
    <message>
        <location filename="../ui/reader/articleview.cpp" line="84"/>
        <source>Close this pane (Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reader/articleview.cpp" line="152"/>
        <source>Publication not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reader/articleview.cpp" line="153"/>
        <source>Undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reader/articleview.cpp" line="201"/>
        <source>Probably scraping residue from the web page (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="16"/>
        <source>Check a corpus directory and report every problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="17"/>
        <source>List who said what: the statements of a project or corpus (CSV or JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="18"/>
        <source>List the meetings the articles report (CSV, JSON or TimelineJS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="19"/>
        <source>List every mention of an official in a corpus (CSV or JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="20"/>
        <source>Create a project file seeded from a corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="21"/>
        <source>Tag a span of an article in a project and print the annotation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="22"/>
        <source>List the annotations of a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="23"/>
        <source>Export a project&apos;s annotations as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="24"/>
        <source>Write a whole project as one JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="25"/>
        <source>Create a project from an export-json document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="67"/>
        <source>entente: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.h" line="29"/>
        <source>entente %1: wrong number of arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="14"/>
        <source>Export the annotations as CSV (RFC 4180, UTF-8, CRLF), one row per annotation and tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="16"/>
        <location filename="../app/cli/exportjsoncommand.cpp" line="13"/>
        <location filename="../app/cli/tagcommand.cpp" line="13"/>
        <location filename="../app/cli/tagscommand.cpp" line="21"/>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="17"/>
        <source>The CSV file to write, or - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="18"/>
        <source>Only this tag path (with the tags below it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="19"/>
        <source>Only articles published in this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="20"/>
        <location filename="../app/cli/tagscommand.cpp" line="22"/>
        <source>Only this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="21"/>
        <source>Start with a UTF-8 byte-order mark (for Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="22"/>
        <source>Field delimiter: one character, or &apos;tab&apos; (default &apos;,&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="30"/>
        <source>entente export-csv: the delimiter must be one character other than a quote or a line end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="38"/>
        <source>entente export-csv: --year takes a year such as 2021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="50"/>
        <source>entente export-csv: no tag &apos;%1&apos; in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="56"/>
        <source>entente export-csv: no article &apos;%1&apos; in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="70"/>
        <source>entente export-csv: warning: %1 (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportjsoncommand.cpp" line="12"/>
        <source>Write the whole project as one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportjsoncommand.cpp" line="14"/>
        <source>The JSON file to write, or - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importjsoncommand.cpp" line="13"/>
        <source>Create a project from a JSON document written by export-json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importjsoncommand.cpp" line="15"/>
        <source>The JSON file, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importjsoncommand.cpp" line="16"/>
        <source>The project file to create (must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importjsoncommand.cpp" line="24"/>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingscommand.cpp" line="28"/>
        <source>List the meetings the articles report, with their evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingscommand.cpp" line="31"/>
        <source>A project file (its meetings, as edited) or a corpus directory (default: the bundled corpus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingscommand.cpp" line="33"/>
        <source>Read the meetings of the corpus in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingscommand.cpp" line="36"/>
        <source>Output format: csv (default), json, or timelinejs (a CSV in TimelineJS&apos;s spreadsheet columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingscommand.cpp" line="38"/>
        <source>Only meetings of the official with id &lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingscommand.cpp" line="51"/>
        <source>entente meetings: unknown format &apos;%1&apos;; expected csv, json or timelinejs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingscommand.cpp" line="58"/>
        <source>entente meetings: expected at most one project or corpus directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingscommand.cpp" line="64"/>
        <source>entente meetings: give either a source or --corpus, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingscommand.cpp" line="96"/>
        <source>entente meetings: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/mentionscommand.cpp" line="24"/>
        <source>Print every mention of an official in a corpus, or in a project&apos;s articles with the project&apos;s own officials edits applied: article id, official id, matched text, start and end (code points, half-open), resolved or ambiguous. An ambiguous mention lists its candidate officials separated by &apos;|&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/mentionscommand.cpp" line="30"/>
        <location filename="../app/cli/validatecommand.cpp" line="23"/>
        <source>Corpus directory (default: the bundled corpus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/mentionscommand.cpp" line="33"/>
        <location filename="../app/cli/statementscommand.cpp" line="75"/>
        <source>Output format: csv (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/mentionscommand.cpp" line="36"/>
        <source>Gazetteer file (default: officials.json in the corpus; the bundled one for a project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/mentionscommand.cpp" line="39"/>
        <source>A project file (instead of --corpus): its articles, the bundled gazetteer and the project&apos;s officials edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/mentionscommand.cpp" line="49"/>
        <source>entente mentions: give either a project or --corpus, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/mentionscommand.cpp" line="55"/>
        <source>entente mentions: unknown format &apos;%1&apos;; expected csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/mentionscommand.cpp" line="92"/>
        <source>entente mentions: warning: %1 (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="14"/>
        <source>Create a project file, seeded from a corpus (by default the bundled one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="16"/>
        <source>The new project file (.entente).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="17"/>
        <source>Import the articles of this corpus directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="19"/>
        <source>Create an empty project (no articles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="25"/>
        <source>entente new: --corpus and --empty exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="35"/>
        <source>Created %1 (empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/newcommand.cpp" line="46"/>
        <source>Created %1 with %n article(s) from %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/statementscommand.cpp" line="60"/>
        <source>List the statements of a project (or, when it has none yet, those found in its articles), or those found in a corpus: who said what, where, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statementscommand.cpp" line="64"/>
        <source>A project file or a corpus directory (default: the bundled corpus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statementscommand.cpp" line="66"/>
        <source>Find the statements of the corpus in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statementscommand.cpp" line="69"/>
        <source>Only statements by the official with id &lt;id&gt; (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statementscommand.cpp" line="72"/>
        <source>Only statements by whoever held &lt;office&gt; when they spoke, e.g. &quot;President of Iraq&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statementscommand.cpp" line="88"/>
        <source>entente statements: unknown format &apos;%1&apos;; expected csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statementscommand.cpp" line="94"/>
        <source>entente statements: give either --speaker or --office, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statementscommand.cpp" line="99"/>
        <source>entente statements: give one project or corpus directory, or --corpus DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statementscommand.cpp" line="131"/>
        <source>entente statements: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tagcommand.cpp" line="11"/>
        <source>Tag a span of an article. Prints the new annotation&apos;s id once it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tagcommand.cpp" line="14"/>
        <source>Article id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tagcommand.cpp" line="15"/>
        <source>First code point of the span.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tagcommand.cpp" line="16"/>
        <source>Code point after the span.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tagcommand.cpp" line="17"/>
        <source>Tag path such as a/b; missing tags are created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tagcommand.cpp" line="18"/>
        <source>A note on the annotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tagcommand.cpp" line="27"/>
        <source>entente tag: --%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tagcommand.cpp" line="37"/>
        <source>entente tag: --start, --end and --repeat take whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tagcommand.cpp" line="46"/>
        <source>entente tag: no article with the id &apos;%1&apos; in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tagscommand.cpp" line="18"/>
        <source>List the annotations of a project, one per line, tab-separated:
id, article, start, end, tags (;-separated paths), quote, note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="19"/>
        <source>Check a corpus directory and report every problem: the manifest and articles, officials.json and meetings.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/validatecommand.cpp" line="29"/>
        <source>%n problem(s) found; nothing was loaded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/validatecommand.cpp" line="33"/>
        <source>%1: %n article(s), all valid.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/validatecommand.cpp" line="42"/>
        <source>%1: %n official(s), all valid.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="50"/>
        <source>%1: none; the bundled gazetteer is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/validatecommand.cpp" line="67"/>
        <source>%1: %n meeting(s), all valid.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="75"/>
        <source>%1: none; the corpus has no meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/validatecommand.cpp" line="79"/>
        <source>%n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::ComparisonDock</name>
    <message>
        <location filename="../ui/statements/comparisondock.cpp" line="12"/>
        <source>Compare Statements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::ComparisonModel</name>
    <message>
        <location filename="../app/models/comparisonmodel.cpp" line="160"/>
        <source>%1 (uncertain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/comparisonmodel.cpp" line="160"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/comparisonmodel.cpp" line="182"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/comparisonmodel.cpp" line="182"/>
        <source>(reported) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/comparisonmodel.cpp" line="183"/>
        <source>%1
— %2, %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/comparisonmodel.cpp" line="186"/>
        <source>%1

%2 %3 (%4), %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/comparisonmodel.cpp" line="188"/>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/comparisonmodel.cpp" line="214"/>
        <source>%1 (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::ComparisonView</name>
    <message>
        <location filename="../ui/statements/comparisonview.cpp" line="59"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/comparisonview.cpp" line="61"/>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/comparisonview.cpp" line="62"/>
        <source>Tick one or more speakers; with none ticked, everyone is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/comparisonview.cpp" line="64"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/comparisonview.cpp" line="69"/>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/comparisonview.cpp" line="70"/>
        <source>or &amp;speakers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/comparisonview.cpp" line="71"/>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/comparisonview.cpp" line="93"/>
        <source>First statement compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/comparisonview.cpp" line="94"/>
        <source>Second statement compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/comparisonview.cpp" line="97"/>
        <source>Select a statement in any year, then another, to compare them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/comparisonview.cpp" line="163"/>
        <source>(the speakers ticked below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/comparisonview.cpp" line="196"/>
        <source>Any topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/comparisonview.cpp" line="231"/>
        <source>&amp;Show in Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/comparisonview.cpp" line="234"/>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/comparisonview.cpp" line="236"/>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/comparisonview.cpp" line="237"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/comparisonview.cpp" line="267"/>
        <source>Statements of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/comparisonview.cpp" line="341"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/comparisonview.cpp" line="341"/>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/comparisonview.cpp" line="345"/>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/comparisonview.cpp" line="345"/>
        <source>quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/comparisonview.cpp" line="346"/>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/comparisonview.cpp" line="346"/>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/comparisonview.cpp" line="369"/>
        <source>Words both statements use are tinted; words only one of them uses are underlined with dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statements/comparisonview.cpp" line="387"/>
        <source>%n shared word(s), similarity %1%</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::CorpusLoader</name>
    <message>
        <location filename="../app/io/corpusloader.cpp" line="66"/>
        <source>&apos;%1&apos; must be a path inside the corpus directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/corpusloader.cpp" line="71"/>
        <source>file not found (named by %1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/corpusloader.cpp" line="75"/>
        <location filename="../app/io/corpusloader.cpp" line="111"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/corpusloader.cpp" line="84"/>
        <source>invalid UTF-8 at byte offset %1 (byte 0x%2); expected UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/corpusloader.cpp" line="93"/>
        <source>the article text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/corpusloader.cpp" line="107"/>
        <source>not a directory; expected a corpus directory holding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/corpusloader.cpp" line="112"/>
        <source>file not found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/corpusloader.cpp" line="121"/>
        <source>bad JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/corpusloader.cpp" line="125"/>
        <source>expected a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/corpusloader.cpp" line="133"/>
        <source>unknown field; expected one of: articles, description, format, version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/corpusloader.cpp" line="136"/>
        <source>expected the string &quot;entente-corpus&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/corpusloader.cpp" line="140"/>
        <source>expected %1 (this Entente reads corpus format version %1), found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/corpusloader.cpp" line="145"/>
        <source>expected an array of articles, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/corpusloader.cpp" line="162"/>
        <source>expected an article object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/corpusloader.cpp" line="170"/>
        <source>unknown field; expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/corpusloader.cpp" line="174"/>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/corpusloader.cpp" line="180"/>
        <source>missing required field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/corpusloader.cpp" line="183"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/corpusloader.cpp" line="201"/>
        <source>&apos;%1&apos; is not a valid id; expected lower-case letters, digits and &apos;-&apos; (at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/corpusloader.cpp" line="204"/>
        <source>duplicate id &apos;%1&apos; (also %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/corpusloader.cpp" line="210"/>
        <source>&apos;%1&apos; is already used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/corpusloader.cpp" line="223"/>
        <source>&apos;%1&apos; is not a language tag; expected BCP 47 such as en, fa or ar-IQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/corpusloader.cpp" line="229"/>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/corpusloader.cpp" line="239"/>
        <source>the corpus lists no articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::CsvWriter</name>
    <message>
        <location filename="../app/io/csvwriter.cpp" line="59"/>
        <source>The CSV output is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/csvwriter.cpp" line="68"/>
        <source>Cannot write the CSV: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::EdtfDate</name>
    <message>
        <location filename="../app/text/edtf.cpp" line="36"/>
        <source>empty date; expected an EDTF date such as 2021, 2021-06 or 2021-06-02</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/edtf.cpp" line="47"/>
        <source>expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?, ~ or %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/edtf.cpp" line="50"/>
        <location filename="../app/text/edtf.cpp" line="58"/>
        <location filename="../app/text/edtf.cpp" line="69"/>
        <source>&apos;%1&apos; is not an EDTF date: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/edtf.cpp" line="53"/>
        <source>&apos;%1&apos; is not an EDTF date: the year must be four digits (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/edtf.cpp" line="62"/>
        <source>&apos;%1&apos; has no month %2: months are 01-12 (or 21-24 for seasons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/edtf.cpp" line="67"/>
        <source>&apos;%1&apos; gives a day within a season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/edtf.cpp" line="72"/>
        <source>&apos;%1&apos; is not a day of the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/edtf.cpp" line="198"/>
        <source>unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/edtf.cpp" line="204"/>
        <source>Spring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/edtf.cpp" line="205"/>
        <source>Summer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/edtf.cpp" line="206"/>
        <source>Autumn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/edtf.cpp" line="207"/>
        <source>Winter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/edtf.cpp" line="220"/>
        <source>%1 (approx., uncertain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/edtf.cpp" line="222"/>
        <source>%1 (uncertain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/edtf.cpp" line="224"/>
        <source>c. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="60"/>
        <location filename="../ui/dialogs/exportdialog.cpp" line="363"/>
        <source>Export Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="66"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="77"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="78"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="91"/>
        <source>Rows and format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="95"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="102"/>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="106"/>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="116"/>
        <source>Publication &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="120"/>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="125"/>
        <source>&amp;Article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="129"/>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="130"/>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="131"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="132"/>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="134"/>
        <source>Start with a &amp;byte-order mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="137"/>
        <source>UTF-8, CRLF line ends, one row per annotation and tag. Cells that a spreadsheet would run as a formula get a leading apostrophe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/exportdialog.cpp" line="145"/>
        <source>Preview (first %n row(s)):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="161"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="302"/>
        <source>Tick at least one column to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/exportdialog.cpp" line="304"/>
        <source>%n row(s) will be written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/exportdialog.cpp" line="305"/>
        <source>%n column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="306"/>
        <source>, with a byte-order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="306"/>
        <source>, without a byte-order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="336"/>
        <location filename="../ui/dialogs/exportdialog.cpp" line="352"/>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="362"/>
        <source>annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="364"/>
        <source>CSV files (*.csv *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="368"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::Gazetteer</name>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="72"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="73"/>
        <source>file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="89"/>
        <source>bad JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="93"/>
        <source>expected a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="102"/>
        <location filename="../app/io/gazetteer.cpp" line="176"/>
        <location filename="../app/io/gazetteer.cpp" line="235"/>
        <source>unknown field; expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="105"/>
        <source>expected the string &quot;entente-officials&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="109"/>
        <source>expected %1 (this Entente reads officials format version %1), found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="114"/>
        <location filename="../app/io/gazetteer.cpp" line="130"/>
        <location filename="../app/io/gazetteer.cpp" line="188"/>
        <location filename="../app/io/gazetteer.cpp" line="288"/>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="122"/>
        <source>expected an array of strings, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="133"/>
        <location filename="../app/io/gazetteer.cpp" line="191"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="136"/>
        <source>&apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="150"/>
        <source>expected an array of officials, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="169"/>
        <source>expected an official object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="185"/>
        <source>missing required field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="201"/>
        <source>&apos;%1&apos; is not a valid id; expected lower-case letters, digits and &apos;-&apos; (at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="204"/>
        <source>duplicate id &apos;%1&apos; (also %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="211"/>
        <source>&apos;%1&apos; is not a country code; expected ISO 3166 alpha-2 such as IR or IQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="221"/>
        <source>expected an array of offices, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="228"/>
        <source>expected an office object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="242"/>
        <source>missing required field &apos;title&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="243"/>
        <source>expected a non-empty string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="251"/>
        <source>expected an ISO 3166 alpha-2 code such as IR or IQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="262"/>
        <source>expected an EDTF date string or null, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="275"/>
        <source>ends (%1) before it begins (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/gazetteer.cpp" line="280"/>
        <source>expected true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::ImportArticleDialog</name>
    <message>
        <location filename="../ui/dialogs/importarticledialog.cpp" line="40"/>
        <source>Import Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importarticledialog.cpp" line="45"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importarticledialog.cpp" line="47"/>
        <source>The publication, e.g. Tehran Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importarticledialog.cpp" line="48"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importarticledialog.cpp" line="50"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importarticledialog.cpp" line="51"/>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importarticledialog.cpp" line="53"/>
        <source>e.g. 2023-04-29, 2021-06 or 2021-06? when unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importarticledialog.cpp" line="54"/>
        <source>Publication &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importarticledialog.cpp" line="59"/>
        <source>BCP 47, e.g. en, ar, fa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importarticledialog.cpp" line="60"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importarticledialog.cpp" line="62"/>
        <source>lower-case-words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importarticledialog.cpp" line="63"/>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importarticledialog.cpp" line="67"/>
        <source>Text as it will be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importarticledialog.cpp" line="74"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importarticledialog.cpp" line="93"/>
        <source>“%1” holds no text to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importarticledialog.cpp" line="113"/>
        <source>Import “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importarticledialog.cpp" line="134"/>
        <source>No text to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importarticledialog.cpp" line="136"/>
        <source>Give the article a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importarticledialog.cpp" line="139"/>
        <source>The id must be lower-case letters and digits in words joined by &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importarticledialog.cpp" line="143"/>
        <source>The date is not an EDTF date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importarticledialog.cpp" line="151"/>
        <source>Undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importarticledialog.cpp" line="155"/>
        <source>The project already has an article with the id “%1”: importing replaces its text and re-anchors its annotations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::LibraryPane</name>
    <message>
        <location filename="../ui/library/librarypane.cpp" line="31"/>
        <source>Filter articles (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/librarypane.cpp" line="46"/>
        <source>Show All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/librarypane.cpp" line="148"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/librarypane.cpp" line="149"/>
        <source>Open in &amp;New Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/librarypane.cpp" line="153"/>
        <source>&amp;Tag Article…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="38"/>
        <location filename="../ui/mainwindow.cpp" line="457"/>
        <source>Entente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Officials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>Officials and meetings could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>Articles mentioning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>Some officials edits could not be applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="280"/>
        <source>The articles that report this meeting are not in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="296"/>
        <source>Evidence for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="307"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="313"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="318"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <source>Filter &amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="322"/>
        <source>&amp;Next Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <source>&amp;Previous Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="327"/>
        <source>&amp;Close Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="333"/>
        <source>Colo&amp;r Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="336"/>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="337"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="338"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="352"/>
        <source>&amp;About Entente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="362"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="364"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="366"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>1 article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>%n articles</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="468"/>
        <source>1 pane open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="468"/>
        <source>%n panes open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="474"/>
        <source>About Entente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="475"/>
        <source>&lt;h3&gt;Entente %1&lt;/h3&gt;&lt;p&gt;Read, annotate and compare news articles on meetings between Iranian and Iraqi officials, side by side.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::Meeting</name>
    <message>
        <location filename="../app/model/meeting.cpp" line="32"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/meeting.cpp" line="34"/>
        <source>Talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/meeting.cpp" line="36"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/meeting.cpp" line="38"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/meeting.cpp" line="40"/>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/meeting.cpp" line="42"/>
        <source>Press meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/meeting.cpp" line="49"/>
        <source>Iran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/meeting.cpp" line="51"/>
        <source>Iraq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/meeting.cpp" line="53"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::MeetingDialog</name>
    <message>
        <location filename="../ui/timeline/meetingdialog.cpp" line="21"/>
        <source>New Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingdialog.cpp" line="21"/>
        <source>Edit Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingdialog.cpp" line="24"/>
        <source>e.g. 2023-04-29, 2021-02?, 2020</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingdialog.cpp" line="25"/>
        <source>The date of the meeting in EDTF: as precise as the text allows; append ? when uncertain, ~ when approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingdialog.cpp" line="31"/>
        <source>Host country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingdialog.cpp" line="36"/>
        <source>Kind of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingdialog.cpp" line="43"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingdialog.cpp" line="61"/>
        <source>Others, separated by “;”, e.g. a group of Iranian journalists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingdialog.cpp" line="63"/>
        <source>One line: who met whom, about what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingdialog.cpp" line="66"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingdialog.cpp" line="68"/>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingdialog.cpp" line="69"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingdialog.cpp" line="70"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingdialog.cpp" line="71"/>
        <source>Pa&amp;rticipants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingdialog.cpp" line="72"/>
        <source>&amp;Others:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingdialog.cpp" line="73"/>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingdialog.cpp" line="76"/>
        <source>“%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingdialog.cpp" line="77"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingdialog.cpp" line="80"/>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingdialog.cpp" line="105"/>
        <source>A date is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingdialog.cpp" line="106"/>
        <source>Not an EDTF date: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::MeetingsController</name>
    <message>
        <location filename="../ui/timeline/meetingscontroller.cpp" line="24"/>
        <source>New &amp;Meeting from Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingscontroller.cpp" line="26"/>
        <source>Record a meeting reported by the passage selected in the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingscontroller.cpp" line="90"/>
        <source>This project is read-only: meetings cannot be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingscontroller.cpp" line="95"/>
        <source>Select the passage that reports the meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingscontroller.cpp" line="103"/>
        <source>Meeting added. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingscontroller.cpp" line="112"/>
        <source>This project is read-only: meetings cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingscontroller.cpp" line="117"/>
        <source>This meeting is not in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/meetingscontroller.cpp" line="138"/>
        <source>Meeting deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::MeetingsLoader</name>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="51"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="52"/>
        <source>file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="68"/>
        <source>unknown field; expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="72"/>
        <source>missing required field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="80"/>
        <location filename="../app/io/meetingsloader.cpp" line="101"/>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="85"/>
        <location filename="../app/io/meetingsloader.cpp" line="103"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="94"/>
        <source>expected an array of strings, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="105"/>
        <source>&apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="115"/>
        <source>&apos;%1&apos; is not a valid id; expected lower-case letters, digits and &apos;-&apos; (at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="128"/>
        <source>&apos;%1&apos; is not a country code; expected two capital letters (ISO 3166), e.g. IR or IQ, or an empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="138"/>
        <source>&apos;%1&apos; is not an official id; expected a slug such as ali-shamkhani (free-text names go in &quot;others&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="140"/>
        <source>unknown official &apos;%1&apos;; expected an id from the gazetteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="144"/>
        <source>a meeting needs at least one participant (in &quot;participants&quot; or &quot;others&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="148"/>
        <source>unknown kind &apos;%1&apos;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="154"/>
        <source>expected an array of {article, quote} objects, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="156"/>
        <source>a meeting needs at least one piece of evidence (an article and a quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="162"/>
        <source>expected an object with &quot;article&quot; and &quot;quote&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="168"/>
        <source>unknown field; expected article or quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="173"/>
        <source>expected an article id, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="177"/>
        <source>expected a non-empty quote from the article, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="185"/>
        <source>unknown article &apos;%1&apos;; expected the id of an article in the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="191"/>
        <source>not found in article &apos;%1&apos;; expected an exact quote from its normalised text (mind curly quotes and non-breaking spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="216"/>
        <source>bad JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="220"/>
        <source>expected a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="228"/>
        <source>unknown field; expected one of: description, format, meetings, version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="231"/>
        <source>expected the string &quot;entente-meetings&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="234"/>
        <source>expected %1 (this Entente reads meetings format version %1), found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="239"/>
        <source>expected an array of meetings, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="249"/>
        <source>expected a meeting object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/meetingsloader.cpp" line="256"/>
        <source>duplicate id &apos;%1&apos; (also %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::MeetingsModel</name>
    <message>
        <location filename="../app/models/meetingsmodel.cpp" line="102"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/meetingsmodel.cpp" line="111"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/meetingsmodel.cpp" line="113"/>
        <location filename="../app/models/meetingsmodel.cpp" line="139"/>
        <source>place not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/meetingsmodel.cpp" line="117"/>
        <source>%n source(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/meetingsmodel.cpp" line="139"/>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/meetingsmodel.cpp" line="165"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/meetingsmodel.cpp" line="166"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/meetingsmodel.cpp" line="167"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/meetingsmodel.cpp" line="168"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/meetingsmodel.cpp" line="169"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/meetingsmodel.cpp" line="170"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::MentionHighlighting</name>
    <message>
        <location filename="../ui/officials/mentionhighlighting.cpp" line="100"/>
        <source>%1 — no office on record on %2</source>
        <extracomment>%1 person, %2 date of the article</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/mentionhighlighting.cpp" line="108"/>
        <source>%1 — %2 on %3</source>
        <extracomment>%1 person, %2 office(s), %3 date of the article</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/mentionhighlighting.cpp" line="110"/>
        <source>%1 — %2 during %3</source>
        <extracomment>%1 person, %2 office(s), %3 month or year of the article</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/mentionhighlighting.cpp" line="133"/>
        <source>“%1” may be: %2 (not named in full earlier in the article)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::MentionsModel</name>
    <message>
        <location filename="../app/models/mentionsmodel.cpp" line="124"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/mentionsmodel.cpp" line="125"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/mentionsmodel.cpp" line="126"/>
        <source>Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/mentionsmodel.cpp" line="127"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::Office</name>
    <message>
        <location filename="../app/model/official.cpp" line="11"/>
        <source>%1 (acting)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::OfficePhrase</name>
    <message>
        <location filename="../app/text/officephrase.cpp" line="20"/>
        <location filename="../app/text/officephrase.cpp" line="21"/>
        <source>Supreme Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/officephrase.cpp" line="22"/>
        <location filename="../app/text/officephrase.cpp" line="23"/>
        <source>Vice President</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/officephrase.cpp" line="24"/>
        <location filename="../app/text/officephrase.cpp" line="25"/>
        <source>Prime Minister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/officephrase.cpp" line="26"/>
        <location filename="../app/text/officephrase.cpp" line="27"/>
        <source>Foreign Minister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/officephrase.cpp" line="28"/>
        <source>Defence Minister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/officephrase.cpp" line="30"/>
        <location filename="../app/text/officephrase.cpp" line="31"/>
        <source>Speaker of Parliament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/officephrase.cpp" line="32"/>
        <source>National Security Adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/officephrase.cpp" line="33"/>
        <source>President</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/officephrase.cpp" line="120"/>
        <source>%1 of Iraq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/officephrase.cpp" line="122"/>
        <source>%1 of Iran</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::OfficialPickerDialog</name>
    <message>
        <location filename="../ui/officials/officialpickerdialog.cpp" line="24"/>
        <source>Add Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/officialpickerdialog.cpp" line="36"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/officialpickerdialog.cpp" line="54"/>
        <source>Add “%1” as another name of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/officialpickerdialog.cpp" line="58"/>
        <source>Filter by name, country or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/officialpickerdialog.cpp" line="72"/>
        <source>&amp;Add Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/officialpickerdialog.cpp" line="123"/>
        <source>Select the name in the text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/officialpickerdialog.cpp" line="125"/>
        <source>“%1” cannot be recognised as one name: mentions never run across punctuation such as &apos;.&apos; or &apos;,&apos;. Select the name without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/officialpickerdialog.cpp" line="129"/>
        <source>Nobody matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/officialpickerdialog.cpp" line="129"/>
        <source>Choose the person this name refers to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/officialpickerdialog.cpp" line="131"/>
        <source>“%1” is already a name of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::OfficialsEditController</name>
    <message>
        <location filename="../ui/officials/officialseditcontroller.cpp" line="24"/>
        <source>Add &amp;Official from Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/officialseditcontroller.cpp" line="27"/>
        <source>Add the person named by the selected text to the officials (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/officialseditcontroller.cpp" line="29"/>
        <source>Add Selection as A&amp;lias of…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/officialseditcontroller.cpp" line="32"/>
        <source>Add the selected text as another name of an official (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/officialseditcontroller.cpp" line="72"/>
        <source>This project is read-only: officials cannot be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/officialseditcontroller.cpp" line="76"/>
        <source>Open an article and select a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/officialseditcontroller.cpp" line="90"/>
        <source>Select the name in the text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/officialseditcontroller.cpp" line="116"/>
        <source>Added %1 to the officials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/officialseditcontroller.cpp" line="146"/>
        <source>“%1” is now a name of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::OfficialsEdits</name>
    <message>
        <location filename="../app/io/officialsedits.cpp" line="140"/>
        <source>officials edit %1 (%2 “%3”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/officialsedits.cpp" line="151"/>
        <source>expected “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/officialsedits.cpp" line="154"/>
        <source>unknown field; the person&apos;s id is the record&apos;s officialId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/officialsedits.cpp" line="167"/>
        <source>expected “latin”, Ǌrabic” or “persian”, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/officialsedits.cpp" line="210"/>
        <source>officialId: there is already a person with the id “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/officialsedits.cpp" line="217"/>
        <source>data.%1: unknown field; expected: alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/officialsedits.cpp" line="220"/>
        <source>data: missing required field Ɗlias’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/officialsedits.cpp" line="222"/>
        <source>data.alias: expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/officialsedits.cpp" line="225"/>
        <source>data.alias: must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/officialsedits.cpp" line="228"/>
        <source>officialId: no person with the id “%1” (neither bundled nor added by an earlier edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/officialsedits.cpp" line="236"/>
        <source>kind: unknown kind “%1”; expected “%2” or “%3”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::OfficialsModel</name>
    <message>
        <location filename="../app/models/officialsmodel.cpp" line="18"/>
        <source>Iran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/officialsmodel.cpp" line="20"/>
        <source>Iraq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/officialsmodel.cpp" line="79"/>
        <source>%1 (until %2)</source>
        <extracomment>an office no longer held on the reference date; %1 is the office, %2 when it ended</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/officialsmodel.cpp" line="80"/>
        <location filename="../app/models/officialsmodel.cpp" line="112"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/officialsmodel.cpp" line="111"/>
        <source>%1: %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/officialsmodel.cpp" line="113"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/officialsmodel.cpp" line="135"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/officialsmodel.cpp" line="136"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/officialsmodel.cpp" line="137"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/officialsmodel.cpp" line="138"/>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::OfficialsPanel</name>
    <message>
        <location filename="../ui/officials/officialspanel.cpp" line="31"/>
        <source>Show the officials of one country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/officialspanel.cpp" line="34"/>
        <source>Filter by name or office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/officialspanel.cpp" line="65"/>
        <source>Click a line to open the article at that mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/officialspanel.cpp" line="113"/>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/officials/officialspanel.cpp" line="152"/>
        <source>Select a person to see their mentions in context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/officials/officialspanel.cpp" line="155"/>
        <source>%n mention(s) of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::Project</name>
    <message>
        <location filename="../app/store/project.cpp" line="281"/>
        <source>The SQLite driver for Qt (QSQLITE) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="292"/>
        <location filename="../app/store/project.cpp" line="381"/>
        <location filename="../app/store/project.cpp" line="417"/>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="302"/>
        <source>“%1” already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="305"/>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="310"/>
        <source>Cannot create a lock file next to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="326"/>
        <source>Cannot create the project “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="340"/>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="342"/>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="346"/>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="349"/>
        <source>“%1” is not an Entente project: it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="354"/>
        <source>“%1” is read-only: it can only be opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="356"/>
        <source>The folder of “%1” is read-only: the project can only be opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="365"/>
        <source>“%1” is already open in another instance of Entente (process %2 on %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="367"/>
        <source>“%1” is already open in another instance of Entente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="389"/>
        <location filename="../app/store/project.cpp" line="392"/>
        <source>“%1” is damaged and cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="395"/>
        <source>“%1” is an SQLite database but not an Entente project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="397"/>
        <source>“%1” was made by a newer version of Entente (project format %2; this version reads up to %3). Update Entente to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="400"/>
        <source>“%1” is not a valid Entente project (format version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="402"/>
        <source>“%1” is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="408"/>
        <source>“%1” is damaged (the database check failed: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="413"/>
        <source>“%1” uses an older project format; open it read-write once to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="501"/>
        <location filename="../app/store/project.cpp" line="537"/>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="503"/>
        <source>“%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="509"/>
        <source>Cannot save a copy as “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="513"/>
        <source>Cannot save a copy as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="539"/>
        <source>The project is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="555"/>
        <location filename="../app/store/project.cpp" line="591"/>
        <location filename="../app/store/project.cpp" line="618"/>
        <source>Cannot write to the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="726"/>
        <source>The article has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="733"/>
        <source>Cannot import the article “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="984"/>
        <location filename="../app/store/project.cpp" line="1038"/>
        <source>A tag name must not be empty or contain &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="986"/>
        <source>The parent tag does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="989"/>
        <location filename="../app/store/project.cpp" line="1043"/>
        <location filename="../app/store/project.cpp" line="1090"/>
        <source>A tag named “%1” already exists there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="994"/>
        <location filename="../app/store/project.cpp" line="1015"/>
        <location filename="../app/store/project.cpp" line="1255"/>
        <source>Add tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1005"/>
        <source>“%1” is not a tag path (expected names separated by &apos;/&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1036"/>
        <location filename="../app/store/project.cpp" line="1055"/>
        <location filename="../app/store/project.cpp" line="1068"/>
        <location filename="../app/store/project.cpp" line="1081"/>
        <location filename="../app/store/project.cpp" line="1104"/>
        <location filename="../app/store/project.cpp" line="1153"/>
        <location filename="../app/store/project.cpp" line="1246"/>
        <location filename="../app/store/project.cpp" line="1322"/>
        <source>No such tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1046"/>
        <source>Rename tag “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1059"/>
        <source>Change the colour of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1072"/>
        <source>Describe tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1083"/>
        <source>The new parent tag does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1085"/>
        <source>A tag cannot be moved into itself or below itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1094"/>
        <source>Move tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1106"/>
        <source>A tag cannot be merged into itself or into a tag below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1113"/>
        <source>“%1” already has a tag named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1144"/>
        <source>Merge tag “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1154"/>
        <source>Delete tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1210"/>
        <location filename="../app/store/project.cpp" line="1319"/>
        <location filename="../app/store/project.cpp" line="1422"/>
        <source>No article with the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1213"/>
        <source>The span [%1, %2) is not inside the article (%3 code points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1217"/>
        <source>No tag with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1234"/>
        <source>Tag a passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1246"/>
        <location filename="../app/store/project.cpp" line="1264"/>
        <location filename="../app/store/project.cpp" line="1282"/>
        <location filename="../app/store/project.cpp" line="1298"/>
        <source>No such annotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1273"/>
        <source>Remove tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1289"/>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1311"/>
        <source>Remove annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1329"/>
        <source>Tag article with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1347"/>
        <source>Remove article tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1370"/>
        <source>Add meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1381"/>
        <location filename="../app/store/project.cpp" line="1392"/>
        <source>No such meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1383"/>
        <source>Edit meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1394"/>
        <source>Remove meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1425"/>
        <source>Add statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1436"/>
        <location filename="../app/store/project.cpp" line="1447"/>
        <source>No such statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1438"/>
        <source>Edit statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1449"/>
        <source>Remove statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1491"/>
        <location filename="../app/store/project.cpp" line="1505"/>
        <location filename="../app/store/project.cpp" line="1517"/>
        <source>Edit officials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/project.cpp" line="1503"/>
        <location filename="../app/store/project.cpp" line="1515"/>
        <source>No such officials edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/projectsearch.cpp" line="139"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::ProjectController</name>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="89"/>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="92"/>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="95"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="97"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="99"/>
        <source>Save a copy of the project under another name and continue in the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="101"/>
        <source>&amp;Import Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="104"/>
        <source>&amp;Export Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="122"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="125"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="129"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="140"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="143"/>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="148"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="165"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="173"/>
        <source>&amp;Search Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="185"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="195"/>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="236"/>
        <source>%1 (temporary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="238"/>
        <source>[read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="270"/>
        <source>The default project opened read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="281"/>
        <source>Cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="331"/>
        <location filename="../ui/projectcontroller.cpp" line="352"/>
        <source>Open failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="332"/>
        <source>“%1” could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="333"/>
        <source>The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="344"/>
        <source>You can still open it read-only: read, search and export, but not edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="345"/>
        <source>Open &amp;Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="359"/>
        <location filename="../ui/projectcontroller.cpp" line="366"/>
        <location filename="../ui/projectcontroller.cpp" line="371"/>
        <location filename="../ui/projectcontroller.cpp" line="384"/>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="359"/>
        <source>Untitled.entente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="360"/>
        <location filename="../ui/projectcontroller.cpp" line="406"/>
        <source>Entente projects (*.entente)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="367"/>
        <source>“%1” already exists. Choose another name; existing files are never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="371"/>
        <source>Start the new project with the articles of the bundled corpus?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="384"/>
        <source>The project could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="392"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="393"/>
        <source>Entente projects (*.entente);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="404"/>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="405"/>
        <source> copy.entente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="417"/>
        <location filename="../ui/projectcontroller.cpp" line="422"/>
        <source>Save As failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="423"/>
        <source>“%1” could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="429"/>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="429"/>
        <source>The copy was written but could not be opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="431"/>
        <source>Saved a copy as %1; you are now working in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="438"/>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="439"/>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="445"/>
        <location filename="../ui/projectcontroller.cpp" line="451"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/projectcontroller.cpp" line="457"/>
        <source>Imported %n article(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="467"/>
        <source>Annotations exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="500"/>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projectcontroller.cpp" line="503"/>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::ProjectJson</name>
    <message>
        <location filename="../app/io/projectjson.cpp" line="111"/>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/projectjson.cpp" line="120"/>
        <location filename="../app/io/projectjson.cpp" line="127"/>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/projectjson.cpp" line="136"/>
        <source>Not an Entente project document (expected &quot;format&quot;: &quot;entente-project&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/projectjson.cpp" line="141"/>
        <source>Unsupported project document version %1 (this version reads 1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/projectjson.cpp" line="145"/>
        <source>The target project is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/projectjson.cpp" line="162"/>
        <source>Cannot import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/projectjson.cpp" line="176"/>
        <source>the article “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/projectjson.cpp" line="191"/>
        <source>the tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/projectjson.cpp" line="201"/>
        <source>the annotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/projectjson.cpp" line="205"/>
        <source>the tags of annotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/projectjson.cpp" line="211"/>
        <source>the tags of article “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/projectjson.cpp" line="222"/>
        <source>the meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/projectjson.cpp" line="242"/>
        <source>the statement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/projectjson.cpp" line="249"/>
        <source>the officials edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/projectjson.cpp" line="266"/>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/projectjson.cpp" line="272"/>
        <source>“%1” is not valid JSON: %2 (at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::ReaderArea</name>
    <message>
        <location filename="../ui/reader/readerarea.cpp" line="22"/>
        <source>Open an article from the library: Enter opens it here, Ctrl+Enter opens it in a new pane beside the others.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::ResidueDetector</name>
    <message>
        <location filename="../app/text/residuedetector.cpp" line="185"/>
        <source>markup fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/residuedetector.cpp" line="187"/>
        <source>page furniture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/residuedetector.cpp" line="189"/>
        <source>repeated line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/residuedetector.cpp" line="191"/>
        <source>repeated teaser headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/residuedetector.cpp" line="193"/>
        <source>fragment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::Schema</name>
    <message>
        <location filename="../app/store/schema.cpp" line="16"/>
        <source>Database error: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/schema.cpp" line="103"/>
        <source>Unknown schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/schema.cpp" line="137"/>
        <source>Could not upgrade the project from version %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::SearchPanel</name>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="36"/>
        <source>Search: words, Ǌ phrase”, prefix*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="38"/>
        <source>Every word must occur. Put a phrase in double quotes; end a word with * to match words that start with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="126"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="155"/>
        <source>Type to search every article of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="159"/>
        <source>No article matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/searchpanel.cpp" line="164"/>
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/searchpanel.cpp" line="165"/>
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="196"/>
        <source>Matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::StatementDialog</name>
    <message>
        <location filename="../ui/statements/statementdialog.cpp" line="20"/>
        <source>New Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/statementdialog.cpp" line="20"/>
        <source>Correct Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/statementdialog.cpp" line="23"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/statementdialog.cpp" line="24"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/statementdialog.cpp" line="33"/>
        <source>The speaker as the text names them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/statementdialog.cpp" line="35"/>
        <source>e.g. said, stressed, added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/statementdialog.cpp" line="37"/>
        <source>Direct or indirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/statementdialog.cpp" line="38"/>
        <source>Direct (quoted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/statementdialog.cpp" line="39"/>
        <source>Indirect (reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/statementdialog.cpp" line="42"/>
        <source>e.g. 2023-04-29, 2021-02?, 2020</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/statementdialog.cpp" line="44"/>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/statementdialog.cpp" line="44"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/statementdialog.cpp" line="49"/>
        <source>&amp;Speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/statementdialog.cpp" line="50"/>
        <source>As &amp;written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/statementdialog.cpp" line="51"/>
        <source>&amp;Cue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/statementdialog.cpp" line="52"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/statementdialog.cpp" line="53"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/statementdialog.cpp" line="55"/>
        <source>Statement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/statementdialog.cpp" line="74"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/statementdialog.cpp" line="74"/>
        <source>Not an EDTF date: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::StatementsController</name>
    <message>
        <location filename="../ui/statements/statementscontroller.cpp" line="24"/>
        <source>New &amp;Statement from Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/statementscontroller.cpp" line="26"/>
        <source>Record the passage selected in the reader as a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/statementscontroller.cpp" line="93"/>
        <source>This project is read-only: statements cannot be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/statementscontroller.cpp" line="98"/>
        <source>Select the statement&apos;s passage first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/statementscontroller.cpp" line="110"/>
        <source>Statement added. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statements/statementscontroller.cpp" line="174"/>
        <source>Statement deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::StatementsModel</name>
    <message>
        <location filename="../app/models/statementsmodel.cpp" line="75"/>
        <source>%1 (uncertain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/statementsmodel.cpp" line="75"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/statementsmodel.cpp" line="78"/>
        <source>“%1” (unresolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/statementsmodel.cpp" line="79"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/statementsmodel.cpp" line="164"/>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/statementsmodel.cpp" line="164"/>
        <source>indirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/statementsmodel.cpp" line="175"/>
        <source>extracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/statementsmodel.cpp" line="176"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/statementsmodel.cpp" line="177"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/statementsmodel.cpp" line="178"/>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/statementsmodel.cpp" line="195"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/statementsmodel.cpp" line="196"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/statementsmodel.cpp" line="197"/>
        <source>Cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/statementsmodel.cpp" line="198"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/statementsmodel.cpp" line="199"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/statementsmodel.cpp" line="200"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/statementsmodel.cpp" line="201"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/statementsmodel.cpp" line="202"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::TagEntryPopup</name>
    <message>
        <location filename="../ui/tags/tagentrypopup.cpp" line="23"/>
        <source>Tag the selected passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/tagentrypopup.cpp" line="31"/>
        <source>Tag, e.g. diplomacy/visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/tagentrypopup.cpp" line="52"/>
        <source>Enter: tag · Shift+Enter: tag and add another · Esc: cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::TagHighlighting</name>
    <message>
        <location filename="../ui/tags/taghighlighting.cpp" line="158"/>
        <source>(no tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/taghighlighting.cpp" line="160"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::TagPanel</name>
    <message>
        <location filename="../ui/tags/tagpanel.cpp" line="63"/>
        <source>New Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/tagpanel.cpp" line="64"/>
        <source>New Subtag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/tagpanel.cpp" line="65"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/tagpanel.cpp" line="66"/>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/tagpanel.cpp" line="67"/>
        <source>Move To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/tagpanel.cpp" line="68"/>
        <source>Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/tagpanel.cpp" line="69"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/tagpanel.cpp" line="145"/>
        <location filename="../ui/tags/tagpanel.cpp" line="147"/>
        <source>New Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/tagpanel.cpp" line="145"/>
        <source>Name of the new tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/tagpanel.cpp" line="155"/>
        <location filename="../ui/tags/tagpanel.cpp" line="157"/>
        <source>New Subtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/tagpanel.cpp" line="155"/>
        <source>Name of the new tag under “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/tagpanel.cpp" line="173"/>
        <source>Colour of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/tagpanel.cpp" line="175"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/tagpanel.cpp" line="195"/>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/tagpanel.cpp" line="197"/>
        <location filename="../ui/tags/tagpanel.cpp" line="203"/>
        <source>Move Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/tagpanel.cpp" line="197"/>
        <source>Move “%1” under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/tagpanel.cpp" line="215"/>
        <location filename="../ui/tags/tagpanel.cpp" line="220"/>
        <source>Merge Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/tagpanel.cpp" line="216"/>
        <source>Merge “%1” into (its annotations and subtags move there, and it is removed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tags/tagpanel.cpp" line="229"/>
        <source>Delete the tag “%1” and the %n tag(s) below it?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tags/tagpanel.cpp" line="230"/>
        <source>Delete the tag “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tags/tagpanel.cpp" line="232"/>
        <source>%n annotation(s) have no other tag and will be removed with it. (Edit &gt; Undo brings them back.)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tags/tagpanel.cpp" line="242"/>
        <source>Delete Tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::TagTreeModel</name>
    <message>
        <location filename="../app/models/tagtreemodel.cpp" line="183"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tagtreemodel.cpp" line="183"/>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::TaggingController</name>
    <message>
        <location filename="../ui/tags/taggingcontroller.cpp" line="22"/>
        <location filename="../ui/tags/taggingcontroller.cpp" line="57"/>
        <source>&amp;Tag Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/taggingcontroller.cpp" line="26"/>
        <source>Tag the passage selected in the reader (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/taggingcontroller.cpp" line="29"/>
        <source>Tag &amp;Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/taggingcontroller.cpp" line="33"/>
        <source>Tag the article in the current pane as a whole (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/taggingcontroller.cpp" line="71"/>
        <source>This project is read-only: passages cannot be tagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/taggingcontroller.cpp" line="75"/>
        <source>Open an article and select a passage to tag it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/taggingcontroller.cpp" line="80"/>
        <source>Select a passage first, then press Ctrl+T to tag it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/taggingcontroller.cpp" line="90"/>
        <source>Already tagged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/taggingcontroller.cpp" line="95"/>
        <source>Tagged “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/taggingcontroller.cpp" line="128"/>
        <location filename="../ui/tags/taggingcontroller.cpp" line="142"/>
        <source>This project is read-only: articles cannot be tagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/taggingcontroller.cpp" line="132"/>
        <source>Open an article to tag it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/taggingcontroller.cpp" line="148"/>
        <source>Tag the whole article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/taggingcontroller.cpp" line="153"/>
        <source>Article tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/taggingcontroller.cpp" line="156"/>
        <source>Tagged the article “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/taggingcontroller.cpp" line="168"/>
        <location filename="../ui/tags/taggingcontroller.cpp" line="214"/>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/taggingcontroller.cpp" line="177"/>
        <source>Tag an article “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tags/taggingcontroller.cpp" line="228"/>
        <source>Tag a passage “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::TimelineDock</name>
    <message>
        <location filename="../ui/timeline/timelinedock.cpp" line="21"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinedock.cpp" line="29"/>
        <source>Timeline of meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinedock.cpp" line="43"/>
        <source>Show meetings of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinedock.cpp" line="45"/>
        <source>Official:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinedock.cpp" line="48"/>
        <source>Host country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinedock.cpp" line="49"/>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinedock.cpp" line="52"/>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinedock.cpp" line="56"/>
        <location filename="../ui/timeline/timelinedock.cpp" line="61"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinedock.cpp" line="57"/>
        <source>As PNG Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinedock.cpp" line="58"/>
        <source>As SVG Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinedock.cpp" line="59"/>
        <source>As TimelineJS Spreadsheet (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinedock.cpp" line="89"/>
        <location filename="../ui/timeline/timelinedock.cpp" line="142"/>
        <source>&amp;Delete Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinedock.cpp" line="135"/>
        <source>Show &amp;Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinedock.cpp" line="141"/>
        <source>&amp;Edit Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinedock.cpp" line="153"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinedock.cpp" line="191"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinedock.cpp" line="193"/>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinedock.cpp" line="195"/>
        <source>CSV spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinedock.cpp" line="196"/>
        <location filename="../ui/timeline/timelinedock.cpp" line="209"/>
        <source>Export Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::TimelineExport</name>
    <message>
        <location filename="../app/io/timelineexport.cpp" line="60"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/timelineexport.cpp" line="92"/>
        <source>Place: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::TimelineTicks</name>
    <message>
        <location filename="../ui/timeline/timelineticks.cpp" line="50"/>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::TimelineView</name>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="55"/>
        <source>Timeline of meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="56"/>
        <source>Left and Right select the previous or next meeting; Enter opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="58"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="62"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="66"/>
        <source>&amp;Fit All Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="67"/>
        <source>Show every meeting (Home or F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="70"/>
        <source>Lanes by Host &amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="74"/>
        <source>Lanes by &amp;Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="272"/>
        <source>Place not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="273"/>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="1064"/>
        <source>By host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="1064"/>
        <source>By official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="1081"/>
        <source>Could not write the PNG image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="1095"/>
        <source>Meetings timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="1096"/>
        <source>Meetings from %1 to %2, exported from Entente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="1101"/>
        <location filename="../ui/timeline/timelineview.cpp" line="1107"/>
        <source>Could not write the SVG image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="1129"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
