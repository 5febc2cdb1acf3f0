// LineageGraph: where a model came from and where it went, read from the store's foreign keys.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace atelier {

class Database;

enum class LineageDirection { Upstream, Downstream, Both };

// A node: one row of dataset, dataset_version, job, run, model, model_version, deployment or
// prediction_set, with what a view shows of it.
struct LineageNode
{
    QString kind;
    std::int64_t rowId = 0;
    QString label;      // "shapes v2", "detector v3", a run's name, a job's name
    QString state;      // a job's or deployment's state, a run's status, a version's stage; else empty
    QJsonObject detail; // per kind: a run's MLflow id, git commit and params; a version's framework ...

    QString key() const { return kind + u':' + QString::number(rowId); }
};

// An edge points downstream, from what came first to what was made from it. Relations:
// dataset -version-> dataset_version -input-> job, run and prediction_set; job -run-> run;
// run -output-> model_version; model -version-> model_version; model_version -deployment->
// deployment (directly or through a traffic split's route); model_version -predictions->
// prediction_set.
struct LineageEdge
{
    QString from; // node keys
    QString to;
    QString relation;

    friend bool operator==(const LineageEdge &, const LineageEdge &) = default;
};

// Built automatically, never drawn by hand: one recursive query walks the foreign keys upstream
// from a node, one downstream; Both is the union of the two walks (not the whole connected
// component). Nodes come sorted by kind in pipeline order, then by row id; edges by their ends.
class LineageGraph
{
    Q_DECLARE_TR_FUNCTIONS(LineageGraph)

public:
    // Pipeline order: dataset, dataset_version, job, run, model, model_version, deployment,
    // prediction_set.
    static QStringList kinds();

    // "KIND:ID" with ID a row id, or a name where the kind has one: dataset:shapes,
    // dataset_version:shapes/2, run:<MLflow run id>, model:detector, model_version:detector/3,
    // deployment:<name>. Fails when the node does not exist.
    [[nodiscard]] static Result<LineageNode> resolve(Database &db, const QString &text);
    // "up", "down" or "both".
    [[nodiscard]] static Result<LineageDirection> directionFromName(const QString &name);
    static QString directionName(LineageDirection direction);

    [[nodiscard]] static Result<LineageGraph> load(Database &db, const QString &kind, std::int64_t rowId,
                                                   LineageDirection direction = LineageDirection::Both);

    QString rootKey() const { return m_root; }
    LineageDirection direction() const { return m_direction; }
    const QList<LineageNode> &nodes() const { return m_nodes; }
    const QList<LineageEdge> &edges() const { return m_edges; }
    // nullptr when the graph has no such node.
    const LineageNode *node(const QString &key) const;
    bool contains(const QString &key) const { return node(key) != nullptr; }

    // {"root": "kind:id", "direction": "both", "nodes": [{"id", "kind", "row_id", "label", "state",
    // "detail"}], "edges": [{"from", "to", "relation"}]}
    QJsonObject toJson() const;

private:
    QString m_root;
    LineageDirection m_direction = LineageDirection::Both;
    QList<LineageNode> m_nodes;
    QList<LineageEdge> m_edges;
};

} // namespace atelier
