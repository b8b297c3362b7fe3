#pragma once

#include "model/article.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Entente {

class Project;

/// File > Import Articles, for one file (.txt, .md or .html, whose text ArticleImporter
/// extracts): asks for the title, source, publication date (EDTF; prefilled when the text
/// states a date), language and id, with the text shown for checking.
class ImportArticleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportArticleDialog(const Project *project, QWidget *parent = nullptr);

    /// Reads @p fileName and fills the fields from it. False with errorString() when the file
    /// cannot be read or holds no text.
    bool setFile(const QString &fileName);
    QString errorString() const { return m_error; }

    /// The article to import, from the fields.
    Article article() const;
    /// Why the fields cannot be accepted yet; empty when they can.
    QString problem() const;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *sourceEdit() const { return m_source; }
    QLineEdit *dateEdit() const { return m_date; }
    QLineEdit *languageEdit() const { return m_language; }
    QLineEdit *idEdit() const { return m_id; }

private:
    void validate();

    const Project *m_project;
    Article m_article;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_date = nullptr;
    QLabel *m_dateHint = nullptr;
    QLineEdit *m_language = nullptr;
    QLineEdit *m_id = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_error;
};

} // namespace Entente
