#include "io/annotationexporter.h"

#include "io/csvwriter.h"
#include "store/project.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace Entente {

AnnotationExporter::AnnotationExporter(const Project *project)
    : m_project(project)
{
}

QStringList AnnotationExporter::columns()
{
    return {QStringLiteral("annotation_id"), QStringLiteral("article_id"), QStringLiteral("article_title"),
            QStringLiteral("source"), QStringLiteral("published"), QStringLiteral("tag_path"), QStringLiteral("start"),
            QStringLiteral("end"), QStringLiteral("unit"), QStringLiteral("quote"), QStringLiteral("prefix"),
            QStringLiteral("suffix"), QStringLiteral("note"), QStringLiteral("officials"), QStringLiteral("author"),
            QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("article_sha256")};
}

QList<QStringList> AnnotationExporter::rows(qsizetype maxRows) const
{
    QList<QStringList> result;
    QHash<QString, Article> articles;
    for (const Article &a : m_project->articles())
        articles.insert(a.id, a);
    QHash<qint64, QString> paths;
    for (const Tag &t : m_project->tags())
        paths.insert(t.id, m_project->tagPath(t.id));
    QSet<qint64> allowed;
    if (m_filter.tagId != 0) {
        const QList<qint64> ids = m_project->tagWithDescendants(m_filter.tagId);
        allowed = QSet<qint64>(ids.cbegin(), ids.cend());
    }
    const AnnotationList annotations = m_project->annotations(m_filter.articleId);
    for (const Annotation &a : annotations) {
        const Article article = articles.value(a.articleId);
        if (m_filter.year != 0 && (!article.published.isValid() || article.published.year() != m_filter.year))
            continue;
        QList<std::pair<QString, qint64>> tagRows;
        for (qint64 t : a.tagIds)
            if (allowed.isEmpty() || allowed.contains(t))
                tagRows.append({paths.value(t), t});
        if (a.tagIds.isEmpty() && m_filter.tagId == 0)
            tagRows.append({QString(), 0});
        std::sort(tagRows.begin(), tagRows.end());
        const QString officials = m_officials ? m_officials(a.articleId, a.start, a.end).join(u';') : QString();
        for (const auto &tagRow : std::as_const(tagRows)) {
            if (maxRows >= 0 && result.size() >= maxRows)
                return result;
            result.append({QString::number(a.id), a.articleId, article.title, article.source,
                           article.published.isValid() ? article.published.toString() : QString(), tagRow.first,
                           QString::number(a.start), QString::number(a.end), QStringLiteral("codepoint"), a.exact,
                           a.prefix, a.suffix, a.note, officials, a.author, a.created, a.modified, article.sha256});
        }
    }
    return result;
}

QString AnnotationExporter::toCsv(qsizetype maxRows) const
{
    CsvWriter writer;
    writer.setDelimiter(m_delimiter);
    QString text = writer.formatRow(columns());
    for (const QStringList &row : rows(maxRows))
        text += writer.formatRow(row);
    return text;
}

bool AnnotationExporter::write(QIODevice *device)
{
    CsvWriter writer(device);
    writer.setDelimiter(m_delimiter);
    writer.setByteOrderMark(m_bom);
    bool ok = writer.writeRow(columns());
    const QList<QStringList> data = rows();
    for (qsizetype i = 0; ok && i < data.size(); ++i)
        ok = writer.writeRow(data.at(i));
    if (!ok)
        m_error = writer.errorString();
    return ok;
}

bool AnnotationExporter::writeFile(const QString &fileName, const OutputFile::Gate &gate)
{
    return OutputFile::write(
        fileName,
        [this](QIODevice *device, QString *error) {
            const bool ok = write(device);
            if (!ok && error)
                *error = m_error;
            return ok;
        },
        &m_error, gate);
}

} // namespace Entente
