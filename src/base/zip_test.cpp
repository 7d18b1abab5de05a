#include "base/zip.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <string>

namespace jixiao {
namespace {

std::uint32_t u16(const std::string& s, std::size_t at) {
  return static_cast<unsigned char>(s[at]) | static_cast<unsigned char>(s[at + 1]) << 8;
}
std::uint32_t u32(const std::string& s, std::size_t at) {
  return u16(s, at) | u16(s, at + 2) << 16;
}

// Reads an archive back the way an unzipping program does: from the end record to the central
// directory, and from each directory entry to its local header and data.
std::map<std::string, std::string> unzip(const std::string& zip) {
  const std::size_t end = zip.size() - 22;
  EXPECT_EQ(u32(zip, end), 0x06054b50u);
  const std::uint32_t count = u16(zip, end + 10);
  std::size_t at = u32(zip, end + 16);
  std::map<std::string, std::string> out;
  for (std::uint32_t i = 0; i < count; ++i) {
    EXPECT_EQ(u32(zip, at), 0x02014b50u);
    const std::uint32_t crc = u32(zip, at + 16), size = u32(zip, at + 24);
    const std::uint32_t name_len = u16(zip, at + 28), local = u32(zip, at + 42);
    const std::string name = zip.substr(at + 46, name_len);
    EXPECT_EQ(u32(zip, local), 0x04034b50u);
    EXPECT_EQ(u16(zip, local + 8), 0u) << "stored";
    const std::string data = zip.substr(local + 30 + u16(zip, local + 26), size);
    EXPECT_EQ(zip_crc32(data), crc) << name;
    out[name] = data;
    at += 46 + name_len;
  }
  return out;
}

TEST(Zip, Crc32IsTheOneZipUses) {
  EXPECT_EQ(zip_crc32("123456789"), 0xCBF43926u);  // the check value of CRC-32/ISO-HDLC
  EXPECT_EQ(zip_crc32(""), 0u);
}

TEST(Zip, AnArchiveReadsBackEntryByEntry) {
  ZipWriter w;
  w.add("[Content_Types].xml", "<Types/>");
  w.add("word/文档.xml", "中文内容");
  w.add("empty", "");
  const auto files = unzip(w.finish());
  ASSERT_EQ(files.size(), 3u);
  EXPECT_EQ(files.at("[Content_Types].xml"), "<Types/>");
  EXPECT_EQ(files.at("word/文档.xml"), "中文内容");
  EXPECT_EQ(files.at("empty"), "");
}

TEST(Zip, TheSameEntriesGiveTheSameBytes) {
  const auto build = [] {
    ZipWriter w;
    w.add("a", "1");
    return w.finish();
  };
  EXPECT_EQ(build(), build());
}

}  // namespace
}  // namespace jixiao
