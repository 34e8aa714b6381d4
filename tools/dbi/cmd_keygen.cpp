// dbi keygen — a new Ed25519 key: KEY.json (secret, mode 0600) and KEY.pub.json (public part).
#include <filesystem>
#include <iostream>

#include "dbi/crypto.hpp"
#include "dbi/keyfile.hpp"
#include "dbi/unicode.hpp"
#include "json_out.hpp"
#include "signing.hpp"

namespace dbi::cli {

namespace {

const char* tr(Lang lang, const char* en, const char* vi) { return lang == Lang::vi ? vi : en; }

// "keys/receipt.json" → "keys/receipt.pub.json"; other names get ".pub.json" appended.
std::string public_path_for(const std::string& path) {
    const std::string ext = ".json";
    if (path.size() > ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0)
        return path.substr(0, path.size() - ext.size()) + ".pub.json";
    return path + ".pub.json";
}

std::optional<crypto::Seed> seed_from_hex(const std::string& hex) {
    if (hex.size() != 64) return std::nullopt;
    crypto::Seed seed{};
    for (std::size_t i = 0; i < 32; ++i) {
        int v = 0;
        for (int k = 0; k < 2; ++k) {
            const char c = hex[2 * i + static_cast<std::size_t>(k)];
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (d < 0) return std::nullopt;
            v = v * 16 + d;
        }
        seed[i] = static_cast<std::uint8_t>(v);
    }
    return seed;
}

}  // namespace

int run_keygen(const Options& opt) {
    const Lang lang = opt.lang;
    if (!opt.files.empty())
        return usage_error(make_diag("DBI-CLI-006", "", {opt.command, std::to_string(opt.files.size())}),
                           lang);
    auto role_name = required_option(opt, "--role");
    if (!role_name) return kExitUsage;
    auto out = required_option(opt, "--out");
    if (!out) return kExitUsage;
    auto role = role_from_string(*role_name);
    if (!role) return usage_error(make_diag("DBI-CLI-016", "", {*role_name}), lang);
    auto label = to_nfc(opt.value("--label"));
    if (!label) {
        print_diagnostics(std::cerr, label.diagnostics(), lang);
        return kExitUsage;
    }
    auto at = signing_time(opt);
    if (!at || !crypto_ready(lang)) return kExitUsage;

    crypto::KeyFile file;
    file.role = *role;
    file.label = label.value();
    file.created_at = *at;
    if (const std::string hex = opt.value("--seed"); !hex.empty()) {
        auto seed = seed_from_hex(hex);
        if (!seed) return usage_error(make_diag("DBI-CLI-020", "", {hex}), lang);
        file.key = crypto::keypair_from_seed(*seed);
    } else {
        file.key = crypto::generate_keypair();
    }
    const std::string pub_path = public_path_for(*out);
    // Neither file may exist yet: a new public file beside an old secret would pair keys that
    // do not belong together.
    for (const std::string& path : {*out, pub_path}) {
        std::error_code ec;
        if (std::filesystem::exists(path, ec))
            return usage_error(make_diag("DBI-CLI-012", "", {path}), lang);
    }
    // The public file first: if it cannot be written, no secret is left behind.
    if (!write_output(pub_path, crypto::public_key_file_text(crypto::public_part(file)), false,
                      lang))
        return kExitUsage;
    if (!write_output(*out, crypto::key_file_text(file), true, lang)) return kExitUsage;

    if (opt.json) {
        OrderedJson j;
        j["key_id"] = file.key.key_id;
        j["role"] = std::string(to_string(file.role));
        j["label"] = file.label;
        j["public_key"] = base64_encode(file.key.public_key.data(), file.key.public_key.size());
        j["key_file"] = *out;
        j["public_key_file"] = pub_path;
        std::cout << dump_json(j) << '\n';
        return kExitOk;
    }
    std::cout << tr(lang, "New key ", "Đã tạo khóa ") << file.key.key_id << " · "
              << role_text(file.role, lang);
    if (!file.label.empty()) std::cout << " · " << file.label;
    std::cout << '\n'
              << tr(lang, "  secret key: ", "  khóa bí mật: ") << *out
              << tr(lang, " (readable by you only — keep it secret, keep a backup)",
                    " (chỉ bạn đọc được — hãy giữ kín và sao lưu)")
              << '\n'
              << tr(lang, "  public key: ", "  khóa công khai: ") << pub_path;
    if (file.role == Role::device)
        std::cout << tr(lang, " (each signed certificate carries it)",
                        " (được gửi kèm trong mỗi chứng nhận đã ký)");
    else if (file.role == Role::root)
        std::cout << tr(lang, " (pin it in every kit that verifies: indices/trust/root.pub.json)",
                        " (cài sẵn vào mọi bộ công cụ dùng để xác minh: indices/trust/root.pub.json)");
    else
        std::cout << tr(lang, " (give it to the trust list operator)",
                        " (gửi tệp này cho đơn vị quản lý danh sách tin cậy)");
    std::cout << '\n';
    return kExitOk;
}

}  // namespace dbi::cli
