// DatasetSplits: assigns a dataset's images to train, val and test, at random (seeded) or stratified by label.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdint>

namespace atelier {

class AuditLog;
class Database;

struct SplitOptions
{
    double train = 0.8;
    double val = 0.1;
    double test = 0.1; // the three are fractions of the images; they are normalised to sum to 1
    std::uint64_t seed = 0;
    // Split each group of images with the same main label (the label of most of its shapes;
    // images without shapes form a group too) in the fractions, so that every label is spread
    // over the splits as over the dataset.
    bool stratified = false;
};

struct SplitCounts
{
    int train = 0;
    int val = 0;
    int test = 0;

    QJsonObject toJson() const;
};

// The split lives in image.split (schema 4) and in version manifests (an image entry's "split"),
// so a version freezes it with the annotations. The same images, options and seed give the same
// assignment on every platform: the shuffle uses std::mt19937_64, whose sequence the standard
// fixes, and no std distribution, whose results it does not.
class DatasetSplits
{
    Q_DECLARE_TR_FUNCTIONS(DatasetSplits)

public:
    DatasetSplits(Database &db, AuditLog &audit);

    // Replaces the split of every image of the dataset, in one transaction with one audit row.
    [[nodiscard]] Result<SplitCounts> assign(std::int64_t datasetId, const SplitOptions &options);

private:
    Database &m_db;
    AuditLog &m_audit;
};

} // namespace atelier
