// multipart/form-data (RFC 7578): the boundary from the Content-Type header, then each part's
// name, file name, content type and bytes. Pure: no I/O, nothing copied out of the body.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::http {

struct MultipartPart {
  std::string name;           // form field name
  std::string filename;       // empty when the part is not a file; filename* wins over filename
  bool has_filename = false;  // a file part, even when its name is empty
  std::string content_type;   // as sent, lower-cased, without parameters; empty when absent
  std::string_view body;      // a view into the body that was parsed
};

struct MultipartOptions {
  // Parts accepted in one body. Default 16.
  std::size_t max_parts = 16;
  // Bytes of headers accepted per part. Default 8 KiB.
  std::size_t max_header_bytes = 8 * 1024;
};

// The boundary parameter of a multipart/form-data Content-Type; throws invalid("Content-Type", …)
// when the type is not multipart/form-data or the boundary is missing or malformed.
std::string multipart_boundary(std::string_view content_type);

// Splits body into its parts. Throws jixiao::invalid with a Chinese message when the body is
// malformed (missing boundary lines, a part without Content-Disposition, no closing boundary, …).
// The parts view into body, which must outlive them.
std::vector<MultipartPart> parse_multipart(std::string_view content_type, std::string_view body,
                                           const MultipartOptions& options = {});

}  // namespace jixiao::http
