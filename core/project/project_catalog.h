// ProjectCatalog: what the navigator lists: datasets, experiments, jobs, models and deployments.
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

#include <array>
#include <cstdint>

namespace atelier {

class Database;

struct CatalogItem
{
    std::int64_t id = 0;
    QString name;
    QString detail; // one short line: "300 images", "running", "3 versions"
};

class ProjectCatalog
{
public:
    enum class Section { Datasets, Experiments, Jobs, Models, Deployments };
    static constexpr std::array<Section, 5> Sections = {Section::Datasets, Section::Experiments,
                                                        Section::Jobs, Section::Models,
                                                        Section::Deployments};

    // Reads every section in one read transaction, so the sections agree with each other.
    [[nodiscard]] static Result<ProjectCatalog> load(Database &db);
    // The same from a fresh read-only connection: safe on any thread.
    [[nodiscard]] static Result<ProjectCatalog> loadFromFolder(const QString &projectFolder);

    const QList<CatalogItem> &items(Section section) const { return m_items[std::size_t(section)]; }

private:
    std::array<QList<CatalogItem>, Sections.size()> m_items;
};

} // namespace atelier
