#pragma once

// What a benchmark measures about a process that should mostly sleep: its CPU time and how often
// its threads are woken (context switches), leaving out the thread that does the measuring, so
// measuring never wakes what is measured.
#include <QtGlobal>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>

namespace legease::bench {

inline qint64 cpuMicroseconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1'000'000 + usage.ru_utime.tv_usec
        + usage.ru_stime.tv_usec;
}

inline long threadId()
{
    return long(syscall(SYS_gettid));
}

// Voluntary and involuntary context switches of every thread of this process but `except`,
// from /proc/self/task/*/status.
inline qint64 contextSwitches(long except)
{
    qint64 total = 0;
    DIR* tasks = opendir("/proc/self/task");
    if (!tasks)
        return -1;
    while (const dirent* entry = readdir(tasks)) {
        const long tid = std::atol(entry->d_name);
        if (tid <= 0 || tid == except)
            continue;
        char path[64];
        std::snprintf(path, sizeof path, "/proc/self/task/%ld/status", tid);
        FILE* status = std::fopen(path, "r");
        if (!status)
            continue;  // the thread ended meanwhile
        char line[256];
        while (std::fgets(line, sizeof line, status)) {
            long long count = 0;
            if (std::sscanf(line, "voluntary_ctxt_switches: %lld", &count) == 1
                || std::sscanf(line, "nonvoluntary_ctxt_switches: %lld", &count) == 1)
                total += count;
        }
        std::fclose(status);
    }
    closedir(tasks);
    return total;
}

}  // namespace legease::bench
