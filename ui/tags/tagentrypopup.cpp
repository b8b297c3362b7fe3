#include "tags/tagentrypopup.h"

#include <QCompleter>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QStringListModel>
#include <QVBoxLayout>

namespace Entente {

TagEntryPopup::TagEntryPopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
{
    setObjectName(QStringLiteral("tagEntryPopup"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(4);
    m_title = new QLabel(tr("Tag the selected passage"), this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("tagPathEdit"));
    m_edit->setPlaceholderText(tr("Tag, e.g. diplomacy/visits"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(280);
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit);

    m_paths = new QStringListModel(this);
    m_completer = new QCompleter(m_paths, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_edit->setCompleter(m_completer);
    // With the completion list open, QCompleter takes Enter itself, fills in the highlighted
    // path and hands the key to the line edit directly (past the event filter below).
    connect(m_edit, &QLineEdit::returnPressed, this,
            [this] { accept(QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier)); });

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("tagEntryInfo"));
    m_info->setWordWrap(true);
    m_info->setForegroundRole(QPalette::PlaceholderText);
    m_info->setText(tr("Enter: tag \u00B7 Shift+Enter: tag and add another \u00B7 Esc: cancel"));
    layout->addWidget(m_info);
    setFocusProxy(m_edit);
}

void TagEntryPopup::setTagPaths(const QStringList &paths)
{
    m_paths->setStringList(paths);
}

void TagEntryPopup::setTitle(const QString &title)
{
    m_title->setText(title);
}

void TagEntryPopup::setInformation(const QString &text)
{
    m_info->setText(text);
}

void TagEntryPopup::showAt(const QPoint &globalPos)
{
    adjustSize();
    QPoint pos = globalPos;
    if (const QScreen *screen = QGuiApplication::screenAt(globalPos)) {
        const QRect avail = screen->availableGeometry();
        pos.setX(std::clamp(pos.x(), avail.left(), std::max(avail.left(), avail.right() - width())));
        pos.setY(std::clamp(pos.y(), avail.top(), std::max(avail.top(), avail.bottom() - height())));
    }
    move(pos);
    show();
    m_edit->setFocus(Qt::PopupFocusReason);
}

bool TagEntryPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            accept(key->modifiers().testFlag(Qt::ShiftModifier));
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void TagEntryPopup::accept(bool keepOpen)
{
    QStringList parts;
    for (const QString &part : m_edit->text().split(u'/', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    const QString path = parts.join(u'/');
    if (path.isEmpty())
        return;
    Q_EMIT accepted(path, keepOpen);
    if (keepOpen)
        m_edit->clear();
    else
        close();
}

} // namespace Entente
