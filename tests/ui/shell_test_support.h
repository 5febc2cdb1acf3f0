// Helpers shared by the ui tests: isolated settings and a demo project made once per test run.
#pragma once

#include "core/project/demo_project.h"
#include "core/project/project.h"
#include "core/tasks/task_context.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QtTest>

namespace atelier::testing {

// Settings go under ~/.qttest instead of the user's, in a file of this test's own (tests may
// run in parallel), and start empty.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Atelier"));
    QCoreApplication::setApplicationName(QStringLiteral("Atelier-") + QFileInfo(QCoreApplication::applicationFilePath()).baseName());
    QSettings().clear();
}

// Makes the demo project (300 images, one dataset "shapes") in `folder`; empty on success,
// else the error.
inline QString makeDemoProject(const QString &folder)
{
    TaskContext context;
    auto project = DemoProject::create(folder, context);
    return project ? QString() : project.error().toString();
}

} // namespace atelier::testing
