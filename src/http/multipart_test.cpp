#include "http/multipart.h"

#include <gtest/gtest.h>

#include "base/error.h"

namespace jixiao::http {
namespace {

const std::string kType = "multipart/form-data; boundary=----b0undary";

std::string field_of(const std::string& body) {
  try {
    parse_multipart(kType, body);
  } catch (const AppError& e) {
    EXPECT_EQ(e.kind(), ErrorKind::invalid);
    EXPECT_FALSE(e.detail().empty());
    return e.field();
  }
  ADD_FAILURE() << "accepted a malformed body";
  return {};
}

TEST(Multipart, BoundaryFromContentType) {
  EXPECT_EQ(multipart_boundary("multipart/form-data; boundary=abc"), "abc");
  EXPECT_EQ(multipart_boundary("Multipart/Form-Data;boundary=\"a b:c\""), "a b:c");
  EXPECT_EQ(multipart_boundary("multipart/form-data; charset=utf-8; boundary=x-y"), "x-y");
  for (const char* bad : {"application/json", "multipart/form-data",
                          "multipart/form-data; boundary=", "multipart/form-data; boundary=\"abc",
                          "multipart/mixed; boundary=abc", "multipart/form-data; boundary=a<b",
                          "multipart/form-data; boundary=\"trailing \""}) {
    try {
      multipart_boundary(bad);
      ADD_FAILURE() << bad;
    } catch (const AppError& e) {
      EXPECT_EQ(e.field(), "Content-Type") << bad;
    }
  }
  EXPECT_THROW(multipart_boundary(std::string(71, 'a').insert(0, "multipart/form-data; boundary=")),
               AppError);
}

TEST(Multipart, FileAndFieldParts) {
  std::string binary("\x00\x01\r\n--\xff", 7);
  std::string body =
      "------b0undary\r\n"
      "Content-Disposition: form-data; name=\"note\"\r\n\r\n"
      "说明\r\n"
      "------b0undary\r\n"
      "content-disposition: form-data; name=\"file\"; filename=\"报告.pdf\"\r\n"
      "Content-Type: Application/PDF; x=1\r\n\r\n" +
      binary + "\r\n------b0undary--\r\n";
  auto parts = parse_multipart(kType, body);
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].name, "note");
  EXPECT_FALSE(parts[0].has_filename);
  EXPECT_EQ(parts[0].body, "说明");
  EXPECT_EQ(parts[1].name, "file");
  EXPECT_TRUE(parts[1].has_filename);
  EXPECT_EQ(parts[1].filename, "报告.pdf");
  EXPECT_EQ(parts[1].content_type, "application/pdf");
  EXPECT_EQ(parts[1].body, binary);
}

TEST(Multipart, PreambleEpilogueAndEmptyBody) {
  std::string body =
      "ignored preamble\r\n"
      "------b0undary  \r\n"
      "Content-Disposition: form-data; name=file; filename=a.txt\r\n\r\n"
      "\r\n------b0undary--epilogue";
  auto parts = parse_multipart(kType, body);
  ASSERT_EQ(parts.size(), 1u);
  EXPECT_EQ(parts[0].filename, "a.txt");
  EXPECT_TRUE(parts[0].body.empty());
}

TEST(Multipart, ExtendedFilenameWins) {
  std::string body =
      "------b0undary\r\n"
      "Content-Disposition: form-data; name=\"file\"; filename=\"fallback.pdf\"; "
      "filename*=UTF-8''%E9%A1%B9%E7%9B%AE%20A.pdf\r\n\r\n"
      "x\r\n------b0undary--";
  auto parts = parse_multipart(kType, body);
  ASSERT_EQ(parts.size(), 1u);
  EXPECT_EQ(parts[0].filename, "项目 A.pdf");
}

TEST(Multipart, WindowsPathsAndEscapedQuotes) {
  std::string body =
      "------b0undary\r\n"
      "Content-Disposition: form-data; name=\"file\"; filename=\"C:\\dir\\a \\\"q\\\".pdf\"\r\n\r\n"
      "x\r\n------b0undary--";
  auto parts = parse_multipart(kType, body);
  EXPECT_EQ(parts[0].filename, "C:\\dir\\a \"q\".pdf");
}

TEST(Multipart, MalformedBodies) {
  const std::string head =
      "------b0undary\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n";
  // No delimiter at all.
  EXPECT_EQ(field_of("just some bytes"), "body");
  // The closing delimiter is missing: a truncated upload.
  EXPECT_EQ(field_of(head + "partial content"), "body");
  // Only the closing delimiter.
  EXPECT_EQ(field_of("------b0undary--\r\n"), "body");
  // A part without Content-Disposition.
  EXPECT_EQ(field_of("------b0undary\r\nContent-Type: text/plain\r\n\r\nx\r\n------b0undary--"),
            "body");
  // A part without headers.
  EXPECT_EQ(field_of("------b0undary\r\n\r\nx\r\n------b0undary--"), "body");
  // Not form-data, or without a name.
  EXPECT_EQ(field_of("------b0undary\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n"
                     "------b0undary--"),
            "body");
  EXPECT_EQ(field_of("------b0undary\r\nContent-Disposition: form-data; filename=\"a\"\r\n\r\nx\r\n"
                     "------b0undary--"),
            "body");
  // An unterminated quoted string.
  EXPECT_EQ(field_of("------b0undary\r\nContent-Disposition: form-data; name=\"a\r\n\r\nx\r\n"
                     "------b0undary--"),
            "body");
  // Headers that never end.
  EXPECT_EQ(field_of("------b0undary\r\nContent-Disposition: form-data; name=\"a\"\r\n"), "body");
  // Garbage after a delimiter.
  EXPECT_EQ(field_of("------b0undaryX\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n"
                     "------b0undary--"),
            "body");
  // A header line without a colon.
  EXPECT_EQ(field_of("------b0undary\r\nContent-Disposition form-data\r\n\r\nx\r\n"
                     "------b0undary--"),
            "body");
}

TEST(Multipart, BadFilenames) {
  auto with = [](const std::string& disposition) {
    return "------b0undary\r\nContent-Disposition: form-data; name=\"file\"; " + disposition +
           "\r\n\r\nx\r\n------b0undary--";
  };
  EXPECT_EQ(field_of(with("filename*=ISO-8859-1''a.pdf")), "file");
  EXPECT_EQ(field_of(with("filename*=UTF-8''%E9%A")), "file");
  EXPECT_EQ(field_of(with("filename*=a.pdf")), "file");
  EXPECT_EQ(field_of(with("filename*=UTF-8''%FF.pdf")), "file");  // not UTF-8
  EXPECT_EQ(field_of(with("filename=\"\xC3(.pdf\"")), "file");
}

TEST(Multipart, TooManyParts) {
  std::string body;
  for (int i = 0; i < 3; ++i)
    body += "------b0undary\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nx\r\n";
  body += "------b0undary--";
  MultipartOptions options;
  EXPECT_EQ(parse_multipart(kType, body, options).size(), 3u);
  options.max_parts = 2;
  EXPECT_THROW(parse_multipart(kType, body, options), AppError);
}

}  // namespace
}  // namespace jixiao::http
