// VersionDiffView: reads go to a StoreThread and pixels to an ImagePrefetcher; both answer on the
// GUI thread, and the canvas switches to an image once its shapes and its pixels are both in hand.
#include "ui/datasets/version_diff_view.h"

#include "core/datasets/dataset_reader.h"
#include "core/imaging/image_loader.h"
#include "core/imaging/image_prefetcher.h"
#include "core/imaging/pyramid_image.h"
#include "core/project/blob_store.h"
#include "core/project/project.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/store_thread.h"
#include "ui/datasets/version_diff_canvas.h"
#include "ui/datasets/version_diff_item_delegate.h"
#include "ui/datasets/version_diff_list_model.h"
#include "ui/widgets/empty_state.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>
#include <utility>

namespace atelier {

namespace {

constexpr int ReadAhead = 2;
constexpr int ReadBehind = 1;

// The legend's order.
constexpr std::array<ShapeDifference::Kind, 4> ToggleKinds = {ShapeDifference::Kind::Removed, ShapeDifference::Kind::Added,
                                                              ShapeDifference::Kind::Changed,
                                                              ShapeDifference::Kind::Unchanged};

// The legend's swatch: the outline as the canvas draws it (both states for changed shapes).
QIcon swatch(ShapeDifference::Kind kind)
{
    QPixmap pixmap(28, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto box = [&](const QRectF &rect, const QColor &color, Qt::PenStyle style, double alpha) {
        QPen pen(color, 2, style);
        QColor fill = color;
        fill.setAlphaF(float(alpha));
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawRect(rect);
    };
    switch (kind) {
    case ShapeDifference::Kind::Removed:
        box(QRectF(3, 2, 22, 12), VersionDiffCanvas::colorOf(kind), Qt::DashLine, 0.16);
        break;
    case ShapeDifference::Kind::Added:
        box(QRectF(3, 2, 22, 12), VersionDiffCanvas::colorOf(kind), Qt::SolidLine, 0.16);
        break;
    case ShapeDifference::Kind::Changed:
        box(QRectF(2, 2, 16, 10), VersionDiffCanvas::oldColor(), Qt::DashLine, 0.08);
        box(QRectF(9, 5, 17, 9), VersionDiffCanvas::colorOf(kind), Qt::SolidLine, 0.16);
        break;
    case ShapeDifference::Kind::Unchanged:
        box(QRectF(3, 2, 22, 12), VersionDiffCanvas::colorOf(kind), Qt::SolidLine, 0.1);
        break;
    }
    return QIcon(pixmap);
}

QString toggleText(ShapeDifference::Kind kind, int count)
{
    switch (kind) {
    case ShapeDifference::Kind::Removed:
        return VersionDiffView::tr("Removed (%1)").arg(count);
    case ShapeDifference::Kind::Added:
        return VersionDiffView::tr("Added (%1)").arg(count);
    case ShapeDifference::Kind::Changed:
        return VersionDiffView::tr("Changed (%1)").arg(count);
    case ShapeDifference::Kind::Unchanged:
        break;
    }
    return VersionDiffView::tr("Unchanged (%1)").arg(count);
}

QString toggleToolTip(ShapeDifference::Kind kind)
{
    switch (kind) {
    case ShapeDifference::Kind::Removed:
        return VersionDiffView::tr("Shapes only in the older side: red, dashed");
    case ShapeDifference::Kind::Added:
        return VersionDiffView::tr("Shapes only in the newer side: green");
    case ShapeDifference::Kind::Changed:
        return VersionDiffView::tr("The same shape moved or edited: before dashed, after solid orange");
    case ShapeDifference::Kind::Unchanged:
        break;
    }
    return VersionDiffView::tr("Shapes equal on both sides: faint, in their label colour");
}

} // namespace

VersionDiffView::VersionDiffView(const QString &projectFolder, std::int64_t datasetId, std::int64_t fromVersion,
                                 std::int64_t toVersion, QWidget *parent)
    : QWidget(parent)
    , m_projectFolder(projectFolder)
    , m_datasetId(datasetId)
    , m_fromVersion(fromVersion)
    , m_toVersion(toVersion)
    , m_reader(std::make_unique<StoreThread>(projectFolder))
    , m_prefetcher(new ImagePrefetcher(ImageLoadOptions{QDir(projectFolder).filePath(QStringLiteral("cache/tiles"))}, this))
    , m_model(new VersionDiffListModel(this))
    , m_summary(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_list(new QListView(this))
    , m_imageInfo(new QLabel(this))
    , m_centre(new QStackedWidget(this))
    , m_canvas(new VersionDiffCanvas(this))
    , m_message(new EmptyState(this))
{
    setObjectName(QStringLiteral("versionDiffView"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildList());
    splitter->addWidget(buildCanvasPane());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    buildActions();

    connect(m_prefetcher, &ImagePrefetcher::ready, this,
            [this](const QString &path, std::shared_ptr<const PyramidImage> image) { adoptPixels(path, std::move(image), {}); });
    connect(m_prefetcher, &ImagePrefetcher::failed, this,
            [this](const QString &path, const QString &message) { adoptPixels(path, nullptr, message); });

    showMessage(tr("Comparing the versions…"), tr("The differences between %1 and %2 are being read from the project.")
                                                 .arg(sideName(fromVersion), sideName(toVersion)));
    loadDifferences();
}

VersionDiffView::~VersionDiffView()
{
    // The reader goes first: its jobs post results to this object, which must still exist then.
    m_reader.reset();
}

QString VersionDiffView::sideName(std::int64_t version)
{
    return version == DatasetVersions::WorkingCopy ? tr("working copy") : tr("version %1").arg(version);
}

EmptyState *VersionDiffView::shownMessage() const
{
    return m_centre->currentWidget() == m_message ? m_message : nullptr;
}

// ---- Layout ---------------------------------------------------------------------------------

QWidget *VersionDiffView::buildList()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 6, 0, 6);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_filter->setObjectName(QStringLiteral("diffKindFilter"));
    m_filter->addItem(QString(), QVariant());
    for (auto kind : {ImageDifference::Kind::Added, ImageDifference::Kind::Removed, ImageDifference::Kind::Changed})
        m_filter->addItem(QString(), int(kind));
    updateFilterTexts();
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant kind = m_filter->itemData(index);
        setKindFilter(kind.isValid() ? std::optional(ImageDifference::Kind(kind.toInt())) : std::nullopt);
    });
    layout->addWidget(m_filter);
    m_list->setObjectName(QStringLiteral("diffImageList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new VersionDiffItemDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setTextElideMode(Qt::ElideMiddle);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!m_syncingSelection && current.isValid())
            showRow(current.row());
    });
    layout->addWidget(m_list, 1);
    return panel;
}

QWidget *VersionDiffView::buildCanvasPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 6, 6, 6);
    auto *legend = new QHBoxLayout();
    for (const ShapeDifference::Kind kind : ToggleKinds) {
        auto *toggle = new QToolButton(pane);
        toggle->setCheckable(true);
        toggle->setChecked(true);
        toggle->setAutoRaise(true);
        toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        toggle->setIcon(swatch(kind));
        toggle->setIconSize(QSize(28, 16));
        toggle->setToolTip(toggleToolTip(kind));
        connect(toggle, &QToolButton::toggled, this, [this, kind](bool on) { m_canvas->setKindVisible(kind, on); });
        m_toggles.insert(int(kind), toggle);
        legend->addWidget(toggle);
    }
    updateToggleTexts();
    legend->addStretch(1);
    m_imageInfo->setTextFormat(Qt::PlainText);
    legend->addWidget(m_imageInfo);
    layout->addLayout(legend);
    m_centre->addWidget(m_message);
    m_centre->addWidget(m_canvas);
    layout->addWidget(m_centre, 1);
    return pane;
}

void VersionDiffView::buildActions()
{
    const auto add = [this](const QString &text, QList<QKeySequence> keys, void (VersionDiffView::*slot)()) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        // Wherever the focus is in the view (the list or the canvas), the keys step through images.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    add(tr("Next Image"), {QKeySequence(Qt::Key_Down), QKeySequence(Qt::Key_PageDown)}, &VersionDiffView::showNext);
    add(tr("Previous Image"), {QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_PageUp)}, &VersionDiffView::showPrevious);
}

void VersionDiffView::updateFilterTexts()
{
    m_filter->setItemText(0, tr("All images (%1)").arg(m_model->totalCount()));
    m_filter->setItemText(1, tr("Added images (%1)").arg(m_model->countOf(ImageDifference::Kind::Added)));
    m_filter->setItemText(2, tr("Removed images (%1)").arg(m_model->countOf(ImageDifference::Kind::Removed)));
    m_filter->setItemText(3, tr("Changed images (%1)").arg(m_model->countOf(ImageDifference::Kind::Changed)));
}

void VersionDiffView::updateToggleTexts()
{
    const ImageShapeDiff &diff = m_canvas->diff();
    for (const ShapeDifference::Kind kind : ToggleKinds)
        m_toggles.value(int(kind))->setText(toggleText(kind, diff.count(kind)));
}

void VersionDiffView::showMessage(const QString &title, const QString &text)
{
    m_message->setTitle(title);
    m_message->setText(text);
    m_centre->setCurrentWidget(m_message);
}

// ---- The list of differences ----------------------------------------------------------------

void VersionDiffView::loadDifferences()
{
    m_reader->post([this, folder = m_projectFolder, id = m_datasetId, from = m_fromVersion,
                    to = m_toVersion](Result<Database *> db) {
        QString rootPath;
        const auto read = [&]() -> Result<QList<ImageDifference>> {
            if (!db)
                return fail(db.error());
            auto root = DatasetReader(**db).rootPath(id);
            if (!root)
                return fail(root.error());
            rootPath = QDir(folder).absoluteFilePath(*root);
            AuditLog audit(**db, Project::currentActor());
            BlobStore blobs(QDir(folder).filePath(Project::blobsFolderName()));
            return DatasetVersions(**db, audit, blobs).diff(id, from, to);
        };
        Result<QList<ImageDifference>> differences = read();
        QMetaObject::invokeMethod(this, [this, differences = std::move(differences), rootPath]() mutable {
            adoptDifferences(std::move(differences), rootPath);
        }, Qt::QueuedConnection);
    });
}

void VersionDiffView::adoptDifferences(Result<QList<ImageDifference>> differences, const QString &rootPath)
{
    if (!differences) {
        m_summary->setText(tr("The versions cannot be compared."));
        showMessage(tr("The versions cannot be compared"), differences.error().message);
        Q_EMIT problem(differences.error().message, differences.error().detail);
        Q_EMIT differencesLoaded();
        return;
    }
    m_rootPath = rootPath;
    m_model->setDifferences(std::move(*differences));
    updateFilterTexts();
    m_summary->setText(tr("%1 → %2: %n image(s) differ.", nullptr, m_model->totalCount())
                           .arg(sideName(m_fromVersion), sideName(m_toVersion)));
    Q_EMIT differencesLoaded();
    if (m_model->totalCount() == 0) {
        showMessage(tr("No differences"), tr("%1 and %2 hold the same images and annotations.")
                                              .arg(sideName(m_fromVersion), sideName(m_toVersion)));
        return;
    }
    showRow(0);
}

void VersionDiffView::setKindFilter(std::optional<ImageDifference::Kind> kind)
{
    if (kind != m_model->kindFilter()) {
        const int index = kind ? m_filter->findData(int(*kind)) : 0;
        if (m_filter->currentIndex() != index) {
            m_filter->setCurrentIndex(index); // comes back here through the combo's signal
            return;
        }
    }
    const QString shown = m_currentPath;
    m_model->setKindFilter(kind);
    m_currentRow = -1;
    if (m_model->filteredCount() == 0) {
        m_currentPath.clear();
        showMessage(tr("No images of this kind"), tr("Choose another kind of change above the list."));
        return;
    }
    // The image shown stays when it passes the filter; otherwise the first one that does shows.
    const int row = m_model->rowOf(shown);
    showRow(row >= 0 ? row : 0);
}

void VersionDiffView::setKindVisible(ShapeDifference::Kind kind, bool visible)
{
    m_toggles.value(int(kind))->setChecked(visible);
}

// ---- One image ------------------------------------------------------------------------------

QString VersionDiffView::absolutePath(const QString &path) const
{
    return QDir(m_rootPath).filePath(path);
}

void VersionDiffView::showNext()
{
    if (m_currentRow + 1 < m_model->filteredCount())
        showRow(m_currentRow + 1);
}

void VersionDiffView::showPrevious()
{
    if (m_currentRow > 0)
        showRow(m_currentRow - 1);
}

void VersionDiffView::showRow(int row)
{
    const ImageDifference *difference = m_model->difference(row);
    if (!difference)
        return;
    const QString path = difference->path;
    m_currentRow = row;
    m_syncingSelection = true;
    m_list->setCurrentIndex(m_model->index(row));
    m_list->scrollTo(m_model->index(row));
    m_syncingSelection = false;
    if (path == m_currentPath && m_pending.path.isEmpty())
        return;
    m_currentPath = path;
    m_pending = Pending{path, std::nullopt, true, nullptr, {}};

    const QString file = absolutePath(path);
    m_reader->post([this, folder = m_projectFolder, id = m_datasetId, from = m_fromVersion, to = m_toVersion, path,
                    file](Result<Database *> db) {
        const auto read = [&]() -> Result<ImageShapeDiff> {
            if (!db)
                return fail(db.error());
            AuditLog audit(**db, Project::currentActor());
            BlobStore blobs(QDir(folder).filePath(Project::blobsFolderName()));
            return DatasetVersions(**db, audit, blobs).diffImage(id, from, to, path);
        };
        Result<ImageShapeDiff> diff = read();
        // Asked here, off the GUI thread: the dataset's folder may be on a slow disk.
        const bool exists = QFileInfo::exists(file);
        QMetaObject::invokeMethod(this, [this, path, diff = std::move(diff), exists]() mutable {
            if (path != m_pending.path)
                return;
            m_pending.diff = std::move(diff);
            m_pending.fileExists = exists;
            finishIfReady();
        }, Qt::QueuedConnection);
    });
    if (auto pixels = m_prefetcher->request(file))
        m_pending.pixels = std::move(pixels);
    prefetchAround(row);
}

void VersionDiffView::adoptPixels(const QString &absolute, std::shared_ptr<const PyramidImage> pixels,
                                  const QString &error)
{
    if (m_pending.path.isEmpty() || absolute != absolutePath(m_pending.path))
        return;
    m_pending.pixels = std::move(pixels);
    m_pending.pixelsError = error;
    finishIfReady();
}

void VersionDiffView::finishIfReady()
{
    if (!m_pending.diff)
        return;
    const QString file = QDir::toNativeSeparators(absolutePath(m_pending.path));
    const bool missing = !m_pending.fileExists;
    if (!missing && !m_pending.pixels && m_pending.pixelsError.isEmpty())
        return; // the pixels are on their way
    const Pending done = std::exchange(m_pending, Pending{});
    const Result<ImageShapeDiff> &diff = *done.diff;
    if (!diff) {
        showMessage(tr("The shapes of this image cannot be compared"), diff.error().message);
        Q_EMIT problem(diff.error().message, diff.error().detail);
    } else {
        m_canvas->setDiff(*diff);
        updateToggleTexts();
        const QString fromStatus = diff->inFrom ? diff->fromStatus : tr("absent");
        const QString toStatus = diff->inTo ? diff->toStatus : tr("absent");
        m_imageInfo->setText(fromStatus == toStatus ? tr("Status: %1").arg(toStatus)
                                                    : tr("Status: %1 → %2").arg(fromStatus, toStatus));
        if (missing) {
            showMessage(tr("The image file is missing"),
                        tr("%1 is not on disk, so its shapes cannot be drawn over it. Put the file back to see "
                           "them.").arg(file));
        } else if (!done.pixels) {
            showMessage(tr("This image cannot be shown"), done.pixelsError);
        } else {
            m_centre->setCurrentWidget(m_canvas);
            m_canvas->setImage(done.pixels);
        }
    }
    Q_EMIT imageShown(done.path);
}

void VersionDiffView::prefetchAround(int row)
{
    QStringList paths;
    for (int offset = 1; offset <= ReadAhead; ++offset) {
        if (const ImageDifference *next = m_model->difference(row + offset))
            paths.append(absolutePath(next->path));
    }
    for (int offset = 1; offset <= ReadBehind; ++offset) {
        if (const ImageDifference *previous = m_model->difference(row - offset))
            paths.append(absolutePath(previous->path));
    }
    m_prefetcher->prefetch(paths);
}

} // namespace atelier
