#include "json_reader.hpp"

#include "dbi/unicode.hpp"

namespace dbi::detail {

void expect_type(const Json& j, const std::string& pointer, const char* expected, Diags& diags) {
    diags.push_back(make_diag("DBI-JSON-003", pointer, {expected, json_type_name(j)}));
}

bool has_errors(const Diags& diags) noexcept {
    for (const auto& d : diags)
        if (d.severity == Severity::error) return true;
    return false;
}

ObjectReader::ObjectReader(const Json& j, std::string pointer, Diags& diags)
    : pointer_(std::move(pointer)), diags_(diags) {
    if (j.is_object()) obj_ = &j;
    else expect_type(j, pointer_, "@object", diags_);
}

bool ObjectReader::has(const char* key) const { return obj_ && obj_->contains(key); }

const Json* ObjectReader::get(const char* key, bool required) {
    if (!obj_) return nullptr;
    read_.insert(key);
    auto it = obj_->find(key);
    if (it == obj_->end()) {
        if (required) diags_.push_back(make_diag("DBI-JSON-005", pointer_, {key}));
        return nullptr;
    }
    return &*it;
}

std::optional<std::string> ObjectReader::string(const char* key, bool required) {
    const Json* v = get(key, required);
    if (!v) return std::nullopt;
    if (!v->is_string()) {
        expect_type(*v, at(key), "@string", diags_);
        return std::nullopt;
    }
    return v->get_ref<const std::string&>();
}

std::optional<std::int64_t> ObjectReader::integer(const char* key, bool required,
                                                  std::int64_t min, std::int64_t max) {
    const Json* v = get(key, required);
    if (!v) return std::nullopt;
    std::int64_t value = 0;
    if (v->is_number_unsigned()) {
        auto u = v->get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(INT64_MAX)) {
            diags_.push_back(make_diag("DBI-JSON-007", at(key),
                                       {std::to_string(u), std::to_string(min) + "…" +
                                                               std::to_string(max)}));
            return std::nullopt;
        }
        value = static_cast<std::int64_t>(u);
    } else if (v->is_number_integer()) {
        value = v->get<std::int64_t>();
    } else {
        expect_type(*v, at(key), "@integer", diags_);
        return std::nullopt;
    }
    if (value < min || value > max) {
        diags_.push_back(make_diag("DBI-JSON-007", at(key),
                                   {std::to_string(value),
                                    std::to_string(min) + "…" + std::to_string(max)}));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> ObjectReader::boolean(const char* key, bool required) {
    const Json* v = get(key, required);
    if (!v) return std::nullopt;
    if (!v->is_boolean()) {
        expect_type(*v, at(key), "@boolean", diags_);
        return std::nullopt;
    }
    return v->get<bool>();
}

std::optional<Text> read_text(const Json& j, const std::string& pointer, Diags& diags) {
    ObjectReader r(j, pointer, diags);
    if (!r.valid()) return std::nullopt;
    auto vi = r.string("vi", true);
    auto en = r.string("en", true);
    r.finish();
    if (!vi || !en) return std::nullopt;
    bool ok = true;
    for (const auto* lang : {"vi", "en"}) {
        const std::string& s = std::string_view(lang) == "vi" ? *vi : *en;
        std::string p = pointer_join(pointer, lang);
        if (s.empty()) {
            diags.push_back(make_diag("DBI-IDX-005", p, {lang}));
            ok = false;
        } else if (!is_nfc(s)) {
            diags.push_back(make_diag("DBI-IDX-006", p, {lang}));
            ok = false;
        }
    }
    if (!ok) return std::nullopt;
    return Text{std::move(*vi), std::move(*en)};
}

std::optional<Text> ObjectReader::text(const char* key, bool required) {
    const Json* v = get(key, required);
    if (!v) return std::nullopt;
    return read_text(*v, at(key), diags_);
}

std::optional<std::vector<std::string>> ObjectReader::string_list(const char* key,
                                                                   bool required) {
    const Json* v = array(key, required);
    if (!v) return std::nullopt;
    std::vector<std::string> out;
    bool ok = true;
    for (std::size_t i = 0; i < v->size(); ++i) {
        const Json& e = (*v)[i];
        if (!e.is_string()) {
            expect_type(e, pointer_join(at(key), i), "@string", diags_);
            ok = false;
        } else {
            out.push_back(e.get<std::string>());
        }
    }
    if (!ok) return std::nullopt;
    return out;
}

const Json* ObjectReader::array(const char* key, bool required) {
    const Json* v = get(key, required);
    if (v && !v->is_array()) {
        expect_type(*v, at(key), "@array", diags_);
        return nullptr;
    }
    return v;
}

const Json* ObjectReader::object(const char* key, bool required) {
    const Json* v = get(key, required);
    if (v && !v->is_object()) {
        expect_type(*v, at(key), "@object", diags_);
        return nullptr;
    }
    return v;
}

void ObjectReader::finish() {
    if (!obj_) return;
    for (auto it = obj_->begin(); it != obj_->end(); ++it)
        if (!read_.count(it.key()))
            diags_.push_back(make_diag("DBI-JSON-004", at(it.key()), {it.key()}));
}

}  // namespace dbi::detail
