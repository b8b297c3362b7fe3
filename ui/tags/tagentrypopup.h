#pragma once

#include <QFrame>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace Entente {

/// The small popup that asks for a tag path ("a/b/c") for the selected passage, completing
/// over the project's tag paths. Enter accepts and closes; Shift+Enter accepts and stays open
/// for another tag; Escape closes.
class TagEntryPopup : public QFrame
{
    Q_OBJECT
public:
    explicit TagEntryPopup(QWidget *parent = nullptr);

    /// The tag paths offered for completion.
    void setTagPaths(const QStringList &paths);
    /// The heading ("Tag the selected passage" by default).
    void setTitle(const QString &title);
    /// A line under the entry, e.g. the tags the passage already has.
    void setInformation(const QString &text);

    QLineEdit *lineEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }

    /// Shows the popup with its top-left corner at @p globalPos, kept on screen.
    void showAt(const QPoint &globalPos);

Q_SIGNALS:
    /// The user chose @p path (trimmed, never empty); with @p keepOpen the popup stays.
    void accepted(const QString &path, bool keepOpen);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void accept(bool keepOpen);

    QLabel *m_title = nullptr;
    QLineEdit *m_edit = nullptr;
    QLabel *m_info = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_paths = nullptr;
};

} // namespace Entente
