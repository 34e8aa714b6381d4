// Shared pieces of the signing commands: clock, key files, trust list, outputs.
#include "signing.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>

#include "dbi/crypto.hpp"

namespace dbi::cli {

bool crypto_ready(Lang lang) {
    if (crypto::init()) return true;
    usage_error(make_diag("DBI-CLI-018", ""), lang);
    return false;
}

std::optional<std::string> signing_time(const Options& opt) {
    const std::string at = opt.value("--at");
    if (!at.empty()) {
        if (!parse_utc(at)) {
            usage_error(make_diag("DBI-SUB-020", "", {at}), opt.lang);
            return std::nullopt;
        }
        return at;
    }
    return format_utc(static_cast<std::int64_t>(std::time(nullptr)));
}

std::optional<std::string> required_option(const Options& opt, const char* name) {
    std::string v = opt.value(name);
    if (v.empty()) {
        usage_error(make_diag("DBI-CLI-014", "", {opt.command, name}), opt.lang);
        return std::nullopt;
    }
    return v;
}

std::string role_text(Role role, Lang lang) {
    const bool vi = lang == Lang::vi;
    std::string name;
    switch (role) {
        case Role::device: name = vi ? "thiết bị" : "device"; break;
        case Role::kiosk: name = vi ? "ki-ốt" : "kiosk"; break;
        case Role::receipt: name = vi ? "máy chủ thu nhận" : "receipt server"; break;
        case Role::assessor: name = vi ? "chuyên gia đánh giá" : "assessor"; break;
        case Role::root: name = vi ? "khóa gốc" : "root"; break;
    }
    const std::string id(to_string(role));
    return name == id ? name : name + " (" + id + ")";
}

std::optional<crypto::KeyFile> load_key_file(const std::string& path, Lang lang, int& exit_code) {
    return load_parsed<crypto::KeyFile>(path, lang, exit_code, &crypto::parse_key_file);
}

std::optional<crypto::PublicKeyFile> load_public_key_file(const std::string& path, Lang lang,
                                                          int& exit_code) {
    return load_parsed<crypto::PublicKeyFile>(path, lang, exit_code, &crypto::parse_public_key_file);
}

std::optional<TrustList> load_trust_for(const Options& opt, int& exit_code) {
    const std::string trust_dir = join_path(opt.indices_dir, "trust");
    std::string trust_path = opt.value("--trust");
    if (trust_path.empty()) {
        trust_path = join_path(trust_dir, "trust.json");
        std::error_code ec;
        // No trust list at all: device-signed certificates still verify; receipts and
        // countersignatures then fail with DBI-SUB-005, which says what is missing.
        if (!std::filesystem::exists(trust_path, ec)) {
            exit_code = kExitOk;
            return TrustList{};
        }
    }
    const std::string root_path = opt.value("--root", join_path(trust_dir, "root.pub.json"));
    auto root = load_public_key_file(root_path, opt.lang, exit_code);
    if (!root) return std::nullopt;
    if (root->role != Role::root) {
        usage_error(make_diag("DBI-CLI-015", "", {root_path, std::string(to_string(root->role)),
                                                  "root"}),
                    opt.lang);
        exit_code = kExitUsage;
        return std::nullopt;
    }
    auto text = read_input(trust_path, opt.lang);
    if (!text) {
        exit_code = kExitUsage;
        return std::nullopt;
    }
    auto list = verify_trust_list(*text, {root->public_key}, crypto::verifier());
    if (!list) {
        std::cerr << trust_path << ":\n";
        print_diagnostics(std::cerr, list.diagnostics(), opt.lang);
        exit_code = kExitRejected;
        return std::nullopt;
    }
    exit_code = kExitOk;
    return std::move(list).value();
}

bool write_output(const std::string& path, const std::string& text, bool secret, Lang lang) {
    if (path.empty() || path == "-") {
        std::cout << text << std::flush;
        return static_cast<bool>(std::cout);
    }
    // O_EXCL for secrets: a key is never silently replaced, and the file never exists with
    // wider permissions than 0600, not even for a moment.
    const int flags = O_WRONLY | O_CREAT | (secret ? O_EXCL : O_TRUNC);
    const int fd = ::open(path.c_str(), flags, secret ? 0600 : 0644);
    if (fd < 0) {
        if (errno == EEXIST) usage_error(make_diag("DBI-CLI-012", "", {path}), lang);
        else usage_error(make_diag("DBI-CLI-013", "", {path}), lang);
        return false;
    }
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        done += static_cast<std::size_t>(n);
    }
    const bool ok = done == text.size() && ::close(fd) == 0;
    if (!ok) usage_error(make_diag("DBI-CLI-013", "", {path}), lang);
    return ok;
}

IndexLookup index_lookup(const Options& opt) {
    auto cache = std::make_shared<std::map<std::string, std::optional<IndexDefinition>>>();
    const std::string dir = opt.indices_dir;
    return [cache, dir](std::string_view id) -> const IndexDefinition* {
        const std::string key(id);
        auto it = cache->find(key);
        if (it == cache->end()) {
            std::optional<IndexDefinition> loaded;
            if (is_safe_index_id(key))
                if (auto text = read_file(join_path(dir, key + ".json")))
                    if (auto parsed = parse_index(*text); parsed.ok())
                        loaded = std::move(parsed).value();
            it = cache->emplace(key, std::move(loaded)).first;
        }
        return it->second ? &*it->second : nullptr;
    };
}

}  // namespace dbi::cli
