// signing.hpp — what "dbi keygen", "dbi sign", "dbi trust" and "dbi verify" share: key and trust
// list files, the clock, writing outputs, role names. docs/signing.md describes the formats.
#pragma once

#include <optional>
#include <string>

#include "cli.hpp"
#include "dbi/envelope.hpp"
#include "dbi/keyfile.hpp"

namespace dbi::cli {

// The commands (registered in main.cpp).
int run_keygen(const Options& opt);
int run_sign(const Options& opt);
int run_trust(const Options& opt);
int run_verify(const Options& opt);

// libsodium ready; prints DBI-CLI-018 otherwise.
bool crypto_ready(Lang lang);

// --at TIME when given (checked: DBI-SUB-020, exit 2), else the system clock, as UTC text.
// Core never reads a clock; the CLI is where "now" comes from.
std::optional<std::string> signing_time(const Options& opt);

// The value of a required option; prints DBI-CLI-014 when it is missing.
std::optional<std::string> required_option(const Options& opt, const char* name);

// "receipt" → "máy chủ thu nhận (receipt)" / "receipt server (receipt)".
std::string role_text(Role role, Lang lang);

// Key files; `exit_code` 2 when unreadable, 1 when rejected (diagnostics on stderr, prefixed
// by the path).
std::optional<crypto::KeyFile> load_key_file(const std::string& path, Lang lang, int& exit_code);
std::optional<crypto::PublicKeyFile> load_public_key_file(const std::string& path, Lang lang,
                                                          int& exit_code);

// The trust list for verifying: --trust FILE (else <indices>/trust/trust.json when it exists,
// else an empty list) checked against --root FILE (else <indices>/trust/root.pub.json).
std::optional<TrustList> load_trust_for(const Options& opt, int& exit_code);

// Writes `text` to `path` ("" or "-": stdout). `secret`: mode 0600 and never over an existing
// file (DBI-CLI-012). Prints DBI-CLI-013 on failure.
bool write_output(const std::string& path, const std::string& text, bool secret, Lang lang);

// The index an envelope names, for re-scoring its attached answers: <indices>/<id>.json when
// present and valid; nullptr otherwise (verification then reports DBI-SUB-017).
IndexLookup index_lookup(const Options& opt);

}  // namespace dbi::cli
