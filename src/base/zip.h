// A ZIP archive written in memory with stored (uncompressed) entries: what an Office Open XML
// file (.docx) is. Stored entries need no compression library and every reader accepts them;
// the documents are small.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

class ZipWriter {
 public:
  // Adds a file; names use '/' and are stored as UTF-8.
  void add(std::string_view name, std::string_view content);
  // The whole archive: the entries, then the central directory.
  std::string finish() const;

 private:
  struct Entry {
    std::string name;
    std::uint32_t crc = 0;
    std::uint32_t size = 0;
    std::uint32_t offset = 0;
  };
  std::string data_;
  std::vector<Entry> entries_;
};

// A stored entry's content read back from an archive ZipWriter wrote (tests and checks read
// what they wrote); nullopt when the archive has no such stored entry.
std::optional<std::string> zip_stored_entry(std::string_view archive, std::string_view name);

// CRC-32 as ZIP computes it (IEEE 802.3).
std::uint32_t zip_crc32(std::string_view data);

}  // namespace jixiao
