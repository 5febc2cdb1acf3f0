// InterchangeReport: what an import skipped and what an export converted or dropped, record by record.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>

namespace atelier {

// One record an import left out (with skipBadRecords) or one shape an export could not write as
// it was; `place` is a JSON path for imports ("annotations[812].segmentation") and the image
// path for exports.
struct InterchangeEntry
{
    QString place;
    QString action; // skipped, converted, dropped
    QString kind;   // the record or shape kind: image, annotation, category, rotated_box, ...
    std::int64_t shapeId = 0; // exports only
    QString reason;
};

class InterchangeReport
{
public:
    void add(InterchangeEntry entry) { m_entries.append(std::move(entry)); }
    const QList<InterchangeEntry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    // How many entries have `action` (and `kind`, when given).
    int count(const QString &action, const QString &kind = {}) const;

    // {"entries": [{place, action, kind, shape, reason}...], "counts": {action: n}}
    QJsonObject toJson() const;

private:
    QList<InterchangeEntry> m_entries;
};

} // namespace atelier
