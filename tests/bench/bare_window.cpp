// The baseline of bench_startup: a QMainWindow with a tree dock and tabs, quitting once shown.
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *tree = new QTreeView;
    auto *dock = new QDockWidget(QStringLiteral("Navigator"));
    dock->setWidget(tree);
    window.addDockWidget(Qt::LeftDockWidgetArea, dock);
    window.setCentralWidget(new QTabWidget);
    window.resize(1280, 800);
    window.show();
    // The same moment the workbench calls ready: after the first pass of the event loop.
    QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
