// StoreThread: a thread of its own holding its own connection to a project's store, which runs the
// jobs posted to it one after another, so that reads for a view never wait on the GUI thread.
#pragma once

#include "core/result.h"

#include <functional>
#include <memory>

class QThread;

namespace atelier {

class Database;

class StoreThread
{
public:
    // A job gets the thread's connection, or why it could not be opened.
    using Job = std::function<void(Result<Database *> db)>;

    // Starts the thread; the connection to the store in `projectFolder` is opened on it by the
    // first job's turn.
    explicit StoreThread(QString projectFolder);
    // Runs the jobs already posted, closes the connection on its thread and stops it.
    ~StoreThread();
    StoreThread(const StoreThread &) = delete;
    StoreThread &operator=(const StoreThread &) = delete;

    void post(Job job);

private:
    struct Context;
    std::unique_ptr<QThread> m_thread;
    Context *m_context; // lives on m_thread, deleted there
};

} // namespace atelier
