#include "i18n.hpp"

#include <cstddef>

namespace dbi::web {

namespace {

struct Entry {
    const char* vi;
    const char* en;
};

// In the order of enum Str. Vietnamese is written first and is the reference text.
constexpr Entry kStrings[] = {
    // kit_name
    {"DBI Kit — Tự đánh giá chuyển đổi số doanh nghiệp",
     "DBI Kit — Enterprise digital transformation self-assessment"},
    // kit_tagline
    {"Bộ công cụ mã nguồn mở, dùng được cả khi không có mạng.",
     "An open-source kit that also works offline."},
    // language_toggle
    {"English", "Tiếng Việt"},
    // about_heading
    {"Đánh giá này là gì?", "What is this assessment?"},
    // about_body
    {"Bạn trả lời các câu hỏi về doanh nghiệp theo từng trụ cột của Bộ chỉ số đánh giá mức độ "
     "chuyển đổi số doanh nghiệp (Quyết định 1970/QĐ-BTTTT). Công cụ tính điểm từng trụ cột, "
     "tổng điểm và mức độ chuyển đổi số của doanh nghiệp, từ mức 0 (chưa bắt đầu) đến mức 5 "
     "(dẫn dắt), và chỉ ra những nội dung còn nhiều dư địa cải thiện.",
     "You answer questions about your enterprise, pillar by pillar, following the enterprise "
     "digital transformation index (Decision 1970/QĐ-BTTTT). The kit computes the points of each "
     "pillar, the total and your digital transformation level, from level 0 (not started) to "
     "level 5 (leading), and shows where there is most room to improve."},
    // not_official
    {"Đây là công cụ tự đánh giá độc lập; kết quả không thay thế kết quả đánh giá chính thức "
     "của cơ quan nhà nước.",
     "This is an independent self-assessment tool; its results do not replace an official "
     "assessment by the authorities."},
    // privacy_heading
    {"Quyền riêng tư", "Privacy"},
    // privacy_body
    {"Không có dữ liệu nào rời khỏi trình duyệt của bạn. Câu trả lời được xử lý và chấm điểm "
     "ngay trên thiết bị này; trang không dùng công cụ theo dõi hay phân tích và không gửi yêu "
     "cầu nào tới bên thứ ba.",
     "No data leaves your browser. Your answers are processed and scored on this device; the "
     "page uses no tracking or analytics and makes no requests to third parties."},
    // index_heading
    {"Bộ chỉ số đã nạp", "Loaded index"},
    // index_loading
    {"Đang tải bộ chỉ số…", "Loading the index…"},
    // index_unavailable
    {"Không tải được tệp bộ chỉ số:", "The index file could not be loaded:"},
    // index_invalid
    {"Tệp bộ chỉ số không hợp lệ:", "The index file is not valid:"},
    // computed_in_browser
    {"Các số liệu dưới đây do lõi chấm điểm (C++ biên dịch sang WebAssembly) tính ngay trong "
     "trình duyệt của bạn.",
     "The figures below are computed in your browser by the scoring core (C++ compiled to "
     "WebAssembly)."},
    // col_pillar
    {"Trụ cột", "Pillar"},
    // col_max_points
    {"Điểm tối đa", "Max. points"},
    // col_criteria
    {"Số tiêu chí", "Criteria"},
    // total
    {"Tổng cộng", "Total"},
    // start_assessment
    {"Bắt đầu đánh giá", "Start the assessment"},
    // coming_soon
    {"Bảng câu hỏi sẽ có trong phiên bản tới.", "The questionnaire comes in the next version."},
};

static_assert(sizeof(kStrings) / sizeof(kStrings[0]) == static_cast<std::size_t>(Str::count_),
              "every Str key needs exactly one entry in kStrings");

}  // namespace

const char* tr(Str key, Lang lang) noexcept {
    const auto i = static_cast<std::size_t>(key);
    if (i >= static_cast<std::size_t>(Str::count_)) {
        return "";
    }
    return lang == Lang::vi ? kStrings[i].vi : kStrings[i].en;
}

}  // namespace dbi::web
