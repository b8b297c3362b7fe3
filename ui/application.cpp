#include "application.h"

#include "io/corpusloader.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

namespace Entente {

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("entente"));
    QApplication::setApplicationDisplayName(QStringLiteral("Entente"));
    QApplication::setOrganizationName(QStringLiteral("entente"));
    QApplication::setApplicationVersion(QStringLiteral(ENTENTE_VERSION_STRING));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption corpusOption(QStringLiteral("corpus"), QApplication::translate("main", "Open the corpus in <dir>."), QStringLiteral("dir"));
    parser.addOption(corpusOption);
    parser.process(app);

    CorpusLoader loader;
    if (!loader.load(parser.value(corpusOption).isEmpty() ? CorpusLoader::bundledCorpusDirectory() : parser.value(corpusOption))) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the corpus"), loader.errorString());
        return 1;
    }
    MainWindow window;
    window.setArticles(loader.articles());
    window.show();
    return app.exec();
}

} // namespace Entente
