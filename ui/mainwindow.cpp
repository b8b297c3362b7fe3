#include "mainwindow.h"

namespace Entente {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Entente"));
}

void MainWindow::setArticles(const ArticleList &articles)
{
    Q_UNUSED(articles);
}

} // namespace Entente
