// DemoProject: a project made without any download: synthetic images whose ground truth is known.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace atelier {

class Project;
class TaskContext;

class DemoProject
{
    Q_DECLARE_TR_FUNCTIONS(DemoProject)

public:
    static constexpr int ImageCount = 300;
    // The last images are left unlabelled, so there is work for the annotation pane.
    static constexpr int LabelledCount = 250;
    static constexpr int ImageWidth = 320;
    static constexpr int ImageHeight = 240;

    static QString datasetName() { return QStringLiteral("shapes"); }
    // Where `atelier --demo` keeps it: ~/.local/share/Atelier/demo.
    static QString defaultFolder();

    // Draws the images into folder/images, writes folder/ground_truth.json (every object of every
    // image) and a dataset of them whose labelled images carry their ground truth as polygons,
    // and copies the demo's training script (DemoTraining) into the folder.
    [[nodiscard]] static Result<std::unique_ptr<Project>> create(const QString &folder,
                                                                 TaskContext &context);
};

} // namespace atelier
