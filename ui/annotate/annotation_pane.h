// AnnotationPane: a dataset open for labelling: the image list with filters, the canvas, the
// labels and shapes docks, and review. Every edit is an undo command on the image's document and
// reaches the store through the AnnotationWriter as it is made: there is no Save.
#pragma once

#include "core/annotation/dataset_index.h"
#include "core/result.h"
#include "ui/annotate/canvas/abstract_tool.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <cstdint>
#include <functional>
#include <memory>

class QComboBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QSlider;
class QSpinBox;
class QStackedWidget;
class QToolBar;
class QUndoGroup;
class QUndoStack;

namespace atelier {

class AnnotationCanvas;
class LabelEditor;
class AnnotationWriter;
class EmptyState;
class ImageDetailsPanel;
class ImageDocument;
class ImageFilter;
class ImageListModel;
class ImagePrefetcher;
class LabelListModel;
class PyramidImage;
class ShapeListModel;
class StoreThread;
class ThumbnailCache;
struct ImageAnnotations;
struct ImageEntry;
struct Shape;

class AnnotationPane : public QMainWindow
{
    Q_OBJECT

public:
    AnnotationPane(const QString &projectFolder, std::int64_t datasetId, QWidget *parent = nullptr);
    ~AnnotationPane() override;

    std::int64_t datasetId() const { return m_datasetId; }
    ToolId tool() const;
    bool isReviewMode() const { return m_reviewMode; }
    // The image on the canvas; 0 while none is.
    std::int64_t currentImageId() const;
    ImageDocument *document() const;
    AnnotationCanvas *canvas() const { return m_canvas; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    AnnotationWriter *writer() const { return m_writer.get(); }
    const ImageListModel &images() const { return *m_images; }
    const LabelListModel &labels() const { return *m_labels; }
    QUndoStack *labelUndoStack() const;
    // The label dock's commands (also in its context menu).
    [[nodiscard]] Status addLabel(const QString &name, const QString &color);
    [[nodiscard]] Status renameLabel(std::int64_t id, const QString &name);
    [[nodiscard]] Status mergeLabel(std::int64_t fromId, std::int64_t intoId);
    // Image-level tags (classification), comma-separated in the Image dock.
    void setImageTags(const QStringList &tags);
    // Sets or clears a flag attribute (occluded, truncated, difficult) on the selected shapes.
    void setSelectedFlag(const QString &flag, bool on);
    std::int64_t currentLabel() const { return m_currentLabel; }

    // Puts the window's annotation commands at the front of the toolbar (null: a separator).
    void addToolBarActions(const QList<QAction *> &actions);

    // Reads the dataset's images and labels again (images were added), keeping the image shown.
    void refreshIndex();

    // Shows the image in `row` of the filtered list.
    void showRow(int row);
    void showImage(std::int64_t imageId);

public Q_SLOTS:
    void setTool(ToolId tool);
    void useLabelKey(int digit);
    void fillPolygonIntoMask();
    void undo();
    void redo();
    void copyShapes();
    void pasteShapes();
    void pastePreviousShapes();
    void removeSelectedShapes();
    void bringToFront();
    void sendToBack();
    void toggleHidden();
    void toggleLocked();
    void showNext();
    void showPrevious();
    void showNextWithoutShapes();
    void goToImage();
    void zoomFit();
    void zoomActual();
    void zoomIn();
    void zoomOut();
    void markDone();
    void setReviewMode(bool on);
    void acceptImage();
    void rejectImage();
    // Rejects the image on the canvas with what the labeler should fix, and shows the next one.
    void rejectWithComment(const QString &comment);

Q_SIGNALS:
    void indexLoaded();
    // The image and its shapes are on the canvas.
    void imageShown(std::int64_t imageId);
    void reviewModeChanged(bool on);
    // For the window's event log: an edit could not be saved, an image could not be read.
    void problem(const QString &message, const QString &detail);

private:
    void buildToolBar();
    void showLabelMenu(const QPoint &pos);
    // Shows the labels as the store now has them, and passes `status` on.
    Status afterLabelEdit(Status status);
    // After a merge moved shapes between labels: the documents are read again from the store.
    void reloadAll();
    void buildDocks();
    QWidget *buildShapePanel();
    void showImageDetails(const ImageAnnotations &annotations);
    void loadStatusHistory(std::int64_t imageId);
    void updateAttributeBoxes();
    void loadIndex();
    void adoptIndex(DatasetIndex index);
    void adoptAnnotations(const ImageAnnotations &annotations);
    void adoptPixels(std::int64_t imageId, std::shared_ptr<const PyramidImage> image);
    void showMessage(const QString &title, const QString &text);
    void updateImageInfo();
    void prefetchAround(int row);
    void requestVisibleThumbnails();
    void setStatus(const QString &status, const QString &comment = {});
    void changeSelected(const QString &text, const std::function<void(Shape &)> &change);
    void syncShapeListSelection();
    void syncCanvasSelection();
    void noteEdited(ImageDocument *document);
    int currentRow() const;
    QString absolutePath(const ImageEntry &image) const;

    QString m_projectFolder;
    std::int64_t m_datasetId;
    QString m_rootPath;
    std::unique_ptr<StoreThread> m_reader;
    std::unique_ptr<AnnotationWriter> m_writer;
    ImagePrefetcher *m_prefetcher;
    ThumbnailCache *m_thumbnails;

    ImageListModel *m_images;
    ImageFilter *m_filter;
    LabelListModel *m_labels;
    ShapeListModel *m_shapes;
    QUndoGroup *m_undoGroup;
    std::unique_ptr<LabelEditor> m_labelEditor; // the label dock's edits, across the dataset

    QStackedWidget *m_centre;
    QToolBar *m_toolBar = nullptr;
    AnnotationCanvas *m_canvas;
    EmptyState *m_message;
    QListView *m_imageView;
    QListView *m_labelView;
    QListView *m_shapeView;
    QComboBox *m_statusFilter;
    QComboBox *m_labelFilter;
    QCheckBox *m_withoutShapesFilter;
    QLineEdit *m_textFilter;
    QLabel *m_imageInfo;
    QLabel *m_saveState;
    QSlider *m_opacity;
    QSpinBox *m_brushSize;
    ImageDetailsPanel *m_details = nullptr;
    QList<QCheckBox *> m_flagBoxes; // occluded, truncated, difficult

    // Documents of the images visited, each with its undo history, by image id.
    QHash<std::int64_t, ImageDocument *> m_documents;
    // The label counts of each document's shapes, for the label dock's totals.
    QHash<std::int64_t, QHash<std::int64_t, int>> m_labelCounts;
    ImageDocument *m_document = nullptr; // one of m_documents, which the pane owns
    std::int64_t m_pendingImageId = 0; // asked for, not yet on the canvas
    std::int64_t m_previousImageId = 0;
    std::int64_t m_reopenImageId = 0;
    QHash<std::int64_t, QStringList> m_imageTags;     // as last read or set, by image id
    QHash<std::int64_t, QString> m_reviewComments; // shown again once the index is read again
    std::shared_ptr<const PyramidImage> m_pendingPixels;
    std::int64_t m_currentLabel = 0;
    bool m_reviewMode = false;
    bool m_syncingSelection = false;
    std::uint64_t m_lastQueued = 0;
    std::uint64_t m_lastCommitted = 0;
};

} // namespace atelier
