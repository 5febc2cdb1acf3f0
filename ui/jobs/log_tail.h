// LogTail: follows one log of a job (stdout or stderr) from the last byte read, reading on a worker.
#pragma once

#include "core/compute/compute_target.h"

#include <QObject>

#include <cstdint>
#include <memory>

class QThreadPool;

namespace atelier {

// poll() reads what the job wrote since the last read, through the target's readLog (a file
// here, SFTP on an SSH host), on a worker thread; the bytes come back through received() on
// this object's thread, in order. One read is under way at a time: a poll during a read is
// remembered and made when it ends.
class LogTail : public QObject
{
    Q_OBJECT

public:
    LogTail(std::shared_ptr<ComputeTarget> target, JobHandle job, LogStream stream, QObject *parent = nullptr);
    ~LogTail() override;

    void poll();
    std::int64_t offset() const { return m_offset; }
    bool isReading() const { return m_reading; }

Q_SIGNALS:
    void received(const QByteArray &bytes);
    void failed(const QString &message);
    // A poll found nothing more to read (the end of what the job has written so far).
    void caughtUp();

private:
    struct Link;
    void finished(const Result<QByteArray> &bytes);

    std::shared_ptr<ComputeTarget> m_target;
    JobHandle m_job;
    LogStream m_stream;
    std::int64_t m_offset = 0;
    bool m_reading = false;
    bool m_pollAgain = false;
    std::shared_ptr<Link> m_link; // lets a worker's answer find this object only while it lives
};

} // namespace atelier
