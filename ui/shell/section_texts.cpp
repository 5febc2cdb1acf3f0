// SectionTexts: one table of texts a section, so the navigator, the properties pane and the
// document tabs say the same thing.
#include "ui/shell/section_texts.h"

#include "ui/widgets/icons.h"

#include <iterator>

namespace atelier {

namespace {

struct SectionInfo
{
    const char *title;
    const char *kind;
    const char *icon;
    const char *emptyTitle;
    const char *emptyText;
    const char *placeholder; // %1 is the item's detail line ("300 images", "running")
};

// Marked with QT_TRANSLATE_NOOP for lupdate, translated when read.
const SectionInfo Infos[] = {
    {QT_TRANSLATE_NOOP("SectionTexts", "Datasets"), QT_TRANSLATE_NOOP("SectionTexts", "Dataset"), "dataset",
     QT_TRANSLATE_NOOP("SectionTexts", "No datasets yet"),
     QT_TRANSLATE_NOOP("SectionTexts", "Image folders and COCO, YOLO, Pascal VOC or labelme exports that you "
                                       "import will appear here, ready to annotate."),
     QT_TRANSLATE_NOOP("SectionTexts", "The annotation canvas for this dataset arrives with the annotation "
                                       "pane. It will show its %1, their shapes and labels.")},
    {QT_TRANSLATE_NOOP("SectionTexts", "Experiments"), QT_TRANSLATE_NOOP("SectionTexts", "Experiment"), "experiment",
     QT_TRANSLATE_NOOP("SectionTexts", "No experiments yet"),
     QT_TRANSLATE_NOOP("SectionTexts", "Runs logged by training scripts through the MLflow-compatible server "
                                       "will appear here."),
     QT_TRANSLATE_NOOP("SectionTexts", "The runs table for this experiment arrives with the experiments view. "
                                       "It will list its %1 with their parameters and metric charts.")},
    {QT_TRANSLATE_NOOP("SectionTexts", "Jobs"), QT_TRANSLATE_NOOP("SectionTexts", "Job"), "job",
     QT_TRANSLATE_NOOP("SectionTexts", "No jobs yet"),
     QT_TRANSLATE_NOOP("SectionTexts", "Training jobs launched on this computer, on SSH hosts or on Slurm "
                                       "clusters will appear here."),
     QT_TRANSLATE_NOOP("SectionTexts", "The job view arrives with the job launcher. It will show this job's "
                                       "state (%1), its live log and its GPUs.")},
    {QT_TRANSLATE_NOOP("SectionTexts", "Models"), QT_TRANSLATE_NOOP("SectionTexts", "Model"), "model",
     QT_TRANSLATE_NOOP("SectionTexts", "No models yet"),
     QT_TRANSLATE_NOOP("SectionTexts", "Models registered from finished runs will appear here with their "
                                       "versions and stages."),
     QT_TRANSLATE_NOOP("SectionTexts", "The registry view for this model arrives with the model registry. It "
                                       "will show its %1 and the lineage from data to deployment.")},
    {QT_TRANSLATE_NOOP("SectionTexts", "Deployments"), QT_TRANSLATE_NOOP("SectionTexts", "Deployment"), "deployment",
     QT_TRANSLATE_NOOP("SectionTexts", "No deployments yet"),
     QT_TRANSLATE_NOOP("SectionTexts", "Model versions served over the KServe v2 protocol will appear here "
                                       "with their health."),
     QT_TRANSLATE_NOOP("SectionTexts", "The deployment dashboard arrives with serving. It will show this "
                                       "deployment's health (%1), traffic and latency.")},
};

// In the order of ProjectCatalog::Section.
static_assert(std::size(Infos) == ProjectCatalog::Sections.size());

const SectionInfo &info(ProjectCatalog::Section section)
{
    return Infos[std::size_t(section)];
}

QString translated(const char *text)
{
    return QCoreApplication::translate("SectionTexts", text);
}

} // namespace

QString SectionTexts::title(Section section)
{
    return translated(info(section).title);
}

QString SectionTexts::kindName(Section section)
{
    return translated(info(section).kind);
}

QIcon SectionTexts::icon(Section section)
{
    return Icons::named(QLatin1String(info(section).icon));
}

QString SectionTexts::emptyTitle(Section section)
{
    return translated(info(section).emptyTitle);
}

QString SectionTexts::emptyText(Section section)
{
    return translated(info(section).emptyText);
}

QString SectionTexts::placeholderText(Section section, const CatalogItem &item)
{
    return translated(info(section).placeholder).arg(item.detail);
}

} // namespace atelier
