// dbi/diagnostics.hpp — errors as data.
//
// Every failure a user or operator can cause is a Diagnostic with a stable code
// ("DBI-IDX-012"), a JSON Pointer into the offending input and positional arguments.
// Codes are never reused or renamed; each has an English and a Vietnamese message
// template (dbi/codes/*.inc) in which "{1}", "{2}", … are replaced by `args`.
// The UI translates by code; tests match on codes.
//
// Core functions are noexcept and return Result<T>; nothing throws across the core API.
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#ifndef DBI_ASSERT
#define DBI_ASSERT(expr) assert(expr)
#endif

namespace dbi {

enum class Lang { vi, en };

// info: an explanation (e.g. why an index set was chosen), rendered like any message.
enum class Severity { error, warning, info };

struct Diagnostic {
    std::string code;               // "DBI-IDX-012"
    std::string pointer;            // JSON Pointer into the input ("" = whole document)
    std::vector<std::string> args;  // substituted into the message template as {1}, {2}, …
    Severity severity = Severity::error;
};

// Builds a diagnostic; `args` are converted by the caller (std::to_string for numbers).
Diagnostic make_diag(std::string_view code, std::string pointer, std::vector<std::string> args = {},
                     Severity severity = Severity::error);

// The message of `d` in `lang`, templates filled. Unknown codes render as the code itself.
std::string render(const Diagnostic& d, Lang lang);

// "DBI-IDX-012 /pillars/0/max_points: <message>" — one line, for logs and the CLI.
std::string format_line(const Diagnostic& d, Lang lang);

// True when `code` is registered (has both translations).
bool is_known_code(std::string_view code) noexcept;

// Every registered code, in registry order (for tests and documentation).
std::vector<std::string> all_codes();

// The raw template of `code` in `lang` (empty when unknown).
std::string_view message_template(std::string_view code, Lang lang) noexcept;

// Appends a JSON Pointer reference token, escaping "~" and "/" (RFC 6901).
std::string pointer_join(std::string_view base, std::string_view token);
std::string pointer_join(std::string_view base, std::size_t index);

template <class T>
class [[nodiscard]] Result {
public:
    static Result ok(T value, std::vector<Diagnostic> warnings = {}) {
        Result r;
        r.value_ = std::move(value);
        r.diags_ = std::move(warnings);
        return r;
    }
    static Result fail(std::vector<Diagnostic> errors) {
        DBI_ASSERT(!errors.empty());
        Result r;
        r.diags_ = std::move(errors);
        return r;
    }
    static Result fail(Diagnostic error) { return fail(std::vector<Diagnostic>{std::move(error)}); }

    explicit operator bool() const noexcept { return value_.has_value(); }
    bool ok() const noexcept { return value_.has_value(); }
    const T& value() const& { DBI_ASSERT(value_); return *value_; }
    T& value() & { DBI_ASSERT(value_); return *value_; }
    T&& value() && { DBI_ASSERT(value_); return std::move(*value_); }
    // Errors when failed; warnings when ok.
    const std::vector<Diagnostic>& diagnostics() const noexcept { return diags_; }

private:
    std::optional<T> value_;
    std::vector<Diagnostic> diags_;
};

}  // namespace dbi
