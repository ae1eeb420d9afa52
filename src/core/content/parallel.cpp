#include "core/content/parallel.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace legease::core {

void forEachIndexInParallel(std::size_t count, const std::function<void(std::size_t)>& work, std::size_t minPerThread)
{
    const std::size_t threads = std::clamp<std::size_t>(count / std::max<std::size_t>(minPerThread, 1), 1,
        std::size_t(std::max(QThread::idealThreadCount(), 1)));
    if (threads == 1) {
        for (std::size_t i = 0; i < count; ++i)
            work(i);
        return;
    }

    // Items are handed out one at a time, so a slow file does not hold up a fixed share of them.
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::exception_ptr firstFailure;
    std::mutex failureMutex;
    const auto run = [&] {
        try {
            for (std::size_t i = next++; i < count && !failed; i = next++)
                work(i);
        } catch (...) {
            const std::lock_guard lock(failureMutex);
            if (!firstFailure)
                firstFailure = std::current_exception();
            failed = true;
        }
    };
    std::vector<std::thread> helpers;
    helpers.reserve(threads - 1);
    for (std::size_t t = 1; t < threads; ++t) {
        try {
            helpers.emplace_back(run);
        } catch (const std::system_error&) {
            break;  // no more threads to be had: the ones running, this one included, share the rest
        }
    }
    run();
    for (std::thread& helper : helpers)
        helper.join();
    if (firstFailure)
        std::rethrow_exception(firstFailure);
}

}  // namespace legease::core
