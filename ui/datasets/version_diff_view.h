// VersionDiffView: a tab comparing two versions of a dataset (or a version and the working copy)
// image by image: the differing images listed on the left, the chosen one on the right with its
// removed, added, changed and unchanged shapes drawn over it. Read-only.
#pragma once

#include "core/datasets/dataset_versions.h"
#include "core/datasets/image_shape_diff.h"

#include <QHash>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListView;
class QStackedWidget;
class QToolButton;

namespace atelier {

class EmptyState;
class ImagePrefetcher;
class PyramidImage;
class StoreThread;
class VersionDiffCanvas;
class VersionDiffListModel;

class VersionDiffView : public QWidget
{
    Q_OBJECT

public:
    // `fromVersion` and `toVersion` are version numbers, or DatasetVersions::WorkingCopy for the
    // working annotations. The store is read on a thread of the view's own, as the annotation
    // pane does; nothing is written.
    VersionDiffView(const QString &projectFolder, std::int64_t datasetId, std::int64_t fromVersion,
                    std::int64_t toVersion, QWidget *parent = nullptr);
    ~VersionDiffView() override;

    std::int64_t datasetId() const { return m_datasetId; }
    std::int64_t fromVersion() const { return m_fromVersion; }
    std::int64_t toVersion() const { return m_toVersion; }
    // "version 3", or "working copy" for DatasetVersions::WorkingCopy.
    static QString sideName(std::int64_t version);

    VersionDiffListModel &differences() const { return *m_model; }
    VersionDiffCanvas *canvas() const { return m_canvas; }
    QListView *imageList() const { return m_list; }
    QComboBox *kindFilter() const { return m_filter; }
    QToolButton *kindToggle(ShapeDifference::Kind kind) const { return m_toggles.value(int(kind)); }
    // The empty state shown instead of the canvas (missing file, no differences, errors), or null
    // while the canvas shows.
    EmptyState *shownMessage() const;

    int currentRow() const { return m_currentRow; }
    // The image shown or being loaded; empty before the first.
    QString currentPath() const { return m_currentPath; }

    void setKindFilter(std::optional<ImageDifference::Kind> kind);
    void setKindVisible(ShapeDifference::Kind kind, bool visible);

public Q_SLOTS:
    // Shows the image in `row` of the filtered list.
    void showRow(int row);
    void showNext();
    void showPrevious();

Q_SIGNALS:
    // The list of differing images is in (or an error is shown instead).
    void differencesLoaded();
    // The image at `path` is on the canvas with its shapes, or the empty state says why it cannot be.
    void imageShown(const QString &path);
    // For the window's event log: the versions or an image could not be read.
    void problem(const QString &message, const QString &detail);

private:
    struct Pending
    {
        QString path;
        std::optional<Result<ImageShapeDiff>> diff;
        bool fileExists = true;
        std::shared_ptr<const PyramidImage> pixels;
        QString pixelsError;
    };

    QWidget *buildList();
    QWidget *buildCanvasPane();
    void buildActions();
    void loadDifferences();
    void adoptDifferences(Result<QList<ImageDifference>> differences, const QString &rootPath);
    void updateFilterTexts();
    void adoptPixels(const QString &absolutePath, std::shared_ptr<const PyramidImage> pixels, const QString &error);
    void finishIfReady();
    void updateToggleTexts();
    void showMessage(const QString &title, const QString &text);
    void prefetchAround(int row);
    QString absolutePath(const QString &path) const;

    QString m_projectFolder;
    std::int64_t m_datasetId;
    std::int64_t m_fromVersion;
    std::int64_t m_toVersion;
    QString m_rootPath; // absolute, once the differences are in
    std::unique_ptr<StoreThread> m_reader;
    ImagePrefetcher *m_prefetcher;

    VersionDiffListModel *m_model;
    QLabel *m_summary;
    QComboBox *m_filter;
    QListView *m_list;
    QLabel *m_imageInfo;
    QHash<int, QToolButton *> m_toggles; // by ShapeDifference::Kind
    QStackedWidget *m_centre;
    VersionDiffCanvas *m_canvas;
    EmptyState *m_message;

    int m_currentRow = -1;
    QString m_currentPath;
    Pending m_pending;
    bool m_syncingSelection = false;
};

} // namespace atelier
