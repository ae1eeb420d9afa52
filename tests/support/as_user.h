#pragma once

// Permission tests as an ordinary user would meet them, whoever runs the tests. Root may read and
// write anything, so when the tests run as root they hand their files to `nobody` (65534) and run
// the code under test as nobody: in a child process (runAsUser), or in this process with the
// effective ids switched for a scope (ActingAsUser). Run by anyone else, the files are already
// theirs and chmod alone makes the point. Nothing here is ever skipped.
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QString>

#include <grp.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <vector>

inline constexpr uid_t kNobody = 65534;

inline bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// Gives `path`, and everything under a folder, to the user the code under test runs as.
inline bool handToUser(const QString& path)
{
    if (!runningAsRoot())
        return true;
    bool ok = ::chown(QFile::encodeName(path).constData(), kNobody, kNobody) == 0;
    QDirIterator it(path, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        ok = ::lchown(QFile::encodeName(it.next()).constData(), kNobody, kNobody) == 0 && ok;
    return ok;
}

// `process` runs as that user; with `fileSizeLimit` >= 0, no file it writes may grow past that
// many bytes (RLIMIT_FSIZE: a write beyond fails as it would on a full disk, only with EFBIG).
inline void runAsUser(QProcess& process, qint64 fileSizeLimit = -1)
{
    const bool drop = runningAsRoot();
    process.setChildProcessModifier([drop, fileSizeLimit] {
        // After fork, before exec: only async-signal-safe calls.
        if (fileSizeLimit >= 0) {
            ::signal(SIGXFSZ, SIG_IGN);  // stays ignored across exec; the write fails instead
            const struct rlimit limit{rlim_t(fileSizeLimit), rlim_t(fileSizeLimit)};
            if (::setrlimit(RLIMIT_FSIZE, &limit) != 0)
                ::_exit(126);
        }
        if (drop && (::setgroups(0, nullptr) != 0 || ::setgid(kNobody) != 0 || ::setuid(kNobody) != 0))
            ::_exit(126);
    });
}

// While it lives, this process acts as that user: the system checks permissions against nobody.
class ActingAsUser {
public:
    ActingAsUser()
        : m_root(runningAsRoot())
    {
        if (!m_root)
            return;
        m_groups.resize(std::size_t(::getgroups(0, nullptr)));
        m_groups.resize(std::size_t(::getgroups(int(m_groups.size()), m_groups.data())));
        m_switched = ::setgroups(0, nullptr) == 0 && ::setegid(kNobody) == 0 && ::seteuid(kNobody) == 0;
    }
    ~ActingAsUser()
    {
        if (!m_root)
            return;
        // The saved set-user-ID is still 0, so root comes back.
        [[maybe_unused]] const int back = ::seteuid(0) + ::setegid(0) + ::setgroups(m_groups.size(), m_groups.data());
    }
    ActingAsUser(const ActingAsUser&) = delete;
    ActingAsUser& operator=(const ActingAsUser&) = delete;
    // False only when root could not become nobody.
    bool ok() const { return m_switched || !m_root; }

private:
    bool m_root;
    bool m_switched = false;
    std::vector<gid_t> m_groups;
};

// A file's or folder's permission bits for a scope, as they were afterwards (so a read-only
// folder can be cleaned up by a user who is not root).
class Permissions {
public:
    Permissions(QString path, mode_t mode)
        : m_path(std::move(path))
    {
        struct stat before {};
        m_had = ::stat(QFile::encodeName(m_path).constData(), &before) == 0;
        m_before = before.st_mode & 07777;
        m_ok = m_had && ::chmod(QFile::encodeName(m_path).constData(), mode) == 0;
    }
    ~Permissions()
    {
        if (m_had)
            ::chmod(QFile::encodeName(m_path).constData(), m_before);
    }
    Permissions(const Permissions&) = delete;
    Permissions& operator=(const Permissions&) = delete;
    bool ok() const { return m_ok; }

private:
    QString m_path;
    mode_t m_before = 0;
    bool m_had = false;
    bool m_ok = false;
};
