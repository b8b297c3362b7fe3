#include "statements/comparisonview.h"

#include "models/comparisonmodel.h"
#include "models/statementsmodel.h"
#include "text/offsetmap.h"
#include "text/speakerresolver.h"
#include "text/worddiff.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QListWidget>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace Entente {

namespace {

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// The two highlight formats, from the palette so they read in light and dark themes.
QTextCharFormat sharedFormat(const QPalette &p)
{
    QTextCharFormat f;
    f.setBackground(blend(p.color(QPalette::Base), p.color(QPalette::Highlight), 0.35));
    return f;
}

QTextCharFormat differingFormat(const QPalette &p)
{
    QTextCharFormat f;
    f.setUnderlineStyle(QTextCharFormat::DotLine);
    f.setUnderlineColor(p.color(QPalette::Link));
    return f;
}

} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
{
    // Choosers on the left.
    m_office = new QComboBox(this);
    m_office->setAccessibleName(tr("Office"));
    m_speakers = new QListWidget(this);
    m_speakers->setAccessibleName(tr("Speakers"));
    m_speakers->setToolTip(tr("Tick one or more speakers; with none ticked, everyone is shown."));
    m_tag = new QComboBox(this);
    m_tag->setAccessibleName(tr("Topic"));

    auto *choosers = new QWidget(this);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("&Office:"), m_office);
    form->addRow(tr("or &speakers:"), m_speakers);
    form->addRow(tr("&Topic:"), m_tag);
    choosers->setLayout(form);

    // Year columns.
    m_columnsHost = new QWidget(this);
    m_columnsLayout = new QHBoxLayout(m_columnsHost);
    m_columnsLayout->setContentsMargins(0, 0, 0, 0);

    // The side-by-side pane.
    auto *compare = new QWidget(this);
    auto *compareLayout = new QVBoxLayout(compare);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    m_legend = new QLabel(compare);
    m_legend->setTextFormat(Qt::PlainText);
    m_similarity = new QLabel(compare);
    auto *legendRow = new QHBoxLayout;
    legendRow->addWidget(m_legend, 1);
    legendRow->addWidget(m_similarity);
    compareLayout->addLayout(legendRow);
    auto *panes = new QHBoxLayout;
    m_left = new QTextBrowser(compare);
    m_right = new QTextBrowser(compare);
    m_left->setAccessibleName(tr("First statement compared"));
    m_right->setAccessibleName(tr("Second statement compared"));
    for (QTextBrowser *b : {m_left, m_right}) {
        b->setOpenLinks(false);
        b->setPlaceholderText(tr("Select a statement in any year, then another, to compare them here."));
        panes->addWidget(b);
    }
    compareLayout->addLayout(panes, 1);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(m_columnsHost);
    vertical->addWidget(compare);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);

    auto *horizontal = new QSplitter(Qt::Horizontal, this);
    horizontal->addWidget(choosers);
    horizontal->addWidget(vertical);
    horizontal->setStretchFactor(0, 0);
    horizontal->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(horizontal);

    connect(m_office, &QComboBox::currentIndexChanged, this, [this] {
        m_speakers->setEnabled(m_office->currentIndex() <= 0);
        applyFilter();
    });
    connect(m_speakers, &QListWidget::itemChanged, this, [this] { applyFilter(); });
    connect(m_tag, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });

    updateComparison();
}

void ComparisonView::setModel(ComparisonModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &ComparisonView::rebuildColumns);
        if (m_model->sourceModel()) {
            StatementsModel *source = m_model->sourceModel();
            connect(source, &QAbstractItemModel::modelReset, this, &ComparisonView::refreshChoices);
            connect(source, &QAbstractItemModel::rowsInserted, this, &ComparisonView::refreshChoices);
            connect(source, &QAbstractItemModel::rowsRemoved, this, &ComparisonView::refreshChoices);
        }
    }
    refreshChoices();
    rebuildColumns();
}

void ComparisonView::setSpeakerResolver(const SpeakerResolver *resolver)
{
    m_resolver = resolver;
    refreshChoices();
}

void ComparisonView::refreshChoices()
{
    m_updatingChoices = true;
    const QString office = m_office->currentData().toString();
    const QString tag = m_tag->currentData().toString();
    QStringList checked;
    for (int i = 0; i < m_speakers->count(); ++i) {
        if (m_speakers->item(i)->checkState() == Qt::Checked)
            checked.append(m_speakers->item(i)->data(Qt::UserRole).toString());
    }

    m_office->clear();
    m_office->addItem(tr("(the speakers ticked below)"), QString());
    if (m_resolver) {
        for (const QString &title : m_resolver->officeTitles())
            m_office->addItem(title, title);
    }
    m_office->setCurrentIndex(std::max(0, m_office->findData(office)));

    QStringList ids;
    QStringList tags;
    if (m_model && m_model->sourceModel()) {
        for (const Statement &s : m_model->sourceModel()->statements()) {
            if (!s.speakerId.isEmpty() && !ids.contains(s.speakerId))
                ids.append(s.speakerId);
            for (const QString &t : s.tags) {
                if (!tags.contains(t))
                    tags.append(t);
            }
        }
    }
    auto name = [this](const QString &id) { return m_resolver ? m_resolver->displayName(id) : id; };
    std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
        return name(a).localeAwareCompare(name(b)) < 0;
    });
    m_speakers->clear();
    for (const QString &id : std::as_const(ids)) {
        auto *item = new QListWidgetItem(name(id), m_speakers);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }

    tags.sort();
    m_tag->clear();
    m_tag->addItem(tr("Any topic"), QString());
    for (const QString &t : std::as_const(tags))
        m_tag->addItem(t, t);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(tag)));
    m_updatingChoices = false;
}

void ComparisonView::applyFilter()
{
    if (!m_model || m_updatingChoices)
        return;
    const QString office = m_office->currentData().toString();
    if (!office.isEmpty()) {
        m_model->setOffice(office);
    } else {
        QStringList ids;
        for (int i = 0; i < m_speakers->count(); ++i) {
            if (m_speakers->item(i)->checkState() == Qt::Checked)
                ids.append(m_speakers->item(i)->data(Qt::UserRole).toString());
        }
        m_model->setSpeakers(ids);
    }
    m_model->setTag(m_tag->currentData().toString());
}

void ComparisonView::showListMenu(QListView *list, const QPoint &pos)
{
    const Statement *s = m_model ? m_model->statementAt(list->indexAt(pos)) : nullptr;
    if (!s)
        return;
    const qint64 id = s->id;
    const bool editable = m_editable && id != 0;
    const QString articleId = s->articleId;
    const qsizetype start = s->start(), end = s->end();
    QMenu menu(this);
    menu.addAction(tr("&Show in Article"), this,
                   [this, articleId, start, end] { Q_EMIT statementActivated(articleId, start, end); });
    menu.addSeparator();
    QAction *accept = menu.addAction(tr("&Accept"), this, [this, id] { Q_EMIT acceptRequested(id); });
    accept->setEnabled(editable && s->status != Statement::Status::Accepted);
    menu.addAction(tr("&Correct…"), this, [this, id] { Q_EMIT correctRequested(id); })->setEnabled(editable);
    menu.addAction(tr("&Delete"), this, [this, id] { Q_EMIT deleteRequested(id); })->setEnabled(editable);
    menu.exec(list->viewport()->mapToGlobal(pos));
}

void ComparisonView::rebuildColumns()
{
    m_picks.clear();
    qDeleteAll(m_lists);
    qDeleteAll(m_headers);
    m_lists.clear();
    m_headers.clear();
    if (m_model) {
        for (int c = 0; c < m_model->columnCount(); ++c) {
            auto *column = new QVBoxLayout;
            auto *header = new QLabel(m_model->headerData(c, Qt::Horizontal).toString(), m_columnsHost);
            QFont bold = header->font();
            bold.setBold(true);
            header->setFont(bold);
            header->setAlignment(Qt::AlignHCenter);
            auto *list = new QListView(m_columnsHost);
            list->setModel(m_model);
            list->setModelColumn(c);
            list->setWordWrap(true);
            list->setUniformItemSizes(false);
            list->setResizeMode(QListView::Adjust);
            list->setSelectionMode(QAbstractItemView::ExtendedSelection);
            list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
            list->setAlternatingRowColors(true);
            list->setSpacing(2);
            const int year = m_model->headerData(c, Qt::Horizontal, ComparisonModel::YearRole).toInt();
            list->setAccessibleName(tr("Statements of %1").arg(year));
            header->setBuddy(list);
            for (int r = 0; r < m_model->rowCount(); ++r)
                list->setRowHidden(r, !m_model->statementAt(m_model->index(r, c)));
            list->setContextMenuPolicy(Qt::CustomContextMenu);
            connect(list, &QWidget::customContextMenuRequested, this,
                    [this, list](const QPoint &pos) { showListMenu(list, pos); });
            connect(list, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
                if (const Statement *s = m_model ? m_model->statementAt(index) : nullptr)
                    Q_EMIT statementActivated(s->articleId, s->start(), s->end());
            });
            connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                    [this, list](const QItemSelection &selected, const QItemSelection &deselected) {
                        onSelectionChanged(list, selected, deselected);
                    });
            column->addWidget(header);
            column->addWidget(list, 1);
            m_columnsLayout->addLayout(column, 1);
            m_lists.append(list);
            m_headers.append(header);
        }
    }
    // Drop the now empty column layouts.
    while (m_columnsLayout->count() > m_lists.size()) {
        QLayoutItem *item = m_columnsLayout->takeAt(0);
        delete item;
    }
    updateComparison();
}

void ComparisonView::onSelectionChanged(QListView *list, const QItemSelection &selected, const QItemSelection &deselected)
{
    if (m_updatingSelection)
        return;
    const int column = list->modelColumn();
    for (const QModelIndex &i : deselected.indexes())
        m_picks.removeAll(QPersistentModelIndex(i));
    for (const QModelIndex &i : selected.indexes()) {
        if (i.column() == column && m_model && m_model->statementAt(i))
            m_picks.append(QPersistentModelIndex(i));
    }
    m_updatingSelection = true;
    while (m_picks.size() > 2) {
        const QPersistentModelIndex oldest = m_picks.takeFirst();
        for (QListView *l : std::as_const(m_lists)) {
            if (l->modelColumn() == oldest.column())
                l->selectionModel()->select(oldest, QItemSelectionModel::Deselect);
        }
    }
    m_updatingSelection = false;
    updateComparison();
}

QList<Statement> ComparisonView::comparedStatements() const
{
    QList<Statement> result;
    for (const QPersistentModelIndex &i : m_picks) {
        if (const Statement *s = m_model ? m_model->statementAt(i) : nullptr)
            result.append(*s);
    }
    return result;
}

void ComparisonView::showStatement(QTextBrowser *pane, const Statement &s,
                                   const QList<QPair<qsizetype, qsizetype>> &shared,
                                   const QList<QPair<qsizetype, qsizetype>> &differing)
{
    pane->clear();
    QTextCursor cursor(pane->document());
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    QString speaker = s.speakerId;
    if (m_resolver && !speaker.isEmpty())
        speaker = m_resolver->displayName(speaker);
    cursor.insertText(tr("%1 — %2").arg(speaker, s.date.isValid() ? s.date.toDisplayString() : tr("undated")), heading);
    QTextCharFormat dim;
    // The view's palette: on a palette change the panes are told after the view.
    dim.setForeground(palette().color(QPalette::PlaceholderText));
    cursor.insertText(QStringLiteral("\n") + tr("%1 (%2), %3").arg(s.cue.isEmpty() ? tr("quoted") : s.cue,
                                                                  s.isDirect() ? tr("direct") : tr("reported"),
                                                                  s.articleId),
                      dim);
    cursor.insertBlock();
    cursor.insertBlock();
    const int textStart = cursor.position();
    cursor.insertText(s.text, QTextCharFormat());
    const OffsetMap map(s.text);
    auto apply = [&](const QList<QPair<qsizetype, qsizetype>> &ranges, const QTextCharFormat &format) {
        for (const auto &r : ranges) {
            QTextCursor c(pane->document());
            c.setPosition(textStart + int(map.toUtf16(r.first)));
            c.setPosition(textStart + int(map.toUtf16(r.second)), QTextCursor::KeepAnchor);
            c.mergeCharFormat(format);
        }
    };
    apply(shared, sharedFormat(palette()));
    apply(differing, differingFormat(palette()));
}

void ComparisonView::updateComparison()
{
    const QList<Statement> pair = comparedStatements();
    m_legend->setText(tr("Words both statements use are tinted; words only one of them uses are underlined with dots."));
    m_similarity->clear();
    m_left->clear();
    m_right->clear();
    if (pair.size() == 1) {
        showStatement(m_left, pair.at(0), {}, {});
    } else if (pair.size() == 2) {
        const WordDiff diff(pair.at(0).text, pair.at(1).text);
        auto split = [](const QList<WordDiff::Token> &tokens, bool wantShared) {
            QList<QPair<qsizetype, qsizetype>> out;
            for (const WordDiff::Token &t : tokens) {
                if (t.shared == wantShared)
                    out.append({t.start, t.end});
            }
            return out;
        };
        showStatement(m_left, pair.at(0), split(diff.left(), true), split(diff.left(), false));
        showStatement(m_right, pair.at(1), split(diff.right(), true), split(diff.right(), false));
        m_similarity->setText(tr("%n shared word(s), similarity %1%", nullptr, int(diff.sharedCount()))
                                  .arg(qRound(diff.similarity() * 100)));
    }
    Q_EMIT comparisonChanged();
}

void ComparisonView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateComparison();
}

} // namespace Entente
