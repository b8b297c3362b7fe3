// Project::search(): FTS5 over the article texts, with match offsets computed in code points.
#include "store/project.h"
#include "text/offsetmap.h"

#include <QSqlError>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

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

// About 16 words of @p text around its first match (the start when none), with "…" where it
// was cut and each matched word between char(1) and char(2), as FTS5's snippet() marks them.
QString snippetOf(const QString &text, const QList<Token> &tokens, const QList<std::pair<qsizetype, qsizetype>> &matched)
{
    constexpr qsizetype Words = 16, Before = 4;
    if (tokens.isEmpty())
        return {};
    const qsizetype first = matched.isEmpty() ? 0 : matched.constFirst().first;
    qsizetype from = std::max<qsizetype>(0, first - Before);
    const qsizetype to = std::min<qsizetype>(tokens.size(), from + Words); // exclusive
    from = std::max<qsizetype>(0, std::min(from, to - Words));
    const OffsetMap map(text);
    const auto slice = [&](qsizetype startCp, qsizetype endCp) {
        const qsizetype a = map.toUtf16(startCp), b = map.toUtf16(endCp);
        return text.mid(a, b - a);
    };
    const auto inMatch = [&](qsizetype i) {
        return i >= from && i < to && std::any_of(matched.cbegin(), matched.cend(), [i](const auto &m) { return m.first <= i && i <= m.second; });
    };
    QString out;
    if (from > 0)
        out += u'…';
    for (qsizetype i = from; i < to; ++i) {
        if (i > from)
            out += slice(tokens[i - 1].end, tokens[i].start);
        const bool inside = inMatch(i);
        if (inside && !inMatch(i - 1)) // matched words next to each other are marked as one
            out += QChar(1);
        out += slice(tokens[i].start, tokens[i].end);
        if (inside && !inMatch(i + 1))
            out += QChar(2);
    }
    if (to < tokens.size())
        out += u'…';
    return out;
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
    // Two steps: the best @p limit articles first, ranked, with nothing else read; then the
    // texts of those only, where the matches and the snippet are found. In one query SQLite
    // would make a snippet and read the text of every matching article (thousands, for a
    // common name) before sorting.
    QSqlQuery ranked(m_file.database());
    ranked.setForwardOnly(true);
    ranked.prepare(QStringLiteral("SELECT articles_fts.rowid, bm25(articles_fts) FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
                                  " WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts), a.id LIMIT ?"));
    ranked.addBindValue(fts);
    ranked.addBindValue(limit);
    if (!ranked.exec()) {
        m_error = tr("Search failed: %1").arg(ranked.lastError().text());
        return hits;
    }
    QStringList rowids;
    QHash<qint64, qsizetype> order;
    while (ranked.next()) {
        order.insert(ranked.value(0).toLongLong(), rowids.size());
        rowids.append(QString::number(ranked.value(0).toLongLong()));
        SearchHit hit;
        hit.rank = ranked.value(1).toDouble();
        hits.append(hit);
    }
    ranked.finish();
    if (hits.isEmpty())
        return hits;
    QSqlQuery q(m_file.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT rowid, id, title, text FROM articles WHERE rowid IN (%1)").arg(rowids.join(u',')))) {
        m_error = tr("Search failed: %1").arg(q.lastError().text());
        return {};
    }
    while (q.next()) {
        SearchHit &hit = hits[order.value(q.value(0).toLongLong())];
        hit.articleId = q.value(1).toString();
        hit.title = q.value(2).toString();
        const QString text = q.value(3).toString();
        const QList<Token> tokens = tokenize(text);
        QList<std::pair<qsizetype, qsizetype>> matchedTokens; // first and last token of each match
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
                    matchedTokens.append({i, i + k - 1});
                    break;
                }
            }
        }
        const QString marked = snippetOf(text, tokens, matchedTokens);
        hit.snippet = QString(marked).remove(QChar(1)).remove(QChar(2));
        hit.snippetHtml = marked.toHtmlEscaped()
                              .replace(QChar(1), QStringLiteral("<b>"))
                              .replace(QChar(2), QStringLiteral("</b>"));
    }
    hits.removeIf([](const SearchHit &h) { return h.articleId.isEmpty(); });
    return hits;
}

} // namespace Entente
