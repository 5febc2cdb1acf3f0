// RunFilter: MLflow's search syntax for runs (filter and order_by), parsed with errors that point at the bad token.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace atelier {

// A parsed filter such as `metrics.val_acc > 0.9 and params.lr = "0.01" and tags.team = "cv"`
// (also attributes.status, attributes.run_name, attributes.start_time, attributes.run_id IN
// (...), LIKE / ILIKE, !=, and the backquoted keys MLflow allows), or one order_by entry such as
// "metrics.loss DESC". A parse error's message points at the bad token: the column in the
// expression and what was expected there.
class RunFilter
{
    Q_DECLARE_TR_FUNCTIONS(RunFilter)

public:
    enum class Entity { Metric, Param, Tag, Attribute, Dataset };
    enum class Comparator { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, Like, ILike, In, NotIn };

    struct Identifier
    {
        Entity entity = Entity::Attribute;
        QString key;           // for attributes and datasets, the canonical key (aliases resolved)
        const char *column = nullptr; // attributes: the run table's column; datasets: run_input's
        bool numeric = false;  // attributes start_time and end_time
    };

    struct Clause
    {
        Identifier identifier;
        Comparator comparator = Comparator::Equal;
        QString text;          // string values and LIKE patterns
        double number = 0;     // metric values
        std::int64_t integer = 0; // numeric attributes
        QStringList list;      // IN and NOT IN
    };

    struct OrderKey
    {
        Identifier identifier;
        bool ascending = true;
    };

    [[nodiscard]] static Result<RunFilter> parse(const QString &expression);
    // One entry of MLflow's order_by: "metrics.loss", "params.lr ASC", "attributes.start_time DESC".
    [[nodiscard]] static Result<OrderKey> parseOrderKey(const QString &text);

    bool isEmpty() const { return m_clauses.empty(); }
    const std::vector<Clause> &clauses() const { return m_clauses; }

private:
    std::vector<Clause> m_clauses;
};

} // namespace atelier
