// Tests RequestBodies: a body file read whole or refused with its path, and a dataset version's images as file bytes or demo infer requests, with missing files skipped and a limit kept.
#include "core/datasets/dataset_versions.h"
#include "core/datasets/folder_import.h"
#include "core/project/project.h"
#include "core/serving/demo_serving.h"
#include "core/serving/request_bodies.h"
#include "core/tasks/task_context.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

class TestRequestBodies : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QString m_images;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto project = Project::create(m_dir.filePath(QStringLiteral("project")));
        QVERIFY(project);
        m_project = std::move(*project);
        m_images = m_dir.filePath(QStringLiteral("images"));
        QVERIFY(QDir().mkpath(m_images));
        const QList<QColor> colours{QColor(200, 0, 0), QColor(0, 200, 0), QColor(0, 0, 200)};
        for (int i = 0; i < colours.size(); ++i) {
            QImage image(8, 8, QImage::Format_RGB32);
            image.fill(colours[i]);
            QVERIFY(image.save(QDir(m_images).filePath(QStringLiteral("%1.png").arg(i))));
        }
        TaskContext context;
        auto imported = FolderImport(m_project->database(), m_project->audit())
                            .importFolder(m_images, QStringLiteral("colours"), context);
        QVERIFY(imported);
        QVERIFY(DatasetVersions(m_project->database(), m_project->audit(), m_project->blobs())
                    .create(imported->datasetId, QStringLiteral("three")));
    }

    void fileIsReadWhole()
    {
        const QByteArray content("{\"inputs\": []}\n\0binary", 22);
        auto body = RequestBodies::fromFile(writeFile(QStringLiteral("body.bin"), content));
        QVERIFY(body);
        QCOMPARE(*body, content);
    }

    void missingFileNamesItsPath()
    {
        auto body = RequestBodies::fromFile(m_dir.filePath(QStringLiteral("nope.json")));
        QVERIFY(!body);
        QVERIFY2(body.error().message.contains(QStringLiteral("nope.json")), qPrintable(body.error().message));
    }

    void versionImagesAsFileBytes()
    {
        auto bodies = RequestBodies::fromDatasetVersion(m_project->database(), m_project->blobs(), QStringLiteral("colours"),
                                                        1, RequestBodies::ImageEncoding::FileBytes, 100);
        QVERIFY2(bodies, qPrintable(bodies ? QString() : bodies.error().toString()));
        QCOMPARE(bodies->size(), 3);
        QFile first(QDir(m_images).filePath(QStringLiteral("0.png")));
        QVERIFY(first.open(QIODevice::ReadOnly));
        QVERIFY(bodies->contains(first.readAll()));
    }

    void versionImagesAsDemoRequests()
    {
        TaskContext context;
        auto bodies = RequestBodies::fromDatasetVersion(m_project->database(), m_project->blobs(), QStringLiteral("colours"),
                                                        1, RequestBodies::ImageEncoding::DemoInferRequest, 2, &context);
        QVERIFY(bodies);
        QCOMPARE(bodies->size(), 2); // the limit
        QList<QList<int>> rows;
        for (const QByteArray &body : *bodies) {
            const QJsonObject input = QJsonDocument::fromJson(body).object().value(QStringLiteral("inputs")).toArray()
                                          .at(0).toObject();
            QCOMPARE(input.value(QStringLiteral("name")).toString(), DemoServing::inputName());
            QList<int> rgb;
            for (const QJsonValue &value : input.value(QStringLiteral("data")).toArray().at(0).toArray())
                rgb.append(qRound(value.toDouble()));
            rows.append(rgb);
        }
        QVERIFY(rows.contains(QList<int>{200, 0, 0}));
        QVERIFY(rows.contains(QList<int>{0, 200, 0}));
    }

    void missingImagesAreSkippedAndNoneIsAnError()
    {
        QVERIFY(QFile::rename(QDir(m_images).filePath(QStringLiteral("1.png")), m_dir.filePath(QStringLiteral("away.png"))));
        auto some = RequestBodies::fromDatasetVersion(m_project->database(), m_project->blobs(), QStringLiteral("colours"),
                                                      1, RequestBodies::ImageEncoding::FileBytes, 100);
        QVERIFY(some);
        QCOMPARE(some->size(), 2);
        QVERIFY(QDir(m_images).removeRecursively());
        auto none = RequestBodies::fromDatasetVersion(m_project->database(), m_project->blobs(), QStringLiteral("colours"),
                                                      1, RequestBodies::ImageEncoding::FileBytes, 100);
        QVERIFY(!none);
        QVERIFY2(none.error().message.contains(QDir::toNativeSeparators(m_images)), qPrintable(none.error().message));
    }

    void unknownVersionIsAnError()
    {
        auto bodies = RequestBodies::fromDatasetVersion(m_project->database(), m_project->blobs(), QStringLiteral("colours"),
                                                        7, RequestBodies::ImageEncoding::FileBytes, 100);
        QVERIFY(!bodies);
        QVERIFY(!bodies.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRequestBodies)
#include "tst_request_bodies.moc"
