#include "core/content/parallel.h"

#include <catch2/catch.hpp>

#include <QThread>

#include <atomic>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace legease::core;

TEST_CASE("every index is worked on exactly once")
{
    for (const std::size_t count : {std::size_t(0), std::size_t(1), std::size_t(31), std::size_t(1000)}) {
        std::vector<std::atomic<int>> calls(count);
        forEachIndexInParallel(count, [&](std::size_t i) { ++calls[i]; });
        for (std::size_t i = 0; i < count; ++i)
            CHECK(calls[i] == 1);
    }
}

TEST_CASE("a large batch runs on at most idealThreadCount threads")
{
    std::mutex mutex;
    std::set<std::thread::id> threads;
    forEachIndexInParallel(4000, [&](std::size_t) {
        const std::lock_guard lock(mutex);
        threads.insert(std::this_thread::get_id());
    });
    // Which threads get items is a race (a fast helper may take them all), so only the bound
    // can be asserted.
    CHECK(threads.size() <= std::size_t(std::max(QThread::idealThreadCount(), 1)));
}

TEST_CASE("a small batch stays on the calling thread")
{
    std::set<std::thread::id> threads;  // no lock: a second thread here would be the bug
    forEachIndexInParallel(20, [&](std::size_t) { threads.insert(std::this_thread::get_id()); });
    CHECK(threads == std::set<std::thread::id>{std::this_thread::get_id()});
}

TEST_CASE("an exception thrown by the work reaches the caller")
{
    CHECK_THROWS_AS(forEachIndexInParallel(1000,
                        [](std::size_t i) {
                            if (i == 500)
                                throw std::runtime_error("file 500");
                        }),
        std::runtime_error);
}
