// AnnotationPane: reads go to a StoreThread and pixels to the ImagePrefetcher; both answer on the
// GUI thread, and the canvas shows an image once its pixels and its shapes are both in hand.
#include "ui/annotate/annotation_pane.h"

#include "core/annotation/annotation_commands.h"
#include "core/annotation/annotation_writer.h"
#include "core/annotation/image_annotations.h"
#include "core/annotation/image_document.h"
#include "core/annotation/image_status.h"
#include "core/annotation/shape_clipboard.h"
#include "core/imaging/image_loader.h"
#include "core/imaging/image_prefetcher.h"
#include "core/imaging/pyramid_image.h"
#include "core/imaging/thumbnail_cache.h"
#include "core/project/project.h"
#include "core/store/store_thread.h"
#include "ui/annotate/canvas/annotation_canvas.h"
#include "ui/annotate/image_list_model.h"
#include "ui/annotate/image_details_panel.h"
#include "ui/annotate/label_editor.h"
#include "ui/annotate/label_list_model.h"
#include "ui/annotate/shape_list_model.h"
#include "ui/widgets/empty_state.h"
#include "ui/widgets/icons.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QColorDialog>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace atelier {

namespace {

constexpr int ReadAhead = 2;
constexpr int ReadBehind = 1;
constexpr int ThumbnailSide = 64;

// The labels of a document's shapes, counted, for the label dock's totals.
QHash<std::int64_t, int> labelHistogram(const ImageDocument &document)
{
    QHash<std::int64_t, int> counts;
    for (const Shape &shape : document.shapes())
        ++counts[shape.labelClassId];
    return counts;
}

} // namespace

AnnotationPane::AnnotationPane(const QString &projectFolder, std::int64_t datasetId, QWidget *parent)
    : QMainWindow(parent)
    , m_projectFolder(projectFolder)
    , m_datasetId(datasetId)
    , m_reader(std::make_unique<StoreThread>(projectFolder))
    , m_prefetcher(new ImagePrefetcher(ImageLoadOptions{QDir(projectFolder).filePath(QStringLiteral("cache/tiles"))}, this))
    , m_thumbnails(new ThumbnailCache(QDir(projectFolder).filePath(QStringLiteral("cache/thumbnails")),
                                      ThumbnailCache::DefaultSize, this))
    , m_images(new ImageListModel(ThumbnailSide, this))
    , m_filter(new ImageFilter(this))
    , m_labels(new LabelListModel(this))
    , m_shapes(new ShapeListModel(*m_labels, this))
    , m_undoGroup(new QUndoGroup(this))
    , m_labelEditor(std::make_unique<LabelEditor>(projectFolder, datasetId))
    , m_centre(new QStackedWidget(this))
    , m_canvas(new AnnotationCanvas(this))
    , m_message(new EmptyState(this))
{
    // A main window inside a tab, for its docks and toolbar.
    setWindowFlags(Qt::Widget);
    setObjectName(QStringLiteral("annotationPane"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_filter->setSourceModel(m_images);
    m_filter->setDynamicSortFilter(true);

    m_centre->addWidget(m_message);
    m_centre->addWidget(m_canvas);
    setCentralWidget(m_centre);
    showMessage(tr("Loading the dataset…"), tr("Its images and labels are being read from the project."));

    if (auto writer = AnnotationWriter::open(projectFolder, Project::currentActor())) {
        m_writer = std::move(*writer);
        connect(m_writer.get(), &AnnotationWriter::committed, this, [this](std::uint64_t sequence) {
            m_lastCommitted = std::max(m_lastCommitted, sequence);
            updateImageInfo();
        }, Qt::QueuedConnection);
        connect(m_writer.get(), &AnnotationWriter::failed, this,
                [this](std::uint64_t sequence, const QString &message, const QString &detail) {
                    m_lastCommitted = std::max(m_lastCommitted, sequence);
                    Q_EMIT problem(tr("An edit could not be saved: %1").arg(message), detail);
                    updateImageInfo();
                }, Qt::QueuedConnection);
    } else {
        Q_EMIT problem(tr("Edits cannot be saved: %1").arg(writer.error().message), writer.error().detail);
    }

    connect(m_prefetcher, &ImagePrefetcher::ready, this, [this](const QString &path, std::shared_ptr<const PyramidImage> image) {
        const int row = m_images->rowOf(m_pendingImageId);
        if (const ImageEntry *entry = m_images->entry(row); entry && absolutePath(*entry) == path)
            adoptPixels(entry->id, std::move(image));
    });
    connect(m_prefetcher, &ImagePrefetcher::failed, this, [this](const QString &path, const QString &message) {
        const int row = m_images->rowOf(m_pendingImageId);
        if (const ImageEntry *entry = m_images->entry(row); entry && absolutePath(*entry) == path)
            showMessage(tr("This image cannot be shown"),
                        tr("%1\n\nIts shapes are kept. Press D for the next image.").arg(message));
    });
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, m_images, [this](const QString &path, const QImage &image) {
        if (path.startsWith(m_rootPath))
            m_images->setThumbnail(QDir(m_rootPath).relativeFilePath(path), image);
    });
    connect(m_canvas, &AnnotationCanvas::selectionChanged, this, &AnnotationPane::syncShapeListSelection);

    buildToolBar();
    buildDocks();
    loadIndex();
}

AnnotationPane::~AnnotationPane()
{
    // The reader goes first: its jobs post results to this object, which must still exist then.
    m_reader.reset();
    if (m_writer)
        m_writer->flush();
}

void AnnotationPane::buildToolBar()
{
    QToolBar *bar = m_toolBar = addToolBar(tr("Annotation"));
    bar->setObjectName(QStringLiteral("annotationToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(20, 20));

    bar->addWidget(new QLabel(tr("Fill"), bar));
    m_opacity = new QSlider(Qt::Horizontal, bar);
    m_opacity->setRange(0, 100);
    m_opacity->setValue(30);
    m_opacity->setMaximumWidth(120);
    m_opacity->setToolTip(tr("How opaque the inside of shapes is drawn"));
    connect(m_opacity, &QSlider::valueChanged, this, [this](int value) { m_canvas->setFillOpacity(value / 100.0); });
    m_canvas->setFillOpacity(0.3);
    bar->addWidget(m_opacity);

    bar->addWidget(new QLabel(tr("Brush"), bar));
    m_brushSize = new QSpinBox(bar);
    m_brushSize->setRange(1, 500);
    m_brushSize->setValue(20);
    m_brushSize->setSuffix(tr(" px"));
    m_brushSize->setToolTip(tr("Diameter of the mask brush and eraser ([ and ] change it)"));
    connect(m_brushSize, &QSpinBox::valueChanged, m_canvas, &AnnotationCanvas::setBrushSize);
    connect(m_canvas, &AnnotationCanvas::brushSizeChanged, m_brushSize, &QSpinBox::setValue);
    m_canvas->setBrushSize(20);
    bar->addWidget(m_brushSize);

    m_imageInfo = new QLabel(this);
    m_imageInfo->setObjectName(QStringLiteral("imageInfo"));
    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    statusBar()->addWidget(m_imageInfo, 1);
    statusBar()->addPermanentWidget(m_saveState);
    statusBar()->setSizeGripEnabled(false);
}

void AnnotationPane::addToolBarActions(const QList<QAction *> &actions)
{
    QAction *before = m_toolBar->actions().value(0);
    for (QAction *action : actions) {
        if (action)
            m_toolBar->insertAction(before, action);
        else
            m_toolBar->insertSeparator(before);
    }
}

void AnnotationPane::buildDocks()
{
    // Images: filters over a list of thumbnails.
    auto *imagesPanel = new QWidget(this);
    auto *imagesLayout = new QVBoxLayout(imagesPanel);
    imagesLayout->setContentsMargins(4, 4, 4, 4);
    m_textFilter = new QLineEdit(imagesPanel);
    m_textFilter->setPlaceholderText(tr("Filter by file name"));
    m_textFilter->setClearButtonEnabled(true);
    m_statusFilter = new QComboBox(imagesPanel);
    m_statusFilter->addItem(tr("Any status"), QString());
    for (const QString &status : ImageStatus::all())
        m_statusFilter->addItem(ImageStatus::displayName(status), status);
    m_labelFilter = new QComboBox(imagesPanel);
    m_withoutShapesFilter = new QCheckBox(tr("Only images without shapes"), imagesPanel);
    m_imageView = new QListView(imagesPanel);
    m_imageView->setObjectName(QStringLiteral("imageList"));
    m_imageView->setModel(m_filter);
    m_imageView->setUniformItemSizes(true);
    m_imageView->setIconSize(QSize(ThumbnailSide, ThumbnailSide));
    m_imageView->setSelectionMode(QAbstractItemView::SingleSelection);
    imagesLayout->addWidget(m_textFilter);
    imagesLayout->addWidget(m_statusFilter);
    imagesLayout->addWidget(m_labelFilter);
    imagesLayout->addWidget(m_withoutShapesFilter);
    imagesLayout->addWidget(m_imageView, 1);
    connect(m_textFilter, &QLineEdit::textChanged, m_filter, &ImageFilter::setText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(m_statusFilter->currentData().toString()); });
    connect(m_labelFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setLabel(m_labelFilter->currentData().toLongLong()); });
    connect(m_withoutShapesFilter, &QCheckBox::toggled, m_filter, &ImageFilter::setWithoutShapesOnly);
    connect(m_imageView, &QListView::activated, this, [this](const QModelIndex &index) { showRow(index.row()); });
    connect(m_imageView, &QListView::clicked, this, [this](const QModelIndex &index) { showRow(index.row()); });
    connect(m_imageView->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &AnnotationPane::requestVisibleThumbnails);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AnnotationPane::requestVisibleThumbnails);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AnnotationPane::requestVisibleThumbnails);

    // Labels: the classes with their counts; a click picks the label to draw with.
    m_labelView = new QListView(this);
    m_labelView->setObjectName(QStringLiteral("labelList"));
    m_labelView->setModel(m_labels);
    m_labelView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_labelView->setToolTip(tr("Click a label to draw with it, or press its number. Right-click to add, "
                               "rename, recolour or merge labels."));
    connect(m_labelView, &QWidget::customContextMenuRequested, this, &AnnotationPane::showLabelMenu);
    connect(m_labelView, &QListView::clicked, this, [this](const QModelIndex &index) {
        useLabelKey(index.row() + 1 <= 9 ? index.row() + 1 : 0);
        m_currentLabel = index.data(LabelListModel::LabelIdRole).toLongLong();
        m_canvas->setCurrentLabel(m_currentLabel);
    });

    // Shapes: the image's shapes; selection follows the canvas both ways.
    m_shapeView = new QListView(this);
    m_shapeView->setObjectName(QStringLiteral("shapeList"));
    m_shapeView->setModel(m_shapes);
    m_shapeView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_shapeView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AnnotationPane::syncCanvasSelection);
    connect(m_shapes, &QAbstractItemModel::modelReset, this, &AnnotationPane::syncShapeListSelection);

    const auto dock = [this](const QString &name, const QString &title, QWidget *content, Qt::DockWidgetArea area) {
        auto *widget = new QDockWidget(title, this);
        widget->setObjectName(name);
        widget->setWidget(content);
        widget->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
        addDockWidget(area, widget);
        return widget;
    };
    dock(QStringLiteral("imagesDock"), tr("Images"), imagesPanel, Qt::LeftDockWidgetArea);
    dock(QStringLiteral("labelsDock"), tr("Labels"), m_labelView, Qt::RightDockWidgetArea);
    QDockWidget *shapes = dock(QStringLiteral("shapesDock"), tr("Shapes"), buildShapePanel(), Qt::RightDockWidgetArea);
    m_details = new ImageDetailsPanel(this);
    connect(m_details, &ImageDetailsPanel::tagsEdited, this, &AnnotationPane::setImageTags);
    QDockWidget *image = dock(QStringLiteral("imageDock"), tr("Image"), m_details, Qt::RightDockWidgetArea);
    tabifyDockWidget(shapes, image);
    shapes->raise();
}

QUndoStack *AnnotationPane::labelUndoStack() const
{
    return m_labelEditor->undoStack();
}

Status AnnotationPane::addLabel(const QString &name, const QString &color)
{
    return afterLabelEdit(m_labelEditor->add(name, color));
}

Status AnnotationPane::renameLabel(std::int64_t id, const QString &name)
{
    const LabelEntry *label = m_labels->label(id);
    if (!label)
        return fail(tr("That label is no longer in this dataset."));
    return afterLabelEdit(m_labelEditor->rename(id, label->name, name));
}

Status AnnotationPane::mergeLabel(std::int64_t fromId, std::int64_t intoId)
{
    // The merge must see every shape edit made so far.
    if (m_writer)
        m_writer->flush();
    return afterLabelEdit(m_labelEditor->merge(fromId, intoId));
}

Status AnnotationPane::afterLabelEdit(Status status)
{
    reloadAll();
    return status;
}

void AnnotationPane::showLabelMenu(const QPoint &pos)
{
    const QModelIndex index = m_labelView->indexAt(pos);
    const std::int64_t id = index.data(LabelListModel::LabelIdRole).toLongLong();
    const LabelEntry *label = m_labels->label(id);
    QMenu menu(this);
    const auto report = [this](const Status &status) {
        if (!status)
            QMessageBox::warning(this, tr("Label not changed"), status.error().message);
    };
    menu.addAction(tr("New Label…"), this, [this, report] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New Label"), tr("Name:"), QLineEdit::Normal, {}, &ok);
        if (ok && !name.trimmed().isEmpty())
            report(addLabel(name, QColor::fromHsv(int(m_labels->rowCount() * 47) % 360, 200, 230).name()));
    });
    if (label) {
        menu.addAction(tr("Rename “%1”…").arg(label->name), this, [this, id, name = label->name, report] {
            bool ok = false;
            const QString newName = QInputDialog::getText(this, tr("Rename Label"), tr("New name:"),
                                                          QLineEdit::Normal, name, &ok);
            if (ok && newName.trimmed() != name)
                report(renameLabel(id, newName));
        });
        menu.addAction(tr("Change Colour…"), this, [this, id, color = label->color, report] {
            const QColor chosen = QColorDialog::getColor(QColor(color), this, tr("Label Colour"));
            if (chosen.isValid() && chosen.name() != color)
                report(afterLabelEdit(m_labelEditor->recolor(id, color, chosen.name())));
        });
        QMenu *merge = menu.addMenu(tr("Merge “%1” Into").arg(label->name));
        for (const LabelEntry &other : m_labels->labels()) {
            if (other.id != id)
                merge->addAction(other.name, this, [this, id, into = other.id, report] { report(mergeLabel(id, into)); });
        }
        merge->setEnabled(!merge->isEmpty());
    }
    menu.addSeparator();
    QUndoStack *undo = m_labelEditor->undoStack();
    QAction *undoLabel = menu.addAction(tr("Undo %1").arg(undo->undoText()), this, [this, undo] {
        undo->undo();
        reloadAll();
    });
    undoLabel->setEnabled(undo->canUndo());
    QAction *redoLabel = menu.addAction(tr("Redo %1").arg(undo->redoText()), this, [this, undo] {
        undo->redo();
        reloadAll();
    });
    redoLabel->setEnabled(undo->canRedo());
    menu.exec(m_labelView->viewport()->mapToGlobal(pos));
}

void AnnotationPane::reloadAll()
{
    // Shapes may have changed label in the store: every document is read again. Their undo
    // histories go with them, as the edits they hold may no longer apply.
    if (m_writer)
        m_writer->flush();
    const std::int64_t current = currentImageId();
    m_canvas->setDocument(nullptr);
    m_shapes->setDocument(nullptr);
    m_document = nullptr;
    qDeleteAll(m_documents);
    m_documents.clear();
    m_labelCounts.clear();
    m_reopenImageId = current;
    loadIndex();
}

QWidget *AnnotationPane::buildShapePanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_shapeView, 1);
    auto *flags = new QHBoxLayout;
    const QList<std::pair<QString, QString>> names = {{QStringLiteral("occluded"), tr("Occluded")},
                                                      {QStringLiteral("truncated"), tr("Truncated")},
                                                      {QStringLiteral("difficult"), tr("Difficult")}};
    for (const auto &[flag, text] : names) {
        auto *box = new QCheckBox(text, panel);
        box->setObjectName(flag);
        box->setToolTip(tr("Marks the selected shapes as %1 (kept in COCO, VOC and labelme files)").arg(text.toLower()));
        connect(box, &QCheckBox::clicked, this, [this, flag](bool on) { setSelectedFlag(flag, on); });
        box->setProperty("flagText", text);
        flags->addWidget(box);
        m_flagBoxes.append(box);
    }
    layout->addLayout(flags);
    connect(m_canvas, &AnnotationCanvas::selectionChanged, this, &AnnotationPane::updateAttributeBoxes);
    updateAttributeBoxes();
    return panel;
}

void AnnotationPane::updateAttributeBoxes()
{
    const QList<std::int64_t> keys = m_canvas->selectedKeys();
    for (QCheckBox *box : std::as_const(m_flagBoxes)) {
        int set = 0;
        for (std::int64_t key : keys) {
            const Shape *shape = m_document ? m_document->shape(key) : nullptr;
            set += shape && shape->attributes.value(box->objectName()).toBool();
        }
        box->setEnabled(!keys.isEmpty());
        box->setTristate(set > 0 && set < keys.size());
        box->setCheckState(set == 0 ? Qt::Unchecked : set == keys.size() ? Qt::Checked : Qt::PartiallyChecked);
    }
}

void AnnotationPane::setSelectedFlag(const QString &flag, bool on)
{
    QString text = flag;
    for (const QCheckBox *box : std::as_const(m_flagBoxes)) {
        if (box->objectName() == flag)
            text = box->property("flagText").toString();
    }
    changeSelected(on ? tr("Mark as %1").arg(text) : tr("Clear %1").arg(text), [&flag, on](Shape &shape) {
        if (on)
            shape.attributes.insert(flag, true);
        else
            shape.attributes.remove(flag);
    });
    updateAttributeBoxes();
}

void AnnotationPane::setImageTags(const QStringList &tags)
{
    const std::int64_t id = currentImageId();
    if (!id || !m_writer || m_imageTags.value(id) == tags)
        return;
    m_imageTags.insert(id, tags);
    m_lastQueued = m_writer->setImageTags(id, tags);
    m_details->setTags(tags);
    updateImageInfo();
}

void AnnotationPane::showImageDetails(const ImageAnnotations &annotations)
{
    if (!m_imageTags.contains(annotations.imageId))
        m_imageTags.insert(annotations.imageId, annotations.tags);
    m_reviewComments.insert(annotations.imageId, annotations.reviewComment);
}

void AnnotationPane::loadStatusHistory(std::int64_t imageId)
{
    m_details->setTags(m_imageTags.value(imageId));
    m_details->setReviewComment(m_reviewComments.value(imageId));
    // The status edits queued so far are read back once committed.
    m_reader->post([this, imageId, writer = m_writer.get()](Result<Database *> db) {
        if (writer)
            writer->flush(5000);
        auto history = db ? imageStatusHistory(**db, imageId) : fail(db.error());
        QMetaObject::invokeMethod(this, [this, imageId, history = std::move(history)] {
            if (imageId != currentImageId())
                return;
            m_details->setHistory(history);
        }, Qt::QueuedConnection);
    });
}

void AnnotationPane::refreshIndex()
{
    m_reopenImageId = m_pendingImageId ? m_pendingImageId : currentImageId();
    loadIndex();
}

void AnnotationPane::loadIndex()
{
    m_reader->post([this, folder = m_projectFolder, id = m_datasetId](Result<Database *> db) {
        Result<DatasetIndex> index = db ? DatasetIndexReader::read(**db, folder, id) : fail(db.error());
        QMetaObject::invokeMethod(this, [this, index = std::move(index)]() mutable {
            if (!index) {
                showMessage(tr("This dataset cannot be opened"), index.error().message);
                Q_EMIT problem(index.error().message, index.error().detail);
                return;
            }
            adoptIndex(std::move(*index));
        }, Qt::QueuedConnection);
    });
}

void AnnotationPane::adoptIndex(DatasetIndex index)
{
    m_rootPath = index.rootPath;
    m_labels->setLabels(index.labels);
    m_canvas->setLabelColors(m_labels->colors());
    m_labelFilter->clear();
    m_labelFilter->addItem(tr("Any label"), 0);
    for (const LabelEntry &label : std::as_const(index.labels))
        m_labelFilter->addItem(label.name, QVariant::fromValue(label.id));
    if (!index.labels.isEmpty()) {
        m_currentLabel = index.labels.first().id;
        m_canvas->setCurrentLabel(m_currentLabel);
        m_labelView->setCurrentIndex(m_labels->index(0));
    }
    m_images->setImages(std::move(index.images));
    Q_EMIT indexLoaded();
    if (m_images->rowCount() == 0) {
        showMessage(tr("This dataset has no images yet"),
                    tr("Add a folder of images to it, or import annotations from COCO, YOLO, VOC or labelme."));
        return;
    }
    requestVisibleThumbnails();
    const std::int64_t reopen = std::exchange(m_reopenImageId, 0);
    if (reopen && m_images->rowOf(reopen) >= 0)
        showImage(reopen);
    else
        showRow(0);
}

ImageDocument *AnnotationPane::document() const
{
    return m_document;
}

std::int64_t AnnotationPane::currentImageId() const
{
    return m_document ? m_document->imageId() : 0;
}

int AnnotationPane::currentRow() const
{
    const int source = m_images->rowOf(m_pendingImageId ? m_pendingImageId : currentImageId());
    return source < 0 ? -1 : m_filter->mapFromSource(m_images->index(source)).row();
}

QString AnnotationPane::absolutePath(const ImageEntry &image) const
{
    return QDir(m_rootPath).filePath(image.path);
}

void AnnotationPane::showRow(int row)
{
    const QModelIndex index = m_filter->index(row, 0);
    if (index.isValid())
        showImage(index.data(ImageListModel::ImageIdRole).toLongLong());
}

void AnnotationPane::showImage(std::int64_t imageId)
{
    const ImageEntry *entry = m_images->entry(m_images->rowOf(imageId));
    if (!entry)
        return;
    if (m_document && m_document->imageId() != imageId)
        m_previousImageId = m_document->imageId();
    m_pendingImageId = imageId;
    m_pendingPixels.reset();
    const QModelIndex shown = m_filter->mapFromSource(m_images->index(m_images->rowOf(imageId)));
    m_imageView->setCurrentIndex(shown);
    m_imageView->scrollTo(shown);

    if (!m_documents.contains(imageId)) {
        m_reader->post([this, imageId](Result<Database *> db) {
            Result<ImageAnnotations> loaded = db ? loadImageAnnotations(**db, imageId) : fail(db.error());
            QMetaObject::invokeMethod(this, [this, loaded = std::move(loaded)] {
                if (loaded)
                    adoptAnnotations(*loaded);
                else
                    Q_EMIT problem(loaded.error().message, loaded.error().detail);
            }, Qt::QueuedConnection);
        });
    }
    if (entry->missing) {
        showMessage(tr("The image file is missing"),
                    tr("%1 is no longer on disk. Its shapes are kept; put the file back and refresh, or go on "
                       "with D.").arg(QDir::toNativeSeparators(absolutePath(*entry))));
    } else if (auto pixels = m_prefetcher->request(absolutePath(*entry))) {
        adoptPixels(imageId, std::move(pixels));
    }
    prefetchAround(shown.row());
    updateImageInfo();
}

void AnnotationPane::adoptAnnotations(const ImageAnnotations &annotations)
{
    if (m_documents.contains(annotations.imageId))
        return;
    auto *document = new ImageDocument(annotations.imageId, annotations.size, annotations.shapes, m_writer.get(), this);
    m_documents.insert(annotations.imageId, document);
    m_undoGroup->addStack(document->undoStack());
    m_labelCounts.insert(annotations.imageId, labelHistogram(*document));
    const auto changed = [this, document] { noteEdited(document); };
    connect(document, &ImageDocument::shapeInserted, this, changed);
    connect(document, &ImageDocument::shapeChanged, this, changed);
    connect(document, &ImageDocument::shapeRemoved, this, changed);
    for (const QString &problemText : annotations.problems)
        Q_EMIT problem(problemText, {});
    showImageDetails(annotations);
    if (annotations.imageId == m_pendingImageId && m_pendingPixels)
        adoptPixels(annotations.imageId, m_pendingPixels);
}

void AnnotationPane::adoptPixels(std::int64_t imageId, std::shared_ptr<const PyramidImage> image)
{
    if (imageId != m_pendingImageId)
        return;
    ImageDocument *document = m_documents.value(imageId);
    if (!document) {
        m_pendingPixels = std::move(image); // shown when the shapes arrive
        return;
    }
    const bool firstImage = m_document == nullptr;
    const bool sameSize = m_document && m_document->imageSize() == document->imageSize();
    m_pendingImageId = 0;
    m_pendingPixels.reset();
    m_document = document;
    m_canvas->setImage(std::move(image));
    m_canvas->setDocument(document);
    m_undoGroup->setActiveStack(document->undoStack());
    m_shapes->setDocument(document);
    m_centre->setCurrentWidget(m_canvas);
    // Keep the zoom between images of one size, as labelers compare neighbours.
    if (firstImage || !sameSize)
        m_canvas->fitToWindow();
    updateImageInfo();
    updateAttributeBoxes();
    loadStatusHistory(imageId);
    Q_EMIT imageShown(imageId);
}

void AnnotationPane::showMessage(const QString &title, const QString &text)
{
    m_message->setIcon(Icons::named(QStringLiteral("warning")));
    m_message->setTitle(title);
    m_message->setText(text);
    m_centre->setCurrentWidget(m_message);
}

void AnnotationPane::updateImageInfo()
{
    const std::int64_t id = m_pendingImageId ? m_pendingImageId : currentImageId();
    if (const ImageEntry *entry = m_images->entry(m_images->rowOf(id))) {
        m_imageInfo->setText(tr("Image %1 of %2 · %3 · %4%5")
                                 .arg(currentRow() + 1)
                                 .arg(m_filter->rowCount())
                                 .arg(ImageStatus::displayName(entry->status), entry->path,
                                      m_reviewMode ? tr(" · Review: Y accepts, N rejects") : QString()));
    }
    if (m_writer) {
        const bool saving = m_lastCommitted < m_lastQueued;
        m_saveState->setText(saving ? tr("Saving…") : tr("All edits saved"));
    } else {
        m_saveState->setText(tr("Edits are not saved"));
    }
}

void AnnotationPane::prefetchAround(int row)
{
    QStringList paths;
    for (int offset : {1, 2, -1}) {
        if (offset > ReadAhead || -offset > ReadBehind)
            continue;
        const QModelIndex index = m_filter->index(row + offset, 0);
        if (const ImageEntry *entry = index.isValid() ? m_images->entry(m_filter->mapToSource(index).row()) : nullptr;
            entry && !entry->missing)
            paths.append(absolutePath(*entry));
    }
    m_prefetcher->prefetch(paths);
}

void AnnotationPane::requestVisibleThumbnails()
{
    const QModelIndex first = m_imageView->indexAt(QPoint(2, 2));
    const int from = first.isValid() ? first.row() : 0;
    const int visible = m_imageView->viewport()->height() / ThumbnailSide + 2;
    QStringList paths;
    for (int row = from; row < std::min(from + visible * 2, m_filter->rowCount()); ++row) {
        if (const ImageEntry *entry = m_images->entry(m_filter->mapToSource(m_filter->index(row, 0)).row());
            entry && !entry->missing)
            paths.append(absolutePath(*entry));
    }
    // What scrolled out of view before its turn is not made.
    m_thumbnails->cancelPending();
    m_thumbnails->request(paths);
}

void AnnotationPane::setStatus(const QString &status, const QString &comment)
{
    const std::int64_t id = currentImageId();
    if (!id || !m_writer)
        return;
    m_lastQueued = m_writer->setImageStatus(id, status, comment);
    m_images->setStatus(id, status);
    if (status == ImageStatus::rejected() || !comment.isEmpty())
        m_reviewComments.insert(id, comment);
    updateImageInfo();
    loadStatusHistory(id);
}

void AnnotationPane::noteEdited(ImageDocument *document)
{
    // Each change of a document is one edit queued on the writer, numbered in turn.
    ++m_lastQueued;
    // The label dock's counts follow the edit: the difference between the image's label
    // histograms before and after it.
    const QHash<std::int64_t, int> after = labelHistogram(*document);
    QHash<std::int64_t, int> &before = m_labelCounts[document->imageId()];
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        m_labels->addToCount(it.key(), it.value() - before.value(it.key()));
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            m_labels->addToCount(it.key(), -it.value());
    }
    before = after;
    QList<std::int64_t> labels = after.keys();
    std::sort(labels.begin(), labels.end());
    m_images->setShapeSummary(document->imageId(), int(document->shapes().size()), labels);

    const ImageEntry *entry = m_images->entry(m_images->rowOf(document->imageId()));
    if (entry && entry->status == ImageStatus::newImage() && document->imageId() == currentImageId())
        setStatus(ImageStatus::inProgress());
    updateImageInfo();
}

ToolId AnnotationPane::tool() const
{
    return m_canvas->tool();
}

void AnnotationPane::setTool(ToolId tool)
{
    m_canvas->setTool(tool);
}

void AnnotationPane::useLabelKey(int digit)
{
    const std::int64_t label = m_labels->labelForKey(digit);
    if (!label)
        return;
    m_currentLabel = label;
    m_canvas->setCurrentLabel(label);
    m_labelView->setCurrentIndex(m_labels->index(m_labels->rowOf(label)));
    changeSelected(tr("Change label"), [label](Shape &shape) { shape.labelClassId = label; });
}

void AnnotationPane::changeSelected(const QString &text, const std::function<void(Shape &)> &change)
{
    if (!m_document)
        return;
    QList<Shape> before, after;
    for (std::int64_t key : m_canvas->selectedKeys()) {
        if (const Shape *shape = m_document->shape(key)) {
            Shape changed = *shape;
            change(changed);
            if (changed != *shape) {
                before.append(*shape);
                after.append(changed);
            }
        }
    }
    if (!after.isEmpty())
        m_document->undoStack()->push(new ChangeShapesCommand(m_document, before, after, text));
}

void AnnotationPane::fillPolygonIntoMask()
{
    if (auto filled = m_canvas->fillSelectionIntoMask(); !filled)
        Q_EMIT problem(filled.error().message, filled.error().detail);
}

void AnnotationPane::undo()
{
    m_undoGroup->undo();
}

void AnnotationPane::redo()
{
    m_undoGroup->redo();
}

void AnnotationPane::copyShapes()
{
    if (!m_document)
        return;
    QList<Shape> shapes;
    for (const Shape &shape : m_document->shapes()) {
        if (m_canvas->selectedKeys().contains(shape.key))
            shapes.append(shape);
    }
    if (shapes.isEmpty())
        return;
    auto *data = new QMimeData;
    data->setData(ShapeClipboard::mimeType(), ShapeClipboard::toJson(shapes));
    QApplication::clipboard()->setMimeData(data);
}

void AnnotationPane::pasteShapes()
{
    const QMimeData *data = QApplication::clipboard()->mimeData();
    if (!m_document || !data || !data->hasFormat(ShapeClipboard::mimeType()))
        return;
    QList<Shape> shapes = ShapeClipboard::fromJson(data->data(ShapeClipboard::mimeType()));
    // Shapes of labels this dataset does not have (copied from another dataset) take the current one.
    for (Shape &shape : shapes) {
        if (!m_labels->label(shape.labelClassId))
            shape.labelClassId = m_currentLabel;
    }
    if (shapes.isEmpty())
        return;
    auto *command = new AddShapesCommand(m_document, shapes);
    command->setText(tr("Paste shapes"));
    m_document->undoStack()->push(command);
}

void AnnotationPane::pastePreviousShapes()
{
    const ImageDocument *previous = m_documents.value(m_previousImageId);
    if (!m_document || !previous || previous == m_document || previous->shapes().isEmpty())
        return;
    QList<Shape> shapes = previous->shapes();
    for (Shape &shape : shapes)
        shape.key = ImageDocument::newKey();
    auto *command = new AddShapesCommand(m_document, shapes);
    command->setText(tr("Paste shapes of the previous image"));
    m_document->undoStack()->push(command);
}

void AnnotationPane::removeSelectedShapes()
{
    const QList<std::int64_t> keys = m_canvas->selectedKeys();
    if (!m_document || keys.isEmpty())
        return;
    m_document->undoStack()->push(new RemoveShapesCommand(m_document, keys));
}

void AnnotationPane::bringToFront()
{
    if (!m_document || m_document->shapes().isEmpty())
        return;
    int top = m_document->shapes().constLast().z;
    changeSelected(tr("Bring to front"), [&top](Shape &shape) { shape.z = ++top; });
}

void AnnotationPane::sendToBack()
{
    if (!m_document || m_document->shapes().isEmpty())
        return;
    int bottom = m_document->shapes().constFirst().z;
    changeSelected(tr("Send to back"), [&bottom](Shape &shape) { shape.z = --bottom; });
}

void AnnotationPane::toggleHidden()
{
    changeSelected(tr("Hide or show shapes"), [](Shape &shape) { shape.hidden = !shape.hidden; });
}

void AnnotationPane::toggleLocked()
{
    changeSelected(tr("Lock or unlock shapes"), [](Shape &shape) { shape.locked = !shape.locked; });
}

void AnnotationPane::showNext()
{
    const int row = currentRow();
    if (row + 1 < m_filter->rowCount())
        showRow(row + 1);
}

void AnnotationPane::showPrevious()
{
    const int row = currentRow();
    if (row > 0)
        showRow(row - 1);
}

void AnnotationPane::showNextWithoutShapes()
{
    for (int row = currentRow() + 1; row < m_filter->rowCount(); ++row) {
        if (m_filter->index(row, 0).data(ImageListModel::ShapeCountRole).toInt() == 0) {
            showRow(row);
            return;
        }
    }
}

void AnnotationPane::goToImage()
{
    bool ok = false;
    const int number = QInputDialog::getInt(this, tr("Go to Image"), tr("Image number (1 to %1):").arg(m_filter->rowCount()),
                                            currentRow() + 1, 1, std::max(1, m_filter->rowCount()), 1, &ok);
    if (ok)
        showRow(number - 1);
}

void AnnotationPane::zoomFit()
{
    m_canvas->fitToWindow();
}

void AnnotationPane::zoomActual()
{
    m_canvas->zoomToActualSize();
}

void AnnotationPane::zoomIn()
{
    m_canvas->zoomIn();
}

void AnnotationPane::zoomOut()
{
    m_canvas->zoomOut();
}

void AnnotationPane::markDone()
{
    setStatus(ImageStatus::done());
    showNext();
}

void AnnotationPane::setReviewMode(bool on)
{
    if (m_reviewMode == on)
        return;
    m_reviewMode = on;
    // Review walks the images labelled done; the status filter is the review's while it lasts.
    m_statusFilter->setCurrentIndex(on ? m_statusFilter->findData(ImageStatus::done()) : 0);
    m_statusFilter->setEnabled(!on);
    Q_EMIT reviewModeChanged(on);
    if (m_filter->rowCount() > 0)
        showRow(0);
    else if (on)
        showMessage(tr("Nothing to review"), tr("No image is marked done. Images marked done (Ctrl+Return) "
                                                "wait here for review."));
    updateImageInfo();
}

void AnnotationPane::acceptImage()
{
    if (!m_reviewMode)
        return;
    const int row = currentRow();
    setStatus(ImageStatus::accepted());
    // The image leaves the review list; the next one moves into its row.
    showRow(std::min(row, m_filter->rowCount() - 1));
}

void AnnotationPane::rejectImage()
{
    if (!m_reviewMode || !currentImageId())
        return;
    bool ok = false;
    const QString comment = QInputDialog::getText(this, tr("Reject Image"),
                                                  tr("What should the labeler fix?"), QLineEdit::Normal, {}, &ok);
    if (ok)
        rejectWithComment(comment);
}

void AnnotationPane::rejectWithComment(const QString &comment)
{
    if (!m_reviewMode || !currentImageId())
        return;
    const int row = currentRow();
    setStatus(ImageStatus::rejected(), comment);
    showRow(std::min(row, m_filter->rowCount() - 1));
}

void AnnotationPane::syncShapeListSelection()
{
    if (m_syncingSelection)
        return;
    m_syncingSelection = true;
    QItemSelection selection;
    for (std::int64_t key : m_canvas->selectedKeys()) {
        const int row = m_shapes->rowOf(key);
        if (row >= 0)
            selection.select(m_shapes->index(row), m_shapes->index(row));
    }
    m_shapeView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_syncingSelection = false;
}

void AnnotationPane::syncCanvasSelection()
{
    if (m_syncingSelection)
        return;
    m_syncingSelection = true;
    QList<std::int64_t> keys;
    for (const QModelIndex &index : m_shapeView->selectionModel()->selectedIndexes())
        keys.append(index.data(ShapeListModel::ShapeKeyRole).toLongLong());
    m_canvas->setSelectedKeys(keys);
    m_syncingSelection = false;
}

} // namespace atelier
