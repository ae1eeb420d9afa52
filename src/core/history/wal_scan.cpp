#include "core/history/wal_scan.h"

#include <QtEndian>

#include <array>
#include <cstdint>

namespace legease::core {
namespace {

constexpr qsizetype kHeaderSize = 32;
constexpr qsizetype kFrameHeaderSize = 24;

std::uint32_t bigEndianAt(const QByteArray& bytes, qsizetype offset)
{
    return qFromBigEndian<std::uint32_t>(bytes.constData() + offset);
}

// SQLite's checksum: pairs of 32-bit words, in the byte order the log's magic number names,
// added in a chain that runs from the header through every frame.
class Checksum {
public:
    explicit Checksum(bool bigEndianWords)
        : m_bigEndian(bigEndianWords)
    {
    }
    void add(const char* data, qsizetype size)
    {
        for (qsizetype i = 0; i + 8 <= size; i += 8) {
            m_s[0] += word(data + i) + m_s[1];
            m_s[1] += word(data + i + 4) + m_s[0];
        }
    }
    bool matches(const QByteArray& bytes, qsizetype offset) const
    {
        return m_s[0] == bigEndianAt(bytes, offset) && m_s[1] == bigEndianAt(bytes, offset + 4);
    }

private:
    std::uint32_t word(const char* p) const
    {
        return m_bigEndian ? qFromBigEndian<std::uint32_t>(p) : qFromLittleEndian<std::uint32_t>(p);
    }

    bool m_bigEndian;
    std::array<std::uint32_t, 2> m_s{0, 0};
};

}  // namespace

WalScan scanWal(const QByteArray& wal)
{
    WalScan scan;
    if (wal.size() <= kHeaderSize)
        return scan;  // empty, or a header without frames: nothing to replay or lose
    const std::uint32_t magic = bigEndianAt(wal, 0);
    const std::uint32_t pageSize = bigEndianAt(wal, 8);
    const bool pageSizeOk = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
    Checksum chain((magic & 1) != 0);
    chain.add(wal.constData(), 24);
    if ((magic & ~1u) != 0x377f0682u || !pageSizeOk || !chain.matches(wal, 24)) {
        scan.damagedHeader = true;
        return scan;
    }
    const std::uint32_t salt1 = bigEndianAt(wal, 16);
    const std::uint32_t salt2 = bigEndianAt(wal, 20);
    const qsizetype frameSize = kFrameHeaderSize + qsizetype(pageSize);
    bool intact = true;  // every frame so far checked out
    for (qsizetype at = kHeaderSize; at + frameSize <= wal.size(); at += frameSize) {
        const bool ours = bigEndianAt(wal, at + 8) == salt1 && bigEndianAt(wal, at + 12) == salt2;
        const bool commit = bigEndianAt(wal, at + 4) != 0;
        if (intact) {
            chain.add(wal.constData() + at, 8);
            chain.add(wal.constData() + at + kFrameHeaderSize, qsizetype(pageSize));
            intact = ours && bigEndianAt(wal, at) != 0 && chain.matches(wal, at + 16);
            if (intact && commit)
                ++scan.keptCommits;
        }
        // Frames from before the log last started over carry other salts: leftovers, not losses.
        // A commit of this log's own that SQLite will not reach was written and is lost.
        if (!intact && ours && commit)
            ++scan.lostCommits;
    }
    return scan;
}

}  // namespace legease::core
