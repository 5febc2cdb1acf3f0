// SplitFolders: the train/, val/ and test/ folders that per-image formats (labelme, mask PNGs) keep their splits in.
#pragma once

#include <QString>

namespace atelier {

// An export places each image with a split under a folder named after it, and an import reads
// the split back from the first folder of a file's path. The folder names are Atelier's splits
// (train, val, test); an import also takes Roboflow's "valid" and "validation" as val.
class SplitFolders
{
public:
    // `path` placed under the folder of `split`, without the split folder it may already lie
    // in: (a/x.jpg, val) -> val/a/x.jpg, (train/x.jpg, val) -> val/x.jpg. Unchanged without a split.
    static QString place(const QString &path, const QString &split);

    // The split that the first folder of the relative `path` names, or empty: train/a/x.json
    // -> train, valid/x.json -> val, x.json and other/x.json -> empty.
    static QString splitOf(const QString &path);
};

} // namespace atelier
