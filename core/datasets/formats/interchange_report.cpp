// InterchangeReport: counting and JSON for the reports of imports and exports.
#include "core/datasets/formats/interchange_report.h"

#include <QJsonArray>

namespace atelier {

int InterchangeReport::count(const QString &action, const QString &kind) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [&](const InterchangeEntry &entry) {
        return entry.action == action && (kind.isEmpty() || entry.kind == kind);
    }));
}

QJsonObject InterchangeReport::toJson() const
{
    QJsonArray list;
    QJsonObject counts;
    for (const InterchangeEntry &entry : m_entries) {
        QJsonObject item{{QStringLiteral("place"), entry.place},
                         {QStringLiteral("action"), entry.action},
                         {QStringLiteral("kind"), entry.kind},
                         {QStringLiteral("reason"), entry.reason}};
        if (entry.shapeId != 0)
            item.insert(QStringLiteral("shape"), qint64(entry.shapeId));
        list.append(item);
        counts.insert(entry.action, counts.value(entry.action).toInt() + 1);
    }
    return {{QStringLiteral("entries"), list}, {QStringLiteral("counts"), counts}};
}

} // namespace atelier
