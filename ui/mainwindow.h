#pragma once

#include "model/article.h"

#include <QMainWindow>

namespace Entente {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    void setArticles(const ArticleList &articles);
};

} // namespace Entente
