#include "json_strict.hpp"

#include <string>
#include <vector>

namespace dbi::detail {
namespace {

// SAX handler that builds the DOM itself so it can see every key of every object:
// nlohmann's DOM parser silently overwrites duplicates.
class StrictBuilder {
public:
    explicit StrictBuilder(std::size_t max_depth) : max_depth_(max_depth) {}

    bool null() { return put(Json(nullptr)); }
    bool boolean(bool v) { return put(Json(v)); }
    bool number_integer(Json::number_integer_t v) { return put(Json(v)); }
    bool number_unsigned(Json::number_unsigned_t v) { return put(Json(v)); }
    bool number_float(Json::number_float_t v, const std::string&) { return put(Json(v)); }
    bool string(std::string& v) { return put(Json(std::move(v))); }
    bool binary(Json::binary_t&) { return fail_syntax("binary values are not JSON"); }

    bool start_object(std::size_t) { return open(Json::object()); }
    bool end_object() { return close(); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_array() { return close(); }

    bool key(std::string& k) {
        Frame& f = stack_.back();
        if (f.value.contains(k)) {
            error_ = make_diag("DBI-JSON-002", pointer_of_stack(), {k});
            return false;
        }
        f.key = std::move(k);
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
        if (!error_) {
            // nlohmann's text names the token and position; keep it, it is precise.
            // nlohmann's own text is English only; the byte position says where.
            (void)ex;
            error_ = make_diag("DBI-JSON-001", "", {std::to_string(position)});
        }
        return false;
    }

    std::optional<Diagnostic>& error() { return error_; }
    Json& root() { return root_; }

private:
    struct Frame {
        Json value;
        std::string key;  // pending key when value is an object
    };

    bool put(Json v) {
        if (stack_.empty()) {
            root_ = std::move(v);
            return true;
        }
        Frame& f = stack_.back();
        if (f.value.is_object()) f.value.emplace(std::move(f.key), std::move(v));
        else f.value.push_back(std::move(v));
        return true;
    }

    bool open(Json container) {
        if (stack_.size() >= max_depth_) {
            error_ = make_diag("DBI-JSON-008", pointer_of_stack(), {std::to_string(max_depth_)});
            return false;
        }
        stack_.push_back(Frame{std::move(container), {}});
        return true;
    }

    bool close() {
        Json done = std::move(stack_.back().value);
        stack_.pop_back();
        return put(std::move(done));
    }

    bool fail_syntax(const char*) {
        error_ = make_diag("DBI-JSON-001", pointer_of_stack(), {"?"});
        return false;
    }

    std::string pointer_of_stack() const {
        std::string p;
        for (std::size_t i = 0; i + 1 < stack_.size(); ++i) {
            const Frame& f = stack_[i];
            if (f.value.is_object()) p = pointer_join(p, f.key);
            else p = pointer_join(p, f.value.size());
        }
        return p;
    }

    std::size_t max_depth_;
    std::vector<Frame> stack_;
    Json root_;
    std::optional<Diagnostic> error_;
};

// nlohmann accepts invalid UTF-8 inside strings only in some modes; check the whole text
// first so every parser in core sees valid UTF-8 and nothing else.
bool valid_utf8(std::string_view s, std::size_t& bad_at) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    std::size_t n = s.size(), i = 0;
    while (i < n) {
        unsigned c = p[i];
        std::size_t len;
        unsigned cp;
        if (c < 0x80) { ++i; continue; }
        if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
        else { bad_at = i; return false; }
        if (i + len > n) { bad_at = i; return false; }
        for (std::size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) { bad_at = i; return false; }
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values above U+10FFFF.
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF)) {
            bad_at = i;
            return false;
        }
        i += len;
    }
    return true;
}

}  // namespace

Result<Json> parse_strict(std::string_view text, const JsonLimits& limits) noexcept {
    if (text.size() > limits.max_bytes)
        return Result<Json>::fail(make_diag("DBI-JSON-006", "",
                                            {std::to_string(text.size()),
                                             std::to_string(limits.max_bytes)}));
    std::size_t bad_at = 0;
    if (!valid_utf8(text, bad_at))
        return Result<Json>::fail(make_diag("DBI-UTF-001", "", {std::to_string(bad_at)}));
    StrictBuilder builder(limits.max_depth);
    bool ok = Json::sax_parse(text.begin(), text.end(), &builder,
                              nlohmann::detail::input_format_t::json, /*strict=*/true,
                              /*ignore_comments=*/false);
    if (!ok || builder.error()) {
        if (builder.error()) return Result<Json>::fail(*builder.error());
        return Result<Json>::fail(make_diag("DBI-JSON-001", "", {std::to_string(text.size())}));
    }
    return Result<Json>::ok(std::move(builder.root()));
}

const char* json_type_name(const Json& j) noexcept {
    switch (j.type()) {
        case Json::value_t::null: return "@null";
        case Json::value_t::object: return "@object";
        case Json::value_t::array: return "@array";
        case Json::value_t::string: return "@string";
        case Json::value_t::boolean: return "@boolean";
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned: return "@integer";
        case Json::value_t::number_float: return "@number";
        default: return "@value";
    }
}

}  // namespace dbi::detail
