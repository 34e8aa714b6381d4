// dbi — the DBI Kit command-line tool: score answers, validate index files, classify an
// enterprise profile, explain a result. Human output in Vietnamese (default) or English;
// --json for machine output. Exit: 0 ok · 1 input rejected · 2 usage or I/O error.
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "cli.hpp"
#include "signing.hpp"
#include "dbi/unicode.hpp"

#ifndef DBI_INDICES_DIR
#error "DBI_INDICES_DIR must be defined by the build"
#endif
#ifndef DBI_VERSION
#define DBI_VERSION "0.0.0"
#endif

namespace {

using dbi::Lang;
using namespace dbi::cli;

struct Command {
    const char* name;
    int (*run)(const Options&);
    std::set<std::string> value_options;  // besides the global --lang and --indices
    const char* help_en;
    const char* help_vi;
};

const char* const kGeneralHelpEn =
    "dbi — DBI Kit: self-assessment of enterprise digital transformation\n"
    "(Decision 1970/QĐ-BTTTT)\n"
    "\n"
    "Usage: dbi <command> [options] FILE…\n"
    "\n"
    "Commands:\n"
    "  score ANSWERS.json         score answers (dbi-answers/1) or aggregate a group\n"
    "                             (dbi-group/1)\n"
    "  validate-index FILE…       check index definitions (dbi-index/1)\n"
    "  classify PROFILE.json      size class and index set of an enterprise (dbi-profile/1)\n"
    "  explain ANSWERS.json       what would raise the result; SMEdx platform groups\n"
    "  keygen --role ROLE         a new signing key (device, kiosk, receipt, assessor, root)\n"
    "  sign ANSWERS.json          sign an assessment; --receipt / --countersign add signatures\n"
    "  verify ENVELOPE.json       is a signed result genuine, and who signed it\n"
    "  trust KEY.pub.json…        build and sign a trust list with the root key\n"
    "\n"
    "Options for every command:\n"
    "  --lang vi|en               language of the output (default: vi)\n"
    "  --json                     machine-readable output\n"
    "  --indices DIR              index directory (default: $DBI_INDICES_DIR, else the built-in)\n"
    "  --help                     help (dbi <command> --help for one command)\n"
    "  --version                  version\n"
    "\n"
    "Exit status: 0 ok, 1 the input was rejected, 2 usage or I/O error.\n";

const char* const kGeneralHelpVi =
    "dbi — DBI Kit: tự đánh giá mức độ chuyển đổi số doanh nghiệp\n"
    "(Quyết định 1970/QĐ-BTTTT)\n"
    "\n"
    "Cách dùng: dbi <lệnh> [tùy chọn] TỆP…\n"
    "\n"
    "Các lệnh:\n"
    "  score ANSWERS.json         chấm điểm câu trả lời (dbi-answers/1) hoặc tổng hợp tập đoàn\n"
    "                             (dbi-group/1)\n"
    "  validate-index TỆP…        kiểm tra tệp định nghĩa bộ chỉ số (dbi-index/1)\n"
    "  classify PROFILE.json      xác định quy mô và bộ chỉ số phù hợp của doanh nghiệp\n"
    "                             (dbi-profile/1)\n"
    "  explain ANSWERS.json       cần cải thiện gì để nâng mức; nhóm nền tảng SMEdx gợi ý\n"
    "  keygen --role VAI_TRÒ      tạo khóa ký mới (device, kiosk, receipt, assessor, root)\n"
    "  sign ANSWERS.json          ký bản đánh giá; --receipt / --countersign để ký thêm\n"
    "  verify ENVELOPE.json       kiểm tra kết quả có chữ ký có hợp lệ không và ai đã ký\n"
    "  trust KEY.pub.json…        lập và ký danh sách tin cậy bằng khóa gốc\n"
    "\n"
    "Tùy chọn dùng cho mọi lệnh:\n"
    "  --lang vi|en               ngôn ngữ hiển thị (mặc định: vi)\n"
    "  --json                     kết quả dạng JSON cho máy đọc\n"
    "  --indices THƯ_MỤC          thư mục bộ chỉ số (mặc định: $DBI_INDICES_DIR, nếu không có\n"
    "                             thì dùng thư mục cài sẵn)\n"
    "  --help                     hướng dẫn (dbi <lệnh> --help cho từng lệnh)\n"
    "  --version                  phiên bản\n"
    "\n"
    "Mã thoát: 0 thành công, 1 dữ liệu đầu vào bị từ chối, 2 lỗi cách dùng hoặc lỗi đọc tệp.\n";

const std::vector<Command>& commands() {
    static const std::vector<Command> kCommands = {
        {"score", run_score, {"--index"},
         "Usage: dbi score ANSWERS.json [--index FILE] [--json] [--lang vi|en]\n"
         "\n"
         "Scores the answers against the index named by their \"index\" field (looked up as\n"
         "<indices>/<id>.json) or against --index FILE. Prints the total and level, every pillar\n"
         "and indicator, completeness and the unanswered criteria. A dbi-group/1 file is\n"
         "aggregated with its group index instead.\n"
         "--json prints the canonical result (dbi-result/1 or dbi-group-result/1, RFC 8785).\n",
         "Cách dùng: dbi score ANSWERS.json [--index TỆP] [--json] [--lang vi|en]\n"
         "\n"
         "Chấm điểm câu trả lời theo bộ chỉ số ghi ở trường \"index\" (tìm tệp\n"
         "<thư mục bộ chỉ số>/<mã>.json) hoặc theo --index TỆP. In tổng điểm và mức, từng trụ cột\n"
         "và chỉ số thành phần, mức độ hoàn thành và các tiêu chí chưa trả lời. Tệp dbi-group/1\n"
         "được tổng hợp theo bộ chỉ số tập đoàn.\n"
         "--json in kết quả dạng chuẩn tắc (dbi-result/1 hoặc dbi-group-result/1, RFC 8785).\n"},
        {"validate-index", run_validate_index, {},
         "Usage: dbi validate-index FILE… [--json] [--lang vi|en]\n"
         "\n"
         "Checks each index definition: structure, sums, band tiling, level rules, translations,\n"
         "Unicode NFC. Prints every error and warning and a verdict per file; exits with 1 when\n"
         "any file has an error. --json prints [{\"file\", \"valid\", \"diagnostics\"}, …].\n",
         "Cách dùng: dbi validate-index TỆP… [--json] [--lang vi|en]\n"
         "\n"
         "Kiểm tra từng tệp định nghĩa bộ chỉ số: cấu trúc, tổng điểm, các khoảng, quy tắc xếp\n"
         "mức, bản dịch, chuẩn Unicode NFC. In mọi lỗi, cảnh báo và kết luận cho từng tệp;\n"
         "mã thoát là 1 khi có tệp bị lỗi.\n"
         "--json in [{\"file\", \"valid\", \"diagnostics\"}, …].\n"},
        {"classify", run_classify, {"--reference"},
         "Usage: dbi classify PROFILE.json [--reference DIR] [--json] [--lang vi|en]\n"
         "\n"
         "Checks an enterprise profile (dbi-profile/1) and tells its Decree 80/2021 size class,\n"
         "sector group and the index set it should use, with the reasons. The reference data is\n"
         "read from DIR (default: <indices>/reference).\n",
         "Cách dùng: dbi classify PROFILE.json [--reference THƯ_MỤC] [--json] [--lang vi|en]\n"
         "\n"
         "Kiểm tra hồ sơ doanh nghiệp (dbi-profile/1), xác định quy mô theo Nghị định\n"
         "80/2021/NĐ-CP, lĩnh vực và bộ chỉ số nên dùng, kèm lý do. Dữ liệu tham chiếu đọc từ\n"
         "THƯ_MỤC (mặc định: <thư mục bộ chỉ số>/reference).\n"},
        {"explain", run_explain, {"--index", "--smedx", "--vsic"},
         "Usage: dbi explain ANSWERS.json [--index FILE] [--smedx FILE] [--vsic SECTION]\n"
         "                   [--json] [--lang vi|en]\n"
         "\n"
         "Explains the result: the points and pillars still needed for the next overall level,\n"
         "the fewest answer steps that lift each pillar to its next level, and the SMEdx platform\n"
         "groups (Decision 377/QĐ-BTTTT) for the weakest pillars. --vsic adds the groups for a\n"
         "VSIC section (A–U). SMEdx data: --smedx FILE (default:\n"
         "<indices>/reference/vn.mic.377-2021.smedx.json).\n",
         "Cách dùng: dbi explain ANSWERS.json [--index TỆP] [--smedx TỆP] [--vsic NGÀNH]\n"
         "                   [--json] [--lang vi|en]\n"
         "\n"
         "Giải thích kết quả: số điểm và số trụ cột còn thiếu để lên mức tổng thể kế tiếp, những\n"
         "bước trả lời ít nhất để nâng từng trụ cột lên mức kế tiếp, và các nhóm nền tảng SMEdx\n"
         "(Quyết định 377/QĐ-BTTTT) cho các trụ cột yếu nhất. --vsic thêm các nhóm theo ngành\n"
         "cấp 1 của VSIC (A–U). Dữ liệu SMEdx: --smedx TỆP (mặc định:\n"
         "<thư mục bộ chỉ số>/reference/vn.mic.377-2021.smedx.json).\n"},
        {"keygen", run_keygen, {"--role", "--label", "--out", "--at", "--seed"},
         "Usage: dbi keygen --role device|kiosk|receipt|assessor|root [--label TEXT] --out KEY.json\n"
         "                  [--at TIME] [--json] [--lang vi|en]\n"
         "\n"
         "Makes a new Ed25519 key. KEY.json holds the secret (created with mode 0600, never\n"
         "overwritten); KEY.pub.json beside it holds the public part, for the trust list operator.\n"
         "--label names the holder (\"Sở KH&CN TP Hồ Chí Minh — máy chủ 1\"). --seed HEX (64 hex\n"
         "digits) makes a reproducible key: for test fixtures only.\n",
         "Cách dùng: dbi keygen --role device|kiosk|receipt|assessor|root [--label TÊN]\n"
         "                      --out KEY.json [--at THỜI_ĐIỂM] [--json] [--lang vi|en]\n"
         "\n"
         "Tạo khóa Ed25519 mới. KEY.json chứa khóa bí mật (tạo với quyền 0600, không bao giờ ghi\n"
         "đè); KEY.pub.json bên cạnh chứa khóa công khai để gửi cho đơn vị quản lý danh sách tin\n"
         "cậy. --label ghi tên người giữ khóa (\"Sở KH&CN TP Hồ Chí Minh — máy chủ 1\").\n"
         "--seed HEX (64 chữ số thập lục phân) tạo khóa lặp lại được: chỉ dùng cho dữ liệu kiểm thử.\n"},
        {"sign", run_sign,
         {"--profile", "--key", "--out", "--at", "--channel", "--kiosk", "--submission-id",
          "--receipt-id", "--trust", "--root", "--index", "--reference", "--publish",
          "--no-answers", "--receipt", "--countersign"},
         "Usage: dbi sign ANSWERS.json --profile PROFILE.json --key DEVICE.json [--publish]\n"
         "                [--channel web|embed|kiosk] [--no-answers] [--out ENVELOPE.json]\n"
         "       dbi sign --receipt ENVELOPE.json --key RECEIPT.json [--out FILE]\n"
         "       dbi sign --countersign ENVELOPE.json --key ASSESSOR.json [--out FILE]\n"
         "       common: [--at TIME] [--trust TRUST.json] [--root ROOT.pub.json] [--lang vi|en]\n"
         "\n"
         "The first form scores the answers, takes the enterprise from the profile (the size\n"
         "class from its classification) and signs a dbi-assessment/1 statement with a device or\n"
         "kiosk key into a dbi-envelope/1 with the answers attached. --publish opts in to public\n"
         "rankings. --no-answers leaves the answers out (a shareable certificate: only their hash\n"
         "is signed). --receipt verifies the envelope, re-scores its attached answers and appends\n"
         "a receipt signed by a receipt key; --countersign appends an assessor's \"validated\".\n"
         "Times come from the system clock unless --at 2026-11-23T08:00:00Z. The envelope goes to\n"
         "--out FILE, or to standard output.\n",
         "Cách dùng: dbi sign ANSWERS.json --profile PROFILE.json --key DEVICE.json [--publish]\n"
         "                    [--channel web|embed|kiosk] [--no-answers] [--out ENVELOPE.json]\n"
         "           dbi sign --receipt ENVELOPE.json --key RECEIPT.json [--out TỆP]\n"
         "           dbi sign --countersign ENVELOPE.json --key ASSESSOR.json [--out TỆP]\n"
         "           dùng chung: [--at THỜI_ĐIỂM] [--trust TRUST.json] [--root ROOT.pub.json]\n"
         "\n"
         "Dạng thứ nhất chấm điểm câu trả lời, lấy thông tin doanh nghiệp từ hồ sơ (quy mô theo\n"
         "kết quả phân loại) và ký bản đánh giá dbi-assessment/1 bằng khóa thiết bị hoặc ki-ốt,\n"
         "đóng vào phong bì dbi-envelope/1 kèm câu trả lời. --publish: đồng ý công khai trong bảng\n"
         "xếp hạng. --no-answers: không đính kèm câu trả lời (bản chứng nhận để chia sẻ, chỉ ký mã\n"
         "băm). --receipt kiểm tra phong bì, chấm lại câu trả lời đính kèm rồi thêm biên nhận ký\n"
         "bằng khóa máy chủ thu nhận; --countersign thêm chữ ký xác nhận của chuyên gia đánh giá.\n"
         "Thời điểm ký lấy theo đồng hồ hệ thống, trừ khi có --at 2026-11-23T08:00:00Z. Phong bì\n"
         "được ghi vào --out TỆP hoặc ra đầu ra chuẩn.\n"},
        {"verify", run_verify, {"--trust", "--root"},
         "Usage: dbi verify ENVELOPE.json [--trust TRUST.json] [--root ROOT.pub.json] [--json]\n"
         "                  [--lang vi|en]\n"
         "\n"
         "Checks a signed result in the fixed order (size, format, keys and their validity,\n"
         "signatures, content, attached answers re-scored) and prints who signed what, the index\n"
         "version, the score and level. Trust list: --trust (default <indices>/trust/trust.json),\n"
         "checked against the pinned root key --root (default <indices>/trust/root.pub.json).\n"
         "Exit 0 genuine, 1 not genuine (with the reason), 2 usage or I/O error.\n",
         "Cách dùng: dbi verify ENVELOPE.json [--trust TRUST.json] [--root ROOT.pub.json] [--json]\n"
         "                      [--lang vi|en]\n"
         "\n"
         "Kiểm tra kết quả có chữ ký theo thứ tự cố định (kích thước, định dạng, khóa và thời hạn\n"
         "hiệu lực, chữ ký, nội dung, chấm lại câu trả lời đính kèm) rồi in ai đã ký gì, phiên bản\n"
         "bộ chỉ số, điểm và mức. Danh sách tin cậy: --trust (mặc định\n"
         "<thư mục bộ chỉ số>/trust/trust.json), kiểm tra bằng khóa gốc đã ghim --root (mặc định\n"
         "<thư mục bộ chỉ số>/trust/root.pub.json).\n"
         "Mã thoát: 0 hợp lệ, 1 không hợp lệ (kèm lý do), 2 lỗi cách dùng hoặc lỗi đọc tệp.\n"},
        {"trust", run_trust,
         {"--root", "--out", "--at", "--base", "--sequence", "--valid-from", "--valid-until"},
         "Usage: dbi trust --root ROOT.json --out TRUST.json [--base OLD.json] [--sequence N]\n"
         "                 [--at TIME] [--valid-from TIME] [--valid-until TIME]\n"
         "                 KEY.pub.json[,FROM[,UNTIL]]…\n"
         "\n"
         "Signs a trust list with the root key: the receipt, assessor and kiosk public keys that\n"
         "verifiers accept, each valid from FROM to UNTIL (default: --valid-from, else now, for two\n"
         "years, or --valid-until). --base keeps the keys of an earlier list and numbers the new\n"
         "one after it; re-adding a key replaces its entry.\n",
         "Cách dùng: dbi trust --root ROOT.json --out TRUST.json [--base CŨ.json] [--sequence N]\n"
         "                     [--at THỜI_ĐIỂM] [--valid-from THỜI_ĐIỂM] [--valid-until THỜI_ĐIỂM]\n"
         "                     KEY.pub.json[,TỪ[,ĐẾN]]…\n"
         "\n"
         "Ký danh sách tin cậy bằng khóa gốc: các khóa công khai của máy chủ thu nhận, chuyên gia\n"
         "đánh giá và ki-ốt mà bên xác minh chấp nhận, mỗi khóa có hiệu lực từ TỪ đến ĐẾN (mặc\n"
         "định: từ --valid-from hoặc thời điểm hiện tại, trong hai năm, hoặc đến --valid-until).\n"
         "--base giữ các khóa của danh sách cũ và đánh số tiếp theo; thêm lại một khóa sẽ thay\n"
         "mục cũ của khóa đó.\n"},
    };
    return kCommands;
}

// Every option that takes a value, for any command; which command accepts which is checked
// once the command is known.
const std::set<std::string> kValueOptions = {
    "--lang", "--indices", "--index", "--smedx", "--vsic", "--reference",
    // signing commands
    "--role", "--label", "--out", "--at", "--seed", "--profile", "--key", "--channel", "--kiosk",
    "--submission-id", "--receipt-id", "--trust", "--root", "--base", "--sequence", "--valid-from",
    "--valid-until"};
// Options without a value, accepted only by the commands that list them (stored as "1").
const std::set<std::string> kFlagOptions = {"--publish", "--no-answers", "--receipt",
                                            "--countersign"};

const Command* find_command(const std::string& name) {
    for (const auto& c : commands())
        if (name == c.name) return &c;
    return nullptr;
}

// Splits "--opt=value" into name and value; `has_value` tells whether '=' was present.
std::string option_name(const std::string& arg, std::string& value, bool& has_value) {
    const auto eq = arg.find('=');
    has_value = eq != std::string::npos;
    if (has_value) value = arg.substr(eq + 1);
    return has_value ? arg.substr(0, eq) : arg;
}

int run(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    Options opt;

    // The language first, so that every later message is in it.
    for (std::size_t i = 0; i < args.size() && args[i] != "--"; ++i) {
        std::string value;
        bool has_value = false;
        if (option_name(args[i], value, has_value) != "--lang") continue;
        if (!has_value && i + 1 < args.size()) value = args[i + 1];
        if (value == "en") opt.lang = Lang::en;
        else if (value == "vi") opt.lang = Lang::vi;
        else if (!has_value && i + 1 >= args.size())
            return usage_error(dbi::make_diag("DBI-CLI-003", "", {"--lang"}), opt.lang);
        else return usage_error(dbi::make_diag("DBI-CLI-007", "", {value}), opt.lang);
    }

    bool version = false;
    bool only_files = false;
    std::vector<std::pair<std::string, std::string>> values;  // in order, checked later
    std::vector<std::string> unknown;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (only_files || arg.size() < 2 || arg[0] != '-' || arg == "-") {
            if (opt.command.empty() && !only_files) opt.command = arg;
            else opt.files.push_back(arg);
            continue;
        }
        if (arg == "--") {
            only_files = true;
            continue;
        }
        std::string value;
        bool has_value = false;
        const std::string name = option_name(arg, value, has_value);
        if (name == "--help" || name == "-h") { opt.help = true; continue; }
        if (name == "--version") { version = true; continue; }
        if (name == "--json") { opt.json = true; continue; }
        if (kFlagOptions.count(name) && !has_value) {
            values.emplace_back(name, "1");
            continue;
        }
        if (!kValueOptions.count(name)) {
            unknown.push_back(arg);  // reported once the command is known
            continue;
        }
        if (!has_value) {
            if (i + 1 >= args.size())
                return usage_error(dbi::make_diag("DBI-CLI-003", "", {name}), opt.lang);
            value = args[++i];
        }
        values.emplace_back(name, value);
    }

    if (version) {
        std::cout << "dbi " << DBI_VERSION << " (Unicode " << dbi::unicode_version() << ")\n";
        return kExitOk;
    }
    if (opt.command.empty()) {
        if (opt.help) {
            std::cout << (opt.lang == Lang::vi ? kGeneralHelpVi : kGeneralHelpEn);
            return kExitOk;
        }
        return usage_error(dbi::make_diag("DBI-CLI-010", "", {}), opt.lang);
    }
    if (opt.command == "help") {
        std::cout << (opt.lang == Lang::vi ? kGeneralHelpVi : kGeneralHelpEn);
        return kExitOk;
    }
    const Command* cmd = find_command(opt.command);
    if (!cmd) return usage_error(dbi::make_diag("DBI-CLI-001", "", {opt.command}), opt.lang);
    if (opt.help) {
        std::cout << (opt.lang == Lang::vi ? cmd->help_vi : cmd->help_en);
        return kExitOk;
    }
    if (!unknown.empty())
        return usage_error(dbi::make_diag("DBI-CLI-002", "", {unknown.front(), opt.command}),
                           opt.lang);
    // Value options are checked against the command only now: they may precede it.
    for (const auto& [name, value] : values) {
        if (name == "--lang") continue;
        if (name == "--indices") { opt.indices_dir = value; continue; }
        if (!cmd->value_options.count(name))
            return usage_error(dbi::make_diag("DBI-CLI-002", "", {name, opt.command}), opt.lang);
        opt.values[name] = value;
    }
    if (opt.indices_dir.empty()) {
        const char* env = std::getenv("DBI_INDICES_DIR");
        opt.indices_dir = env && *env ? env : DBI_INDICES_DIR;
    }
    return cmd->run(opt);
}

}  // namespace

int main(int argc, char** argv) { return run(argc, argv); }
