// Project::search(): FTS5 over the article texts, with match offsets computed in code points.
#include "store/project.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Entente {

namespace {

struct Token
{
    QString folded; // case-folded, diacritics removed
    qsizetype start = 0; // code points
    qsizetype end = 0;
};

bool isWordCharacter(uint c)
{
    const auto category = QChar::category(c);
    return QChar::isLetterOrNumber(c) || category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

// Folds a word the way FTS5's unicode61 tokenizer with remove_diacritics 2 compares words.
QString fold(const QString &word)
{
    const QString decomposed = word.toCaseFolded().normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c);
    return result;
}

// Words of @p text with code-point offsets.
QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    const QList<uint> cps = text.toUcs4();
    qsizetype i = 0;
    while (i < cps.size()) {
        if (!isWordCharacter(cps[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < cps.size() && isWordCharacter(cps[i]))
            ++i;
        tokens.append({fold(QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()) + start, i - start)), start, i});
    }
    return tokens;
}

// One search term: a sequence of words, the last one possibly a prefix.
struct Term
{
    QStringList words; // folded
    bool prefix = false;
};

QList<Term> parseTerms(const QString &query, QString *fts)
{
    QList<Term> terms;
    QStringList parts;
    qsizetype i = 0;
    const qsizetype n = query.size();
    while (i < n) {
        if (query.at(i).isSpace()) {
            ++i;
            continue;
        }
        QString raw;
        bool phrase = false;
        if (query.at(i) == u'"') {
            phrase = true;
            const qsizetype close = query.indexOf(u'"', i + 1);
            raw = query.mid(i + 1, close < 0 ? -1 : close - i - 1);
            i = close < 0 ? n : close + 1;
        } else {
            const qsizetype start = i;
            while (i < n && !query.at(i).isSpace() && query.at(i) != u'"')
                ++i;
            raw = query.mid(start, i - start);
        }
        bool prefix = false;
        if (i < n && query.at(i) == u'*' && phrase) { // "a phrase"*
            prefix = true;
            ++i;
        }
        if (!phrase && raw.endsWith(u'*')) {
            prefix = true;
            while (raw.endsWith(u'*'))
                raw.chop(1);
        }
        Term term;
        term.prefix = prefix;
        for (const Token &t : tokenize(raw)) {
            term.words.append(t.folded);
        }
        if (term.words.isEmpty())
            continue; // punctuation only: nothing to match
        terms.append(term);
        // Each term becomes one FTS5 string: quoted, inner quotes doubled, so no user input
        // can be read as FTS5 syntax.
        QString quoted = term.words.join(u' ');
        quoted.replace(u'"', QStringLiteral("\"\""));
        parts.append(u'"' + quoted + u'"' + (prefix ? QStringLiteral("*") : QString()));
    }
    if (fts)
        *fts = parts.join(u' ');
    return terms;
}

} // namespace

QString Project::toFtsQuery(const QString &query)
{
    QString fts;
    parseTerms(query, &fts);
    return fts;
}

SearchHitList Project::search(const QString &query, int limit) const
{
    SearchHitList hits;
    QString fts;
    const QList<Term> terms = parseTerms(query, &fts);
    if (terms.isEmpty() || !isOpen())
        return hits;
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral("SELECT a.id, a.title, snippet(articles_fts, 1, char(1), char(2), '…', 16),"
                             " bm25(articles_fts), a.text FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
                             " WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts), a.id LIMIT ?"));
    q.addBindValue(fts);
    q.addBindValue(limit);
    if (!q.exec()) {
        m_error = tr("Search failed: %1").arg(q.lastError().text());
        return hits;
    }
    while (q.next()) {
        SearchHit hit;
        hit.articleId = q.value(0).toString();
        hit.title = q.value(1).toString();
        const QString marked = q.value(2).toString();
        hit.rank = q.value(3).toDouble();
        hit.snippet = QString(marked).remove(QChar(1)).remove(QChar(2));
        hit.snippetHtml = marked.toHtmlEscaped()
                              .replace(QChar(1), QStringLiteral("<b>"))
                              .replace(QChar(2), QStringLiteral("</b>"));
        const QList<Token> tokens = tokenize(q.value(4).toString());
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            for (const Term &term : terms) {
                const qsizetype k = term.words.size();
                if (i + k > tokens.size())
                    continue;
                bool match = true;
                for (qsizetype j = 0; j < k && match; ++j) {
                    const QString &word = tokens[i + j].folded;
                    match = (j == k - 1 && term.prefix) ? word.startsWith(term.words[j]) : word == term.words[j];
                }
                if (match) {
                    hit.matches.append({tokens[i].start, tokens[i + k - 1].end});
                    break;
                }
            }
        }
        hits.append(hit);
    }
    return hits;
}

} // namespace Entente
