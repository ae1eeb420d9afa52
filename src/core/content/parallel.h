#pragma once

#include <cstddef>
#include <functional>

namespace legease::core {

// Calls work(i) once for every i from 0 to count - 1, spread over at most
// QThread::idealThreadCount() threads, the calling one among them, and returns when all calls
// are done. Calls run in no particular order, so `work` should write only to its own slot i.
// Below `minPerThread` items per extra thread, starting threads costs more than it saves and the
// work stays on the calling thread. An exception thrown by `work` stops the remaining items and
// is rethrown here.
void forEachIndexInParallel(std::size_t count, const std::function<void(std::size_t)>& work,
    std::size_t minPerThread = 32);

}  // namespace legease::core
