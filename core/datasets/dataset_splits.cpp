// DatasetSplits: group the images (one group, or one per main label), shuffle each group, cut it by the fractions.
#include "core/datasets/dataset_splits.h"

#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/transaction.h"

#include <cmath>
#include <map>
#include <random>
#include <vector>

namespace atelier {

namespace {

// Image ids grouped by main label (-1: no shapes), or all in one group; each group in id order.
Result<std::map<std::int64_t, std::vector<std::int64_t>>> groupsOf(Database &db, std::int64_t datasetId, bool stratified)
{
    // The main label: most shapes, then the smallest label id, so that ties are decided the same way every time.
    auto st = db.statement("SELECT i.id, coalesce((SELECT s.label_class_id FROM shape s WHERE s.image_id = i.id "
                           "GROUP BY s.label_class_id ORDER BY count(*) DESC, s.label_class_id LIMIT 1), -1) "
                           "FROM image i WHERE i.dataset_id = ? ORDER BY i.id");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(datasetId);
    std::map<std::int64_t, std::vector<std::int64_t>> groups;
    auto ok = (*st)->forEachRow([&](const Statement &r) { groups[stratified ? r.int64(1) : 0].push_back(r.int64(0)); });
    if (!ok)
        return fail(ok.error());
    return groups;
}

// Fisher-Yates with the engine's raw output (std::uniform_int_distribution differs between
// standard libraries); the modulo bias is below 2^-40 for any realistic dataset.
void shuffle(std::vector<std::int64_t> &ids, std::mt19937_64 &engine)
{
    for (std::size_t i = ids.size(); i > 1; --i)
        std::swap(ids[i - 1], ids[engine() % i]);
}

} // namespace

QJsonObject SplitCounts::toJson() const
{
    return {{QStringLiteral("train"), train}, {QStringLiteral("val"), val}, {QStringLiteral("test"), test}};
}

DatasetSplits::DatasetSplits(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{}

Result<SplitCounts> DatasetSplits::assign(std::int64_t datasetId, const SplitOptions &options)
{
    const double total = options.train + options.val + options.test;
    if (!(options.train >= 0 && options.val >= 0 && options.test >= 0 && total > 0 && std::isfinite(total)))
        return fail(tr("The split fractions must be 0 or more and not all 0 (given %1, %2, %3).")
                        .arg(options.train).arg(options.val).arg(options.test));
    auto groups = groupsOf(m_db, datasetId, options.stratified);
    if (!groups)
        return fail(groups.error());
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    std::mt19937_64 engine(options.seed);
    SplitCounts counts;
    for (auto &[label, ids] : *groups) {
        shuffle(ids, engine);
        // Cut at rounded cumulative fractions, so the group's counts sum to its size.
        const auto n = double(ids.size());
        const auto trainEnd = std::size_t(std::llround(n * options.train / total));
        const auto valEnd = std::size_t(std::llround(n * (options.train + options.val) / total));
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const char *split = i < trainEnd ? "train" : i < valEnd ? "val" : "test";
            (i < trainEnd ? counts.train : i < valEnd ? counts.val : counts.test)++;
            if (auto ok = m_db.execute("UPDATE image SET split = ? WHERE id = ?", split, ids[i]); !ok)
                return fail(withContext(tr("Could not assign the splits"), ok.error()));
        }
    }
    if (auto ok = m_audit.record(QStringLiteral("dataset.split"), QStringLiteral("dataset"), QString::number(datasetId),
                                 {{QStringLiteral("seed"), QString::number(options.seed)},
                                  {QStringLiteral("stratified"), options.stratified},
                                  {QStringLiteral("counts"), counts.toJson()}});
        !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return counts;
}

} // namespace atelier
