// Officials edits from the reader, end to end and offscreen: select "Kak Barham" in a pane,
// "Add Selection as Alias of…", choose Barham Salih, accept -> the "mentions" layer covers the
// span with his tooltip; Ctrl+Z removes it, Ctrl+Shift+Z brings it back. Also "Add Official
// from Selection…" with its validated office dates, and the items in the pane's context menu.
#include "io/referencedata.h"
#include "library/librarypane.h"
#include "mainwindow.h"
#include "officials/addofficialdialog.h"
#include "officials/mentionhighlighting.h"
#include "officials/officialpickerdialog.h"
#include "officials/officialseditcontroller.h"
#include "officials/officialspanel.h"
#include "projectcontroller.h"
#include "reader/articleview.h"
#include "reader/readerarea.h"
#include "settings.h"
#include "store/project.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

const QString aliasText = u"Kak Barham said the talks had gone well.\nHamid Example, the governor, agreed. Dr. Salih left."_s;

Article testArticle()
{
    Article a;
    a.id = u"alias-test"_s;
    a.title = u"Alias test"_s;
    a.language = u"en"_s;
    a.published = EdtfDate::parse(u"2019-05-01"_s);
    a.text = aliasText;
    a.sha256 = u"00"_s;
    return a;
}

QPushButton *okButton(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

} // namespace

class TestOfficialsEdits : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<MainWindow> m_window;
    ArticleView *m_view = nullptr;

    Project *project() const { return m_window->projectController()->project(); }
    OfficialsEditController *controller() const { return m_window->officialsEditController(); }

    void select(int from, int to)
    {
        QTextCursor c(m_view->textView()->document());
        c.setPosition(from);
        c.setPosition(to, QTextCursor::KeepAnchor);
        m_view->textView()->setTextCursor(c);
    }

    // For the README: ENTENTE_SCREENSHOT_DIR=dir saves the dialogs as PNGs.
    static void screenshot(QWidget *dialog, const QString &name)
    {
        const QString dir = qEnvironmentVariable("ENTENTE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            dialog->grab().save(QDir(dir).filePath(name));
    }

    static bool ensureActive(QWidget *window)
    {
        if (QTest::qWaitFor([window] { return window->isActiveWindow(); }, 200))
            return true;
        window->activateWindow();
        return QTest::qWaitForWindowActive(window);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::setEnabled(false);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        const QString path = m_dir.filePath(u"officials-%1.entente"_s.arg(++m_counter));
        {
            Project p;
            QVERIFY2(p.create(path), qPrintable(p.errorString()));
            QVERIFY(p.importArticle(testArticle()));
        }
        m_window = std::make_unique<MainWindow>();
        QString error;
        QVERIFY2(m_window->projectController()->openProjectFile(path, false, &error), qPrintable(error));
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->openArticle(u"alias-test"_s, false));
        m_view = m_window->readerArea()->currentPane();
        QVERIFY(m_view);
        QVERIFY(controller());
    }

    void cleanup()
    {
        m_view = nullptr;
        m_window.reset();
    }

    void aliasUndoRedo()
    {
        const QString barham = u"Barham Salih \u2014 President of Iraq"_s;
        // Before: "Kak Barham" names nobody.
        QVERIFY(m_view->highlightLayers().contains(MentionHighlighting::layerName()));
        QVERIFY(!m_view->toolTipAt(1).contains(u"Barham Salih"_s));
        QVERIFY(!m_view->toolTipAt(6).contains(barham));

        // The library filtered by Barham Salih (Officials panel): no article yet.
        QSortFilterProxyModel *library = m_window->library()->proxyModel();
        m_window->officialsPanel()->selectOfficial(u"barham-salih"_s);
        QVERIFY(m_window->library()->isRestricted());
        QCOMPARE(library->rowCount(), 0);

        select(0, 10);
        QCOMPARE(m_view->selectedSpan(), qMakePair(qsizetype(0), qsizetype(10)));
        QSignalSpy changed(project(), &Project::officialsEditsChanged);
        QVERIFY(ensureActive(m_window.get()));
        QCOMPARE(controller()->addAliasAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        QTest::keyClick(m_view->textView(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = qobject_cast<OfficialPickerDialog *>(controller()->dialog());
        QVERIFY2(dialog, "Ctrl+Shift+A did not open the alias dialog");
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->alias(), u"Kak Barham"_s);
        QAbstractItemModelTester sourceTester(dialog->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(dialog->proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(dialog->proxyModel()->rowCount() > 30);
        QVERIFY(!okButton(dialog)->isEnabled()); // nobody chosen yet

        // The filter matches other spellings too ("Saleh"); one left -> chosen.
        QTest::keyClicks(dialog->filterEdit(), u"Barham Sale"_s);
        QCOMPARE(dialog->proxyModel()->rowCount(), 1);
        QCOMPARE(dialog->selectedOfficialId(), u"barham-salih"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        screenshot(dialog, u"officials-alias-dialog.png"_s);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(changed.size(), 1);

        const QList<OfficialsEditRecord> edits = project()->officialsEdits();
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.first().kind, u"add-alias"_s);
        QCOMPARE(edits.first().officialId, u"barham-salih"_s);
        QCOMPARE(edits.first().data.value(u"alias"_s).toString(), u"Kak Barham"_s);

        // The mentions layer now covers the whole span as Barham Salih; the panel and the
        // library filter know the article.
        QTRY_VERIFY2(m_view->toolTipAt(0).contains(barham), qPrintable(m_view->toolTipAt(0)));
        QVERIFY(m_view->toolTipAt(9).contains(barham));
        QVERIFY(!m_view->toolTipAt(11).contains(barham));
        QCOMPARE(m_window->referenceData().mentions().articlesMentioning(u"barham-salih"_s), QStringList{u"alias-test"_s});
        QCOMPARE(m_window->officialsPanel()->mentionIndex().articlesMentioning(u"barham-salih"_s), QStringList{u"alias-test"_s});
        QCOMPARE(m_window->officialsPanel()->currentOfficial(), u"barham-salih"_s);
        QCOMPARE(library->rowCount(), 1);

        // Ctrl+Z: gone.
        QVERIFY(ensureActive(m_window.get()));
        QTest::keyClick(m_view->textView(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(changed.size(), 2);
        QVERIFY(project()->officialsEdits().isEmpty());
        QTRY_VERIFY(!m_view->toolTipAt(0).contains(barham));
        QVERIFY(m_window->referenceData().mentions().articlesMentioning(u"barham-salih"_s).isEmpty());
        QCOMPARE(library->rowCount(), 0);

        // Ctrl+Shift+Z: back.
        QVERIFY(ensureActive(m_window.get()));
        QTest::keyClick(m_view->textView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(changed.size(), 3);
        QTRY_VERIFY(m_view->toolTipAt(0).contains(barham));
        QCOMPARE(library->rowCount(), 1);
    }

    void addOfficial()
    {
        const qsizetype start = aliasText.indexOf(u"Hamid Example"_s);
        select(int(start), int(start + 13));
        QVERIFY(!m_view->toolTipAt(start + 1).contains(u"Hamid Example"_s));
        QVERIFY(controller()->addOfficialFromSelection());
        auto *dialog = qobject_cast<AddOfficialDialog *>(controller()->dialog());
        QVERIFY(dialog);
        QCOMPARE(dialog->nameEdit()->text(), u"Hamid Example"_s);
        QCOMPARE(dialog->idEdit()->text(), u"hamid-example"_s);
        QCOMPARE(dialog->script(), OfficialsEdits::Script::Latin);
        QVERIFY(okButton(dialog)->isEnabled()); // the office is optional
        dialog->countryBox()->setCurrentText(u"IQ"_s);

        // An office: its dates are checked as EDTF.
        dialog->officeGroup()->setChecked(true);
        QVERIFY(!okButton(dialog)->isEnabled()); // a title is needed once ticked
        dialog->officeTitleEdit()->setText(u"Governor of Example"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        dialog->fromEdit()->setText(u"2019-13"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog->problem().startsWith(u"From: "_s));
        dialog->fromEdit()->setText(u"2019-03"_s);
        dialog->toEdit()->setText(u"2018"_s);
        QCOMPARE(dialog->problem(), u"The office ends before it begins."_s);
        dialog->toEdit()->clear();
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));

        // A taken id is refused.
        dialog->idEdit()->setText(u"barham-salih"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog->idEdit()->setText(u"hamid-example"_s);
        screenshot(dialog, u"officials-add-dialog.png"_s);
        QSignalSpy changed(project(), &Project::officialsEditsChanged);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(changed.size(), 1);

        const Official *o = m_window->referenceData().gazetteer().official(u"hamid-example"_s);
        QVERIFY(o);
        QCOMPARE(o->country, u"IQ"_s);
        QCOMPARE(o->offices.size(), 1);
        QCOMPARE(o->offices.first().from.toString(), u"2019-03"_s);
        QTRY_VERIFY2(m_view->toolTipAt(start + 1).contains(u"Hamid Example \u2014 Governor of Example"_s),
                     qPrintable(m_view->toolTipAt(start + 1)));

        project()->undoStack()->undo();
        QVERIFY(!m_window->referenceData().gazetteer().official(u"hamid-example"_s));
        QTRY_VERIFY(!m_view->toolTipAt(start + 1).contains(u"Hamid Example"_s));
    }

    void editsAppliedWhenOpened()
    {
        // A project that already holds an alias edit: opening it applies the edit.
        const QString path = m_dir.filePath(u"with-edit.entente"_s);
        {
            Project p;
            QVERIFY(p.create(path));
            Article a = testArticle();
            a.id = u"stored-edit"_s;
            QVERIFY(p.importArticle(a));
            QVERIFY(p.addOfficialsEdit(OfficialsEdits::addAliasRecord(u"barham-salih"_s, u"Kak Barham"_s)));
        }
        QVERIFY(!m_window->referenceData().gazetteer().official(u"barham-salih"_s)->aliases.contains(u"Kak Barham"_s));
        QString error;
        QVERIFY2(m_window->projectController()->openProjectFile(path, false, &error), qPrintable(error));
        QVERIFY(m_window->referenceData().gazetteer().official(u"barham-salih"_s)->aliases.contains(u"Kak Barham"_s));
        QVERIFY(m_window->openArticle(u"stored-edit"_s, false));
        ArticleView *view = m_window->readerArea()->currentPane();
        QTRY_VERIFY(view->toolTipAt(0).contains(u"Barham Salih"_s));
        QCOMPARE(m_window->referenceData().mentions().articlesMentioning(u"barham-salih"_s), QStringList{u"stored-edit"_s});
    }

    void punctuatedAliasRefused()
    {
        // "Dr. Salih": the matcher never runs across '.', so such an alias could never be found.
        const qsizetype start = aliasText.indexOf(u"Dr. Salih"_s);
        select(int(start), int(start + 9));
        QVERIFY(controller()->addSelectionAsAlias());
        auto *dialog = qobject_cast<OfficialPickerDialog *>(controller()->dialog());
        QVERIFY(dialog);
        dialog->selectOfficial(u"barham-salih"_s);
        QCOMPARE(dialog->selectedOfficialId(), u"barham-salih"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        auto *problem = dialog->findChild<QLabel *>(u"problemLabel"_s);
        QVERIFY(problem && problem->text().contains(u"punctuation"_s));
        dialog->reject();
    }

    void contextMenu()
    {
        QMenu menu;
        select(0, 0);
        Q_EMIT m_view->contextMenuRequested(&menu);
        QAction *person = nullptr, *alias = nullptr;
        for (QAction *a : menu.actions()) {
            if (a->text() == controller()->addOfficialAction()->text())
                person = a;
            if (a->text() == controller()->addAliasAction()->text())
                alias = a;
        }
        QVERIFY(person && alias);
        QVERIFY(!person->isEnabled() && !alias->isEnabled()); // nothing selected

        QMenu withSelection;
        select(0, 10);
        Q_EMIT m_view->contextMenuRequested(&withSelection);
        for (QAction *a : withSelection.actions())
            if (a->text() == controller()->addAliasAction()->text())
                alias = a;
        QVERIFY(alias->isEnabled());
        alias->trigger();
        QVERIFY(qobject_cast<OfficialPickerDialog *>(controller()->dialog()));
        controller()->dialog()->reject();

        // Nothing selected: a message instead of a dialog.
        select(0, 0);
        QSignalSpy message(controller(), &OfficialsEditController::message);
        QVERIFY(!controller()->addSelectionAsAlias());
        QCOMPARE(message.size(), 1);
    }
};

QTEST_MAIN(TestOfficialsEdits)
#include "tst_officialsedits.moc"
