#pragma once

#include "io/corpusloader.h"
#include "reference/gazetteer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Entente {

/**
 * Reads and writes the gazetteer file (officials.json, format in reference/gazetteer.h). Like
 * CorpusLoader, reading validates everything first and either fills the Gazetteer completely
 * or leaves it untouched and reports every problem with the file, the JSON path and what was
 * expected.
 */
class GazetteerReader
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Gazetteer)
public:
    bool load(const QString &officialsJsonPath, Gazetteer *gazetteer);
    /// Parses and validates @p json; @p sourceName names it in problems (e.g. "officials.json").
    bool fromJson(const QByteArray &json, const QString &sourceName, Gazetteer *gazetteer);
    /// @p gazetteer in the file format (indented, stable order).
    static QByteArray toJson(const Gazetteer &gazetteer);

    QString errorString() const;
    const QList<CorpusProblem> &problems() const { return m_problems; }

    /// Reads @p path into @p gazetteer; on failure every problem, one per line, in @p error.
    static bool readFile(const QString &path, Gazetteer *gazetteer, QString *error = nullptr);

    /// `officials.json` in CorpusLoader::bundledCorpusDirectory().
    static QString bundledPath();

private:
    void problem(const QString &field, const QString &message, int line = 0, int column = 0);

    QString m_source;
    QList<CorpusProblem> m_problems;
};

} // namespace Entente
