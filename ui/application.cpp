#include "application.h"

#include "cli/cli.h"
#include "io/corpusloader.h"
#include "mainwindow.h"
#include "projectcontroller.h"
#include "reader/readerarea.h"
#include "settings.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleFactory>
#include <QSvgRenderer>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace Entente {

namespace {

ColorScheme s_scheme = ColorScheme::System;
QString s_platformStyle;

// The translation context of this file's strings.
struct Application
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Application)
};

void printErr(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

QPalette lightPalette()
{
    QPalette p = QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
    p.setColor(QPalette::Base, QColor(0xfd, 0xfc, 0xfa));
    p.setColor(QPalette::AlternateBase, QColor(0xf3, 0xf1, 0xed));
    p.setColor(QPalette::Window, QColor(0xee, 0xec, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    p.setColor(QPalette::Link, QColor(0x2f, 0x6f, 0xb5));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2a, 0x2c, 0x31), base(0x1f, 0x21, 0x25), text(0xe3, 0xe1, 0xdc);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2e));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x36, 0x3c));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8c, 0x90));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x44, 0x47, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x38, 0x3b, 0x41));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2b));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0e));
    p.setColor(QPalette::Highlight, QColor(0x4a, 0x86, 0xc8));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x7a, 0xb0, 0xe8));
    p.setColor(QPalette::LinkVisited, QColor(0xa8, 0x8c, 0xd8));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

struct Size
{
    int width = 1400;
    int height = 860;
};

bool parseSize(const QString &text, Size *size)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{2,5})[xX](\d{2,5})$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    size->width = m.captured(1).toInt();
    size->height = m.captured(2).toInt();
    return true;
}

bool argvHas(int argc, char **argv, const char *option)
{
    const size_t n = std::strlen(option);
    for (int i = 1; i < argc; ++i)
        if (std::strncmp(argv[i], option, n) == 0 && (argv[i][n] == '\0' || argv[i][n] == '='))
            return true;
    return false;
}

} // namespace

QIcon applicationIcon()
{
    QSvgRenderer renderer(QStringLiteral(":/entente/icons/entente.svg"));
    QIcon icon;
    if (!renderer.isValid())
        return icon;
    for (const int side : {16, 22, 24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

ColorScheme colorSchemeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return ColorScheme::Light;
    if (name == QLatin1String("dark"))
        return ColorScheme::Dark;
    return ColorScheme::System;
}

QString colorSchemeName(ColorScheme scheme)
{
    switch (scheme) {
    case ColorScheme::Light:
        return QStringLiteral("light");
    case ColorScheme::Dark:
        return QStringLiteral("dark");
    case ColorScheme::System:
        break;
    }
    return QStringLiteral("system");
}

ColorScheme currentColorScheme()
{
    return s_scheme;
}

void applyColorScheme(ColorScheme scheme)
{
    if (s_platformStyle.isEmpty())
        s_platformStyle = QApplication::style()->name();
    s_scheme = scheme;
    switch (scheme) {
    case ColorScheme::System:
        QApplication::setStyle(s_platformStyle);
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case ColorScheme::Light:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        break;
    case ColorScheme::Dark:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    }
}

int runGui(int argc, char **argv)
{
    // A screenshot needs no display: use the offscreen platform when there is none. This must
    // happen before QApplication exists.
    // So do --help and --version, which only print.
    const bool headless = argvHas(argc, argv, "--screenshot") || argvHas(argc, argv, "--help")
        || argvHas(argc, argv, "-h") || argvHas(argc, argv, "--help-all") || argvHas(argc, argv, "--version")
        || argvHas(argc, argv, "-v");
    if (headless && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("entente"));
    QApplication::setApplicationDisplayName(QStringLiteral("Entente"));
    QApplication::setOrganizationName(QStringLiteral("entente"));
    QApplication::setApplicationVersion(QStringLiteral(ENTENTE_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("org.entente.Entente"));
    QApplication::setWindowIcon(applicationIcon());

    QCommandLineParser parser;
    QString description = Application::tr("Read, annotate and compare news articles side by side.")
        + QStringLiteral("\n\n") + Application::tr("Headless commands (no display needed; `entente COMMAND --help` for each):");
    for (const Cli::Subcommand &c : Cli::subcommands())
        description += QStringLiteral("\n  %1%2").arg(QLatin1StringView(c.name), -13).arg(QCoreApplication::translate("Entente::Cli", c.summary));
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), Application::tr("The project file (.entente) to open. Without one, your default "
                                                                           "project (seeded from the bundled corpus on first run) opens."),
                                 QStringLiteral("[project]"));
    const QCommandLineOption corpusOption(QStringLiteral("corpus"), Application::tr("Read the corpus in <dir> in a temporary project (nothing is kept)."), QStringLiteral("dir"));
    const QCommandLineOption openOption(QStringLiteral("open"), Application::tr("Open the articles <ids> (comma-separated) side by side."), QStringLiteral("ids"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"), Application::tr("Render the window to the PNG <file> and exit."), QStringLiteral("file"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), Application::tr("Window size for --screenshot, e.g. 1400x860."), QStringLiteral("WxH"), QStringLiteral("1400x860"));
    const QCommandLineOption paletteOption(QStringLiteral("palette"), Application::tr("Colour scheme: light, dark or system."), QStringLiteral("scheme"));
    const QCommandLineOption settingsFreeOption(QStringLiteral("settings-free"), Application::tr("Neither read nor save settings (window layout, open panes)."));
    const QCommandLineOption searchOption(QStringLiteral("search"), Application::tr("Search the articles for <query> in the Search panel."), QStringLiteral("query"));
    for (const auto &o : {corpusOption, openOption, screenshotOption, sizeOption, paletteOption, settingsFreeOption, searchOption})
        parser.addOption(o);
    parser.process(app);

    const bool screenshot = parser.isSet(screenshotOption);
    Settings::setEnabled(!screenshot && !parser.isSet(settingsFreeOption));

    Size size;
    if (!parseSize(parser.value(sizeOption), &size)) {
        printErr(Application::tr("entente: --size expects WIDTHxHEIGHT, e.g. 1400x860, not \"%1\".").arg(parser.value(sizeOption)));
        return 2;
    }
    QString scheme = parser.isSet(paletteOption) ? parser.value(paletteOption) : Settings::colorScheme.get();
    if (scheme != QLatin1String("light") && scheme != QLatin1String("dark") && scheme != QLatin1String("system")) {
        printErr(Application::tr("entente: --palette expects light, dark or system, not \"%1\".").arg(scheme));
        return 2;
    }
    applyColorScheme(colorSchemeFromName(scheme));

    // Which project: a file named on the command line; for --corpus (and for screenshots
    // without a file) a temporary project seeded from that corpus, so nothing of the user's is
    // read or written; otherwise the user's default project.
    const bool quiet = screenshot || QApplication::platformName() == QLatin1String("offscreen");
    MainWindow window;
    ProjectController *projects = window.projectController();
    const QStringList positional = parser.positionalArguments();
    QString error;
    bool opened = false;
    if (!positional.isEmpty()) {
        const QString path = positional.first();
        if (quiet)
            opened = projects->openProjectFile(path, false, &error) || projects->openProjectFile(path, true, &error);
        else
            opened = projects->openProjectInteractively(path) || projects->openDefaultProject(&error);
        if (!opened && quiet)
            error = Application::tr("entente: cannot open the project %1:\n%2").arg(QDir::toNativeSeparators(path), error);
    } else if (parser.isSet(corpusOption) || screenshot) {
        CorpusLoader loader;
        const QString corpusDir = parser.isSet(corpusOption) ? parser.value(corpusOption) : CorpusLoader::bundledCorpusDirectory();
        if (!loader.load(corpusDir)) {
            if (quiet) {
                printErr(Application::tr("entente: cannot open the corpus in %1:").arg(QDir::toNativeSeparators(corpusDir)));
                printErr(loader.errorString());
            } else {
                QMessageBox box(QMessageBox::Critical, Application::tr("Cannot open the corpus"),
                                Application::tr("The corpus in %1 has problems; nothing was loaded.").arg(QDir::toNativeSeparators(corpusDir)));
                QStringList lines;
                for (const CorpusProblem &p : loader.problems())
                    lines << QStringLiteral("\u2022 ") + p.toString();
                box.setInformativeText(lines.join(QLatin1Char('\n')));
                box.exec();
            }
            return 1;
        }
        // That corpus's officials and meetings (the bundled ones are loaded by default), then
        // a temporary project of its articles: the one ReferenceData of the window serves both.
        if (parser.isSet(corpusOption) && !window.workspace()->loadReferenceData(corpusDir)) {
            printErr(Application::tr("entente: officials and meetings of %1 not loaded: %2")
                         .arg(QDir::toNativeSeparators(corpusDir), window.workspace()->errorString()));
        }
        opened = projects->openTemporaryProject(corpusDir, &error);
    } else {
        opened = projects->openDefaultProject(&error);
    }
    if (!opened) {
        if (quiet)
            printErr(error);
        else
            QMessageBox::critical(nullptr, Application::tr("Cannot open the project"), error);
        return 1;
    }

    QStringList ids;
    if (parser.isSet(openOption)) {
        for (const QString &id : parser.value(openOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
            ids << id.trimmed();
        QStringList valid;
        for (const Article &a : window.articles())
            valid << a.id;
        for (const QString &id : std::as_const(ids)) {
            if (!valid.contains(id)) {
                printErr(Application::tr("entente: --open: no article with the id \"%1\". Valid ids:\n  %2").arg(id, valid.join(QStringLiteral("\n  "))));
                return 2;
            }
        }
    }

    if (screenshot) {
        window.resize(size.width, size.height);
        window.show();
        window.openArticles(ids);
        if (parser.isSet(searchOption))
            window.showSearch(parser.value(searchOption), 3000);
        QApplication::processEvents();
        // Let layouts, the splitter and the highlighters settle before grabbing.
        QEventLoop settle;
        QTimer::singleShot(150, &settle, &QEventLoop::quit);
        settle.exec();
        const QString file = parser.value(screenshotOption);
        if (!window.grab().save(file, "PNG")) {
            printErr(Application::tr("entente: cannot write the screenshot to %1").arg(file));
            return 1;
        }
        QTextStream(stdout) << QFileInfo(file).absoluteFilePath() << Qt::endl;
        return 0;
    }

    window.restoreSession();
    if (!ids.isEmpty())
        window.openArticles(ids);
    if (parser.isSet(searchOption))
        window.showSearch(parser.value(searchOption));
    window.show();
    return app.exec();
}

} // namespace Entente
