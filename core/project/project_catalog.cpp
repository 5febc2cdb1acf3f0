// ProjectCatalog: one query a section, each returning id, name and a detail line.
#include "core/project/project_catalog.h"

#include "core/project/project.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QDir>

namespace atelier {

namespace {

struct SectionQuery
{
    ProjectCatalog::Section section;
    const char *sql; // returns id, name, a count or a state
    const char *countText; // "%n images"; null when the third column is a state word
};

// QT_TRANSLATE_N_NOOP marks the texts for lupdate; they are translated with %n when shown.
const SectionQuery Queries[] = {
    {ProjectCatalog::Section::Datasets,
     "SELECT d.id, d.name, (SELECT count(*) FROM image i WHERE i.dataset_id = d.id) FROM dataset d "
     "ORDER BY d.name COLLATE NOCASE",
     QT_TRANSLATE_N_NOOP("ProjectCatalog", "%n image(s)")},
    {ProjectCatalog::Section::Experiments,
     "SELECT e.id, e.name, (SELECT count(*) FROM run r WHERE r.experiment_id = e.id) FROM experiment e "
     "WHERE e.lifecycle_stage = 'active' ORDER BY e.name COLLATE NOCASE",
     QT_TRANSLATE_N_NOOP("ProjectCatalog", "%n run(s)")},
    {ProjectCatalog::Section::Jobs,
     "SELECT id, name, state FROM job ORDER BY id DESC", nullptr},
    {ProjectCatalog::Section::Models,
     "SELECT m.id, m.name, (SELECT count(*) FROM model_version v WHERE v.model_id = m.id) FROM model m "
     "ORDER BY m.name COLLATE NOCASE",
     QT_TRANSLATE_N_NOOP("ProjectCatalog", "%n version(s)")},
    {ProjectCatalog::Section::Deployments,
     "SELECT id, name, state FROM deployment ORDER BY name COLLATE NOCASE", nullptr},
};

} // namespace

Result<ProjectCatalog> ProjectCatalog::load(Database &db)
{
    // A deferred read transaction gives every query the same snapshot of the store.
    if (auto ok = db.exec("BEGIN"); !ok)
        return fail(ok.error());
    ProjectCatalog catalog;
    for (const SectionQuery &query : Queries) {
        auto st = db.statement(query.sql);
        if (!st) {
            (void)db.exec("ROLLBACK");
            return fail(st.error());
        }
        QList<CatalogItem> &items = catalog.m_items[std::size_t(query.section)];
        auto read = (*st)->forEachRow([&](const Statement &r) {
            const QString detail = query.countText
                                       ? QCoreApplication::translate("ProjectCatalog", query.countText,
                                                                     nullptr, int(r.int64(2)))
                                       : r.text(2);
            items.append({r.int64(0), r.text(1), detail});
        });
        if (!read) {
            (void)db.exec("ROLLBACK");
            return fail(read.error());
        }
    }
    (void)db.exec("COMMIT");
    return catalog;
}

Result<ProjectCatalog> ProjectCatalog::loadFromFolder(const QString &projectFolder)
{
    auto db = Database::open(QDir(projectFolder).filePath(Project::databaseFileName()),
                             Database::OpenMode::ReadOnly);
    if (!db)
        return fail(db.error());
    return load(**db);
}

} // namespace atelier
