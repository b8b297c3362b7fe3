#pragma once

#include "model/statement.h"
#include "models/comparisonmodel.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QItemSelection;
class QLabel;
class QListView;
class QListWidget;
class QTextBrowser;

namespace Entente {

class SpeakerResolver;

/**
 * Compares statements across years: a chooser for one office or one or more speakers, an
 * optional topic, one list per year (each item shows the quote, the speaker, the date and the
 * source), and below them the two statements picked last side by side, with the words they
 * share and the words that differ marked in two ways (colours from the palette).
 *
 * Double-click or Enter on a statement emits statementActivated() with its article and span.
 * Pick two statements by selecting one in any column and then another (Ctrl+click adds within
 * a column).
 */
class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonView(QWidget *parent = nullptr);

    /// The view does not own @p model; its source StatementsModel provides the choices.
    void setModel(ComparisonModel *model);
    ComparisonModel *model() const { return m_model; }
    /// For office titles and speaker names.
    void setSpeakerResolver(const SpeakerResolver *resolver);

    /// Offers Accept / Correct… / Delete in the lists' context menus for statements with a
    /// project id (the signals below carry it).
    void setEditable(bool editable) { m_editable = editable; }
    bool isEditable() const { return m_editable; }

    /// The statements being compared (zero, one or two), in the order picked.
    QList<Statement> comparedStatements() const;

    // For tests and the main window's state restoring.
    QComboBox *officeChooser() const { return m_office; }
    QListWidget *speakerChooser() const { return m_speakers; }
    QComboBox *tagChooser() const { return m_tag; }
    QList<QListView *> yearLists() const { return m_lists; }
    QTextBrowser *comparePane(int side) const { return side == 0 ? m_left : m_right; }

Q_SIGNALS:
    void statementActivated(const QString &articleId, qsizetype start, qsizetype end);
    /// The pair being compared changed.
    void comparisonChanged();
    void acceptRequested(qint64 statementId);
    void correctRequested(qint64 statementId);
    void deleteRequested(qint64 statementId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshChoices();
    void rebuildColumns();
    void applyFilter();
    void onSelectionChanged(QListView *list, const QItemSelection &selected, const QItemSelection &deselected);
    void updateComparison();
    void showListMenu(QListView *list, const QPoint &pos);
    void showStatement(QTextBrowser *pane, const Statement &statement, const QList<QPair<qsizetype, qsizetype>> &shared,
                       const QList<QPair<qsizetype, qsizetype>> &differing);

    QPointer<ComparisonModel> m_model;
    const SpeakerResolver *m_resolver = nullptr;
    QComboBox *m_office = nullptr;
    QListWidget *m_speakers = nullptr;
    QComboBox *m_tag = nullptr;
    QWidget *m_columnsHost = nullptr;
    QHBoxLayout *m_columnsLayout = nullptr;
    QList<QListView *> m_lists;
    QList<QLabel *> m_headers;
    QLabel *m_legend = nullptr;
    QLabel *m_similarity = nullptr;
    QTextBrowser *m_left = nullptr;
    QTextBrowser *m_right = nullptr;
    QList<QPersistentModelIndex> m_picks;
    bool m_updatingSelection = false;
    bool m_updatingChoices = false;
    bool m_editable = false;
};

} // namespace Entente
