// OfficialsEdits: a project's officials edits applied to the gazetteer (add a person, add an
// alias, malformed records with precise messages, order), ReferenceData following the edits,
// and the headless commands that use them: the `officials` column of export-csv, mentions of
// a project, and validate checking officials.json and meetings.json.

#include "io/annotationexporter.h"
#include "fixtures.h"
#include "io/gazetteerreader.h"
#include "reference/gazetteer.h"
#include "io/officialsedits.h"
#include "io/referencedata.h"
#include "store/project.h"
#include "reference/officialsmatcher.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

// "Iraqi President Barham Salih" named in full; "Kak Barham" (the Kurdish honorific and his
// first name) alone in an article of its own.
const QString fullText = u"Iraqi President Barham Salih received the delegation in Baghdad on Monday."_s;
const QString aliasText = u"Kak Barham said the talks had gone well."_s;
const QString kakBarham = u"Kak Barham"_s;
constexpr qsizetype aliasEnd = 10;

Official examplePerson()
{
    Official o;
    o.id = u"hamid-example"_s;
    o.name = u"Hamid Example"_s;
    o.country = u"IQ"_s;
    o.surnames = {u"Example"_s};
    Office office;
    office.title = u"Governor of Example"_s;
    office.country = u"IQ"_s;
    office.from = EdtfDate::parse(u"2019-03"_s);
    o.offices = {office};
    return o;
}

OfficialsEditRecord withId(OfficialsEditRecord r, qint64 id)
{
    r.id = id;
    return r;
}

// A minimal RFC 4180 reader for the exported file.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty())
        rows << (row << cell);
    return rows;
}

using TestFixtures::Run;

Run entente(const QStringList &arguments)
{
    return TestFixtures::runEntente(arguments);
}

} // namespace

class TestOfficialsEdits : public QObject
{
    Q_OBJECT

private:
    Gazetteer m_bundled;
    QTemporaryDir m_dir;

    /// The officials column for the one annotation of @p articleId in the CSV of @p project.
    QString exportedOfficials(const QString &project, const QString &articleId)
    {
        const QString out = m_dir.filePath(u"out-%1.csv"_s.arg(articleId));
        const Run r = entente({u"export-csv"_s, project, out, u"--article"_s, articleId});
        if (r.exitCode != 0)
            return u"<export failed: %1>"_s.arg(r.err);
        QFile f(out);
        if (!f.open(QIODevice::ReadOnly))
            return u"<no file>"_s;
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(f.readAll()));
        const qsizetype column = AnnotationExporter::columns().indexOf(u"officials"_s);
        if (rows.size() != 2 || rows.at(1).size() <= column)
            return u"<%1 rows>"_s.arg(rows.size());
        return rows.at(1).at(column);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString bundledError;
        QVERIFY2(GazetteerReader::readFile(GazetteerReader::bundledPath(), &m_bundled, &bundledError), qPrintable(bundledError));
        QVERIFY(m_bundled.official(u"barham-salih"_s));
    }

    void detectScript_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("script");
        QTest::newRow("latin") << u"Barham Salih"_s << int(OfficialsEdits::Script::Latin);
        QTest::newRow("latin with accents") << u"José Núñez"_s << int(OfficialsEdits::Script::Latin);
        QTest::newRow("arabic") << u"برهم صالح"_s << int(OfficialsEdits::Script::Arabic);
        QTest::newRow("persian pe") << u"مسعود پزشکیان"_s << int(OfficialsEdits::Script::Persian);
        QTest::newRow("persian yeh and zwnj") << u"علی خامنه\u200Cای"_s << int(OfficialsEdits::Script::Persian);
    }

    void detectScript()
    {
        QFETCH(QString, name);
        QFETCH(int, script);
        QCOMPARE(int(OfficialsEdits::detectScript(name)), script);
    }

    void matchesAsWhole_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("whole");
        QTest::newRow("two words") << u"Kak Barham"_s << true;
        QTest::newRow("hyphen joins") << u"al-Kadhimi"_s << true;
        QTest::newRow("arabic") << u"برهم صالح"_s << true;
        QTest::newRow("full stop breaks") << u"Dr. Salih"_s << false;
        QTest::newRow("comma breaks") << u"Salih, Barham"_s << false;
        QTest::newRow("empty") << u"  "_s << false;
    }

    void matchesAsWhole()
    {
        QFETCH(QString, name);
        QFETCH(bool, whole);
        QCOMPARE(OfficialsEdits::matchesAsWhole(name), whole);
    }

    void suggestId_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::newRow("plain") << u"Hamid Example"_s << u"hamid-example"_s;
        QTest::newRow("accents and punctuation") << u"  José Núñez, Jr. "_s << u"jose-nunez-jr"_s;
        QTest::newRow("taken") << u"Barham Salih"_s << u"barham-salih-2"_s;
        QTest::newRow("arabic script") << u"برهم صالح"_s << u"person"_s;
    }

    void suggestId()
    {
        QFETCH(QString, name);
        QFETCH(QString, id);
        QCOMPARE(OfficialsEdits::suggestId(name, m_bundled), id);
    }

    void addPerson()
    {
        Gazetteer g = m_bundled;
        const qsizetype before = g.officials().size();
        const OfficialsEditRecord record = withId(OfficialsEdits::addPersonRecord(examplePerson(), OfficialsEdits::Script::Latin), 1);
        QCOMPARE(record.kind, u"add-person"_s);
        QCOMPARE(record.officialId, u"hamid-example"_s);
        QString error;
        QVERIFY2(OfficialsEdits::apply(record, g, &error), qPrintable(error));
        QCOMPARE(g.officials().size(), before + 1);
        const Official *o = g.official(u"hamid-example"_s);
        QVERIFY(o);
        QCOMPARE(o->name, u"Hamid Example"_s);
        QCOMPARE(o->country, u"IQ"_s);
        QCOMPARE(o->aliases, QStringList{u"Hamid Example"_s});
        QCOMPARE(o->surnames, QStringList{u"Example"_s});
        QCOMPARE(o->offices.size(), 1);
        QCOMPARE(o->offices.first().title, u"Governor of Example"_s);
        QCOMPARE(o->offices.first().from.toString(), u"2019-03"_s);
        QVERIFY(!o->offices.first().to.isValid());
        QVERIFY(o->offices.first().heldOn(QDate(2020, 1, 1)));

        const OfficialsMatcher matcher(g);
        const QList<Mention> mentions = matcher.find(u"Yesterday Hamid Example arrived."_s);
        QCOMPARE(mentions.size(), 1);
        QCOMPARE(mentions.first().officialId, u"hamid-example"_s);
        QCOMPARE(mentions.first().start, 10);
        QCOMPARE(mentions.first().end, 23);
    }

    void addPersonArabicScript()
    {
        Gazetteer g = m_bundled;
        Official o;
        o.id = u"person"_s;
        o.name = u"حامد مثال"_s;
        o.country = u"IQ"_s;
        QString error;
        QVERIFY2(OfficialsEdits::apply(withId(OfficialsEdits::addPersonRecord(o, OfficialsEdits::detectScript(o.name)), 2), g, &error),
                 qPrintable(error));
        QCOMPARE(g.official(u"person"_s)->arabicNames, QStringList{u"حامد مثال"_s});
        QVERIFY(g.official(u"person"_s)->aliases.isEmpty());
    }

    void addAlias()
    {
        Gazetteer g = m_bundled;
        const OfficialsMatcher before(g);
        const QList<Mention> old = before.find(aliasText);
        // Without the alias nothing there is a name.
        QVERIFY(old.isEmpty());

        QString error;
        QVERIFY2(OfficialsEdits::apply(withId(OfficialsEdits::addAliasRecord(u"barham-salih"_s, u" Kak Barham "_s), 3), g, &error),
                 qPrintable(error));
        QVERIFY(g.official(u"barham-salih"_s)->aliases.contains(kakBarham));
        const OfficialsMatcher after(g);
        const QList<Mention> found = after.find(aliasText);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().officialId, u"barham-salih"_s);
        QCOMPARE(found.first().start, 0);
        QCOMPARE(found.first().end, aliasEnd);
        QVERIFY(!found.first().ambiguous);

        // An Arabic-script alias joins the Arabic names; a name already listed changes nothing.
        QVERIFY(OfficialsEdits::apply(withId(OfficialsEdits::addAliasRecord(u"barham-salih"_s, u"الدكتور برهم"_s), 4), g, &error));
        QVERIFY(g.official(u"barham-salih"_s)->arabicNames.contains(u"الدكتور برهم"_s));
        const Official copy = *g.official(u"barham-salih"_s);
        QVERIFY(OfficialsEdits::apply(withId(OfficialsEdits::addAliasRecord(u"barham-salih"_s, u"Barham Salih"_s), 5), g, &error));
        QCOMPARE(*g.official(u"barham-salih"_s), copy);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("officialId");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("message");
        const QString person = u"add-person"_s, alias = u"add-alias"_s;
        QTest::newRow("unknown kind") << u"barham-salih"_s << u"rename"_s << u"{}"_s
                                      << u"officials edit 7 (rename \u201Cbarham-salih\u201D): kind: unknown kind \u201Crename\u201D"_s;
        QTest::newRow("alias missing") << u"barham-salih"_s << alias << u"{}"_s
                                       << u"officials edit 7 (add-alias \u201Cbarham-salih\u201D): data: missing required field \u2018alias\u2019"_s;
        QTest::newRow("alias not a string") << u"barham-salih"_s << alias << u"{\"alias\": 3}"_s
                                            << u"data.alias: expected a string, found a number"_s;
        QTest::newRow("alias empty") << u"barham-salih"_s << alias << u"{\"alias\": \"  \"}"_s << u"data.alias: must not be empty"_s;
        QTest::newRow("alias unknown field") << u"barham-salih"_s << alias << u"{\"alias\": \"X\", \"surname\": true}"_s
                                             << u"data.surname: unknown field"_s;
        QTest::newRow("alias of nobody") << u"no-such-person"_s << alias << u"{\"alias\": \"X\"}"_s
                                         << u"officialId: no person with the id \u201Cno-such-person\u201D"_s;
        QTest::newRow("person without name") << u"x-person"_s << person << u"{\"country\": \"IQ\"}"_s
                                             << u"officials edit 7 (add-person \u201Cx-person\u201D): data: missing required field 'name'"_s;
        QTest::newRow("person bad country") << u"x-person"_s << person << u"{\"name\": \"X\", \"country\": \"Iraq\"}"_s
                                            << u"data.country: 'Iraq' is not a country code"_s;
        QTest::newRow("person bad date") << u"x-person"_s << person
                                         << u"{\"name\": \"X\", \"country\": \"IQ\", \"offices\": [{\"title\": \"T\", \"from\": \"2019-13\"}]}"_s
                                         << u"data.offices[0].from: "_s;
        QTest::newRow("person ends before it begins")
            << u"x-person"_s << person
            << u"{\"name\": \"X\", \"country\": \"IQ\", \"offices\": [{\"title\": \"T\", \"from\": \"2020\", \"to\": \"2019\"}]}"_s
            << u"data.offices[0].to: ends (2019) before it begins (2020)"_s;
        QTest::newRow("person bad script") << u"x-person"_s << person << u"{\"name\": \"X\", \"country\": \"IQ\", \"script\": \"runic\"}"_s
                                           << u"data.script: expected \u201Clatin\u201D, \u201Carabic\u201D or \u201Cpersian\u201D, found \u201Crunic\u201D"_s;
        QTest::newRow("person bad id") << u"Bad Id"_s << person << u"{\"name\": \"X\", \"country\": \"IQ\"}"_s
                                       << u"officialId: 'Bad Id' is not a valid id"_s;
        QTest::newRow("person id in data") << u"x-person"_s << person << u"{\"id\": \"y\", \"name\": \"X\", \"country\": \"IQ\"}"_s
                                           << u"data.id: unknown field"_s;
        QTest::newRow("person id taken") << u"barham-salih"_s << person << u"{\"name\": \"X\", \"country\": \"IQ\"}"_s
                                         << u"officialId: there is already a person with the id \u201Cbarham-salih\u201D"_s;
    }

    void malformed()
    {
        QFETCH(QString, officialId);
        QFETCH(QString, kind);
        QFETCH(QString, data);
        QFETCH(QString, message);
        QJsonParseError parseError;
        const QJsonObject object = QJsonDocument::fromJson(data.toUtf8(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const OfficialsEditRecord record{7, officialId, kind, object};
        Gazetteer g = m_bundled;
        QString error;
        QVERIFY(!OfficialsEdits::apply(record, g, &error));
        QVERIFY2(error.startsWith(u"officials edit 7 (%1 \u201C%2\u201D): "_s.arg(kind, officialId)), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
        // Nothing changed.
        QCOMPARE(g.officials(), m_bundled.officials());
    }

    void order()
    {
        const OfficialsEditRecord person = withId(OfficialsEdits::addPersonRecord(examplePerson(), OfficialsEdits::Script::Latin), 1);
        const OfficialsEditRecord alias = withId(OfficialsEdits::addAliasRecord(u"hamid-example"_s, u"Abu Example"_s), 2);

        Gazetteer g = m_bundled;
        QStringList errors;
        QVERIFY(OfficialsEdits::applyAll({person, alias}, g, &errors));
        QVERIFY(errors.isEmpty());
        QCOMPARE(g.official(u"hamid-example"_s)->aliases, (QStringList{u"Hamid Example"_s, u"Abu Example"_s}));

        // The alias of a person added later does not apply; the rest still does.
        Gazetteer h = m_bundled;
        QVERIFY(!OfficialsEdits::applyAll({alias, person}, h, &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith(u"officials edit 2 (add-alias \u201Chamid-example\u201D): officialId: no person"_s),
                 qPrintable(errors.first()));
        QVERIFY(h.official(u"hamid-example"_s));
        QCOMPARE(h.official(u"hamid-example"_s)->aliases, QStringList{u"Hamid Example"_s});
    }

    void referenceDataFollowsEdits()
    {
        ReferenceData reference;
        QVERIFY2(reference.loadOfficials(GazetteerReader::bundledPath()), qPrintable(reference.errorString()));
        Article a;
        a.id = u"alias"_s;
        a.published = EdtfDate::parse(u"2019-05-01"_s);
        a.text = aliasText;
        reference.setArticles({a});
        QCOMPARE(reference.officialsInSpan(u"alias"_s, 0, aliasEnd), QStringList());

        const OfficialsEditRecord alias = withId(OfficialsEdits::addAliasRecord(u"barham-salih"_s, kakBarham), 1);
        QVERIFY(reference.setOfficialsEdits({alias}));
        QCOMPARE(reference.officialsInSpan(u"alias"_s, 0, aliasEnd), QStringList{u"barham-salih"_s});
        QCOMPARE(reference.officialsProvider()(u"alias"_s, 0, aliasEnd), QStringList{u"barham-salih"_s});
        QCOMPARE(reference.mentions().articlesMentioning(u"barham-salih"_s), QStringList{u"alias"_s});

        // Undone: the edits are replaced, not accumulated.
        QVERIFY(reference.setOfficialsEdits({}));
        QCOMPARE(reference.officialsInSpan(u"alias"_s, 0, aliasEnd), QStringList());
        QVERIFY(!reference.gazetteer().official(u"barham-salih"_s)->aliases.contains(kakBarham));

        // A bad edit is skipped and reported; a good one after it still applies.
        const OfficialsEditRecord bad{2, u"nobody"_s, u"add-alias"_s, QJsonObject{{u"alias"_s, u"X"_s}}};
        QVERIFY(!reference.setOfficialsEdits({bad, alias}));
        QCOMPARE(reference.officialsEditErrors().size(), 1);
        QCOMPARE(reference.officialsInSpan(u"alias"_s, 0, aliasEnd), QStringList{u"barham-salih"_s});
    }

    void exportCsvOfficialsColumn()
    {
        QVERIFY2(QFile::exists(QStringLiteral(ENTENTE_EXECUTABLE)), ENTENTE_EXECUTABLE);
        const QString path = m_dir.filePath(u"officials.entente"_s);
        {
            Project project;
            QVERIFY2(project.create(path), qPrintable(project.errorString()));
            Article full;
            full.id = u"full"_s;
            full.title = u"Full name"_s;
            full.published = EdtfDate::parse(u"2019-05-01"_s);
            full.text = fullText;
            full.sha256 = u"aa"_s;
            Article alias = full;
            alias.id = u"alias"_s;
            alias.title = u"Alias"_s;
            alias.text = aliasText;
            alias.sha256 = u"bb"_s;
            QVERIFY(project.importArticle(full));
            QVERIFY(project.importArticle(alias));
            const qint64 tag = project.ensureTagPath(u"people"_s);
            QVERIFY(tag);
            const qsizetype start = fullText.indexOf(u"Iraqi President Barham Salih"_s);
            QVERIFY(project.addAnnotation(u"full"_s, start, start + 28, {tag}));
            QVERIFY(project.addAnnotation(u"alias"_s, 0, aliasEnd, {tag}));
        }
        QCOMPARE(exportedOfficials(path, u"full"_s), u"barham-salih"_s);
        // Before the edit "Kak Barham" names nobody.
        QCOMPARE(exportedOfficials(path, u"alias"_s), QString());
        {
            Project project;
            QVERIFY(project.open(path));
            QVERIFY(project.addOfficialsEdit(OfficialsEdits::addAliasRecord(u"barham-salih"_s, kakBarham)));
        }
        QCOMPARE(exportedOfficials(path, u"alias"_s), u"barham-salih"_s);
        QCOMPARE(exportedOfficials(path, u"full"_s), u"barham-salih"_s);

        // entente mentions PROJECT applies the edit too.
        const Run mentions = entente({u"mentions"_s, path, u"--format"_s, u"json"_s});
        QVERIFY2(mentions.exitCode == 0, qPrintable(mentions.err));
        const QJsonArray rows = QJsonDocument::fromJson(mentions.out.toUtf8()).array();
        bool found = false;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            if (o.value(u"article"_s).toString() == u"alias"_s && o.value(u"start"_s).toInt() == 0) {
                found = true;
                QCOMPARE(o.value(u"official"_s).toString(), u"barham-salih"_s);
                QCOMPARE(o.value(u"text"_s).toString(), kakBarham);
                QCOMPARE(o.value(u"end"_s).toInt(), int(aliasEnd));
                QCOMPARE(o.value(u"status"_s).toString(), u"resolved"_s);
            }
        }
        QVERIFY2(found, qPrintable(mentions.out));
        const Run both = entente({u"mentions"_s, path, u"--corpus"_s, QStringLiteral(ENTENTE_TEST_CORPUS)});
        QCOMPARE(both.exitCode, 2);
    }

    void validateChecksOfficialsAndMeetings()
    {
        const Run ok = entente({u"validate"_s, QStringLiteral(ENTENTE_TEST_CORPUS)});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QVERIFY2(ok.out.contains(u"officials.json: "_s) && ok.out.contains(u"official(s), all valid"_s), qPrintable(ok.out));
        QVERIFY2(ok.out.contains(u"meetings.json: "_s) && ok.out.contains(u"meeting(s), all valid"_s), qPrintable(ok.out));

        // A copy of the corpus whose officials.json has a bad country code.
        const QDir source(QStringLiteral(ENTENTE_TEST_CORPUS));
        const QString copy = m_dir.filePath(u"corpus-copy"_s);
        QVERIFY(QDir().mkpath(copy + u"/articles"_s));
        QVERIFY(QFile::copy(source.filePath(u"corpus.json"_s), copy + u"/corpus.json"_s));
        for (const QString &file : source.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
            QVERIFY(QFile::copy(source.filePath(file), copy + u"/"_s + file));
        for (const QString &file : QDir(source.filePath(u"articles"_s)).entryList(QDir::Files))
            QVERIFY(QFile::copy(source.filePath(u"articles/"_s + file), copy + u"/articles/"_s + file));
        QFile officials(copy + u"/officials.json"_s);
        QVERIFY(officials.open(QIODevice::WriteOnly));
        officials.write(R"({"format": "entente-officials", "version": 1, "officials": [{"id": "x", "name": "X", "country": "Iraq"}]})");
        officials.close();
        const Run bad = entente({u"validate"_s, copy});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(u"officials.json"_s) && bad.err.contains(u"officials[0].country"_s)
                     && bad.err.contains(u"not a country code"_s),
                 qPrintable(bad.err));
        QVERIFY2(bad.out.contains(u"meetings.json: none"_s), qPrintable(bad.out));
    }
};

QTEST_GUILESS_MAIN(TestOfficialsEdits)
#include "tst_officialsedits.moc"
