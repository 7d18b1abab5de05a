#include "base/zip.h"

#include <boost/crc.hpp>
#include <stdexcept>

namespace jixiao {

namespace {

void put16(std::string& out, std::uint32_t v) {
  out.push_back(static_cast<char>(v & 0xff));
  out.push_back(static_cast<char>((v >> 8) & 0xff));
}

void put32(std::string& out, std::uint32_t v) {
  put16(out, v & 0xffff);
  put16(out, v >> 16);
}

// 1980-01-01 00:00 in DOS form: a fixed time keeps a document's bytes reproducible.
constexpr std::uint32_t kDosTime = 0;
constexpr std::uint32_t kDosDate = (0 << 9) | (1 << 5) | 1;
// Bit 11: names are UTF-8.
constexpr std::uint32_t kUtf8Names = 1u << 11;

}  // namespace

std::uint32_t zip_crc32(std::string_view data) {
  boost::crc_32_type crc;
  crc.process_bytes(data.data(), data.size());
  return crc.checksum();
}

std::optional<std::string> zip_stored_entry(std::string_view archive, std::string_view name) {
  const auto get = [&](std::size_t at, int bytes) {
    std::uint32_t v = 0;
    for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(archive[at + i]);
    return v;
  };
  std::size_t at = 0;
  while (at + 30 <= archive.size() && get(at, 4) == 0x04034b50) {
    const std::uint32_t method = get(at + 8, 2);
    const std::uint32_t size = get(at + 18, 4);
    const std::uint32_t name_size = get(at + 26, 2);
    const std::uint32_t extra = get(at + 28, 2);
    const std::size_t data = at + 30 + name_size + extra;
    if (data + size > archive.size()) return std::nullopt;
    if (method == 0 && archive.substr(at + 30, name_size) == name)
      return std::string(archive.substr(data, size));
    at = data + size;
  }
  return std::nullopt;
}

void ZipWriter::add(std::string_view name, std::string_view content) {
  if (content.size() > 0xffffffffu || data_.size() > 0xffffffffu)
    throw std::length_error("zip entry too large");
  Entry e{std::string(name), zip_crc32(content), static_cast<std::uint32_t>(content.size()),
          static_cast<std::uint32_t>(data_.size())};
  put32(data_, 0x04034b50);  // local file header
  put16(data_, 20);          // version needed: 2.0
  put16(data_, kUtf8Names);
  put16(data_, 0);  // stored
  put16(data_, kDosTime);
  put16(data_, kDosDate);
  put32(data_, e.crc);
  put32(data_, e.size);
  put32(data_, e.size);
  put16(data_, static_cast<std::uint32_t>(e.name.size()));
  put16(data_, 0);
  data_ += e.name;
  data_ += content;
  entries_.push_back(std::move(e));
}

std::string ZipWriter::finish() const {
  std::string out = data_;
  const auto directory = static_cast<std::uint32_t>(out.size());
  for (const auto& e : entries_) {
    put32(out, 0x02014b50);  // central directory header
    put16(out, 20);          // made by 2.0
    put16(out, 20);
    put16(out, kUtf8Names);
    put16(out, 0);
    put16(out, kDosTime);
    put16(out, kDosDate);
    put32(out, e.crc);
    put32(out, e.size);
    put32(out, e.size);
    put16(out, static_cast<std::uint32_t>(e.name.size()));
    put16(out, 0);  // extra
    put16(out, 0);  // comment
    put16(out, 0);  // disk
    put16(out, 0);  // internal attributes
    put32(out, 0);  // external attributes
    put32(out, e.offset);
    out += e.name;
  }
  const auto size = static_cast<std::uint32_t>(out.size()) - directory;
  put32(out, 0x06054b50);  // end of central directory
  put16(out, 0);
  put16(out, 0);
  put16(out, static_cast<std::uint32_t>(entries_.size()));
  put16(out, static_cast<std::uint32_t>(entries_.size()));
  put32(out, size);
  put32(out, directory);
  put16(out, 0);
  return out;
}

}  // namespace jixiao
