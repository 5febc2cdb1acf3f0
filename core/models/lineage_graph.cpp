// LineageGraph: two recursive CTEs over the foreign keys (upstream, downstream), then one label query a node.
#include "core/models/lineage_graph.h"

#include "core/store/database.h"
#include "core/tracking/tracking_types.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <array>
#include <tuple>
#include <utility>

namespace atelier {

namespace {

// Each row of a walk is a node reached, with the edge it was reached by (from -> to, always
// pointing downstream); the start row has no edge. UNION (not UNION ALL) drops repeated rows, so
// a node reached along several paths is walked on from once per edge and the walk ends.
constexpr const char *Downstream = R"(
WITH RECURSIVE walk(kind, id, from_kind, from_id, relation) AS (
    SELECT ?1, ?2, NULL, NULL, NULL
    UNION SELECT 'dataset_version', v.id, w.kind, w.id, 'version'
          FROM walk w JOIN dataset_version v ON w.kind = 'dataset' AND v.dataset_id = w.id
    UNION SELECT 'job', j.id, w.kind, w.id, 'input'
          FROM walk w JOIN job j ON w.kind = 'dataset_version' AND j.dataset_version_id = w.id
    UNION SELECT 'run', r.id, w.kind, w.id, 'input'
          FROM walk w JOIN run r ON w.kind = 'dataset_version' AND r.dataset_version_id = w.id
    UNION SELECT 'prediction_set', p.id, w.kind, w.id, 'input'
          FROM walk w JOIN prediction_set p ON w.kind = 'dataset_version' AND p.dataset_version_id = w.id
    UNION SELECT 'run', r.id, w.kind, w.id, 'run'
          FROM walk w JOIN run r ON w.kind = 'job' AND r.job_id = w.id
    UNION SELECT 'run', j.run_id, w.kind, w.id, 'run'
          FROM walk w JOIN job j ON w.kind = 'job' AND j.id = w.id AND j.run_id IS NOT NULL
    UNION SELECT 'model_version', v.id, w.kind, w.id, 'output'
          FROM walk w JOIN model_version v ON w.kind = 'run' AND v.run_id = w.id
    UNION SELECT 'model_version', v.id, w.kind, w.id, 'version'
          FROM walk w JOIN model_version v ON w.kind = 'model' AND v.model_id = w.id
    UNION SELECT 'deployment', d.id, w.kind, w.id, 'deployment'
          FROM walk w JOIN deployment d ON w.kind = 'model_version' AND d.model_version_id = w.id
    UNION SELECT 'deployment', d.deployment_id, w.kind, w.id, 'deployment'
          FROM walk w JOIN deployment_route d ON w.kind = 'model_version' AND d.model_version_id = w.id
    UNION SELECT 'prediction_set', p.id, w.kind, w.id, 'predictions'
          FROM walk w JOIN prediction_set p ON w.kind = 'model_version' AND p.model_version_id = w.id
)
SELECT kind, id, from_kind, from_id, kind, id, relation FROM walk)";

// The same edges walked the other way: each row is a node reached and the edge from it to the
// node it was reached from.
constexpr const char *Upstream = R"(
WITH RECURSIVE walk(kind, id, to_kind, to_id, relation) AS (
    SELECT ?1, ?2, NULL, NULL, NULL
    UNION SELECT 'dataset', v.dataset_id, w.kind, w.id, 'version'
          FROM walk w JOIN dataset_version v ON w.kind = 'dataset_version' AND v.id = w.id
    UNION SELECT 'dataset_version', j.dataset_version_id, w.kind, w.id, 'input'
          FROM walk w JOIN job j ON w.kind = 'job' AND j.id = w.id AND j.dataset_version_id IS NOT NULL
    UNION SELECT 'dataset_version', r.dataset_version_id, w.kind, w.id, 'input'
          FROM walk w JOIN run r ON w.kind = 'run' AND r.id = w.id AND r.dataset_version_id IS NOT NULL
    UNION SELECT 'job', r.job_id, w.kind, w.id, 'run'
          FROM walk w JOIN run r ON w.kind = 'run' AND r.id = w.id AND r.job_id IS NOT NULL
    UNION SELECT 'job', j.id, w.kind, w.id, 'run'
          FROM walk w JOIN job j ON w.kind = 'run' AND j.run_id = w.id
    UNION SELECT 'run', v.run_id, w.kind, w.id, 'output'
          FROM walk w JOIN model_version v ON w.kind = 'model_version' AND v.id = w.id AND v.run_id IS NOT NULL
    UNION SELECT 'model', v.model_id, w.kind, w.id, 'version'
          FROM walk w JOIN model_version v ON w.kind = 'model_version' AND v.id = w.id
    UNION SELECT 'model_version', d.model_version_id, w.kind, w.id, 'deployment'
          FROM walk w JOIN deployment d ON w.kind = 'deployment' AND d.id = w.id
    UNION SELECT 'model_version', d.model_version_id, w.kind, w.id, 'deployment'
          FROM walk w JOIN deployment_route d ON w.kind = 'deployment' AND d.deployment_id = w.id
    UNION SELECT 'model_version', p.model_version_id, w.kind, w.id, 'predictions'
          FROM walk w JOIN prediction_set p ON w.kind = 'prediction_set' AND p.id = w.id
    UNION SELECT 'dataset_version', p.dataset_version_id, w.kind, w.id, 'input'
          FROM walk w JOIN prediction_set p ON w.kind = 'prediction_set' AND p.id = w.id
)
SELECT kind, id, kind, id, to_kind, to_id, relation FROM walk)";

// What a view shows of a node of each kind: label, state, and detail as a JSON object.
struct KindQuery
{
    const char *kind;
    const char *describe; // one row for the row id bound to ?
};

constexpr std::array<KindQuery, 8> Kinds{{
    {"dataset", "SELECT name, '', json_object('name', name, 'root_path', root_path, 'created_at', created_at) "
                "FROM dataset WHERE id = ?"},
    {"dataset_version",
     "SELECT d.name || ' v' || v.number, '', json_object('dataset', d.name, 'number', v.number, 'message', "
     "v.message, 'manifest_sha256', v.manifest_sha256, 'created_at', v.created_at) "
     "FROM dataset_version v JOIN dataset d ON d.id = v.dataset_id WHERE v.id = ?"},
    {"job", "SELECT j.name, j.state, json_object('target', coalesce(t.name, ''), 'attempt', j.attempt, 'exit_code', "
            "j.exit_code, 'created_at', j.created_at, 'updated_at', j.updated_at) "
            "FROM job j LEFT JOIN compute_target t ON t.id = j.target_id WHERE j.id = ?"},
    {"run", "SELECT CASE WHEN r.name <> '' THEN r.name ELSE substr(r.uuid, 1, 8) END, r.status, "
            "json_object('run_id', r.uuid, 'experiment_id', r.experiment_id, 'git_commit', r.git_commit, "
            "'start_time', r.start_time, 'end_time', r.end_time, "
            "'params', json((SELECT json_group_object(p.key, p.value) FROM param p WHERE p.run_id = r.id))) "
            "FROM run r WHERE r.id = ?"},
    {"model", "SELECT name, '', json_object('name', name, 'description', description, 'created_at', created_at) "
              "FROM model WHERE id = ?"},
    {"model_version",
     "SELECT m.name || ' v' || v.version, v.stage, json_object('model', m.name, 'version', v.version, 'framework', "
     "v.framework, 'sha256', v.sha256, 'size', v.size, 'source', v.source_path, 'created_at', v.created_at) "
     "FROM model_version v JOIN model m ON m.id = v.model_id WHERE v.id = ?"},
    {"deployment", "SELECT d.name, d.state, json_object('target', coalesce(t.name, ''), 'port', d.port, "
                   "'created_at', d.created_at) "
                   "FROM deployment d LEFT JOIN compute_target t ON t.id = d.target_id WHERE d.id = ?"},
    {"prediction_set", "SELECT 'predictions ' || p.id, '', json_object('blob_sha256', p.blob_sha256, "
                       "'created_at', p.created_at) FROM prediction_set p WHERE p.id = ?"},
}};

// Kinds that a name (or "name/number") may stand for, and the query from the name to the row id.
struct NameQuery
{
    const char *kind;
    const char *sql;
    bool numbered; // "name/number": the name and the number are bound
};

constexpr std::array<NameQuery, 6> ByName{{
    {"dataset", "SELECT id FROM dataset WHERE name = ?", false},
    {"dataset_version", "SELECT v.id FROM dataset_version v JOIN dataset d ON d.id = v.dataset_id "
                        "WHERE d.name = ? AND v.number = ?", true},
    {"run", "SELECT id FROM run WHERE uuid = ?", false},
    {"model", "SELECT id FROM model WHERE name = ?", false},
    {"model_version", "SELECT v.id FROM model_version v JOIN model m ON m.id = v.model_id "
                      "WHERE m.name = ? AND v.version = ?", true},
    {"deployment", "SELECT id FROM deployment WHERE name = ?", false},
}};

int rankOf(const QString &kind)
{
    for (std::size_t i = 0; i < Kinds.size(); ++i) {
        if (kind == QLatin1String(Kinds[i].kind))
            return int(i);
    }
    return int(Kinds.size());
}

// Sorts keys "kind:id" in pipeline order, then by row id.
std::pair<int, std::int64_t> sortKey(const QString &key)
{
    const qsizetype colon = key.indexOf(u':');
    return {rankOf(key.left(colon)), key.mid(colon + 1).toLongLong()};
}

Result<LineageNode> describe(Database &db, const QString &kind, std::int64_t rowId)
{
    const int rank = rankOf(kind);
    if (rank >= int(Kinds.size()))
        return failWithCode(TrackingError::InvalidParameterValue,
                            LineageGraph::tr("\"%1\" is not a kind of lineage node. Give one of %2, then ':' and "
                                             "an id, such as run:3.").arg(kind, LineageGraph::kinds().join(QStringLiteral(", "))));
    auto st = db.statement(Kinds[std::size_t(rank)].describe);
    if (!st)
        return fail(st.error());
    (*st)->bindAll(rowId);
    auto row = (*st)->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return failWithCode(TrackingError::ResourceDoesNotExist,
                            LineageGraph::tr("There is no %1 with id %2 in this project.").arg(kind).arg(rowId));
    return LineageNode{kind, rowId, (*st)->text(0), (*st)->text(1),
                       QJsonDocument::fromJson((*st)->text(2).toUtf8()).object()};
}

// Adds the rows of one walk: nodes by key, edges once each.
Status collect(Database &db, const char *sql, const QString &kind, std::int64_t rowId, QSet<QString> &nodeKeys,
               QList<LineageEdge> &edges)
{
    auto st = db.statement(sql);
    if (!st)
        return fail(st.error());
    (*st)->bindAll(kind, rowId);
    return (*st)->forEachRow([&](const Statement &row) {
        nodeKeys.insert(row.text(0) + u':' + QString::number(row.int64(1)));
        if (row.isNull(6))
            return;
        LineageEdge edge{row.text(2) + u':' + QString::number(row.int64(3)),
                         row.text(4) + u':' + QString::number(row.int64(5)), row.text(6)};
        if (!edges.contains(edge))
            edges.append(std::move(edge));
    });
}

} // namespace

QStringList LineageGraph::kinds()
{
    QStringList names;
    for (const KindQuery &kind : Kinds)
        names.append(QString::fromLatin1(kind.kind));
    return names;
}

Result<LineageNode> LineageGraph::resolve(Database &db, const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    const QString kind = colon < 0 ? text : text.left(colon);
    const QString id = colon < 0 ? QString() : text.mid(colon + 1);
    if (colon < 0 || id.isEmpty() || rankOf(kind) >= int(Kinds.size()))
        return failWithCode(TrackingError::InvalidParameterValue,
                            tr("\"%1\" names no lineage node. Give KIND:ID with KIND one of %2, such as run:3 or "
                               "model_version:detector/2.").arg(text, kinds().join(QStringLiteral(", "))));
    bool numeric = false;
    const qlonglong rowId = id.toLongLong(&numeric);
    if (numeric)
        return describe(db, kind, rowId);
    for (const NameQuery &byName : ByName) {
        if (kind != QLatin1String(byName.kind))
            continue;
        auto st = db.statement(byName.sql);
        if (!st)
            return fail(st.error());
        const qsizetype slash = id.lastIndexOf(u'/');
        if (byName.numbered && slash < 0)
            return failWithCode(TrackingError::InvalidParameterValue,
                                tr("\"%1\" names no %2: give its row id or NAME/NUMBER, such as %2:%3/1.")
                                    .arg(text, kind, id));
        if (byName.numbered)
            (*st)->bindAll(id.left(slash), std::int64_t(id.mid(slash + 1).toLongLong()));
        else
            (*st)->bindAll(id);
        auto row = (*st)->step();
        if (!row)
            return fail(row.error());
        if (*row)
            return describe(db, kind, (*st)->int64(0));
    }
    return failWithCode(TrackingError::ResourceDoesNotExist,
                        tr("There is no %1 \"%2\" in this project.").arg(kind, id));
}

Result<LineageDirection> LineageGraph::directionFromName(const QString &name)
{
    for (LineageDirection direction : {LineageDirection::Upstream, LineageDirection::Downstream, LineageDirection::Both}) {
        if (name == directionName(direction))
            return direction;
    }
    return failWithCode(TrackingError::InvalidParameterValue,
                        tr("\"%1\" is not a direction: give up, down or both.").arg(name));
}

QString LineageGraph::directionName(LineageDirection direction)
{
    switch (direction) {
    case LineageDirection::Upstream: return QStringLiteral("up");
    case LineageDirection::Downstream: return QStringLiteral("down");
    case LineageDirection::Both: break;
    }
    return QStringLiteral("both");
}

Result<LineageGraph> LineageGraph::load(Database &db, const QString &kind, std::int64_t rowId,
                                        LineageDirection direction)
{
    auto root = describe(db, kind, rowId);
    if (!root)
        return fail(root.error());
    LineageGraph graph;
    graph.m_root = root->key();
    graph.m_direction = direction;
    QSet<QString> keys;
    if (direction != LineageDirection::Downstream) {
        if (auto ok = collect(db, Upstream, kind, rowId, keys, graph.m_edges); !ok)
            return fail(withContext(tr("Could not read the lineage of %1").arg(graph.m_root), ok.error()));
    }
    if (direction != LineageDirection::Upstream) {
        if (auto ok = collect(db, Downstream, kind, rowId, keys, graph.m_edges); !ok)
            return fail(withContext(tr("Could not read the lineage of %1").arg(graph.m_root), ok.error()));
    }
    QStringList sorted(keys.cbegin(), keys.cend());
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return sortKey(a) < sortKey(b); });
    for (const QString &key : std::as_const(sorted)) {
        const qsizetype colon = key.indexOf(u':');
        auto node = describe(db, key.left(colon), key.mid(colon + 1).toLongLong());
        if (!node)
            return fail(node.error());
        graph.m_nodes.append(std::move(*node));
    }
    std::sort(graph.m_edges.begin(), graph.m_edges.end(), [](const LineageEdge &a, const LineageEdge &b) {
        return std::tuple(sortKey(a.from), sortKey(a.to), a.relation) < std::tuple(sortKey(b.from), sortKey(b.to), b.relation);
    });
    return graph;
}

const LineageNode *LineageGraph::node(const QString &key) const
{
    for (const LineageNode &candidate : m_nodes) {
        if (candidate.key() == key)
            return &candidate;
    }
    return nullptr;
}

QJsonObject LineageGraph::toJson() const
{
    QJsonArray nodes;
    for (const LineageNode &node : m_nodes)
        nodes.append(QJsonObject{{QStringLiteral("id"), node.key()},
                                 {QStringLiteral("kind"), node.kind},
                                 {QStringLiteral("row_id"), qint64(node.rowId)},
                                 {QStringLiteral("label"), node.label},
                                 {QStringLiteral("state"), node.state},
                                 {QStringLiteral("detail"), node.detail}});
    QJsonArray edges;
    for (const LineageEdge &edge : m_edges)
        edges.append(QJsonObject{{QStringLiteral("from"), edge.from},
                                 {QStringLiteral("to"), edge.to},
                                 {QStringLiteral("relation"), edge.relation}});
    return {{QStringLiteral("root"), m_root},
            {QStringLiteral("direction"), directionName(m_direction)},
            {QStringLiteral("nodes"), nodes},
            {QStringLiteral("edges"), edges}};
}

} // namespace atelier
