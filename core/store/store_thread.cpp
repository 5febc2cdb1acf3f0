// StoreThread: jobs are queued calls on a QObject that lives on the thread; the connection is
// made by the first job and destroyed with that object, on the thread that used it.
#include "core/store/store_thread.h"

#include "core/project/project.h"
#include "core/store/database.h"

#include <QObject>
#include <QThread>

namespace atelier {

struct StoreThread::Context : QObject
{
    explicit Context(QString folder) : projectFolder(std::move(folder)) {}

    Result<Database *> connection()
    {
        if (!db && !openError) {
            auto opened = Project::connect(projectFolder);
            if (opened)
                db = std::move(*opened);
            else
                openError = opened.error();
        }
        if (openError)
            return fail(*openError);
        return db.get();
    }

    QString projectFolder;
    std::unique_ptr<Database> db;
    std::optional<Error> openError;
};

StoreThread::StoreThread(QString projectFolder)
    : m_thread(std::make_unique<QThread>())
    , m_context(new Context(std::move(projectFolder)))
{
    m_thread->setObjectName(QStringLiteral("atelier-store-reader"));
    m_context->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
}

StoreThread::~StoreThread()
{
    // The quit is queued behind the posted jobs; `finished` then deletes the context on the
    // thread (deleteLater runs before the thread's event loop is gone).
    QMetaObject::invokeMethod(m_context, [thread = m_thread.get()] { thread->quit(); }, Qt::QueuedConnection);
    m_thread->wait();
}

void StoreThread::post(Job job)
{
    Context *context = m_context;
    QMetaObject::invokeMethod(context, [context, job = std::move(job)] { job(context->connection()); },
                              Qt::QueuedConnection);
}

} // namespace atelier
