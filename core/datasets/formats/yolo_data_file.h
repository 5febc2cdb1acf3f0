// YoloDataFile: the subset of Ultralytics' data.yaml that describes a dataset (path, train/val/test, names), read and written.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace atelier {

// Reads exactly what Ultralytics' dataset files use: top-level `key: value` lines, block lists
// (`- item`), block maps (`0: person`), flow lists (`[a, b]`) and flow maps (`{0: a}`), plain,
// 'single' and "double" quoted scalars, and # comments. Other keys (nc, download, ...) are
// skipped with their nested lines. No anchors, tags or multi-line scalars: a dataset file does
// not need them, and refusing them with a line number beats misreading them.
class YoloDataFile
{
    Q_DECLARE_TR_FUNCTIONS(YoloDataFile)

public:
    QString path; // the dataset root; empty when absent
    QStringList train;
    QStringList val;
    QStringList test;
    QMap<int, QString> names; // class index -> name

    // `fileName` only names the file in error messages ("data.yaml line 4: ...").
    [[nodiscard]] static Result<YoloDataFile> parse(const QByteArray &text, const QString &fileName);

    // The file as Ultralytics writes it: names as an {index: name} block map, every string
    // double-quoted so that names with ':' or '#' survive.
    QByteArray toYaml() const;
};

} // namespace atelier
