#include "evidence/sniff.h"

#include <gtest/gtest.h>

#include <vector>

namespace jixiao::evidence {
namespace {

void put16(std::string& s, unsigned v) {
  s += static_cast<char>(v & 0xFF);
  s += static_cast<char>((v >> 8) & 0xFF);
}
void put32(std::string& s, unsigned v) {
  put16(s, v & 0xFFFF);
  put16(s, v >> 16);
}

// A zip archive of stored (uncompressed) entries with a central directory, as zip tools write.
std::string zip(const std::vector<std::string>& names) {
  std::string out, directory;
  for (const auto& name : names) {
    const std::string data = "<x/>";
    const auto offset = static_cast<unsigned>(out.size());
    out += "PK\x03\x04";
    put16(out, 20), put16(out, 0), put16(out, 0), put16(out, 0), put16(out, 0);
    put32(out, 0), put32(out, 4), put32(out, 4);
    put16(out, static_cast<unsigned>(name.size())), put16(out, 0);
    out += name + data;
    directory += "PK\x01\x02";
    put16(directory, 20), put16(directory, 20), put16(directory, 0), put16(directory, 0);
    put16(directory, 0), put16(directory, 0);
    put32(directory, 0), put32(directory, 4), put32(directory, 4);
    put16(directory, static_cast<unsigned>(name.size()));
    put16(directory, 0), put16(directory, 0), put16(directory, 0), put16(directory, 0);
    put32(directory, 0), put32(directory, offset);
    directory += name;
  }
  const auto directory_offset = static_cast<unsigned>(out.size());
  out += directory;
  out += "PK\x05\x06";
  put16(out, 0), put16(out, 0);
  put16(out, static_cast<unsigned>(names.size())), put16(out, static_cast<unsigned>(names.size()));
  put32(out, static_cast<unsigned>(directory.size())), put32(out, directory_offset);
  put16(out, 0);
  return out;
}

// A compound file whose directory holds the root entry and the named streams.
std::string ole2(const std::vector<std::string>& streams) {
  std::string out("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  out.resize(512, '\0');
  auto entry = [&](const std::string& name, char type) {
    std::string e(128, '\0');
    for (std::size_t i = 0; i < name.size(); ++i) e[2 * i] = name[i];
    e[64] = static_cast<char>((name.size() + 1) * 2);
    e[66] = type;
    out += e;
  };
  entry("Root Entry", 5);
  for (const auto& s : streams) entry(s, 2);
  out.resize(512 * 3, '\0');
  return out;
}

std::string content_type_of(std::string_view bytes, std::string_view name = {}) {
  auto t = sniff(bytes, name);
  return t ? t->content_type : "(refused)";
}

TEST(Sniff, ImagesAndPdf) {
  EXPECT_EQ(content_type_of("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"), "application/pdf");
  EXPECT_EQ(content_type_of(std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)), "image/png");
  EXPECT_EQ(content_type_of("\xFF\xD8\xFF\xE0\x00\x10JFIF"), "image/jpeg");
  EXPECT_EQ(content_type_of("GIF89a\x01\x00\x01\x00"), "image/gif");
  EXPECT_EQ(sniff("%PDF-1.4")->label, "PDF 文档");
}

TEST(Sniff, OfficeOpenXmlAndOfd) {
  EXPECT_EQ(content_type_of(zip({"[Content_Types].xml", "_rels/.rels", "word/document.xml"})),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  EXPECT_EQ(content_type_of(zip({"[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/a.xml"})),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(content_type_of(zip({"[Content_Types].xml", "ppt/presentation.xml"})),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation");
  EXPECT_EQ(content_type_of(zip({"OFD.xml", "Doc_0/Document.xml"})), "application/ofd");
  EXPECT_EQ(sniff(zip({"[Content_Types].xml", "xl/workbook.xml"}))->label, "Excel 表格");
}

TEST(Sniff, OtherArchivesAreRefused) {
  EXPECT_EQ(content_type_of(zip({"setup.exe", "readme.txt"})), "(refused)");
  EXPECT_EQ(content_type_of(zip({"word/document.xml"})), "(refused)");  // no [Content_Types].xml
  EXPECT_EQ(
      content_type_of(zip({"[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"})),
      "(refused)");
  // A truncated archive has no central directory.
  const std::string whole = zip({"[Content_Types].xml", "word/document.xml"});
  EXPECT_EQ(content_type_of(whole.substr(0, whole.size() - 30)), "(refused)");
  EXPECT_EQ(content_type_of(std::string("PK\x03\x04", 4)), "(refused)");
}

TEST(Sniff, LegacyOfficeByMainStream) {
  EXPECT_EQ(content_type_of(ole2({"\x01"
                                  "CompObj",
                                  "WordDocument", "1Table"})),
            "application/msword");
  EXPECT_EQ(content_type_of(ole2({"Workbook", "\x05SummaryInformation"})),
            "application/vnd.ms-excel");
  EXPECT_EQ(content_type_of(ole2({"Book"})), "application/vnd.ms-excel");
  EXPECT_EQ(content_type_of(ole2({"PowerPoint Document"})), "application/vnd.ms-powerpoint");
  // An installer is a compound file too, with other streams.
  EXPECT_EQ(content_type_of(ole2({"\x05SummaryInformation", "Binary.exe"})), "(refused)");
}

TEST(Sniff, Utf8TextAndCsv) {
  EXPECT_EQ(content_type_of("项目名称,金额\r\n学校维修,12.5\r\n", "明细.CSV"), "text/csv");
  EXPECT_EQ(content_type_of("\xEF\xBB\xBF说明\t一\n", "说明.txt"), "text/plain");
  EXPECT_EQ(content_type_of("plain words"), "text/plain");
  EXPECT_EQ(sniff("a,b", "a.csv")->label, "CSV 表格");
  // GBK bytes are not UTF-8; NUL and other control bytes are not text.
  EXPECT_EQ(content_type_of("\xCF\xEE\xC4\xBF", "a.csv"), "(refused)");
  EXPECT_EQ(content_type_of(std::string("ab\0cd", 5), "a.txt"), "(refused)");
  EXPECT_EQ(content_type_of("ab\x1b[31m", "a.txt"), "(refused)");
}

TEST(Sniff, DisguisedExecutableIsRefused) {
  std::string exe("MZ\x90\0\x03\0\0\0\x04\0\0\0\xFF\xFF\0\0", 16);
  exe += std::string(48, '\0') + "This program cannot be run in DOS mode.";
  EXPECT_FALSE(sniff(exe, "决算报告.pdf"));
  EXPECT_FALSE(sniff("#!/bin/sh\nrm -rf /\x7F", "a.txt"));
  EXPECT_FALSE(sniff("", "a.txt"));
  EXPECT_FALSE(sniff(std::string("\x7F"
                                 "ELF\x02\x01\x01\0",
                                 8),
                     "a.png"));
}

TEST(Sniff, LabelsOfStoredTypes) {
  EXPECT_EQ(type_label("application/pdf"), "PDF 文档");
  EXPECT_EQ(type_label("application/msword"), "Word 97-2003 文档");
  EXPECT_EQ(type_label("application/x-unknown"), "文件");
}

}  // namespace
}  // namespace jixiao::evidence
