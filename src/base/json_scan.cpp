// The general rules of every JSON body, checked in one pass before it is parsed into values: keys
// are short identifiers named once per object, strings are bounded and free of control
// characters, arrays are bounded. A request body is the only JSON that enters from outside.
#include <boost/json/basic_parser_impl.hpp>
#include <set>
#include <string>
#include <vector>

#include "base/error.h"
#include "base/json.h"
#include "base/text.h"

namespace jixiao {

namespace {

class Scan {
 public:
  constexpr static std::size_t max_object_size = std::size_t(-1);
  constexpr static std::size_t max_array_size = std::size_t(-1);
  constexpr static std::size_t max_key_size = std::size_t(-1);
  constexpr static std::size_t max_string_size = std::size_t(-1);

  std::string field, message;  // the first fault

  bool on_document_begin(boost::json::error_code&) { return true; }
  bool on_document_end(boost::json::error_code&) { return true; }
  bool on_object_begin(boost::json::error_code& ec) {
    if (!value(ec)) return false;
    frames_.emplace_back().object = true;
    return true;
  }
  bool on_object_end(std::size_t, boost::json::error_code&) {
    frames_.pop_back();
    return true;
  }
  bool on_array_begin(boost::json::error_code& ec) {
    if (!value(ec)) return false;
    frames_.emplace_back();
    return true;
  }
  bool on_array_end(std::size_t, boost::json::error_code&) {
    frames_.pop_back();
    return true;
  }
  bool on_key_part(boost::json::string_view s, std::size_t, boost::json::error_code& ec) {
    text_.append(s.data(), s.size());
    return text_.size() <= kMaxJsonKeyChars || fail(ec, path() + "（字段名）", "字段名过长");
  }
  bool on_key(boost::json::string_view s, std::size_t n, boost::json::error_code& ec) {
    if (!on_key_part(s, n, ec)) return false;
    auto& frame = frames_.back();
    frame.key = std::move(text_);
    text_.clear();
    frame.index = 0;
    if (!is_identifier(frame.key))
      return fail(ec, valid_utf8(path()),
                  "字段名 “" + valid_utf8(frame.key) + "” 不正确：只能由字母、数字和下划线组成");
    if (!frame.keys.insert(frame.key).second)
      return fail(ec, path(), "字段 " + path() + " 出现了两次，每个字段只能给一次");
    return true;
  }
  bool on_string_part(boost::json::string_view s, std::size_t, boost::json::error_code& ec) {
    text_.append(s.data(), s.size());
    // Four bytes at most a character: a longer text is over the bound however it is counted.
    return text_.size() <= 4 * kMaxJsonStringChars || too_long(ec);
  }
  bool on_string(boost::json::string_view s, std::size_t n, boost::json::error_code& ec) {
    if (!on_string_part(s, n, ec) || !value(ec)) return false;
    const std::string text = std::move(text_);
    text_.clear();
    if (text_fault(text) != TextFault::none) {
      try {
        check_text(path(), text);
      } catch (const AppError& e) {
        return fail(ec, e.field(), e.detail());
      }
    }
    return utf8_length(text) <= kMaxJsonStringChars || too_long(ec);
  }
  bool on_number_part(boost::json::string_view, boost::json::error_code&) { return true; }
  bool on_int64(std::int64_t, boost::json::string_view, boost::json::error_code& ec) {
    return value(ec);
  }
  bool on_uint64(std::uint64_t, boost::json::string_view, boost::json::error_code& ec) {
    return value(ec);
  }
  bool on_double(double, boost::json::string_view, boost::json::error_code& ec) {
    return value(ec);
  }
  bool on_bool(bool, boost::json::error_code& ec) { return value(ec); }
  bool on_null(boost::json::error_code& ec) { return value(ec); }
  bool on_comment_part(boost::json::string_view, boost::json::error_code&) { return true; }
  bool on_comment(boost::json::string_view, boost::json::error_code&) { return true; }

 private:
  struct Frame {
    bool object = false;
    std::string key;
    std::size_t index = 0;  // of the next item, in an array
    std::set<std::string, std::less<>> keys;
  };

  static bool is_identifier(const std::string& key) {
    if (key.empty()) return false;
    for (const char c : key)
      if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '_')
        return false;
    return true;
  }
  // A value begins in the innermost frame: an array counts it (and is bounded).
  bool value(boost::json::error_code& ec) {
    if (frames_.empty() || frames_.back().object) return true;
    auto& frame = frames_.back();
    if (++frame.index <= kMaxJsonArrayItems) return true;
    const std::string list = path(false);
    return fail(ec, list, "字段 " + list + " 最多 " + std::to_string(kMaxJsonArrayItems) + " 项");
  }
  // The field the parser is at, as JsonReader names it: "tasks[0].project_ids[3]" (without the
  // innermost list's item unless item).
  std::string path(bool item = true) const {
    std::string out;
    for (const auto& f : frames_) {
      if (f.object) {
        if (!out.empty()) out += '.';
        out += f.key;
      } else if (f.index > 0 && (item || &f != &frames_.back())) {
        out += "[" + std::to_string(f.index - 1) + "]";
      }
    }
    return out;
  }
  bool too_long(boost::json::error_code& ec) {
    return fail(
        ec, path(),
        "字段 " + path() + " 过长，最多 " + std::to_string(kMaxJsonStringChars) + " 个字符");
  }
  bool fail(boost::json::error_code& ec, std::string at, std::string why) {
    field = std::move(at);
    message = std::move(why);
    ec = boost::json::error::exception;
    return false;
  }

  std::vector<Frame> frames_;
  std::string text_;
};

}  // namespace

void check_json_text(std::string_view body) {
  boost::json::parse_options options;
  options.max_depth = 32;
  boost::json::basic_parser<Scan> parser(options);
  boost::json::error_code ec;
  parser.write_some(false, body.data(), body.size(), ec);
  if (!parser.handler().message.empty())
    throw invalid(parser.handler().field, parser.handler().message);
}

}  // namespace jixiao
