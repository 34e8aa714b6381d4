#!/usr/bin/env python3
"""Generate the Decision 1970 large-enterprise and group index definitions (dbi-index/1).

Writes, relative to the repository root:
  indices/vn.mic.1970-2021.large.json  -- model "maturity_tree", 6 pillars / 25 indicators /
                                          140 listed criteria, 139 scored, 695 points
  indices/vn.mic.1970-2021.group.json  -- model "group_aggregate", 6 pillars + aggregation

Where the data comes from (see /work/shared/notes/later-instruments.md §4 and
dbi-framework.md §2, §4, §5, §6.7):
  * Pillar names and the counts 6/25/139 are the confirmed 1970 facts [HTXD].
  * Indicator and criterion ids/titles, the pillar maxima 125/120/145/110/110/85 and the
    per-group five-level ladders come from a third-party transcription of the 1567
    large-enterprise index (Phụ lục II, Phần B) [GH-1567-LQ, GH-1567-CONST]; using them for
    1970 is an inference, so they are "provisional".
  * Questions, help texts and the per-criterion answer ladders are the kit's own wording,
    adapted from each group's ladder (ad hoc -> some units -> most units -> whole enterprise
    -> whole ecosystem). Group 3.3 keeps its quantitative compliance ladder.
  * Of the 18 listed Data-pillar items, 6.1.2 is kept but not scored (official count 17).

The criterion texts live in TREE below in a small line format, one record per line:
    P <id> | <max> | <vi> | <en>        pillar
    I <id> | <vi> | <en>                indicator
    C <id> | <vi> | <en>                criterion title
    V <vi verb phrase> | <en verb phrase>
        used to build the gate ("Doanh nghiệp có <vp> không?" / "Does the enterprise <vp>?")
        and the question ("Doanh nghiệp <vp> ở mức độ nào?" / "To what extent does the
        enterprise <vp>?") unless G / Q lines give them explicitly
    G <vi> | <en>   explicit gate        Q <vi> | <en>   explicit question
    H <vi> | <en>   help text
    1..5 <vi> | <en>  answer options, points 1..5
    X               criterion listed but not scored (note built in UNSCORED_NOTES)
Output is pretty-printed (2-space indent), UTF-8, every string in Unicode NFC.

Usage: gen_large_index.py [--root /path/to/repo]
"""
import argparse
import json
import os
import sys
import unicodedata

POINTS_PER_CRITERION = 5

# fmt: off
TREE = """
P 1 | 125 | Trải nghiệm số cho khách hàng | Digital customer experience
I 1.1 | Góc nhìn của khách hàng đối với sản phẩm/dịch vụ | Customer's view of products and services
C 1.1.1 | Cá nhân hóa trải nghiệm | Experience personalisation
V cá nhân hóa nội dung, ưu đãi và giao diện theo từng khách hàng | personalise content, offers and interfaces for each customer
H Cá nhân hóa là điều chỉnh những gì khách hàng thấy và nhận được theo hồ sơ, lịch sử mua và hành vi của chính họ. Ví dụ: gợi ý sản phẩm theo lịch sử mua, lời chào theo tên trong ứng dụng, ưu đãi theo ngày sinh hoặc hạng thành viên. | Personalisation means adapting what each customer sees and receives to their own profile, purchase history and behaviour. Examples: product suggestions based on past purchases, a greeting by name in the app, offers tied to a birthday or membership tier.
1 Thỉnh thoảng cá nhân hóa thủ công, ví dụ nhân viên tự gửi lời chúc, ưu đãi cho vài khách quen | Occasional manual personalisation, e.g. staff sending greetings or offers to a few regular customers
2 Một số bộ phận hoặc kênh cá nhân hóa nội dung, ưu đãi dựa trên dữ liệu khách hàng | Some units or channels personalise content and offers using customer data
3 Hầu hết kênh và bộ phận cá nhân hóa theo phân khúc và lịch sử giao dịch | Most channels and units personalise by segment and transaction history
4 Cá nhân hóa nhất quán, theo thời gian thực trên mọi kênh của toàn doanh nghiệp | Consistent, real-time personalisation on every channel of the whole enterprise
5 Cá nhân hóa mở rộng sang đối tác: ưu đãi, dịch vụ liên kết được may đo cho từng khách | Personalisation extends to partners: joint offers and services tailored to each customer
C 1.1.2 | Tiếp thị mục tiêu | Targeted marketing
V tiếp thị có mục tiêu tới từng phân khúc khách hàng trên kênh số | run targeted marketing to defined customer segments on digital channels
H Tiếp thị mục tiêu là chọn đúng nhóm khách hàng, đúng thông điệp và đúng kênh dựa trên dữ liệu thay vì gửi đại trà. Ví dụ: quảng cáo theo đối tượng trên mạng xã hội, email hoặc tin nhắn Zalo gửi theo phân khúc, chiến dịch bán chéo cho khách đã mua. | Targeted marketing means picking the right customer group, message and channel from data instead of mass mailing. Examples: audience-based social-media ads, email or Zalo messages sent by segment, cross-selling campaigns to existing buyers.
1 Chiến dịch rời rạc, chủ yếu gửi đại trà, đôi khi chọn đối tượng theo cảm tính | Isolated campaigns, mostly mass messages, audiences sometimes chosen by gut feeling
2 Một số bộ phận chạy chiến dịch theo phân khúc và theo dõi kết quả | Some units run segment-based campaigns and track their results
3 Hầu hết chiến dịch nhắm theo phân khúc dữ liệu, có đo tỷ lệ chuyển đổi | Most campaigns target data-driven segments and measure conversion rates
4 Toàn doanh nghiệp dùng chung dữ liệu, công cụ để nhắm mục tiêu và tự động tối ưu chiến dịch | The whole enterprise shares targeting data and tools and optimises campaigns automatically
5 Tiếp thị mục tiêu phối hợp với đối tác, dùng dữ liệu chia sẻ hợp pháp trong hệ sinh thái | Targeted marketing run with partners, using lawfully shared ecosystem data
C 1.1.3 | Tự tùy chỉnh | Self-customisation
V cho khách hàng tự tùy chỉnh sản phẩm, dịch vụ hoặc tài khoản của mình trên kênh số | let customers customise products, services or their own account on digital channels
H Khách hàng tự chọn cấu hình, gói dịch vụ hay thiết lập mà không cần qua nhân viên. Ví dụ: tự chọn gói cước, tự cấu hình sản phẩm trên website, tự đặt thông báo, hạn mức hay cách nhận hàng trong ứng dụng. | Customers choose configurations, plans or settings themselves without going through staff. Examples: choosing a tariff plan, configuring a product on the website, setting notifications, limits or delivery options in the app.
1 Chỉ vài thiết lập đơn giản cho khách tự chọn, phần lớn thay đổi phải qua nhân viên | Only a few simple settings are self-service; most changes go through staff
2 Một số sản phẩm/dịch vụ cho phép khách tự tùy chỉnh trực tuyến | Some products or services can be customised online by the customer
3 Hầu hết sản phẩm/dịch vụ cho phép tự tùy chỉnh, thay đổi có hiệu lực ngay | Most products and services are self-customisable, with changes effective at once
4 Khách tự tùy chỉnh mọi sản phẩm/dịch vụ trên mọi kênh của doanh nghiệp | Customers can customise every product and service on every channel of the enterprise
5 Khách tự kết hợp sản phẩm của doanh nghiệp với dịch vụ của đối tác theo nhu cầu | Customers can combine the enterprise's products with partners' services as they wish
C 1.1.4 | Dễ sử dụng | Ease of use
V thiết kế và kiểm tra để sản phẩm, dịch vụ số dễ sử dụng với khách hàng | design and test its digital products and services for ease of use
H Dễ sử dụng là khách hàng hoàn thành việc cần làm (đặt hàng, thanh toán, tra cứu) nhanh, ít bước, ít lỗi, kể cả người cao tuổi hay người khuyết tật. Ví dụ: thử nghiệm với người dùng thật, đo số bước và thời gian hoàn thành, áp dụng hướng dẫn tiếp cận WCAG. | Ease of use means customers finish their task (ordering, paying, looking something up) quickly, in few steps and with few errors, including older or disabled users. Examples: testing with real users, measuring steps and completion time, following the WCAG accessibility guidelines.
1 Giao diện làm theo cảm nhận của người phát triển, chỉ sửa khi khách phàn nàn | Interfaces follow the developers' own taste and are fixed only after complaints
2 Một số sản phẩm số được thử nghiệm với người dùng trước khi ra mắt | Some digital products are tested with users before launch
3 Hầu hết sản phẩm số theo chuẩn thiết kế chung, có đo mức dễ sử dụng | Most digital products follow a shared design standard and measure usability
4 Toàn doanh nghiệp dùng một hệ thống thiết kế, cải tiến liên tục theo số liệu sử dụng | The whole enterprise uses one design system and improves continuously from usage data
5 Trải nghiệm vẫn liền mạch, dễ dùng khi khách chuyển sang dịch vụ của đối tác | The experience stays seamless and easy when customers move on to partner services
C 1.1.5 | Mức độ hứng thú | Engagement and excitement
V tạo sự hứng thú cho khách hàng khi dùng sản phẩm, dịch vụ số | make its digital products and services engaging for customers
H Mức độ khách hàng thấy hào hứng và muốn quay lại, thay vì chỉ dùng vì bắt buộc. Ví dụ: nội dung mới thường xuyên, trò chơi hóa (điểm thưởng, nhiệm vụ), trải nghiệm thực tế tăng cường; đo qua tần suất quay lại, thời gian sử dụng, điểm đánh giá trên kho ứng dụng. | How far customers find the experience appealing and want to come back rather than using it only because they must. Examples: regularly refreshed content, gamification (points, challenges), augmented-reality experiences; measured by return frequency, time in use and app-store ratings.
1 Chưa chủ động tạo hứng thú; chỉ có vài hoạt động tương tác tự phát | No deliberate effort; only a few spontaneous engagement activities
2 Một số sản phẩm có tính năng tạo hứng thú (trò chơi, điểm thưởng) và đo mức sử dụng | Some products have engaging features (games, points) and track usage
3 Hầu hết sản phẩm số có kế hoạch tạo hứng thú, theo dõi tỷ lệ quay lại và điểm đánh giá | Most digital products plan for engagement and track return rates and ratings
4 Toàn doanh nghiệp quản lý mức hứng thú bằng chỉ số chung và thử nghiệm A/B liên tục | The whole enterprise manages engagement with shared metrics and continuous A/B tests
5 Cùng đối tác tạo trải nghiệm hấp dẫn chung: sự kiện, nội dung, phần thưởng liên kết | Engaging experiences built with partners: joint events, content and rewards
C 1.1.6 | Tương tác số | Digital interaction
V tương tác với khách hàng qua các kênh số như website, ứng dụng, mạng xã hội, chat | interact with customers through digital channels such as the website, app, social media and chat
H Khách hàng có thể liên hệ, hỏi đáp, đặt hàng, theo dõi đơn và nhận hỗ trợ qua kênh số thay vì phải gọi điện hay đến trực tiếp. Ví dụ: chat trên website, Zalo OA, fanpage, chatbot, cổng tự phục vụ. | Customers can get in touch, ask questions, order, track orders and get support through digital channels instead of calling or visiting. Examples: website chat, a Zalo Official Account, a Facebook page, chatbots, a self-service portal.
1 Có vài kênh số nhưng trả lời thủ công, không thường xuyên | A few digital channels exist but are answered manually and irregularly
2 Một số bộ phận tương tác qua kênh số, có người phụ trách và thời hạn phản hồi | Some units interact digitally, with named owners and response times
3 Hầu hết giao dịch và hỗ trợ làm được qua kênh số, lịch sử tương tác được lưu | Most transactions and support can be done digitally, with interaction history kept
4 Mọi tương tác với khách trong toàn doanh nghiệp đều có kênh số, quản lý tập trung | Every customer interaction across the enterprise has a digital channel, managed centrally
5 Kênh số kết nối với đối tác để khách được phục vụ liền mạch trong cả chuỗi | Digital channels connect to partners so customers are served seamlessly along the chain
C 1.1.7 | Chủ động chăm sóc | Proactive care
V chủ động chăm sóc khách hàng trước khi họ phải liên hệ | care for customers proactively, before they need to get in touch
H Doanh nghiệp tự phát hiện nhu cầu hay sự cố và liên hệ khách trước, thay vì chờ khách gọi. Ví dụ: nhắc lịch bảo dưỡng, báo trước gián đoạn dịch vụ, cảnh báo hợp đồng sắp hết hạn, liên hệ khách vừa bỏ dở giỏ hàng. | The enterprise spots a need or a problem and contacts the customer first instead of waiting for a call. Examples: maintenance reminders, advance notice of service outages, contract-expiry alerts, following up an abandoned basket.
1 Chỉ chủ động liên hệ trong vài trường hợp, khi nhân viên tự nhớ | Proactive contact only in a few cases, when staff remember
2 Một số bộ phận có danh sách sự kiện để chủ động nhắc, báo cho khách | Some units keep lists of events that trigger reminders and notices
3 Hầu hết tình huống cần chăm sóc được hệ thống phát hiện và tự động thông báo | Most care situations are detected by systems and notified automatically
4 Toàn doanh nghiệp dự đoán nhu cầu từ dữ liệu và chủ động chăm sóc trên mọi kênh | The whole enterprise predicts needs from data and cares proactively on every channel
5 Chủ động chăm sóc cả ở khâu do đối tác đảm nhận, như vận chuyển, bảo hành | Proactive care also covers steps run by partners, such as delivery or warranty
C 1.1.8 | Gắn kết xã hội | Social engagement
V gắn kết với khách hàng và cộng đồng trên mạng xã hội | engage customers and communities on social media
H Doanh nghiệp xây dựng quan hệ với khách hàng qua mạng xã hội và cộng đồng trực tuyến: trả lời bình luận, lắng nghe ý kiến trên mạng (social listening), nuôi dưỡng cộng đồng người dùng, hợp tác với người có ảnh hưởng. | The enterprise builds relationships with customers through social networks and online communities: replying to comments, social listening, running user communities, working with influencers.
1 Có trang mạng xã hội nhưng đăng bài, trả lời không đều đặn | Social-media pages exist but posting and replies are irregular
2 Một số bộ phận có kế hoạch nội dung và trả lời khách trên mạng xã hội | Some units plan content and answer customers on social media
3 Hầu hết thương hiệu, sản phẩm có cộng đồng được quản lý, có theo dõi dư luận trực tuyến | Most brands and products have managed communities and monitor online sentiment
4 Toàn doanh nghiệp quản lý tập trung kênh xã hội, ý kiến khách được đưa vào cải tiến | Social channels managed centrally enterprise-wide; comments feed into improvements
5 Cộng đồng chung với đối tác, nơi khách hàng cùng tạo nội dung và ý tưởng | Shared communities with partners, where customers co-create content and ideas
C 1.1.9 | Thúc đẩy trung thành | Loyalty building
V dùng công cụ số để thúc đẩy khách hàng trung thành | use digital tools to build customer loyalty
H Giữ chân và khuyến khích khách quay lại bằng chương trình khách hàng thân thiết, điểm thưởng, hạng thành viên, ưu đãi riêng; đo qua tỷ lệ giữ chân, tỷ lệ mua lại hay chỉ số NPS. | Keeping customers and encouraging them to return through loyalty programmes, points, membership tiers and exclusive offers, measured by retention, repeat-purchase rate or NPS.
1 Ưu đãi cho khách quen làm thủ công, chưa có chương trình chính thức | Offers for regulars made by hand, with no formal programme
2 Một số bộ phận, sản phẩm có chương trình tích điểm số và đo tỷ lệ mua lại | Some units or products run digital points schemes and track repeat purchases
3 Hầu hết sản phẩm dùng chung một chương trình thành viên số, có phân hạng và ưu đãi riêng | Most products share one digital membership programme with tiers and own offers
4 Chương trình trung thành thống nhất toàn doanh nghiệp, cá nhân hóa, đo NPS và giữ chân | One enterprise-wide loyalty programme, personalised, measured by NPS and retention
5 Điểm thưởng, ưu đãi dùng chung với đối tác trong hệ sinh thái | Points and benefits shared with partners across the ecosystem
I 1.2 | Quản lý trải nghiệm khách hàng | Customer-experience management
C 1.2.1 | Tầm nhìn về trải nghiệm khách hàng (CX) | CX vision
V xác định và truyền đạt tầm nhìn về trải nghiệm khách hàng (CX) | define and communicate a vision for customer experience (CX)
H Tầm nhìn CX là tuyên bố rõ doanh nghiệp muốn khách hàng cảm nhận gì khi giao dịch, được lãnh đạo phê duyệt và dùng làm căn cứ cho thiết kế sản phẩm, quy trình, đào tạo. Ví dụ: "mọi yêu cầu được giải quyết trong một lần liên hệ". | A CX vision states what the enterprise wants customers to feel when dealing with it, is approved by leadership and guides product design, processes and training. Example: "every request resolved in a single contact".
1 Chỉ có ý tưởng về CX của vài cá nhân, chưa thành văn bản | Only a few individuals' ideas about CX, not written down
2 Một số bộ phận tự đặt tầm nhìn CX riêng, chưa thống nhất | Some units set their own CX vision, not yet aligned
3 Có tầm nhìn CX chung được phê duyệt, hầu hết bộ phận biết và áp dụng | An approved common CX vision that most units know and apply
4 Tầm nhìn CX dẫn dắt quyết định trong toàn doanh nghiệp, gắn với chỉ tiêu và ngân sách | The CX vision drives decisions enterprise-wide, tied to targets and budget
5 Tầm nhìn CX được thống nhất với các đối tác cùng phục vụ khách hàng | The CX vision is agreed with the partners who serve the same customers
C 1.2.2 | Thiết kế theo định hướng trải nghiệm khách hàng | CX-driven design
V thiết kế sản phẩm, dịch vụ và quy trình xuất phát từ trải nghiệm khách hàng | design products, services and processes starting from the customer experience
H Khi thiết kế hoặc thay đổi sản phẩm, quy trình, doanh nghiệp bắt đầu từ nhu cầu và hành trình của khách (phỏng vấn, quan sát, bản đồ hành trình, mẫu thử với khách) chứ không chỉ từ yêu cầu nội bộ. | When designing or changing products and processes, the enterprise starts from customers' needs and journeys (interviews, observation, journey maps, prototypes tested with customers), not only from internal requirements.
1 Thiết kế chủ yếu theo yêu cầu nội bộ; chỉ hỏi ý kiến khách khi có sự cố | Design follows internal requirements; customers are asked only when something goes wrong
2 Một số dự án có khảo sát hoặc thử mẫu với khách hàng | Some projects survey customers or test prototypes with them
3 Hầu hết dự án thiết kế có bước nghiên cứu khách hàng và tiêu chí CX bắt buộc | Most design projects include customer research and mandatory CX criteria
4 Toàn doanh nghiệp theo phương pháp thiết kế lấy khách làm trung tâm, đo CX sau ra mắt | An enterprise-wide customer-centred design method, with CX measured after launch
5 Cùng đối tác và khách hàng đồng thiết kế trải nghiệm xuyên suốt chuỗi | Experiences co-designed with partners and customers across the chain
C 1.2.3 | Ngân sách đầu tư cho trải nghiệm khách hàng | CX investment budget
V bố trí ngân sách riêng cho các sáng kiến cải thiện trải nghiệm khách hàng | set aside a budget for initiatives that improve the customer experience
H Ngân sách CX là khoản chi được lên kế hoạch cho nghiên cứu khách hàng, công cụ CX (CRM, khảo sát, trung tâm liên lạc), thiết kế lại hành trình khách hàng, và được theo dõi hiệu quả. | A CX budget is planned spending on customer research, CX tools (CRM, surveys, contact centre) and journey redesign, with its effect tracked.
1 Chi cho CX khi phát sinh, lấy từ ngân sách khác | CX spending happens when needed, taken from other budgets
2 Một số bộ phận có dòng ngân sách riêng cho CX | Some units have their own CX budget line
3 Hầu hết bộ phận có ngân sách CX theo kế hoạch năm, gắn với mục tiêu | Most units have a planned yearly CX budget tied to goals
4 Ngân sách CX toàn doanh nghiệp phân bổ theo ưu tiên, có đo hiệu quả đầu tư | An enterprise-wide CX budget allocated by priority, with return measured
5 Có ngân sách chung hoặc đồng tài trợ với đối tác cho các sáng kiến CX | Shared or co-funded budgets with partners for CX initiatives
C 1.2.4 | Phạm vi danh mục sản phẩm/dịch vụ | Product and service portfolio scope
V đưa danh mục sản phẩm, dịch vụ lên kênh số để khách hàng tìm hiểu và mua | make its product and service range available on digital channels for customers to explore and buy
H Mức độ danh mục sản phẩm/dịch vụ được cung cấp, tra cứu và mua qua kênh số. Ví dụ: tỷ lệ sản phẩm có trên website, ứng dụng, sàn thương mại điện tử, có thông tin giá và tồn kho cập nhật. | How much of the enterprise's product and service range customers can find, look up and buy through digital channels. Examples: share of products on the website, app or e-marketplaces, with up-to-date prices and stock.
1 Chỉ vài sản phẩm được giới thiệu trên kênh số, thông tin cập nhật thủ công | Only a few products shown online, information updated by hand
2 Một số dòng sản phẩm/dịch vụ tra cứu và mua được qua kênh số | Some product or service lines can be looked up and bought digitally
3 Hầu hết sản phẩm/dịch vụ có trên kênh số, giá và tình trạng cập nhật tự động | Most products and services are online, with prices and availability updated automatically
4 Toàn bộ danh mục của doanh nghiệp được cung cấp nhất quán trên mọi kênh số | The whole range is offered consistently on every digital channel
5 Danh mục mở rộng với sản phẩm của đối tác, bán chéo trên kênh số chung | The range is extended with partner products, cross-sold through shared digital channels
C 1.2.5 | Quá trình đăng ký sử dụng | Sign-up and onboarding
V cho khách hàng đăng ký sử dụng sản phẩm, dịch vụ trực tuyến | let customers sign up for its products and services online
H Khách hàng mới mở tài khoản, ký hợp đồng hay kích hoạt dịch vụ hoàn toàn trực tuyến, nhanh và ít giấy tờ. Ví dụ: định danh điện tử (eKYC), hợp đồng điện tử, kích hoạt ngay sau khi đăng ký. | New customers can open an account, sign a contract or activate a service entirely online, quickly and with little paperwork. Examples: electronic identity checks (eKYC), e-contracts, activation right after sign-up.
1 Đăng ký chủ yếu trên giấy hoặc tại quầy; có biểu mẫu trực tuyến cho vài trường hợp | Sign-up mostly on paper or at a counter; online forms for a few cases
2 Một số sản phẩm/dịch vụ cho đăng ký trực tuyến nhưng còn bước thủ công | Some products or services allow online sign-up, but manual steps remain
3 Hầu hết sản phẩm/dịch vụ đăng ký trực tuyến trọn vẹn, có eKYC và hợp đồng điện tử | Most can be signed up for fully online, with eKYC and e-contracts
4 Mọi sản phẩm/dịch vụ đăng ký trực tuyến trong vài phút; tỷ lệ bỏ dở được đo và giảm | Every product signs up online in minutes; drop-out is measured and reduced
5 Một lần đăng ký, định danh dùng được cả dịch vụ của đối tác liên kết | One sign-up and identity check also opens linked partners' services
C 1.2.6 | Đa kênh hợp nhất | Unified omnichannel
V hợp nhất các kênh bán hàng và phục vụ để khách hàng chuyển kênh liền mạch | unify its sales and service channels so customers can switch channels seamlessly
H Các kênh (cửa hàng, website, ứng dụng, tổng đài, sàn thương mại điện tử, mạng xã hội) dùng chung dữ liệu khách hàng, đơn hàng và tồn kho, nên khách bắt đầu ở kênh này có thể tiếp tục ở kênh khác. Ví dụ: đặt hàng trực tuyến, nhận tại cửa hàng. | Channels (stores, website, app, call centre, e-marketplaces, social media) share customer, order and stock data, so a customer who starts in one channel can carry on in another. Example: buy online, pick up in store.
1 Các kênh hoạt động riêng rẽ, dữ liệu không liên thông | Channels work separately and share no data
2 Một số kênh được kết nối, dùng chung dữ liệu đơn hàng hoặc khách hàng | Some channels are connected and share order or customer data
3 Hầu hết kênh dùng chung dữ liệu; khách chuyển kênh được với nhiều giao dịch | Most channels share data; customers can switch channels for many transactions
4 Mọi kênh của toàn doanh nghiệp hợp nhất, trải nghiệm và giá nhất quán | All channels across the enterprise are unified, with consistent experience and prices
5 Kênh của đối tác (sàn, đại lý, vận chuyển) cũng được hợp nhất vào trải nghiệm chung | Partner channels (marketplaces, agents, carriers) are unified into the same experience
C 1.2.7 | Đo lường trải nghiệm khách hàng | CX measurement
V đo lường trải nghiệm khách hàng bằng các chỉ số như CSAT, NPS, CES | measure the customer experience with metrics such as CSAT, NPS or CES
H Thu thập và theo dõi định kỳ các chỉ số về cảm nhận của khách: mức hài lòng (CSAT), mức sẵn lòng giới thiệu (NPS), mức dễ dàng (CES), tỷ lệ khiếu nại, thời gian xử lý; kết quả được dùng để cải tiến. | Regularly collecting and tracking how customers feel: satisfaction (CSAT), likelihood to recommend (NPS), effort (CES), complaint rates, handling times, and using the results to improve.
1 Thỉnh thoảng khảo sát khách hàng, kết quả ít được dùng | Occasional customer surveys whose results are rarely used
2 Một số bộ phận đo CSAT/NPS định kỳ cho kênh hoặc sản phẩm của mình | Some units measure CSAT/NPS regularly for their channel or product
3 Hầu hết điểm chạm được đo bằng bộ chỉ số CX chung, báo cáo định kỳ | Most touchpoints are measured with a shared CX metric set and reported regularly
4 Chỉ số CX theo thời gian thực trên toàn doanh nghiệp, gắn với KPI và cải tiến | Real-time CX metrics across the enterprise, tied to KPIs and improvement
5 Đo trải nghiệm cả ở điểm chạm của đối tác, chia sẻ kết quả để cùng cải tiến | CX also measured at partner touchpoints, with results shared for joint improvement
C 1.2.8 | Quản lý hành trình khách hàng | Customer-journey management
V vẽ bản đồ và quản lý hành trình khách hàng qua các điểm chạm | map and manage customer journeys across touchpoints
H Hành trình khách hàng là chuỗi bước từ khi biết đến doanh nghiệp, tìm hiểu, mua, sử dụng đến hậu mãi. Quản lý hành trình là vẽ bản đồ các bước, tìm điểm gây khó chịu, giao người phụ trách và theo dõi chỉ số từng bước. | A customer journey is the sequence of steps from first hearing of the enterprise to exploring, buying, using and after-sales. Managing it means mapping the steps, finding pain points, assigning owners and tracking metrics for each step.
1 Chưa có bản đồ hành trình; vấn đề được xử lý riêng lẻ khi phát sinh | No journey maps; problems handled one by one as they arise
2 Một số bộ phận đã vẽ bản đồ hành trình cho sản phẩm của mình | Some units have mapped the journeys for their own products
3 Hầu hết hành trình chính có bản đồ, người phụ trách và chỉ số | Most key journeys have a map, an owner and metrics
4 Toàn doanh nghiệp quản lý hành trình xuyên bộ phận, theo dõi và tối ưu bằng dữ liệu | Journeys managed across units enterprise-wide, tracked and optimised with data
5 Hành trình được quản lý đầu-cuối, gồm cả các bước do đối tác thực hiện | Journeys managed end to end, including steps carried out by partners
I 1.3 | Thấu hiểu khách hàng | Customer insight
C 1.3.1 | Góc nhìn 360° | 360° view
V tổng hợp góc nhìn 360° về từng khách hàng từ mọi kênh và bộ phận | build a 360° view of each customer from every channel and unit
H Góc nhìn 360° là một hồ sơ khách hàng gom đủ thông tin liên hệ, giao dịch, tương tác, khiếu nại, sở thích, để bất kỳ nhân viên nào phục vụ cũng thấy toàn cảnh. Ví dụ: màn hình khách hàng trong CRM hiển thị cả đơn hàng, cuộc gọi và phản ánh. | A 360° view is one customer profile that gathers contact details, transactions, interactions, complaints and preferences, so any employee serving the customer sees the whole picture. Example: a CRM customer screen showing orders, calls and complaints together.
1 Thông tin khách nằm rải rác ở từng người, từng tệp; gom lại thủ công khi cần | Customer information sits with individuals and in separate files; gathered by hand when needed
2 Có hồ sơ 360° cho một số khách hàng hoặc nhóm khách hàng lớn | A 360° profile exists for some customers or key accounts
3 Hầu hết khách hàng có hồ sơ 360°, cập nhật từ nhiều kênh | Most customers have a 360° profile, updated from several channels
4 Mọi khách hàng có hồ sơ 360° cập nhật liên tục, dùng chung trong toàn doanh nghiệp | Every customer has a continuously updated 360° profile used across the enterprise
5 Hồ sơ 360° được bổ sung từ dữ liệu đối tác, có sự đồng ý của khách | 360° profiles are enriched with partners' data, with the customer's consent
C 1.3.2 | Nguồn dữ liệu tin cậy duy nhất | Single source of truth
V duy trì một nguồn dữ liệu khách hàng tin cậy duy nhất | keep a single, trusted source of customer data
H Mỗi thông tin về khách hàng (tên, địa chỉ, số điện thoại, tình trạng hợp đồng) chỉ có một bản gốc được coi là đúng, các hệ thống khác đồng bộ từ đó, tránh mỗi nơi một phiên bản. Ví dụ: nền tảng dữ liệu khách hàng (CDP), dữ liệu chủ khách hàng. | Each customer fact (name, address, phone number, contract status) has one master copy that counts as correct and other systems sync from it, instead of each place holding its own version. Examples: a customer data platform (CDP), customer master data.
1 Mỗi hệ thống giữ dữ liệu khách riêng, thường mâu thuẫn; đối chiếu thủ công | Each system keeps its own customer data, often conflicting; reconciled by hand
2 Một số bộ phận đã thống nhất dữ liệu khách về một hệ thống gốc | Some units have consolidated customer data in one master system
3 Hầu hết hệ thống đồng bộ dữ liệu khách từ nguồn gốc, có quy tắc xử lý trùng lặp | Most systems sync customer data from the master, with de-duplication rules
4 Toàn doanh nghiệp dùng một nguồn dữ liệu khách hàng duy nhất, chất lượng được giám sát | The whole enterprise uses one customer-data source whose quality is monitored
5 Nguồn dữ liệu tin cậy được đồng bộ an toàn với đối tác cùng phục vụ khách hàng | The trusted source is synchronised securely with partners serving the same customers
C 1.3.3 | Nhu cầu của khách hàng | Customer needs
V phân tích dữ liệu để hiểu và dự đoán nhu cầu của từng khách hàng | analyse data to understand and anticipate each customer's needs
H Dùng dữ liệu giao dịch, hành vi trên kênh số, phản hồi và khảo sát để biết khách cần gì, vì sao rời bỏ, sắp cần gì. Ví dụ: phân khúc khách hàng, phân tích giỏ hàng, mô hình dự báo khách sắp rời bỏ. Đánh giá nhu cầu ở cấp thị trường được hỏi ở 2.4.2. | Using transaction data, digital behaviour, feedback and surveys to learn what customers need, why they leave and what they will need next. Examples: customer segmentation, basket analysis, churn-prediction models. Market-level demand assessment is asked in 2.4.2.
1 Hiểu nhu cầu chủ yếu qua kinh nghiệm của nhân viên bán hàng | Needs understood mostly through sales staff's experience
2 Một số bộ phận phân tích dữ liệu khách để tìm nhu cầu cho sản phẩm của mình | Some units analyse customer data to find needs for their own products
3 Hầu hết khách hàng được phân khúc theo nhu cầu; kết quả dùng cho sản phẩm, tiếp thị | Most customers are segmented by need; results feed products and marketing
4 Toàn doanh nghiệp dự đoán nhu cầu từng khách bằng mô hình phân tích cập nhật liên tục | The enterprise predicts each customer's needs with continuously updated models
5 Cùng đối tác phân tích nhu cầu để đưa ra sản phẩm, dịch vụ kết hợp | Needs analysed with partners to create combined offerings
I 1.4 | Niềm tin của khách hàng | Customer trust
C 1.4.1 | Cam kết thương hiệu | Brand promise
V thực hiện cam kết thương hiệu một cách nhất quán trên các kênh số | deliver on its brand promise consistently across digital channels
H Cam kết thương hiệu là điều doanh nghiệp hứa với khách (chất lượng, thời gian giao, chính sách đổi trả, giá minh bạch). Tiêu chí hỏi lời hứa đó được giữ đến đâu trên kênh số, đo bằng tỷ lệ giao đúng hạn, tỷ lệ đơn đúng cam kết. | The brand promise is what the enterprise promises customers (quality, delivery time, returns policy, transparent prices). The item asks how far that promise is kept on digital channels, measured e.g. by on-time delivery or promise-kept rates.
1 Cam kết được công bố nhưng thường không giữ được, chưa theo dõi | Promises are published but often not kept, and not tracked
2 Một số bộ phận theo dõi và đáp ứng được cam kết với khách | Some units track and meet their promises to customers
3 Hầu hết bộ phận đáp ứng cam kết, có chỉ số theo dõi việc giữ lời hứa | Most units meet their promises, with metrics on promises kept
4 Toàn doanh nghiệp giữ cam kết nhất quán trên mọi kênh, sai lệch được khắc phục ngay | Promises kept consistently on every channel; deviations corrected at once
5 Đối tác cùng phục vụ khách cũng cam kết và được giám sát theo cùng tiêu chuẩn | Partners serving customers commit to and are monitored against the same standard
C 1.4.2 | Xử lý phản ánh của khách hàng | Complaint handling
V tiếp nhận và xử lý phản ánh, khiếu nại của khách hàng qua kênh số | receive and resolve customer complaints and feedback through digital channels
H Khách gửi phản ánh qua website, ứng dụng, tổng đài, mạng xã hội; mỗi phản ánh có mã theo dõi, người phụ trách, thời hạn xử lý và khách xem được tiến độ. Ví dụ: hệ thống quản lý yêu cầu (ticket), cam kết thời gian phản hồi (SLA). | Customers submit complaints via website, app, hotline or social media; each has a tracking number, an owner and a deadline, and customers can see its progress. Examples: a ticketing system, response-time commitments (SLAs).
1 Phản ánh xử lý theo từng vụ qua điện thoại, email cá nhân, không theo dõi | Complaints handled case by case by phone or personal email, not tracked
2 Một số bộ phận ghi nhận phản ánh vào hệ thống, có thời hạn xử lý | Some units log complaints in a system with handling deadlines
3 Hầu hết phản ánh từ mọi kênh vào một hệ thống, khách theo dõi được tiến độ | Most complaints from all channels go into one system; customers can follow progress
4 Toàn doanh nghiệp xử lý chuyên nghiệp theo SLA, phân tích nguyên nhân gốc để cải tiến | Professional handling to SLAs enterprise-wide, with root-cause analysis
5 Phản ánh liên quan đối tác được chuyển và xử lý liền mạch, khách không phải nói lại | Complaints involving partners are passed on seamlessly; customers need not repeat themselves
C 1.4.3 | Quyền riêng tư | Privacy
V bảo vệ quyền riêng tư của khách hàng khi thu thập và sử dụng dữ liệu | protect customers' privacy when collecting and using their data
H Chỉ thu thập dữ liệu cần thiết, nói rõ mục đích, xin sự đồng ý và bảo vệ dữ liệu cá nhân của khách theo quy định về bảo vệ dữ liệu cá nhân (như Nghị định 13/2023/NĐ-CP). Ví dụ: chính sách quyền riêng tư công khai, đánh giá tác động xử lý dữ liệu. | Collecting only the data needed, stating the purpose, obtaining consent and protecting customers' personal data as personal-data protection law requires (such as Decree 13/2023/NĐ-CP). Examples: a published privacy policy, data-processing impact assessments.
1 Có chính sách riêng tư chung chung; việc bảo vệ phụ thuộc từng người | A generic privacy policy; protection depends on individuals
2 Một số bộ phận xin đồng ý và giới hạn mục đích khi dùng dữ liệu khách | Some units obtain consent and limit the purpose when using customer data
3 Hầu hết hoạt động xử lý dữ liệu khách có căn cứ, được ghi nhận và đánh giá tác động | Most processing of customer data has a legal basis, is recorded and impact-assessed
4 Toàn doanh nghiệp tuân thủ, kiểm tra định kỳ; quyền riêng tư tính đến từ khâu thiết kế | Enterprise-wide compliance, checked regularly; privacy built in from design
5 Đối tác nhận dữ liệu khách cũng cam kết và được kiểm tra theo cùng tiêu chuẩn | Partners receiving customer data commit to and are audited against the same standard
C 1.4.4 | Kiểm soát thông tin cá nhân | Control of personal information
V cho khách hàng tự xem, sửa, rút lại đồng ý hoặc xóa thông tin cá nhân của mình | let customers view, correct, withdraw consent for or delete their own personal information
H Khác với 1.4.3 (doanh nghiệp bảo vệ dữ liệu), tiêu chí này hỏi khách tự kiểm soát dữ liệu của mình đến đâu: trang quản lý quyền riêng tư trong tài khoản, tải về dữ liệu của mình, tắt nhận quảng cáo, yêu cầu xóa tài khoản trực tuyến. | Unlike 1.4.3 (the enterprise protecting data), this item asks how far customers control their own data: a privacy page in their account, downloading their data, opting out of marketing, requesting account deletion online.
1 Muốn sửa, xóa thông tin, khách phải gửi yêu cầu thủ công, xử lý từng vụ | Customers must send manual requests to correct or delete data, handled case by case
2 Một số dịch vụ cho khách tự xem, sửa thông tin và tắt nhận quảng cáo | Some services let customers view and edit their data and opt out of marketing
3 Hầu hết dịch vụ có trang cho khách tự quản lý dữ liệu và các lần đồng ý | Most services have a self-service page for the customer's data and consents
4 Trong toàn doanh nghiệp, khách kiểm soát mọi dữ liệu, đồng ý tại một nơi, hiệu lực ngay | Across the enterprise customers control all data and consents in one place, effective at once
5 Lựa chọn của khách tự động áp dụng cả ở đối tác đã nhận dữ liệu | The customer's choices apply automatically at partners that received the data
C 1.4.5 | Thúc đẩy niềm tin khách hàng | Building customer trust
V chủ động xây dựng niềm tin của khách hàng vào các dịch vụ số | actively build customer trust in its digital services
H Những việc giúp khách yên tâm giao dịch số: minh bạch giá và điều khoản, chứng nhận bảo mật, hóa đơn và hợp đồng điện tử rõ ràng, thông báo kịp thời khi có sự cố; đo mức tin cậy qua khảo sát. | Actions that make customers confident to deal digitally: transparent prices and terms, security certifications, clear e-invoices and e-contracts, timely notice of incidents; trust measured through surveys.
1 Chưa có hoạt động chủ động; niềm tin dựa vào uy tín sẵn có | No deliberate action; trust rests on existing reputation
2 Một số bộ phận công khai điều khoản, chứng nhận và thông báo sự cố cho khách | Some units publish terms and certifications and notify customers of incidents
3 Hầu hết dịch vụ số minh bạch điều khoản và có đo mức tin cậy của khách | Most digital services have transparent terms and measure customer trust
4 Toàn doanh nghiệp có chương trình niềm tin số, minh bạch và báo cáo công khai | An enterprise-wide digital-trust programme, transparent and publicly reported
5 Cùng đối tác xây dựng chuẩn mực niềm tin chung, như nhãn tin cậy, cam kết chung | Shared trust standards built with partners, such as trust marks or joint pledges
P 2 | 120 | Chiến lược | Strategy
I 2.1 | Quản lý marketing và thương hiệu | Marketing and brand management
C 2.1.1 | Chiến lược thương hiệu | Brand strategy
V áp dụng một chiến lược thương hiệu có tính đến môi trường số | apply a brand strategy that covers the digital environment
H Chiến lược thương hiệu xác định định vị, giá trị cốt lõi, thông điệp và hình ảnh thương hiệu, và cách thể hiện chúng trên website, ứng dụng, mạng xã hội, sàn thương mại điện tử. | A brand strategy sets out the brand's positioning, core values, messages and identity, and how they appear on the website, apps, social media and e-marketplaces.
1 Thương hiệu trên kênh số được xử lý theo từng chiến dịch, chưa có chiến lược | Digital branding handled campaign by campaign, with no strategy
2 Chiến lược thương hiệu số được hiểu và áp dụng ở một số bộ phận | A digital brand strategy is understood and applied in some units
3 Hầu hết bộ phận áp dụng chiến lược thương hiệu chung, có mục tiêu đo được | Most units apply the common brand strategy, with measurable goals
4 Chiến lược thương hiệu số nhất quán trên toàn doanh nghiệp và mọi kênh | A consistent digital brand strategy across the enterprise and every channel
5 Chiến lược thương hiệu được phối hợp với đối tác, ví dụ hợp tác đồng thương hiệu | The brand strategy is coordinated with partners, e.g. co-branding
C 2.1.2 | Quản trị thương hiệu | Brand governance
V quản trị việc sử dụng thương hiệu trên các kênh số theo quy định thống nhất | govern how its brand is used on digital channels under common rules
H Quy định ai được dùng thương hiệu và dùng thế nào (bộ nhận diện, giọng văn, quy trình duyệt nội dung), kiểm soát tài khoản mạng xã hội chính thức, xử lý mạo danh và khủng hoảng truyền thông. | Rules on who may use the brand and how (identity guidelines, tone of voice, content approval), control of official social-media accounts, handling impersonation and PR crises.
1 Mỗi người tự dùng logo, hình ảnh theo cách riêng; chưa có quy định | Everyone uses logos and images their own way; no rules
2 Một số bộ phận có bộ nhận diện và quy trình duyệt nội dung số | Some units have identity guidelines and a content-approval process
3 Hầu hết bộ phận theo quy định thương hiệu chung, tài khoản chính thức được quản lý | Most units follow common brand rules; official accounts are managed
4 Quản trị thương hiệu tập trung cho toàn doanh nghiệp, giám sát mạo danh và khủng hoảng | Central brand governance for the whole enterprise, watching for impersonation and crises
5 Đối tác, đại lý dùng thương hiệu theo cùng quy định và được giám sát | Partners and agents use the brand under the same rules and are monitored
C 2.1.3 | Chỉ số đo lường thương hiệu | Brand metrics
V đo lường sức khỏe thương hiệu bằng các chỉ số | measure brand health with defined metrics
H Theo dõi các chỉ số như mức độ nhận biết thương hiệu, lượng nhắc đến và sắc thái thảo luận trên mạng, lượt tương tác, điểm đánh giá, tỷ lệ tìm kiếm thương hiệu; dùng số liệu để điều chỉnh hoạt động. | Tracking metrics such as brand awareness, online mentions and sentiment, engagement, ratings and share of search, and using them to adjust activities.
1 Chỉ xem số lượt thích, lượt theo dõi khi cần báo cáo | Likes and follower counts looked at only when a report is due
2 Một số bộ phận theo dõi định kỳ vài chỉ số thương hiệu của mình | Some units regularly track a few brand metrics of their own
3 Hầu hết bộ phận dùng bộ chỉ số thương hiệu chung, báo cáo định kỳ | Most units use a common brand metric set with regular reports
4 Chỉ số thương hiệu theo dõi liên tục trên toàn doanh nghiệp, gắn mục tiêu kinh doanh | Brand metrics tracked continuously enterprise-wide and tied to business goals
5 Chỉ số thương hiệu được đo và chia sẻ cùng đối tác trong các chương trình chung | Brand metrics measured and shared with partners in joint programmes
C 2.1.4 | Chiến lược tiếp thị | Marketing strategy
V áp dụng chiến lược tiếp thị số có mục tiêu, kênh và ngân sách rõ ràng | apply a digital marketing strategy with clear goals, channels and budget
H Kế hoạch tiếp thị xác định mục tiêu, nhóm khách, kênh số (tìm kiếm, mạng xã hội, email, sàn), ngân sách và chỉ số đo hiệu quả (chi phí có một khách hàng mới, tỷ lệ chuyển đổi, doanh thu trên chi phí quảng cáo). | A marketing plan sets goals, target customers, digital channels (search, social, email, marketplaces), budget and performance metrics (cost per new customer, conversion rate, return on ad spend).
1 Tiếp thị số làm theo cơ hội, không có kế hoạch chung | Digital marketing done opportunistically, with no common plan
2 Một số bộ phận có kế hoạch tiếp thị số và đo hiệu quả | Some units have a digital marketing plan and measure its results
3 Hầu hết bộ phận theo một chiến lược tiếp thị chung, phân bổ ngân sách theo hiệu quả | Most units follow one marketing strategy, allocating budget by performance
4 Chiến lược tiếp thị số thống nhất toàn doanh nghiệp, tối ưu liên tục theo dữ liệu | One enterprise-wide digital marketing strategy, optimised continuously from data
5 Chiến lược tiếp thị phối hợp với đối tác: chiến dịch chung, dữ liệu chung | Marketing coordinated with partners: joint campaigns and shared data
I 2.2 | Quản lý hệ sinh thái | Ecosystem management
C 2.2.1 | Hệ sinh thái kinh doanh | Business ecosystem
V tham gia và khai thác hệ sinh thái kinh doanh số cùng khách hàng, nhà cung cấp và đối tác | take part in and use a digital business ecosystem with customers, suppliers and partners
H Hệ sinh thái kinh doanh là mạng lưới doanh nghiệp, nền tảng và tổ chức cùng tạo giá trị cho khách hàng, ví dụ sàn thương mại điện tử, nền tảng thanh toán, chuỗi cung ứng số, liên minh dịch vụ. Tiêu chí hỏi doanh nghiệp hiểu và tận dụng vai trò của mình trong đó đến đâu. | A business ecosystem is the network of firms, platforms and organisations that create value for customers together, e.g. e-marketplaces, payment platforms, digital supply chains, service alliances. The item asks how far the enterprise understands and uses its role in it.
1 Có vài liên kết số với đối tác, chưa nhận thức rõ giá trị của hệ sinh thái | A few digital links with partners; the value of an ecosystem not yet clearly seen
2 Hiểu một phần giá trị hệ sinh thái và vai trò của mình, thử ở vài mảng | Partly understands the ecosystem's value and its own role; tries it in a few areas
3 Hiểu đầy đủ giá trị hệ sinh thái, tham gia có chủ đích ở nhiều mảng kinh doanh | Fully understands the value and takes part deliberately in many business areas
4 Có chiến lược tham gia hệ sinh thái cho toàn doanh nghiệp, mục tiêu đo được | An enterprise-wide ecosystem strategy with measurable goals
5 Giữ vai trò dẫn dắt, điều phối hệ sinh thái; giá trị chung được duy trì bền vững | Leads or orchestrates an ecosystem whose shared value is sustained
C 2.2.2 | Thiết kế hệ sinh thái | Ecosystem design
V chủ động thiết kế vai trò, luồng giá trị và kết nối số với các bên trong hệ sinh thái | deliberately design roles, value flows and digital links with the parties in its ecosystem
H Thiết kế hệ sinh thái là xác định ai tham gia, mỗi bên đóng góp và nhận gì, dữ liệu và giao dịch đi qua đâu (API, nền tảng chung), quy tắc tham gia. Ví dụ: nền tảng kết nối nhà phân phối, mở API cho đối tác thanh toán. | Ecosystem design means defining who takes part, what each party gives and gets, how data and transactions flow (APIs, shared platforms) and the rules of participation. Examples: a platform connecting distributors, APIs opened to payment partners.
1 Kết nối với đối tác hình thành tự phát, chưa có thiết kế | Partner links grew up ad hoc, with no design
2 Một số mảng đã phác thảo vai trò và luồng giá trị với đối tác chính | Some areas have outlined roles and value flows with key partners
3 Hầu hết quan hệ đối tác quan trọng có mô hình kết nối và quy tắc rõ ràng | Most important partnerships have a defined connection model and rules
4 Có thiết kế hệ sinh thái tổng thể, kết nối chuẩn hóa qua nền tảng, API | An overall ecosystem design, with standard links through platforms and APIs
5 Hệ sinh thái được thiết kế bền vững, các bên cùng điều chỉnh và mở rộng | A sustainable ecosystem design that all parties adjust and extend together
C 2.2.3 | Lựa chọn đối tác | Partner selection
V lựa chọn đối tác số theo tiêu chí rõ ràng, gắn với chiến lược | select digital partners against clear criteria linked to strategy
H Khi chọn nhà cung cấp công nghệ, nền tảng hay đối tác kinh doanh số, doanh nghiệp dùng tiêu chí (năng lực, bảo mật, khả năng kết nối, chi phí, tính bền vững), đánh giá định kỳ và thay thế khi cần. | When choosing technology vendors, platforms or digital business partners, the enterprise uses criteria (capability, security, integration, cost, sustainability), reviews them periodically and replaces them when needed.
1 Chọn đối tác theo quan hệ hoặc giá, từng vụ việc | Partners chosen by relationship or price, case by case
2 Một số bộ phận có tiêu chí lựa chọn đối tác số | Some units have criteria for choosing digital partners
3 Hầu hết việc chọn đối tác theo bộ tiêu chí chung, có đánh giá định kỳ | Most partner choices follow common criteria with periodic review
4 Toàn doanh nghiệp quản lý danh mục đối tác theo chiến lược hệ sinh thái | The enterprise manages its partner portfolio by its ecosystem strategy
5 Cùng đối tác chiến lược lựa chọn, phát triển đối tác mới cho hệ sinh thái | New ecosystem partners chosen and developed together with strategic partners
I 2.3 | Bảo trợ tài chính | Financial sponsorship
C 2.3.1 | Ngân sách cho chuyển đổi số | Digital-transformation budget
V bố trí ngân sách riêng cho chuyển đổi số | set aside a dedicated budget for digital transformation
H Khoản ngân sách được lập riêng cho dự án và hoạt động chuyển đổi số (hạ tầng, phần mềm, dữ liệu, đào tạo, thuê tư vấn), được lãnh đạo phê duyệt theo năm hoặc theo lộ trình. | A budget planned specifically for digital-transformation projects and activities (infrastructure, software, data, training, consultants), approved by leadership yearly or per roadmap.
1 Chi cho chuyển đổi số khi có nhu cầu, lấy từ các khoản chi khác | DX spending made as needs arise, taken from other budgets
2 Một số bộ phận có ngân sách chuyển đổi số, điều chỉnh linh hoạt được | Some units have a DX budget that can be adjusted flexibly
3 Hầu hết bộ phận có ngân sách chuyển đổi số theo kế hoạch, gắn với KPI | Most units have a planned DX budget tied to KPIs
4 Ngân sách chuyển đổi số toàn doanh nghiệp luôn sẵn sàng theo lộ trình được duyệt | An enterprise-wide DX budget is always available along the approved roadmap
5 Có cơ chế đồng tài trợ chuyển đổi số với đối tác trong hệ sinh thái | Co-funding of digital transformation with ecosystem partners
C 2.3.2 | Đo lường hiệu quả đầu tư | Measuring return on investment
V đo lường hiệu quả đầu tư (ROI) của các dự án chuyển đổi số | measure the return on investment (ROI) of its digital-transformation projects
H So sánh chi phí với lợi ích đạt được (doanh thu tăng, chi phí giảm, thời gian xử lý rút ngắn, sai sót giảm) theo chỉ tiêu đặt từ đầu dự án, và đánh giá lại sau khi triển khai. | Comparing costs with the benefits achieved (more revenue, lower costs, shorter processing times, fewer errors) against targets set at the start of the project, and reviewing them after roll-out.
1 Hiệu quả được nhận xét cảm tính sau vài dự án | Results judged by impression after a few projects
2 Một số bộ phận đặt chỉ tiêu và đo hiệu quả dự án số của mình | Some units set targets and measure the results of their digital projects
3 Hầu hết dự án chuyển đổi số có chỉ tiêu lợi ích và đánh giá sau triển khai | Most DX projects have benefit targets and a post-implementation review
4 Toàn doanh nghiệp đo ROI theo phương pháp chung, dùng kết quả để phân bổ vốn | ROI measured by one method enterprise-wide and used to allocate funds
5 Hiệu quả các khoản đầu tư chung với đối tác được đo và chia sẻ minh bạch | Returns on investments shared with partners are measured and reported openly
C 2.3.3 | Đầu tư cải tiến liên tục | Investment in continuous improvement
V tái đầu tư cho cải tiến liên tục các giải pháp số dựa trên kết quả | reinvest in continuous improvement of its digital solutions based on results
H Sau khi đưa giải pháp vào dùng, doanh nghiệp tiếp tục bố trí nguồn lực để nâng cấp, tối ưu theo phản hồi và số liệu, thay vì chỉ đầu tư một lần. Ví dụ: quỹ cải tiến hằng năm, nhóm sản phẩm thường trực. | After a solution goes live, the enterprise keeps funding upgrades and optimisation from feedback and data instead of investing once. Examples: a yearly improvement fund, permanent product teams.
1 Chỉ nâng cấp khi hệ thống hỏng hoặc lỗi thời | Upgrades happen only when systems break or become obsolete
2 Một số bộ phận có nguồn lực cải tiến giải pháp số sau triển khai | Some units have resources to improve digital solutions after launch
3 Hầu hết giải pháp số có kế hoạch và ngân sách cải tiến định kỳ | Most digital solutions have a regular improvement plan and budget
4 Toàn doanh nghiệp phân bổ vốn cải tiến liên tục dựa trên kết quả đo lường | Funding for continuous improvement allocated enterprise-wide by measured results
5 Cùng đối tác đầu tư cải tiến các giải pháp, nền tảng dùng chung | Shared solutions and platforms improved with joint investment by partners
I 2.4 | Hiểu biết về thị trường | Market intelligence
C 2.4.1 | Đánh giá xu hướng ngành | Industry-trend assessment
V theo dõi và đánh giá xu hướng công nghệ và thị trường của ngành | track and assess technology and market trends in its industry
H Thu thập và phân tích thông tin về công nghệ mới, đối thủ, quy định, mô hình kinh doanh mới trong ngành (báo cáo ngành, dữ liệu tìm kiếm, hội thảo, cơ sở dữ liệu thị trường) để điều chỉnh chiến lược. | Collecting and analysing information on new technologies, competitors, regulation and new business models in the industry (industry reports, search data, conferences, market databases) to adjust strategy.
1 Nắm xu hướng qua tin tức, quan hệ cá nhân, không có hệ thống | Trends picked up from the news and personal contacts, not systematically
2 Một số bộ phận định kỳ phân tích xu hướng trong lĩnh vực của mình | Some units regularly analyse trends in their own field
3 Hầu hết bộ phận đóng góp vào báo cáo xu hướng định kỳ, dùng khi lập kế hoạch | Most units contribute to regular trend reports used in planning
4 Toàn doanh nghiệp phân tích, dự báo xu hướng bằng dữ liệu và cập nhật chiến lược | The enterprise analyses and forecasts trends with data and updates its strategy
5 Cùng đối tác, hiệp hội, viện nghiên cứu theo dõi và dự báo xu hướng ngành | Trends tracked and forecast with partners, associations and research bodies
C 2.4.2 | Đánh giá nhu cầu khách hàng | Customer-need assessment
V đánh giá nhu cầu của thị trường và khách hàng mục tiêu để định hướng chiến lược | assess market and target-customer demand to guide strategy
H Khác với 1.3.3 (hiểu từng khách hàng để phục vụ), tiêu chí này hỏi việc đánh giá nhu cầu ở cấp thị trường để quyết định sản phẩm, thị trường mới: nghiên cứu thị trường, quy mô nhu cầu, phân khúc chưa được phục vụ. | Unlike 1.3.3 (knowing individual customers to serve them), this item asks about assessing demand at market level to decide on products and new markets: market research, size of demand, underserved segments.
1 Nhu cầu thị trường được ước đoán theo kinh nghiệm khi cần ra quyết định | Market demand guessed from experience when a decision is due
2 Một số bộ phận nghiên cứu nhu cầu thị trường cho sản phẩm của mình | Some units research market demand for their products
3 Hầu hết quyết định về sản phẩm, thị trường dựa trên đánh giá nhu cầu có dữ liệu | Most product and market decisions rest on data-based demand assessment
4 Toàn doanh nghiệp dự báo nhu cầu thị trường liên tục, gắn với kế hoạch chiến lược | The enterprise forecasts market demand continuously, linked to strategic planning
5 Chia sẻ dữ liệu với đối tác để cùng đánh giá, dự báo nhu cầu thị trường | Data shared with partners to assess and forecast market demand together
C 2.4.3 | Đánh giá mạng lưới giá trị | Value-network assessment
V phân tích mạng lưới giá trị gồm nhà cung cấp, kênh phân phối, đối tác và đối thủ | analyse its value network of suppliers, distribution channels, partners and competitors
H Mạng lưới giá trị là các bên góp phần tạo và đưa giá trị đến khách hàng. Đánh giá là xem bên nào tạo nhiều giá trị, phụ thuộc vào đâu, rủi ro gì và cơ hội số hóa ở đâu, ví dụ phân tích chuỗi cung ứng, phân tích các nền tảng trung gian mới. | The value network is everyone who helps create and deliver value to customers. Assessing it means seeing who adds most value, where the dependencies and risks lie and where digital opportunities are, e.g. supply-chain analysis, analysis of new intermediary platforms.
1 Hiểu mạng lưới giá trị qua kinh nghiệm, chưa phân tích | The value network known from experience, not analysed
2 Một số bộ phận phân tích vị trí của mình trong chuỗi giá trị | Some units analyse their position in the value chain
3 Hầu hết mảng kinh doanh có phân tích mạng lưới giá trị, cập nhật định kỳ | Most business areas have a value-network analysis, updated regularly
4 Toàn doanh nghiệp có bản đồ mạng lưới giá trị dựa trên dữ liệu, dùng để định hướng đầu tư | An enterprise-wide, data-based value-network map that steers investment
5 Mạng lưới giá trị được đánh giá cùng đối tác để tối ưu cả chuỗi | The value network assessed with partners to optimise the whole chain
I 2.5 | Quản lý danh mục sản phẩm/dịch vụ số | Digital product and service portfolio management
C 2.5.1 | Cân đối danh mục | Portfolio balance
V cân đối danh mục sản phẩm, dịch vụ số giữa sản phẩm hiện có, đang tăng trưởng và thử nghiệm | balance its digital product and service portfolio between established, growing and experimental offerings
H Danh mục cân đối là phân bổ nguồn lực hợp lý giữa sản phẩm đang mang lại doanh thu, sản phẩm đang tăng trưởng và sản phẩm mới thử nghiệm, theo mức rủi ro và mục tiêu chiến lược; loại bỏ sản phẩm không còn hiệu quả. | A balanced portfolio spreads resources sensibly between revenue-earning, growing and experimental products according to risk and strategic goals, and retires products that no longer pay.
1 Sản phẩm số được thêm, bỏ theo từng trường hợp, chưa xem xét tổng thể | Digital products added or dropped case by case, with no overall view
2 Một số bộ phận rà soát danh mục của mình, phù hợp một phần với chiến lược | Some units review their own portfolio, partly in line with strategy
3 Hầu hết bộ phận có danh mục cân đối, phù hợp chiến lược, rà soát định kỳ | Most units have a balanced, strategy-aligned portfolio reviewed regularly
4 Danh mục toàn doanh nghiệp được cân đối theo tiêu chí chung về giá trị và rủi ro | The enterprise-wide portfolio is balanced against common value and risk criteria
5 Danh mục được cân đối cùng đối tác để bổ sung cho nhau trong hệ sinh thái | The portfolio is balanced with partners so offerings complement each other
C 2.5.2 | Lộ trình danh mục | Portfolio roadmap
V lập và theo dõi lộ trình phát triển danh mục sản phẩm, dịch vụ số | draw up and follow a roadmap for its digital product and service portfolio
H Lộ trình danh mục cho biết sản phẩm số nào sẽ ra mắt, nâng cấp hay dừng vào thời điểm nào, với nguồn lực nào, và được cập nhật khi thị trường thay đổi. | A portfolio roadmap shows which digital products will be launched, upgraded or withdrawn, when and with what resources, and is updated as the market changes.
1 Kế hoạch sản phẩm số lập riêng lẻ, ngắn hạn | Digital product plans made one by one, short-term
2 Một số bộ phận có lộ trình cho sản phẩm số của mình | Some units have a roadmap for their digital products
3 Hầu hết sản phẩm số nằm trong lộ trình chung, cập nhật định kỳ | Most digital products sit in a common roadmap, updated regularly
4 Toàn doanh nghiệp có lộ trình danh mục bài bản, gắn ngân sách và chiến lược | A systematic enterprise-wide portfolio roadmap tied to budget and strategy
5 Lộ trình được đồng bộ với lộ trình của đối tác trong hệ sinh thái | The roadmap is synchronised with ecosystem partners' roadmaps
C 2.5.3 | Đổi mới danh mục | Portfolio innovation
V đổi mới danh mục bằng sản phẩm, dịch vụ hoặc mô hình kinh doanh số mới | renew its portfolio with new digital products, services or business models
H Đưa vào danh mục các sản phẩm, dịch vụ số mới hoặc mô hình mới (thuê bao, nền tảng, dịch vụ dựa trên dữ liệu), có quy trình thử ý tưởng, đo kết quả và nhân rộng. | Adding new digital products, services or models (subscriptions, platforms, data-based services) to the portfolio, with a process to test ideas, measure results and scale up.
1 Sản phẩm số mới xuất hiện tự phát, không có quy trình | New digital products appear ad hoc, with no process
2 Một số bộ phận thử nghiệm sản phẩm, dịch vụ số mới | Some units pilot new digital products or services
3 Hầu hết bộ phận có quy trình đổi mới; tỷ trọng doanh thu từ sản phẩm mới được theo dõi | Most units have an innovation process; revenue share from new products is tracked
4 Toàn doanh nghiệp đổi mới danh mục thường xuyên, có mô hình kinh doanh số mới | Regular portfolio renewal enterprise-wide, including new digital business models
5 Cùng đối tác đồng phát triển sản phẩm, dịch vụ số mới cho hệ sinh thái | New digital products and services co-developed with partners for the ecosystem
I 2.6 | Quản lý chiến lược | Strategy management
C 2.6.1 | Chiến lược phù hợp tầm nhìn | Strategy aligned with vision
V xây dựng chiến lược chuyển đổi số gắn với tầm nhìn và mục tiêu kinh doanh | set a digital-transformation strategy aligned with its vision and business goals
H Chiến lược chuyển đổi số nêu rõ doanh nghiệp muốn đạt gì nhờ công nghệ số, vì sao và trong bao lâu; nó bắt nguồn từ tầm nhìn, mục tiêu kinh doanh chứ không phải một danh sách dự án công nghệ rời rạc. | A DX strategy states what the enterprise wants to achieve with digital technology, why and by when; it flows from the vision and business goals rather than being a list of separate IT projects.
1 Có vài ý tưởng, dự án số nhưng chưa có tầm nhìn, chiến lược rõ ràng | A few digital ideas and projects, but no clear vision or strategy
2 Đã có tầm nhìn, đang bắt đầu xây dựng chiến lược chuyển đổi số | A vision exists and a DX strategy is being developed
3 Có chiến lược rõ ràng, phù hợp tầm nhìn, đang triển khai ở hầu hết bộ phận | A clear strategy aligned with the vision is being implemented in most units
4 Chiến lược được tối ưu, rà soát định kỳ và dẫn dắt mọi hoạt động của toàn doanh nghiệp | The strategy is refined, reviewed regularly and guides all activity enterprise-wide
5 Chiến lược được đối tác chia sẻ và chấp nhận trong toàn hệ sinh thái | The strategy is shared with and accepted by partners across the ecosystem
C 2.6.2 | Đồng bộ nhóm kinh doanh/kỹ thuật | Business–technical alignment
V đồng bộ mục tiêu và kế hoạch giữa khối kinh doanh và khối kỹ thuật, công nghệ | align goals and plans between its business and technical (IT) teams
H Khối kinh doanh và khối công nghệ cùng đặt mục tiêu, cùng lập kế hoạch và chia sẻ trách nhiệm cho các sáng kiến số, ví dụ nhóm dự án liên chức năng, ban chỉ đạo chung, chỉ tiêu chung. | Business and technology teams set goals, plan and share responsibility for digital initiatives together, e.g. cross-functional teams, a joint steering committee, shared targets.
1 Hai khối làm việc riêng, chỉ phối hợp khi có dự án cụ thể | The two sides work apart and cooperate only on specific projects
2 Một số sáng kiến có nhóm liên chức năng kinh doanh – kỹ thuật | Some initiatives have cross-functional business–technical teams
3 Hầu hết sáng kiến số có mục tiêu và kế hoạch chung giữa hai khối | Most digital initiatives have shared goals and plans across both sides
4 Toàn doanh nghiệp vận hành mô hình đồng bộ, có chỉ tiêu và cơ chế quản trị chung | The enterprise runs an aligned model with shared targets and governance
5 Sự đồng bộ mở rộng tới đội ngũ kinh doanh và kỹ thuật của đối tác | Alignment extends to partners' business and technical teams
C 2.6.3 | Đo lường chỉ số | KPI measurement
V đo lường tiến độ và kết quả chuyển đổi số bằng bộ chỉ số (KPI) | measure the progress and results of digital transformation with KPIs
H Bộ chỉ số theo dõi chuyển đổi số, ví dụ tỷ lệ giao dịch qua kênh số, tỷ lệ quy trình được số hóa, doanh thu từ sản phẩm số, mức hài lòng, tiến độ dự án; mỗi chỉ số có người chịu trách nhiệm, mục tiêu và kỳ báo cáo. | KPIs that track digital transformation, e.g. share of transactions via digital channels, share of processes digitised, digital revenue, satisfaction, project progress; each has an owner, a target and a reporting cycle.
1 Đánh giá tiến độ chuyển đổi số theo cảm nhận, không có chỉ số | DX progress judged by impression, with no metrics
2 Một số bộ phận có KPI chuyển đổi số riêng | Some units have their own DX KPIs
3 Hầu hết bộ phận dùng bộ KPI chung, báo cáo định kỳ lên lãnh đạo | Most units use a common KPI set reported regularly to leadership
4 KPI chuyển đổi số toàn doanh nghiệp trên bảng điều khiển trực tuyến, gắn đánh giá thành tích | Enterprise-wide DX KPIs on a live dashboard, linked to performance reviews
5 Có KPI chung với đối tác cho các mục tiêu số của hệ sinh thái | Shared KPIs with partners for the ecosystem's digital goals
C 2.6.4 | Quản lý rủi ro | Risk management
V nhận diện và quản lý rủi ro của các hoạt động chuyển đổi số | identify and manage the risks of its digital-transformation activities
H Rủi ro chuyển đổi số gồm dự án chậm, vượt chi phí, công nghệ không phù hợp, phụ thuộc nhà cung cấp, mất an toàn dữ liệu, nhân viên không thích ứng. Quản lý rủi ro là có danh mục rủi ro, người chịu trách nhiệm, biện pháp xử lý và theo dõi định kỳ. Rủi ro vận hành hằng ngày được hỏi ở 4.1.2. | DX risks include delays, cost overruns, unsuitable technology, vendor lock-in, data breaches and staff failing to adapt. Managing them means a risk register, owners, mitigations and regular follow-up. Day-to-day operational risk is asked in 4.1.2.
1 Rủi ro chỉ được xử lý khi đã xảy ra | Risks are dealt with only once they happen
2 Một số dự án số có danh mục rủi ro và biện pháp xử lý | Some digital projects keep a risk register with mitigations
3 Hầu hết dự án số quản lý rủi ro theo quy trình chung | Most digital projects manage risk under a common process
4 Rủi ro chuyển đổi số nằm trong hệ thống quản trị rủi ro của toàn doanh nghiệp | DX risks are part of the enterprise-wide risk management system
5 Rủi ro liên quan đến đối tác và hệ sinh thái được đánh giá, quản lý chung | Partner and ecosystem risks are assessed and managed jointly
C 2.6.5 | Lộ trình chuyển đổi | Transformation roadmap
V lập lộ trình chuyển đổi số theo từng giai đoạn, có mốc và nguồn lực | draw up a phased transformation roadmap with milestones and resources
H Lộ trình chia chiến lược thành các giai đoạn và dự án cụ thể, có thứ tự ưu tiên, mốc thời gian, ngân sách, người phụ trách, và được cập nhật khi tình hình thay đổi. | A roadmap breaks the strategy into phases and concrete projects with priorities, milestones, budgets and owners, and is updated as circumstances change.
1 Chỉ có danh sách dự án số rời rạc, không có thứ tự và mốc | Only a loose list of digital projects, without order or milestones
2 Đang xây dựng lộ trình; một số bộ phận đã có kế hoạch theo giai đoạn | A roadmap is being drawn up; some units already have phased plans
3 Có lộ trình rõ ràng được phê duyệt, đang triển khai ở hầu hết bộ phận | A clear, approved roadmap is being carried out in most units
4 Lộ trình toàn doanh nghiệp được theo dõi, điều chỉnh định kỳ theo kết quả | The enterprise roadmap is tracked and adjusted regularly based on results
5 Lộ trình được phối hợp với lộ trình của đối tác trong hệ sinh thái | The roadmap is coordinated with partners' roadmaps in the ecosystem
C 2.6.6 | Áp dụng chiến lược | Strategy adoption
V đưa chiến lược chuyển đổi số vào kế hoạch và công việc hằng ngày của các bộ phận | carry its DX strategy into units' plans and daily work
H Chiến lược chỉ có giá trị khi được thực hiện: các bộ phận hiểu chiến lược, chuyển thành kế hoạch và chỉ tiêu của mình, nhân viên biết việc mình làm đóng góp gì. | A strategy only counts when carried out: units understand it, turn it into their own plans and targets, and employees know how their work contributes.
1 Chiến lược chủ yếu nằm trên giấy, ít bộ phận biết đến | The strategy is mostly on paper; few units know it
2 Một số bộ phận đã chuyển chiến lược thành kế hoạch hành động | Some units have turned the strategy into action plans
3 Hầu hết bộ phận có kế hoạch và chỉ tiêu bắt nguồn từ chiến lược | Most units have plans and targets derived from the strategy
4 Toàn doanh nghiệp thực hiện chiến lược nhất quán, nhân viên hiểu vai trò của mình | The whole enterprise carries out the strategy consistently; staff understand their role
5 Đối tác cũng áp dụng các phần chiến lược liên quan đến mình | Partners also apply the parts of the strategy that concern them
C 2.6.7 | Quản trị chuyển đổi | Transformation governance
V thiết lập bộ máy quản trị để chỉ đạo và giám sát chuyển đổi số | set up governance to steer and oversee digital transformation
H Có người và cơ chế chịu trách nhiệm chung: ban chỉ đạo chuyển đổi số, lãnh đạo phụ trách (CDO/CIO), văn phòng quản lý chương trình, quy chế ra quyết định, họp rà soát định kỳ. | Clear people and mechanisms in charge: a DX steering committee, a responsible executive (CDO/CIO), a programme office, decision rules and regular reviews.
1 Chuyển đổi số do từng cá nhân thúc đẩy, chưa có cơ chế chỉ đạo | DX driven by individuals, with no steering mechanism
2 Có người phụ trách, cơ chế quản trị đang hình thành ở một số bộ phận | Someone is in charge and governance is forming in some units
3 Có ban chỉ đạo và quy chế; hầu hết dự án số được giám sát theo cơ chế chung | A steering committee and rules; most digital projects are overseen under them
4 Quản trị chuyển đổi số hiệu quả trên toàn doanh nghiệp, có quản trị rủi ro, rà soát định kỳ | Effective enterprise-wide DX governance with risk management and regular reviews
5 Có cơ chế quản trị chung với đối tác cho các sáng kiến số liên kết | Joint governance with partners for shared digital initiatives
C 2.6.8 | Bài học thành công | Lessons from success
V rút kinh nghiệm và nhân rộng bài học từ các sáng kiến chuyển đổi số | capture lessons from its digital initiatives and spread them
H Sau mỗi dự án, doanh nghiệp tổng kết điều gì hiệu quả, điều gì chưa, lưu lại và chia sẻ để bộ phận khác áp dụng, nhân rộng mô hình thành công. Ví dụ: họp rút kinh nghiệm, kho bài học, câu chuyện điển hình nội bộ. | After each project the enterprise reviews what worked and what did not, records it and shares it for other units to use, and scales up successful models. Examples: retrospectives, a lessons-learned library, internal case stories.
1 Kinh nghiệm nằm ở người làm dự án, ít được ghi lại | Experience stays with the project team and is rarely written down
2 Một số bộ phận tổng kết và ghi lại bài học sau dự án số | Some units review and record lessons after digital projects
3 Hầu hết dự án có tổng kết, bài học được lưu ở nơi chung | Most projects hold reviews and lessons are stored in a shared place
4 Toàn doanh nghiệp nhân rộng mô hình thành công một cách có hệ thống | The enterprise systematically scales up successful models
5 Bài học được chia sẻ và nhân rộng cùng đối tác trong hệ sinh thái | Lessons are shared and scaled up with ecosystem partners
P 3 | 145 | Hạ tầng và công nghệ số | Digital infrastructure and technology
I 3.1 | Quản trị công nghệ | Technology governance
C 3.1.1 | Khung quản trị công nghệ | Technology-governance framework
V áp dụng một khung quản trị công nghệ thông tin chính thức | apply a formal IT-governance framework
H Khung quản trị công nghệ quy định cách ra quyết định đầu tư, vận hành và kiểm soát công nghệ: vai trò, quy trình, chính sách, chỉ số. Ví dụ: COBIT, ITIL, ISO/IEC 38500, quy chế quản lý công nghệ thông tin nội bộ. | An IT-governance framework sets how technology investment, operation and control decisions are made: roles, processes, policies and metrics. Examples: COBIT, ITIL, ISO/IEC 38500, an internal IT management regulation.
1 Quyết định về công nghệ theo từng trường hợp, chưa có khung chính thức | Technology decisions made case by case, with no formal framework
2 Khung quản trị công nghệ được áp dụng ở một số bộ phận | A technology-governance framework applies in some units
3 Hầu hết bộ phận áp dụng khung chung, dựa trên chuẩn như COBIT, ITIL | Most units apply a common framework based on standards such as COBIT or ITIL
4 Khung quản trị áp dụng toàn doanh nghiệp, được đo lường và cải tiến | The framework applies enterprise-wide and is measured and improved
5 Khung quản trị mở rộng tới nhà cung cấp và đối tác công nghệ | The framework extends to technology suppliers and partners
C 3.1.2 | Tiêu chuẩn ngành | Industry standards
V áp dụng tiêu chuẩn ngành và tiêu chuẩn công nghệ trong các hệ thống của mình | apply industry and technology standards in its systems
H Sử dụng các tiêu chuẩn được công nhận cho công nghệ và dữ liệu trong ngành, ví dụ ISO/IEC 27001 về an toàn thông tin, chuẩn trao đổi dữ liệu ngành (HL7 trong y tế, mã vạch GS1 trong bán lẻ, ISO 20022 trong tài chính), tiêu chuẩn quốc gia TCVN. | Using recognised standards for technology and data in the industry, e.g. ISO/IEC 27001 for information security, industry data-exchange standards (HL7 in health, GS1 barcodes in retail, ISO 20022 in finance), Vietnamese national standards (TCVN).
1 Chỉ dùng tiêu chuẩn khi đối tác hoặc khách hàng yêu cầu | Standards used only when partners or customers demand them
2 Một số bộ phận, hệ thống áp dụng tiêu chuẩn ngành | Some units or systems apply industry standards
3 Hầu hết hệ thống theo danh mục tiêu chuẩn chung, có chứng nhận ở mảng quan trọng | Most systems follow a common standards list, certified in key areas
4 Toàn doanh nghiệp tuân thủ tiêu chuẩn, được đánh giá độc lập định kỳ | The whole enterprise complies with standards, independently audited regularly
5 Tham gia xây dựng tiêu chuẩn ngành, cùng đối tác áp dụng chuẩn chung | Helps shape industry standards and applies common standards with partners
C 3.1.3 | Quản lý môi trường | Environmental management
V quản lý tác động môi trường của hạ tầng và thiết bị công nghệ | manage the environmental impact of its technology infrastructure and equipment
H Tính đến tác động môi trường trong vòng đời công nghệ: mua thiết bị tiết kiệm, kéo dài tuổi thọ thiết bị, thu hồi và xử lý rác thải điện tử đúng quy định, đo phát thải của hệ thống công nghệ thông tin, chọn nhà cung cấp xanh. | Taking environmental impact into account over the technology life cycle: buying efficient equipment, extending its life, collecting and disposing of e-waste properly, measuring IT emissions, choosing green suppliers.
1 Vấn đề môi trường chỉ được xét khi có yêu cầu bắt buộc | Environmental issues considered only when compulsory
2 Một số bộ phận có quy định xử lý rác thải điện tử, mua sắm xanh | Some units have e-waste and green-purchasing rules
3 Hầu hết hoạt động công nghệ có tiêu chí môi trường và được theo dõi | Most technology activities have environmental criteria that are tracked
4 Toàn doanh nghiệp đo, báo cáo tác động môi trường của công nghệ, có mục tiêu giảm | Technology's environmental impact measured and reported enterprise-wide, with reduction targets
5 Cùng nhà cung cấp, đối tác thực hiện mục tiêu môi trường cho cả chuỗi công nghệ | Environmental targets pursued with suppliers and partners across the technology chain
C 3.1.4 | Quản lý năng lượng | Energy management
V theo dõi và tối ưu mức tiêu thụ năng lượng của hạ tầng công nghệ | monitor and optimise the energy use of its technology infrastructure
H Đo và giảm điện năng tiêu thụ của phòng máy chủ, trung tâm dữ liệu, thiết bị mạng và thiết bị đầu cuối, ví dụ theo dõi chỉ số hiệu quả sử dụng năng lượng (PUE), hợp nhất máy chủ, tắt thiết bị ngoài giờ, dùng năng lượng tái tạo. | Measuring and reducing the power used by server rooms, data centres, network and end-user devices, e.g. tracking power usage effectiveness (PUE), consolidating servers, switching devices off after hours, using renewable energy.
1 Chỉ biết tổng tiền điện, chưa tách riêng phần năng lượng cho công nghệ | Only the total power bill is known; technology energy not separated
2 Một số hệ thống, phòng máy được đo và tiết kiệm năng lượng | Some systems or server rooms are metered and save energy
3 Hầu hết hạ tầng được đo năng lượng, có biện pháp tối ưu | Most infrastructure is metered, with optimisation measures
4 Năng lượng cho công nghệ được quản lý theo mục tiêu trên toàn doanh nghiệp, theo dõi liên tục | Technology energy managed to targets enterprise-wide and monitored continuously
5 Cùng nhà cung cấp hạ tầng, đối tác tối ưu năng lượng, dùng năng lượng tái tạo | Energy optimised and renewables used together with infrastructure suppliers and partners
C 3.1.5 | Công nghệ mới | Emerging technology
V theo dõi, đánh giá và thử nghiệm công nghệ mới | track, evaluate and pilot emerging technologies
H Có cách làm có hệ thống để tìm hiểu công nghệ mới (AI tạo sinh, chuỗi khối, thực tế ảo, 5G…), đánh giá mức phù hợp, thử nghiệm nhỏ (PoC) rồi quyết định nhân rộng hay dừng. | A systematic way to explore new technologies (generative AI, blockchain, virtual reality, 5G…), assess their fit, run small proofs of concept and then decide whether to scale up or stop.
1 Công nghệ mới được thử khi có cá nhân quan tâm | New technologies tried when an individual is interested
2 Một số bộ phận có thử nghiệm công nghệ mới với mục tiêu rõ ràng | Some units run targeted pilots of new technologies
3 Hầu hết bộ phận tham gia quy trình chung đánh giá, thử nghiệm công nghệ mới | Most units take part in a common process for evaluating and piloting new technology
4 Toàn doanh nghiệp có danh mục theo dõi công nghệ và quy trình nhân rộng sau thử nghiệm | An enterprise-wide technology radar and a process to scale up after pilots
5 Cùng đối tác, viện, trường, startup nghiên cứu và thử nghiệm công nghệ mới | New technology researched and piloted with partners, institutes, universities and start-ups
I 3.2 | Kiến trúc công nghệ và ứng dụng | Technology and application architecture
C 3.2.1 | Lộ trình công nghệ | Technology roadmap
V lập lộ trình công nghệ gắn với chiến lược kinh doanh | keep a technology roadmap linked to its business strategy
H Lộ trình công nghệ cho biết hệ thống nào sẽ xây mới, nâng cấp, thay thế hay ngừng, khi nào và vì sao, bám theo chiến lược kinh doanh và chuyển đổi số. | A technology roadmap shows which systems will be built, upgraded, replaced or retired, when and why, following the business and DX strategy.
1 Mua sắm, nâng cấp công nghệ theo nhu cầu trước mắt, chưa gắn chiến lược | Technology bought and upgraded for immediate needs, not linked to strategy
2 Một số mảng có lộ trình công nghệ phù hợp với kế hoạch kinh doanh | Some areas have a technology roadmap matching business plans
3 Hầu hết hệ thống nằm trong lộ trình chung, phù hợp chiến lược, cập nhật định kỳ | Most systems are in a common roadmap aligned with strategy and updated regularly
4 Lộ trình công nghệ toàn doanh nghiệp gắn chặt với chiến lược, điều chỉnh theo kết quả | An enterprise-wide roadmap tightly linked to strategy and adjusted by results
5 Lộ trình công nghệ được đồng bộ với đối tác để kết nối liền mạch | The technology roadmap is synchronised with partners for seamless integration
C 3.2.2 | Microservices và kiến trúc hướng dịch vụ (SOA) | Microservices and SOA
V xây dựng ứng dụng theo kiến trúc hướng dịch vụ (SOA) hoặc microservices | build its applications on a service-oriented (SOA) or microservices architecture
H Thay vì một phần mềm khối lớn, ứng dụng được chia thành các dịch vụ nhỏ, độc lập, giao tiếp qua giao diện chuẩn, nâng cấp và mở rộng được riêng từng phần. Ví dụ: dịch vụ thanh toán, đơn hàng, khách hàng chạy riêng trên container. | Instead of one large monolith, applications are split into small, independent services that talk through standard interfaces and can be upgraded or scaled separately. Example: payment, order and customer services each running in their own containers.
1 Ứng dụng chủ yếu nguyên khối; chỉ vài chức năng được tách thành dịch vụ | Applications mostly monolithic; only a few functions split into services
2 Kiến trúc hướng dịch vụ bước đầu; một số ứng dụng dùng microservices | Early service orientation; some applications use microservices
3 Đa số ứng dụng xây theo microservices/SOA, có chuẩn thiết kế chung | Most applications use microservices/SOA with common design standards
4 Kiến trúc dịch vụ thống nhất toàn doanh nghiệp, triển khai và mở rộng độc lập | A uniform service architecture enterprise-wide, deployed and scaled independently
5 Dịch vụ được tái sử dụng và kết hợp với dịch vụ của đối tác trong hệ sinh thái | Services reused and combined with partners' services in the ecosystem
C 3.2.3 | Mã nguồn mở | Open source
V sử dụng và quản lý phần mềm mã nguồn mở | use and manage open-source software
H Dùng phần mềm mã nguồn mở (ví dụ Linux, PostgreSQL, Kubernetes) có chủ đích: có danh mục thành phần đang dùng, kiểm tra giấy phép và lỗ hổng, cập nhật phiên bản, có thể đóng góp lại cho cộng đồng. | Using open-source software (e.g. Linux, PostgreSQL, Kubernetes) deliberately: an inventory of components in use, licence and vulnerability checks, version updates, and possibly contributing back to the community.
1 Vài phần mềm nguồn mở được dùng tự phát, không ai quản lý | A few open-source tools used ad hoc, with no one managing them
2 Một số bộ phận dùng mã nguồn mở có kiểm soát giấy phép, phiên bản | Some units use open source with licence and version control
3 Hầu hết ứng dụng dùng mã nguồn mở theo chính sách chung, quét lỗ hổng định kỳ | Most applications use open source under a common policy, with regular vulnerability scans
4 Toàn doanh nghiệp quản lý mã nguồn mở có hệ thống (danh mục thành phần, SBOM) | Open source managed systematically enterprise-wide (component inventory, SBOM)
5 Đóng góp và cùng đối tác, cộng đồng phát triển dự án mã nguồn mở | Contributes to and co-develops open-source projects with partners and the community
C 3.2.4 | Cấu hình ứng dụng | Application configuration
V quản lý cấu hình ứng dụng tập trung và có kiểm soát | manage application configuration centrally and under control
H Thông số cấu hình (kết nối, tham số nghiệp vụ, cờ bật tắt tính năng) được tách khỏi mã nguồn, lưu có phiên bản, thay đổi có phê duyệt và áp dụng nhất quán giữa các môi trường, ví dụ kho cấu hình, hạ tầng dưới dạng mã (IaC). | Configuration (connections, business parameters, feature flags) is kept out of the code, versioned, changed with approval and applied consistently across environments, e.g. a configuration store, infrastructure as code (IaC).
1 Cấu hình sửa trực tiếp trên máy chủ khi cần, không lưu vết | Configuration edited directly on servers as needed, with no record
2 Một số ứng dụng quản lý cấu hình có phiên bản và phê duyệt | Some applications keep configuration versioned and approved
3 Hầu hết ứng dụng dùng kho cấu hình chung, thay đổi được lưu vết | Most applications use a common configuration store, with changes logged
4 Cấu hình toàn doanh nghiệp quản lý dưới dạng mã, tự động kiểm tra và triển khai | Configuration managed as code enterprise-wide, checked and deployed automatically
5 Cấu hình kết nối với đối tác được quản lý và đồng bộ có kiểm soát | Configuration of partner integrations managed and synchronised under control
C 3.2.5 | Điện toán đám mây | Cloud computing (application architecture)
V xây dựng, triển khai ứng dụng theo hướng đám mây (cloud-native hoặc SaaS) | build and deploy its applications for the cloud (cloud-native or SaaS)
H Tiêu chí này nhìn từ kiến trúc ứng dụng: ứng dụng được thiết kế hoặc chuyển đổi để chạy trên đám mây (cloud-native, container, dịch vụ nền tảng PaaS) hoặc dùng phần mềm dạng dịch vụ (SaaS). Việc dùng hạ tầng đám mây để tính toán, lưu trữ được hỏi ở 3.5.7. | This item looks at application architecture: applications designed or reworked to run in the cloud (cloud-native, containers, PaaS services) or bought as software as a service (SaaS). Using cloud infrastructure for compute and storage is asked in 3.5.7.
1 Vài ứng dụng dạng SaaS được dùng lẻ tẻ | A few SaaS applications used here and there
2 Một số ứng dụng được chuyển lên hoặc xây mới trên đám mây | Some applications moved to or built in the cloud
3 Đa số ứng dụng mới được thiết kế cho đám mây theo chuẩn chung | Most new applications designed for the cloud under common standards
4 Toàn doanh nghiệp ưu tiên đám mây; ứng dụng cloud-native tận dụng đầy đủ dịch vụ đám mây | Cloud-first enterprise-wide; cloud-native applications make full use of cloud services
5 Ứng dụng đám mây tích hợp liền mạch với ứng dụng đám mây của đối tác | Cloud applications integrate seamlessly with partners' cloud applications
C 3.2.6 | API | APIs
V kết nối các hệ thống với nhau và với bên ngoài qua API | connect its systems with each other and with outside parties through APIs
H API (giao diện lập trình ứng dụng) là giao diện chuẩn để phần mềm trao đổi dữ liệu, chức năng mà không phải nhập tay hay chép tệp, ví dụ API nối phần mềm bán hàng với kế toán, cổng thanh toán, hóa đơn điện tử, API mở cho đối tác. | An API (application programming interface) is a standard interface through which software exchanges data and functions without manual re-entry or file copying, e.g. APIs linking sales software to accounting, payment gateways and e-invoicing, or open APIs for partners.
1 Trao đổi dữ liệu chủ yếu qua nhập tay, chép tệp; vài kết nối API riêng lẻ | Data exchanged mostly by re-keying or files; a few one-off API links
2 Một số hệ thống kết nối qua API có tài liệu mô tả | Some systems are connected through documented APIs
3 Hầu hết hệ thống dùng API theo chuẩn chung, có quản lý phiên bản | Most systems use APIs to a common standard, with versioning
4 Toàn doanh nghiệp quản lý API tập trung (cổng API, bảo mật, giám sát) | APIs managed centrally enterprise-wide (API gateway, security, monitoring)
5 API mở cho đối tác, có cổng thông tin nhà phát triển và điều khoản sử dụng | Open APIs for partners, with a developer portal and terms of use
C 3.2.7 | Kiến trúc công nghệ | Technology architecture
V xây dựng và duy trì kiến trúc công nghệ tổng thể (kiến trúc doanh nghiệp) | define and maintain an overall technology (enterprise) architecture
H Kiến trúc tổng thể mô tả các hệ thống, dữ liệu, hạ tầng và cách chúng liên kết, cùng nguyên tắc chọn công nghệ, giúp tránh hệ thống trùng lặp, rời rạc. Ví dụ: khung kiến trúc TOGAF, sơ đồ kiến trúc được phê duyệt, hội đồng kiến trúc. | An overall architecture describes systems, data, infrastructure and how they connect, with principles for choosing technology, to avoid duplicated, fragmented systems. Examples: the TOGAF framework, approved architecture diagrams, an architecture board.
1 Hệ thống phát triển rời rạc, chưa có bản mô tả kiến trúc | Systems grew separately, with no architecture description
2 Một số mảng có sơ đồ và nguyên tắc kiến trúc | Some areas have architecture diagrams and principles
3 Có kiến trúc tổng thể; hầu hết dự án mới phải tuân thủ | An overall architecture exists; most new projects must conform
4 Kiến trúc toàn doanh nghiệp được tối ưu, do hội đồng kiến trúc quản lý và cập nhật | An optimised enterprise architecture, managed and updated by an architecture board
5 Kiến trúc công nghệ tích hợp liền mạch với kiến trúc của đối tác | The technology architecture integrates seamlessly with partners' architectures
I 3.3 | An toàn thông tin mạng | Cybersecurity
C 3.3.1 | An toàn hệ thống thông tin theo cấp độ | Information-system security by protection level
V bảo đảm an toàn hệ thống thông tin theo cấp độ | secure its information systems according to their protection level
G Doanh nghiệp có phân loại và lập hồ sơ đề xuất cấp độ an toàn cho các hệ thống thông tin không? | Has the enterprise classified its information systems and prepared protection-level dossiers for them?
Q Doanh nghiệp đáp ứng yêu cầu bảo đảm an toàn hệ thống thông tin theo cấp độ đến đâu? | How far does the enterprise meet the requirements for securing its information systems by protection level?
H Theo Nghị định 85/2016/NĐ-CP, mỗi hệ thống thông tin được xác định cấp độ từ 1 đến 5, có hồ sơ đề xuất cấp độ được phê duyệt, phải triển khai phương án bảo đảm an toàn tương ứng và được kiểm tra, đánh giá định kỳ. Tỷ lệ tính trên tổng số hệ thống thông tin của doanh nghiệp; chọn mức cao nhất đạt đủ. | Under Decree 85/2016/NĐ-CP each information system is assigned a protection level from 1 to 5 with an approved level dossier, must have the matching security measures deployed, and is inspected and assessed periodically. Percentages are of all the enterprise's information systems; choose the highest level fully met.
1 Hồ sơ đề xuất cấp độ được phê duyệt cho dưới 100 % hệ thống (mốc tham chiếu: 80 %) | Protection-level dossiers approved for under 100 % of systems (reference mark: 80 %)
2 100 % hồ sơ cấp độ được phê duyệt; từ 50 % hệ thống đã triển khai phương án bảo đảm an toàn | 100 % of dossiers approved; security measures deployed on at least 50 % of systems
3 100 % hệ thống được phê duyệt cấp độ và triển khai đầy đủ phương án bảo đảm an toàn | 100 % of systems approved and fully protected to their level
4 100 % hệ thống được kiểm tra, đánh giá định kỳ theo quy định pháp luật | 100 % of systems inspected and assessed periodically as the law requires
5 100 % hệ thống được giám sát, bảo vệ chuyên nghiệp liên tục (24/7) | 100 % of systems under continuous (24/7) professional monitoring and protection
C 3.3.2 | Phát hiện xâm nhập | Intrusion detection
V giám sát và phát hiện xâm nhập trên các hệ thống thông tin | monitor its information systems and detect intrusions
H Công cụ và quy trình phát hiện truy cập trái phép, mã độc, tấn công: hệ thống phát hiện/ngăn chặn xâm nhập (IDS/IPS), thu thập và phân tích nhật ký (SIEM), trung tâm giám sát an ninh (SOC), quy trình ứng cứu sự cố. Tỷ lệ tính trên tổng số hệ thống thông tin. | Tools and processes to detect unauthorised access, malware and attacks: intrusion detection/prevention (IDS/IPS), log collection and analysis (SIEM), a security operations centre (SOC), an incident-response procedure. Percentages are of all information systems.
1 Dưới 50 % hệ thống có phát hiện xâm nhập, chủ yếu xem nhật ký thủ công | Intrusion detection on under 50 % of systems, mostly manual log review
2 Từ 50 % hệ thống được giám sát bằng công cụ phát hiện xâm nhập | At least 50 % of systems monitored with intrusion-detection tools
3 100 % hệ thống được giám sát, có quy trình ứng cứu sự cố | 100 % of systems monitored, with an incident-response procedure
4 100 % hệ thống giám sát tập trung (SIEM/SOC), diễn tập ứng cứu định kỳ | 100 % of systems centrally monitored (SIEM/SOC), with regular response drills
5 100 % hệ thống giám sát liên tục 24/7, chia sẻ cảnh báo với đối tác, cơ quan chức năng | 100 % monitored 24/7, sharing alerts with partners and the authorities
C 3.3.3 | An toàn an ninh mạng | Network security
V bảo vệ hạ tầng mạng trước các mối đe dọa an ninh mạng | protect its network infrastructure against cyber threats
H Các biện pháp bảo vệ mạng và thiết bị: tường lửa, phân vùng mạng, kiểm soát truy cập, xác thực đa yếu tố, vá lỗ hổng, phòng chống mã độc, sao lưu; đánh giá và kiểm thử xâm nhập định kỳ. Tỷ lệ tính trên tổng số hệ thống thông tin. | Measures that protect the network and devices: firewalls, network segmentation, access control, multi-factor authentication, patching, anti-malware, backups; regular assessments and penetration tests. Percentages are of all information systems.
1 Dưới 50 % hệ thống có biện pháp cơ bản (tường lửa, phòng chống mã độc) | Under 50 % of systems have basic measures (firewall, anti-malware)
2 Từ 50 % hệ thống có phân vùng mạng, kiểm soát truy cập, vá lỗi định kỳ | At least 50 % of systems segmented, access-controlled and patched regularly
3 100 % hệ thống áp dụng đủ biện pháp kỹ thuật theo chính sách an ninh mạng | 100 % of systems apply the full technical measures of the security policy
4 100 % hệ thống được đánh giá, kiểm thử xâm nhập định kỳ và khắc phục lỗ hổng | 100 % of systems assessed and penetration-tested regularly, with findings fixed
5 100 % hệ thống bảo vệ liên tục; yêu cầu an ninh áp dụng cả với đối tác kết nối | 100 % continuously protected; security requirements also bind connected partners
C 3.3.4 | Bảo mật vật lý | Physical security
V bảo vệ vật lý phòng máy chủ, trung tâm dữ liệu và thiết bị công nghệ | physically protect its server rooms, data centres and technology equipment
H Kiểm soát ra vào (thẻ, sinh trắc học), camera giám sát, phòng cháy, chống ngập, làm mát và nguồn điện dự phòng cho nơi đặt thiết bị; quản lý thiết bị di động và ổ cứng khi thanh lý. Tỷ lệ tính trên số địa điểm đặt hệ thống. | Access control (cards, biometrics), CCTV, fire and flood protection, cooling and backup power where equipment is housed; control of mobile devices and disks at disposal. Percentages are of the sites housing systems.
1 Dưới 50 % địa điểm đặt thiết bị có kiểm soát ra vào và phòng cháy cơ bản | Under 50 % of equipment sites have access control and basic fire safety
2 Từ 50 % địa điểm có kiểm soát ra vào, camera, nguồn điện dự phòng | At least 50 % of sites have access control, CCTV and backup power
3 100 % địa điểm đáp ứng yêu cầu bảo vệ vật lý theo cấp độ của hệ thống | 100 % of sites meet the physical-protection requirements of their system level
4 100 % địa điểm được kiểm tra định kỳ, có diễn tập sự cố (cháy, mất điện) | 100 % of sites inspected regularly, with incident drills (fire, power loss)
5 100 % địa điểm giám sát liên tục, kể cả trung tâm dữ liệu thuê của đối tác | 100 % of sites monitored continuously, including data centres rented from partners
I 3.4 | Ứng dụng và nền tảng | Applications and platforms
C 3.4.1 | Trí tuệ nhân tạo | Artificial intelligence
V ứng dụng trí tuệ nhân tạo (AI) vào hoạt động kinh doanh | use artificial intelligence (AI) in its business
H Ứng dụng AI để tạo giá trị: chatbot trả lời khách, dự báo nhu cầu, phát hiện gian lận, nhận dạng hình ảnh để kiểm tra chất lượng, AI tạo sinh hỗ trợ soạn thảo, gợi ý sản phẩm. Việc cá nhân tự dùng công cụ AI mà chưa có kế hoạch chung tương ứng mức 1. | Using AI to create value: customer chatbots, demand forecasting, fraud detection, image recognition for quality checks, generative AI for drafting, product recommendations. Individuals using AI tools on their own without a common plan corresponds to level 1.
1 AI được dùng thử theo sự vụ, chưa có kế hoạch | AI tried out case by case, with no plan
2 Một số bộ phận dùng AI cho bài toán cụ thể, mang lại giá trị đo được | Some units use AI for specific problems, with measurable value
3 Hầu hết bộ phận có ứng dụng AI trên nền tảng chung, theo quy định sử dụng AI | Most units use AI on a shared platform under common AI-use rules
4 AI được dùng rộng rãi trong toàn doanh nghiệp, có quản trị mô hình và rủi ro AI | AI used widely across the enterprise, with model and AI-risk governance
5 AI tích hợp với dữ liệu, dịch vụ của đối tác, tạo giá trị trong hệ sinh thái | AI integrated with partners' data and services, creating value in the ecosystem
C 3.4.2 | Nền tảng dữ liệu lớn | Big-data platform
V xây dựng hoặc sử dụng nền tảng dữ liệu lớn để lưu trữ và xử lý dữ liệu khối lượng lớn | build or use a big-data platform to store and process large volumes of data
H Nền tảng dữ liệu lớn (kho dữ liệu, hồ dữ liệu, lakehouse, trên đám mây hoặc tại chỗ) gom dữ liệu từ nhiều nguồn, xử lý khối lượng và tốc độ lớn, phục vụ phân tích và AI. Ví dụ: Hadoop/Spark, BigQuery, Snowflake. | A big-data platform (data warehouse, data lake or lakehouse, in the cloud or on premises) gathers data from many sources, handles large volumes and speeds, and serves analytics and AI. Examples: Hadoop/Spark, BigQuery, Snowflake.
1 Dữ liệu được gom thủ công vào bảng tính hoặc cơ sở dữ liệu riêng lẻ khi cần | Data pulled by hand into spreadsheets or separate databases when needed
2 Một số bộ phận có kho dữ liệu hoặc nền tảng phân tích riêng | Some units have their own data warehouse or analytics platform
3 Có nền tảng dữ liệu lớn chung, hầu hết bộ phận đưa dữ liệu vào và khai thác | A shared big-data platform that most units feed and use
4 Nền tảng dữ liệu lớn phục vụ toàn doanh nghiệp với dữ liệu gần thời gian thực | The big-data platform serves the whole enterprise with near-real-time data
5 Nền tảng kết nối, chia sẻ dữ liệu an toàn với đối tác trong hệ sinh thái | The platform connects and shares data securely with ecosystem partners
C 3.4.3 | Công cụ phát triển ứng dụng | Application-development tools
V sử dụng công cụ phát triển ứng dụng hiện đại, kể cả nền tảng low-code/no-code | use modern application-development tools, including low-code/no-code platforms
H Công cụ giúp xây dựng ứng dụng nhanh và có chất lượng: môi trường phát triển, quản lý mã nguồn (Git), kiểm thử tự động, nền tảng low-code/no-code để nhân viên nghiệp vụ tự tạo ứng dụng đơn giản. | Tools for building applications quickly and well: development environments, source control (Git), automated testing, low-code/no-code platforms on which business staff build simple apps themselves.
1 Phát triển ứng dụng thủ công, mỗi nhóm tự chọn công cụ | Applications built by hand, each team picking its own tools
2 Một số nhóm dùng công cụ hiện đại (Git, kiểm thử tự động, low-code) | Some teams use modern tools (Git, automated tests, low-code)
3 Hầu hết nhóm dùng bộ công cụ chuẩn chung do doanh nghiệp cung cấp | Most teams use a standard toolset provided by the enterprise
4 Toàn doanh nghiệp có nền tảng phát triển thống nhất, nhân viên nghiệp vụ tự tạo ứng dụng | One development platform enterprise-wide; business staff build their own apps
5 Công cụ, môi trường phát triển dùng chung với đối tác để cùng xây dựng ứng dụng | Development tools and environments shared with partners to build applications jointly
C 3.4.4 | Danh mục công cụ | Tool catalogue
V quản lý danh mục các ứng dụng, nền tảng và công cụ số đang sử dụng | keep a managed catalogue of the applications, platforms and digital tools it uses
H Danh mục cập nhật của mọi phần mềm, nền tảng, dịch vụ đám mây đang dùng: chủ sở hữu, số người dùng, chi phí, giấy phép, mức độ quan trọng; giúp tránh trùng lặp, phần mềm không được phép và lãng phí bản quyền. | An up-to-date catalogue of all software, platforms and cloud services in use: owner, users, cost, licences, criticality; it prevents duplication, unauthorised software and wasted licences.
1 Không ai nắm đủ danh sách phần mềm đang dùng; thống kê khi cần | No one holds the full list of software in use; counted when needed
2 Một số bộ phận có danh sách ứng dụng, giấy phép của mình | Some units list their own applications and licences
3 Hầu hết ứng dụng có trong danh mục chung, có chủ sở hữu và chi phí | Most applications are in a common catalogue with owners and costs
4 Danh mục toàn doanh nghiệp cập nhật tự động, dùng để tối ưu và loại bỏ trùng lặp | An automatically updated enterprise catalogue used to optimise and remove duplicates
5 Danh mục gồm cả công cụ dùng chung với đối tác, có thỏa thuận quản lý | The catalogue covers tools shared with partners, under management agreements
I 3.5 | Kết nối và tính toán | Connectivity and compute
C 3.5.1 | Ảo hóa | Virtualisation
V ảo hóa máy chủ, lưu trữ và mạng | virtualise its servers, storage and networks
H Ảo hóa cho phép chạy nhiều máy chủ ảo, container trên cùng phần cứng, chia sẻ tài nguyên linh hoạt, sao lưu và khôi phục nhanh. Ví dụ: VMware, Hyper-V, KVM, Docker/Kubernetes, mạng định nghĩa bằng phần mềm. | Virtualisation runs many virtual servers or containers on the same hardware, sharing resources flexibly and allowing fast backup and recovery. Examples: VMware, Hyper-V, KVM, Docker/Kubernetes, software-defined networking.
1 Mỗi ứng dụng chạy trên máy chủ vật lý riêng; vài máy ảo thử nghiệm | Each application runs on its own physical server; a few trial virtual machines
2 Một số hệ thống chạy trên máy ảo hoặc container | Some systems run on virtual machines or containers
3 Hầu hết máy chủ được ảo hóa và quản lý tập trung | Most servers are virtualised and managed centrally
4 Toàn bộ hạ tầng được ảo hóa (máy chủ, lưu trữ, mạng), cấp phát tài nguyên tự động | All infrastructure virtualised (compute, storage, network), with automatic provisioning
5 Hạ tầng ảo hóa liên thông với hạ tầng của đối tác, nhà cung cấp đám mây | Virtualised infrastructure interconnected with partners' and cloud providers' infrastructure
C 3.5.2 | Kết nối không dây | Wireless connectivity
V sử dụng kết nối không dây (Wi-Fi, 4G/5G, LPWAN) cho hoạt động kinh doanh | use wireless connectivity (Wi-Fi, 4G/5G, LPWAN) in its operations
H Kết nối không dây cho nhân viên, thiết bị và khách hàng tại văn phòng, nhà xưởng, kho bãi, hiện trường: Wi-Fi doanh nghiệp có bảo mật, 4G/5G, mạng 5G dùng riêng, mạng diện rộng công suất thấp (LoRa, NB-IoT) cho cảm biến. | Wireless links for staff, devices and customers in offices, plants, warehouses and the field: secured enterprise Wi-Fi, 4G/5G, private 5G, low-power wide-area networks (LoRa, NB-IoT) for sensors.
1 Chỉ có Wi-Fi cơ bản tại văn phòng, chưa quản lý bảo mật | Only basic office Wi-Fi, with no security management
2 Một số địa điểm, bộ phận có kết nối không dây phục vụ nghiệp vụ | Some sites or units have wireless connectivity for their operations
3 Hầu hết địa điểm có kết nối không dây ổn định, bảo mật, quản lý chung | Most sites have stable, secure, centrally managed wireless links
4 Phủ sóng toàn doanh nghiệp, gồm 5G/LPWAN cho thiết bị, chất lượng giám sát liên tục | Enterprise-wide coverage incl. 5G/LPWAN for devices, quality monitored continuously
5 Kết nối không dây liền mạch với đối tác, khách hàng tại điểm chung (kho, cảng, cửa hàng) | Seamless wireless links with partners and customers at shared sites (warehouses, ports, stores)
C 3.5.3 | Giao thức Internet | Internet Protocol
V vận hành mạng trên nền giao thức Internet (IP) thống nhất, hỗ trợ IPv6 | run its network on a unified Internet Protocol (IP) base that supports IPv6
H Hạ tầng mạng dùng giao thức Internet (IP) thống nhất cho dữ liệu, thoại, video và thiết bị; hỗ trợ IPv6 theo chương trình chuyển đổi IPv6 quốc gia; địa chỉ IP, tên miền và DNS được quản lý an toàn. | The network uses the Internet Protocol (IP) for data, voice, video and devices alike; it supports IPv6 in line with Vietnam's national IPv6 transition programme; IP addresses, domain names and DNS are managed securely.
1 Mạng dùng nhiều công nghệ riêng lẻ, địa chỉ IP quản lý thủ công | The network mixes separate technologies; IP addresses managed by hand
2 Một số hệ thống, dịch vụ hỗ trợ IPv6 hoặc đã chuyển sang nền IP thống nhất | Some systems and services support IPv6 or run on a unified IP base
3 Hầu hết hệ thống dùng nền IP thống nhất, quản lý địa chỉ và DNS tập trung | Most systems run on a unified IP base with central address and DNS management
4 Toàn doanh nghiệp hỗ trợ đầy đủ IPv6 trên mạng IP thống nhất, có dự phòng | Full IPv6 support enterprise-wide on a unified, redundant IP network
5 Kết nối IP/IPv6 trực tiếp, an toàn với mạng của đối tác | Direct, secure IP/IPv6 links with partners' networks
C 3.5.4 | IoT | Internet of Things (IoT)
V dùng thiết bị, cảm biến Internet vạn vật (IoT) để thu thập dữ liệu và điều khiển | use Internet of Things (IoT) devices and sensors to collect data and control equipment
H IoT là thiết bị, cảm biến có kết nối mạng tự gửi dữ liệu hoặc nhận lệnh: đo nhiệt độ kho lạnh, định vị xe, công tơ thông minh, giám sát máy móc, camera thông minh. | IoT means networked devices and sensors that send data or take commands on their own: cold-store temperature sensors, vehicle trackers, smart meters, machine monitoring, smart cameras.
1 Vài thiết bị IoT lắp riêng lẻ, dữ liệu xem trên ứng dụng riêng | A few IoT devices installed separately, their data viewed in their own apps
2 Một số bộ phận dùng IoT, dữ liệu đưa về hệ thống của bộ phận | Some units use IoT, with data fed into their own systems
3 Hầu hết bộ phận có nhu cầu dùng IoT trên nền tảng chung, dữ liệu dùng cho vận hành | Most units that need it use IoT on a shared platform, with data used in operations
4 IoT được quản lý tập trung toàn doanh nghiệp, tự động cảnh báo và điều khiển | IoT managed centrally enterprise-wide, with automatic alerts and control
5 Dữ liệu IoT chia sẻ với đối tác, ví dụ theo dõi hàng hóa xuyên chuỗi cung ứng | IoT data shared with partners, e.g. tracking goods along the supply chain
C 3.5.5 | Quản lý hạ tầng | Infrastructure management
V quản lý hạ tầng công nghệ tập trung bằng công cụ giám sát và quản lý tài sản | manage its technology infrastructure centrally with monitoring and asset-management tools
H Theo dõi và quản lý máy chủ, mạng, lưu trữ, thiết bị đầu cuối: danh mục tài sản, giám sát hiệu năng và dung lượng, cảnh báo sự cố, quản lý bản vá, lập kế hoạch dung lượng. Ví dụ: công cụ giám sát như Zabbix, Prometheus; cơ sở dữ liệu quản lý cấu hình (CMDB). | Tracking and managing servers, networks, storage and end-user devices: asset inventory, performance and capacity monitoring, fault alerts, patch management, capacity planning. Examples: monitoring tools such as Zabbix or Prometheus; a configuration management database (CMDB).
1 Hạ tầng quản lý thủ công, biết sự cố khi người dùng báo | Infrastructure managed by hand; faults found when users report them
2 Một số hệ thống có giám sát và danh mục tài sản | Some systems have monitoring and an asset list
3 Hầu hết hạ tầng được giám sát tập trung, đáp ứng nhu cầu cơ bản | Most infrastructure monitored centrally and meets basic needs
4 Hạ tầng toàn doanh nghiệp quản lý tích hợp, cảnh báo và lập kế hoạch dung lượng tự động | All infrastructure under integrated management, with automatic alerts and capacity planning
5 Quản lý hạ tầng phối hợp với nhà cung cấp, đối tác theo cam kết chất lượng chung | Infrastructure managed with suppliers and partners under shared service levels
C 3.5.6 | Điều phối nguồn lực | Resource orchestration
V tự động điều phối tài nguyên tính toán, lưu trữ và mạng theo nhu cầu | orchestrate compute, storage and network resources automatically as demand changes
H Điều phối là tự động cấp phát, co giãn và thu hồi tài nguyên khi tải thay đổi, thay vì đặt hàng và cài đặt thủ công. Ví dụ: Kubernetes tự tăng số bản chạy khi lượng truy cập tăng, cấp máy ảo tự động bằng Terraform hoặc Ansible. | Orchestration means allocating, scaling and releasing resources automatically as load changes instead of ordering and installing them by hand. Examples: Kubernetes adding replicas as traffic rises, automatic VM provisioning with Terraform or Ansible.
1 Tài nguyên được cấp thủ công theo yêu cầu, mất nhiều ngày | Resources allocated by hand on request, taking days
2 Một số hệ thống có cấp phát, co giãn tài nguyên tự động | Some systems allocate and scale resources automatically
3 Hầu hết hệ thống dùng công cụ điều phối chung, đáp ứng tải thông thường | Most systems use common orchestration tools and handle normal load
4 Tài nguyên toàn doanh nghiệp được điều phối tự động theo chính sách, tối ưu chi phí | Resources enterprise-wide orchestrated automatically by policy, optimising cost
5 Điều phối xuyên suốt hạ tầng của doanh nghiệp, nhà cung cấp đám mây và đối tác | Orchestration spans the enterprise's, cloud providers' and partners' infrastructure
C 3.5.7 | Điện toán đám mây | Cloud computing (infrastructure)
V dùng hạ tầng và dịch vụ điện toán đám mây để tính toán và lưu trữ | use cloud infrastructure and services for compute and storage
H Tiêu chí này nhìn từ hạ tầng: mức độ dùng máy chủ, lưu trữ, sao lưu trên đám mây công cộng, riêng hoặc lai (IaaS) thay vì tự mua phần cứng, lưu ý yêu cầu lưu trữ dữ liệu tại Việt Nam khi có. Kiến trúc ứng dụng đám mây được hỏi ở 3.2.5. | This item looks at infrastructure: how far servers, storage and backup run in public, private or hybrid cloud (IaaS) instead of owned hardware, minding any requirement to store data in Vietnam. Cloud application architecture is asked in 3.2.5.
1 Chỉ vài dịch vụ lưu trữ, sao lưu đám mây dùng lẻ tẻ | Only a few cloud storage or backup services used here and there
2 Một số hệ thống chạy trên hạ tầng đám mây | Some systems run on cloud infrastructure
3 Hầu hết hệ thống mới dùng đám mây, có chính sách lựa chọn và bảo mật đám mây | Most new systems use the cloud, under a cloud selection and security policy
4 Toàn doanh nghiệp dùng đám mây lai, đa đám mây hiệu quả, có quản lý chi phí (FinOps) | Effective hybrid or multi-cloud enterprise-wide, with cost management (FinOps)
5 Hạ tầng đám mây dùng chung, kết nối trực tiếp với đối tác trong hệ sinh thái | Cloud infrastructure shared and directly connected with ecosystem partners
C 3.5.8 | Điện toán biên | Edge computing
V xử lý dữ liệu tại biên, gần nơi phát sinh dữ liệu | process data at the edge, close to where it is generated
H Điện toán biên là xử lý dữ liệu ngay tại nhà máy, cửa hàng, trạm, thiết bị thay vì gửi hết về trung tâm, để phản hồi nhanh và giảm băng thông. Ví dụ: máy chủ biên phân tích hình ảnh camera tại chỗ, điều khiển dây chuyền theo thời gian thực. | Edge computing processes data at the plant, store, station or device instead of sending everything to the centre, for fast response and less bandwidth. Examples: edge servers analysing camera feeds on site, real-time production-line control.
1 Thử xử lý tại biên ở một vài thiết bị, địa điểm | Edge processing tried on a few devices or sites
2 Một số địa điểm, bộ phận dùng điện toán biên cho nghiệp vụ cụ thể | Some sites or units use edge computing for specific operations
3 Hầu hết địa điểm cần phản hồi nhanh có điện toán biên theo chuẩn chung | Most sites needing fast response have edge computing to common standards
4 Điện toán biên và trung tâm phối hợp trên toàn doanh nghiệp, quản lý tập trung | Edge and central computing work together enterprise-wide, managed centrally
5 Hạ tầng biên dùng chung hoặc kết nối với đối tác, ví dụ tại cảng, khu công nghiệp | Edge infrastructure shared or linked with partners, e.g. at ports or industrial parks
C 3.5.9 | Tự động hóa | Automation
V tự động hóa các tác vụ vận hành hạ tầng và quy trình lặp lại | automate infrastructure operations and repetitive processes
H Dùng phần mềm và robot làm thay việc lặp lại: tự động sao lưu, vá lỗi, triển khai; tự động hóa quy trình bằng robot phần mềm (RPA) như nhập hóa đơn, đối soát; tự động hóa dây chuyền sản xuất. | Software and robots take over repetitive work: automatic backup, patching and deployment; robotic process automation (RPA) such as invoice entry or reconciliation; production-line automation.
1 Vài kịch bản tự động do cá nhân tự viết, chưa được quản lý | A few automation scripts written by individuals, not managed
2 Một số bộ phận tự động hóa các tác vụ lặp lại chính | Some units automate their main repetitive tasks
3 Hầu hết tác vụ vận hành lặp lại được tự động hóa trên nền tảng chung | Most repetitive operational tasks automated on a common platform
4 Toàn doanh nghiệp ưu tiên tự động hóa, đo thời gian tiết kiệm và lỗi giảm được | Automation-first enterprise-wide, measuring time saved and errors avoided
5 Quy trình tự động xuyên doanh nghiệp và đối tác, ví dụ đặt hàng, đối soát tự động | Automated processes span the enterprise and partners, e.g. automatic ordering and reconciliation
P 4 | 110 | Vận hành | Operations
I 4.1 | Quản trị vận hành | Operations governance
C 4.1.1 | Mô hình doanh nghiệp | Operating model
V điều chỉnh mô hình vận hành (tổ chức, quy trình, công nghệ) để hỗ trợ chiến lược số | adapt its operating model (organisation, processes, technology) to support its digital strategy
H Mô hình vận hành mô tả cách doanh nghiệp tổ chức con người, quy trình, công nghệ và dữ liệu để tạo và giao giá trị. Tiêu chí hỏi mô hình này đã được thiết kế lại cho môi trường số đến đâu, ví dụ quy trình xuyên bộ phận, trung tâm dịch vụ dùng chung, nhóm theo sản phẩm. | The operating model describes how the enterprise organises people, processes, technology and data to create and deliver value. The item asks how far it has been redesigned for digital, e.g. cross-unit processes, shared service centres, product teams.
1 Mô hình vận hành truyền thống, chỉ điều chỉnh riêng lẻ khi có dự án số | A traditional operating model, adjusted only piecemeal for digital projects
2 Đang xây dựng mô hình vận hành mới; một số bộ phận đã áp dụng | A new operating model is being built; some units apply it
3 Mô hình vận hành phù hợp chiến lược số, áp dụng ở hầu hết bộ phận | An operating model fit for the digital strategy, applied in most units
4 Mô hình thể hiện đầy đủ chiến lược số trên toàn doanh nghiệp, cải tiến liên tục | The model fully embodies the digital strategy enterprise-wide and keeps improving
5 Mô hình vận hành thống nhất với đối tác trong toàn hệ sinh thái | The operating model is aligned with partners across the ecosystem
C 4.1.2 | Quản lý rủi ro hoạt động | Operational-risk management
V dùng công cụ số để nhận diện, đo lường và kiểm soát rủi ro hoạt động | use digital tools to identify, measure and control operational risk
H Rủi ro hoạt động là tổn thất do quy trình, con người, hệ thống hoặc sự kiện bên ngoài (lỗi thao tác, gián đoạn hệ thống, thiên tai). Ví dụ: sổ đăng ký rủi ro điện tử, chỉ số cảnh báo sớm, ghi nhận sự cố tập trung, kế hoạch duy trì hoạt động liên tục. Rủi ro của chương trình chuyển đổi số được hỏi ở 2.6.4. | Operational risk is loss from processes, people, systems or outside events (handling errors, system outages, natural disasters). Examples: an electronic risk register, early-warning indicators, central incident logging, business-continuity plans. Risks of the DX programme itself are asked in 2.6.4.
1 Rủi ro hoạt động xử lý khi xảy ra, ghi chép rời rạc | Operational risks handled when they occur, recorded piecemeal
2 Một số bộ phận có sổ rủi ro và ghi nhận sự cố trên hệ thống | Some units keep a risk register and log incidents in a system
3 Hầu hết bộ phận quản lý rủi ro hoạt động trên hệ thống chung, có chỉ số cảnh báo | Most units manage operational risk in a common system with warning indicators
4 Rủi ro hoạt động toàn doanh nghiệp được giám sát liên tục, có kế hoạch hoạt động liên tục | Operational risk monitored continuously enterprise-wide, with continuity plans
5 Rủi ro do đối tác, nhà cung cấp gây ra được đánh giá và kiểm soát chung | Risks arising from partners and suppliers are assessed and controlled jointly
C 4.1.3 | Sự tuân thủ | Compliance
V quản lý việc tuân thủ pháp luật và quy định nội bộ bằng công cụ số | manage compliance with laws and internal rules using digital tools
H Theo dõi các nghĩa vụ pháp lý (thuế, hóa đơn điện tử, lao động, bảo vệ dữ liệu cá nhân, an toàn thông tin, quy định chuyên ngành), giao người chịu trách nhiệm, kiểm tra định kỳ và lưu bằng chứng trên hệ thống. | Tracking legal duties (tax, e-invoicing, labour, personal-data protection, information security, sector rules), assigning owners, checking them regularly and keeping evidence in a system.
1 Tuân thủ dựa vào hiểu biết của từng người, chỉ kiểm tra khi có thanh tra | Compliance relies on individuals' knowledge and is checked only when inspectors come
2 Một số bộ phận có danh mục nghĩa vụ và lịch kiểm tra tuân thủ | Some units keep a list of obligations and a compliance-check calendar
3 Hầu hết nghĩa vụ được theo dõi trên hệ thống chung, có người chịu trách nhiệm | Most obligations tracked in a common system, each with an owner
4 Tuân thủ toàn doanh nghiệp giám sát tự động, báo cáo định kỳ và cải thiện liên tục | Compliance monitored automatically enterprise-wide, reported and improved continuously
5 Yêu cầu tuân thủ được áp dụng và kiểm tra cả với đối tác, nhà cung cấp | Compliance requirements applied and checked with partners and suppliers too
C 4.1.4 | Bảo đảm vận hành an toàn | Safe-operations assurance
V bảo đảm hoạt động vận hành an toàn và liên tục khi có sự cố | keep its operations safe and running when incidents happen
H Các biện pháp để hoạt động không bị gián đoạn và không gây mất an toàn: kế hoạch duy trì hoạt động liên tục, trung tâm dữ liệu dự phòng, sao lưu và diễn tập khôi phục, an toàn lao động tại nơi vận hành. | Measures that keep operations uninterrupted and safe: business-continuity plans, a disaster-recovery site, backups and restore drills, occupational safety where operations run.
1 Sự cố được xử lý khi xảy ra; sao lưu không đều đặn | Incidents handled as they come; backups irregular
2 Một số hệ thống, quy trình quan trọng có phương án dự phòng | Some critical systems and processes have fallback plans
3 Hầu hết hoạt động quan trọng có kế hoạch liên tục và khôi phục đã được kiểm thử | Most critical operations have tested continuity and recovery plans
4 Toàn doanh nghiệp diễn tập định kỳ, đáp ứng mục tiêu thời gian khôi phục | Regular drills enterprise-wide; recovery-time objectives are met
5 Kế hoạch vận hành an toàn được phối hợp với đối tác, nhà cung cấp then chốt | Safe-operations plans coordinated with key partners and suppliers
I 4.2 | Thiết kế và đổi mới dịch vụ | Service design and innovation
C 4.2.1 | Đáp ứng yêu cầu kinh doanh | Meeting business requirements
V thiết kế dịch vụ và giải pháp số đáp ứng đúng yêu cầu kinh doanh | design services and digital solutions that meet business requirements
H Yêu cầu nghiệp vụ được thu thập, phân tích và xác nhận với bộ phận kinh doanh trước khi thiết kế, có tiêu chí nghiệm thu; sau khi đưa vào dùng, giải pháp được kiểm tra xem có đạt mục tiêu. Ví dụ: tài liệu yêu cầu, câu chuyện người dùng, nghiệm thu cùng người dùng. | Business requirements are gathered, analysed and confirmed with the business before design, with acceptance criteria; after go-live the solution is checked against its goals. Examples: requirement documents, user stories, user acceptance testing.
1 Yêu cầu trao đổi miệng, thường phải làm lại sau khi bàn giao | Requirements passed on verbally; work often redone after delivery
2 Một số bộ phận có quy trình thu thập yêu cầu và nghiệm thu | Some units have a requirements and acceptance process
3 Hầu hết dự án theo quy trình yêu cầu chung, ít phải làm lại | Most projects follow a common requirements process, with little rework
4 Toàn doanh nghiệp đo mức đáp ứng yêu cầu kinh doanh và cải tiến liên tục | The enterprise measures how well business needs are met and keeps improving
5 Yêu cầu của đối tác và khách hàng trong hệ sinh thái được đưa vào thiết kế chung | Partners' and ecosystem customers' requirements feed into joint design
C 4.2.2 | Design Thinking | Design thinking
V áp dụng tư duy thiết kế (Design Thinking) khi phát triển dịch vụ | apply design thinking when developing services
H Design Thinking là cách giải quyết vấn đề lấy người dùng làm trung tâm qua các bước: thấu cảm, xác định vấn đề, lên ý tưởng, làm mẫu thử và thử nghiệm với người dùng thật, lặp lại đến khi phù hợp. | Design thinking is a user-centred way to solve problems in steps: empathise, define the problem, ideate, prototype and test with real users, repeating until it fits.
1 Vài cá nhân dùng kỹ thuật Design Thinking trong dự án của mình | A few individuals use design-thinking techniques in their own projects
2 Một số bộ phận áp dụng Design Thinking, có người được đào tạo | Some units apply design thinking and have trained staff
3 Hầu hết dự án dịch vụ mới qua các bước Design Thinking, có thử với người dùng | Most new-service projects follow design-thinking steps, with user testing
4 Design Thinking là cách làm chuẩn trong toàn doanh nghiệp, có đội ngũ hỗ trợ | Design thinking is the standard way of working enterprise-wide, with a support team
5 Tổ chức đồng thiết kế với khách hàng và đối tác trong hệ sinh thái | Co-design sessions run with customers and partners across the ecosystem
C 4.2.3 | Phát triển linh hoạt | Agile development
V phát triển sản phẩm, dịch vụ theo phương pháp linh hoạt (Agile) | develop products and services using agile methods
H Agile là làm việc theo vòng lặp ngắn (Scrum, Kanban) với nhóm liên chức năng, giao sớm phần có giá trị, nhận phản hồi và điều chỉnh liên tục, thay vì làm theo một kế hoạch dài duy nhất. | Agile means working in short iterations (Scrum, Kanban) with cross-functional teams, delivering valuable increments early, getting feedback and adjusting continuously instead of following one long plan.
1 Vài nhóm thử làm theo vòng lặp ngắn | A few teams try working in short iterations
2 Một số bộ phận áp dụng Agile (Scrum, Kanban) ổn định | Some units apply agile (Scrum, Kanban) steadily
3 Hầu hết nhóm phát triển làm Agile, quy trình được tối ưu | Most development teams work agile, with optimised processes
4 Toàn doanh nghiệp vận hành linh hoạt, khối kinh doanh cùng tham gia | The whole enterprise works in an agile way, with business units involved
5 Cùng đối tác làm việc trong các nhóm Agile chung | Joint agile teams with partners
C 4.2.4 | Tối ưu hóa quy trình | Process optimisation
V phân tích và tối ưu hóa quy trình nghiệp vụ bằng công cụ số | analyse and optimise its business processes with digital tools
H Mô hình hóa quy trình (ví dụ BPMN), đo thời gian, chi phí, lỗi ở từng bước, bỏ bước thừa, tự động hóa, số hóa biểu mẫu; có thể dùng khai phá quy trình (process mining) từ nhật ký hệ thống. | Modelling processes (e.g. BPMN), measuring time, cost and errors at each step, removing needless steps, automating and digitising forms; process mining from system logs may be used.
1 Quy trình được cải tiến khi có vấn đề, không đo lường | Processes improved when problems arise, without measurement
2 Một số bộ phận mô hình hóa và tối ưu quy trình của mình | Some units model and optimise their own processes
3 Hầu hết quy trình chính được mô hình hóa, đo lường và tối ưu | Most key processes are modelled, measured and optimised
4 Toàn doanh nghiệp quản lý quy trình xuyên bộ phận, tối ưu liên tục bằng dữ liệu | Cross-unit process management enterprise-wide, optimised continuously from data
5 Quy trình liên doanh nghiệp với đối tác được tối ưu chung | Inter-company processes with partners are optimised jointly
C 4.2.5 | Đổi mới liên tục | Continuous innovation
V liên tục đổi mới dịch vụ dựa trên ý tưởng và phản hồi | continuously innovate its services from ideas and feedback
H Có cơ chế thường xuyên thu nhận ý tưởng (từ nhân viên, khách hàng), thử nghiệm nhanh và đưa cải tiến vào dịch vụ; đo số ý tưởng được thử, tỷ lệ thành công, doanh thu từ dịch vụ cải tiến. | A regular way of collecting ideas (from staff and customers), testing them quickly and building improvements into services; measuring ideas tested, success rate and revenue from improved services.
1 Đổi mới phụ thuộc sáng kiến cá nhân, không thường xuyên | Innovation depends on individual initiative and is irregular
2 Một số bộ phận có kênh thu ý tưởng và thử nghiệm cải tiến | Some units have channels for ideas and test improvements
3 Hầu hết bộ phận có quy trình đổi mới; cải tiến được đưa vào dịch vụ định kỳ | Most units have an innovation process; improvements reach services regularly
4 Toàn doanh nghiệp đổi mới sản phẩm/dịch vụ liên tục, đo lường và khen thưởng kết quả | Continuous product and service innovation enterprise-wide, measured and rewarded
5 Đổi mới mở cùng khách hàng, đối tác, startup trong hệ sinh thái | Open innovation with customers, partners and start-ups across the ecosystem
C 4.2.6 | Hợp tác đối tác | Partner collaboration
V hợp tác với đối tác trong thiết kế và cung cấp dịch vụ | collaborate with partners to design and deliver services
H Cùng đối tác (nhà cung cấp, nhà phân phối, công ty công nghệ) thiết kế và vận hành dịch vụ: chia sẻ dữ liệu và quy trình qua nền tảng số, thỏa thuận mức dịch vụ, nhóm dự án chung. | Designing and running services with partners (suppliers, distributors, tech firms): sharing data and processes through digital platforms, service-level agreements, joint project teams.
1 Hợp tác theo từng hợp đồng, trao đổi qua email, điện thoại | Collaboration contract by contract, by email and phone
2 Một số bộ phận cùng đối tác thiết kế, cung cấp dịch vụ qua công cụ số | Some units design and deliver services with partners through digital tools
3 Hầu hết dịch vụ có đối tác tham gia được phối hợp trên nền tảng chung | Most services involving partners are coordinated on a shared platform
4 Toàn doanh nghiệp quản lý hợp tác đối tác bài bản, có SLA và dữ liệu chung | Partner collaboration managed systematically enterprise-wide, with SLAs and shared data
5 Dịch vụ được đồng sáng tạo và vận hành liền mạch trong toàn hệ sinh thái | Services co-created and run seamlessly across the ecosystem
I 4.3 | Chuyển tiếp/Triển khai dịch vụ | Service transition and deployment
C 4.3.1 | Quản lý thay đổi | Change management
V quản lý thay đổi đối với hệ thống và dịch vụ theo quy trình | manage changes to its systems and services through a defined process
H Mọi thay đổi (nâng cấp phần mềm, đổi cấu hình, thay thiết bị) được đề xuất, đánh giá ảnh hưởng và rủi ro, phê duyệt, lên lịch, có phương án quay lui và được ghi nhận, ví dụ theo ITIL. | Every change (software upgrade, configuration change, hardware swap) is requested, assessed for impact and risk, approved, scheduled, given a rollback plan and recorded, e.g. following ITIL.
1 Thay đổi thực hiện theo sự vụ, không phê duyệt hay ghi nhận | Changes made ad hoc, without approval or records
2 Một số bộ phận có quy trình và người chịu trách nhiệm phê duyệt thay đổi | Some units have a change process and named approvers
3 Hầu hết thay đổi qua quy trình chung, có đánh giá rủi ro và phương án quay lui | Most changes go through a common process with risk assessment and rollback plans
4 Quản lý thay đổi tự động hóa trên toàn doanh nghiệp; thay đổi rủi ro thấp được duyệt sẵn | Automated change management enterprise-wide; low-risk changes pre-approved
5 Thay đổi ảnh hưởng tới đối tác được phối hợp, thông báo theo quy trình chung | Changes affecting partners coordinated and announced through a shared process
C 4.3.2 | Quản lý phát hành | Release management
V quản lý việc phát hành phiên bản mới của phần mềm và dịch vụ | manage the release of new software and service versions
H Lập kế hoạch, đóng gói, kiểm thử và đưa phiên bản mới vào sử dụng có kiểm soát: lịch phát hành, ghi chú phát hành, triển khai dần (canary, blue-green), thông báo người dùng. | Planning, packaging, testing and putting new versions into use under control: release calendars, release notes, gradual roll-outs (canary, blue-green), user notices.
1 Phát hành khi làm xong, không có lịch hay kiểm thử chung | Releases go out when ready, with no calendar or common testing
2 Một số bộ phận có lịch và quy trình phát hành | Some units have a release calendar and process
3 Hầu hết lần phát hành theo quy trình chung, có kiểm thử và ghi chú phát hành | Most releases follow a common process with testing and release notes
4 Toàn doanh nghiệp phát hành linh hoạt, thường xuyên, triển khai dần và tự quay lui | Frequent, flexible releases enterprise-wide, with gradual roll-out and automatic rollback
5 Phát hành được đồng bộ với đối tác sử dụng hoặc tích hợp dịch vụ | Releases synchronised with partners that use or integrate the services
C 4.3.3 | DevSecOps | DevSecOps
V áp dụng DevSecOps, đưa bảo mật vào suốt quá trình phát triển và vận hành | apply DevSecOps, building security into development and operations throughout
H DevSecOps là cách làm để nhóm phát triển, vận hành và bảo mật cùng chịu trách nhiệm; kiểm tra bảo mật được tự động hóa ở mọi bước, ví dụ quét mã nguồn, quét thư viện phụ thuộc, quét container trước khi triển khai. | DevSecOps makes development, operations and security teams share responsibility, with security checks automated at every step, e.g. code scanning, dependency scanning and container scanning before deployment.
1 Bảo mật chỉ được kiểm tra cuối dự án hoặc khi có sự cố | Security checked only at the end of a project or after an incident
2 Một số nhóm đưa kiểm tra bảo mật tự động vào quy trình phát triển | Some teams build automated security checks into development
3 Hầu hết nhóm phát triển và vận hành phối hợp, quét bảo mật là bắt buộc | Most dev and ops teams work together, with mandatory security scans
4 Toàn doanh nghiệp áp dụng DevSecOps, bảo mật tự động ở mọi bước | DevSecOps enterprise-wide, with security automated at every step
5 Yêu cầu DevSecOps áp dụng cả với đối tác, nhà cung cấp phần mềm | DevSecOps requirements applied to partners and software suppliers too
C 4.3.4 | CI/CD | CI/CD
V áp dụng tích hợp và triển khai liên tục (CI/CD) cho phần mềm | apply continuous integration and continuous delivery (CI/CD) to its software
H CI/CD là mỗi thay đổi mã nguồn được tự động xây dựng, kiểm thử và sẵn sàng triển khai (hoặc triển khai luôn) qua một đường ống tự động, ví dụ GitLab CI, Jenkins, GitHub Actions. | CI/CD means every code change is automatically built, tested and made ready for, or put into, production through an automated pipeline, e.g. GitLab CI, Jenkins, GitHub Actions.
1 Xây dựng, triển khai thủ công; vài kịch bản tự động riêng lẻ | Builds and deployments are manual; a few separate scripts
2 Một số ứng dụng có đường ống CI/CD | Some applications have a CI/CD pipeline
3 Hầu hết ứng dụng dùng CI/CD chung với kiểm thử tự động | Most applications use a shared CI/CD with automated tests
4 Toàn doanh nghiệp triển khai liên tục, nhiều lần mỗi ngày khi cần | Continuous delivery enterprise-wide, several times a day when needed
5 Đường ống CI/CD tích hợp với đối tác, ví dụ kiểm thử tích hợp chung | CI/CD pipelines integrated with partners, e.g. joint integration testing
I 4.4 | Vận hành dịch vụ | Service operations
C 4.4.1 | Đảm bảo dịch vụ | Service assurance
V bảo đảm chất lượng dịch vụ theo cam kết mức dịch vụ (SLA) | assure service quality against service-level agreements (SLAs)
H Đặt cam kết về chất lượng dịch vụ (thời gian hoạt động, thời gian phản hồi, thời gian khắc phục) với khách hàng hoặc người dùng nội bộ, theo dõi thực tế so với cam kết và khắc phục khi không đạt. | Setting quality commitments (uptime, response time, fix time) with customers or internal users, tracking actual performance against them and acting when they are missed.
1 Chất lượng dịch vụ xử lý theo sự vụ, chưa có cam kết | Service quality handled case by case, with no commitments
2 Đã ban hành SLA cho một số dịch vụ nhưng thường chưa đạt | SLAs issued for some services but often missed
3 Hầu hết dịch vụ có SLA được theo dõi và đạt mức đã thỏa thuận | Most services have tracked SLAs and meet the agreed levels
4 Mọi dịch vụ đạt cam kết và liên tục cải thiện, giám sát tự động | All services meet their commitments and keep improving, monitored automatically
5 Đảm bảo dịch vụ đầu-cuối, gồm cả phần do đối tác cung cấp | End-to-end service assurance, including parts delivered by partners
C 4.4.2 | SRE | Site reliability engineering (SRE)
V áp dụng kỹ thuật bảo đảm độ tin cậy của hệ thống (SRE) | apply site reliability engineering (SRE)
H SRE dùng phương pháp kỹ thuật phần mềm để giữ hệ thống ổn định: đặt mục tiêu độ tin cậy (SLO), ngân sách lỗi, tự động hóa vận hành, phân tích sau sự cố không đổ lỗi. | SRE applies software-engineering methods to keep systems reliable: reliability objectives (SLOs), error budgets, automated operations and blameless post-incident reviews.
1 Độ tin cậy dựa vào nỗ lực chữa cháy của từng người | Reliability relies on individuals firefighting incidents
2 Một số hệ thống có mục tiêu độ tin cậy (SLO) và tự động hóa vận hành | Some systems have reliability objectives (SLOs) and automated operations
3 Hầu hết hệ thống quan trọng vận hành theo SLO, phân tích sau sự cố định kỳ | Most critical systems run to SLOs, with regular post-incident reviews
4 Toàn doanh nghiệp áp dụng SRE, dùng ngân sách lỗi để cân bằng tốc độ và ổn định | SRE enterprise-wide, using error budgets to balance speed and stability
5 Mục tiêu độ tin cậy được thống nhất với đối tác cho các dịch vụ liên kết | Reliability objectives agreed with partners for linked services
C 4.4.3 | Chuỗi cung ứng | Supply chain
V số hóa việc quản lý chuỗi cung ứng (mua hàng, kho, vận chuyển) | digitise its supply-chain management (purchasing, warehousing, transport)
H Dùng hệ thống số cho mua hàng, quản lý kho (WMS), quản lý vận tải (TMS), dự báo nhu cầu, theo dõi đơn hàng và tồn kho theo thời gian thực, kết nối với nhà cung cấp qua cổng thông tin hoặc trao đổi dữ liệu điện tử (EDI). | Digital systems for purchasing, warehousing (WMS), transport (TMS), demand forecasting and real-time tracking of orders and stock, linked to suppliers through portals or electronic data interchange (EDI).
1 Chuỗi cung ứng quản lý bằng bảng tính, điện thoại, theo sự vụ | Supply chain run with spreadsheets and phone calls, case by case
2 Một số khâu (mua hàng hoặc kho) được quản lý trên hệ thống số nhưng chưa đạt mục tiêu | Some stages (purchasing or warehousing) are in digital systems but miss their targets
3 Hầu hết khâu được số hóa; tồn kho và đơn hàng đạt mức mục tiêu đã đặt | Most stages digitised; stock and orders meet the agreed target levels
4 Chuỗi cung ứng toàn doanh nghiệp linh hoạt, dự báo và điều chỉnh bằng dữ liệu | An agile enterprise-wide supply chain, forecast and adjusted with data
5 Chuỗi cung ứng kết nối số với nhà cung cấp, đối tác vận chuyển, tối ưu đầu-cuối | Supply chain digitally linked to suppliers and carriers, optimised end to end
C 4.4.4 | Đáp ứng yêu cầu sản phẩm/dịch vụ | Product and service fulfilment
V xử lý và hoàn tất đơn hàng, yêu cầu dịch vụ của khách hàng trên hệ thống số | process and fulfil customer orders and service requests in digital systems
H Từ khi khách đặt hàng hoặc yêu cầu dịch vụ đến khi hoàn tất (xác nhận, sản xuất hoặc chuẩn bị, giao hàng, kích hoạt, lập hóa đơn điện tử) được xử lý trên hệ thống, tự động chuyển bước và khách theo dõi được trạng thái. | From the customer's order or service request to completion (confirmation, production or preparation, delivery, activation, e-invoicing), everything is handled in systems with automatic hand-offs and status visible to the customer.
1 Đơn hàng, yêu cầu xử lý thủ công, chuyển giữa các bộ phận bằng giấy, email | Orders handled by hand, passed between units on paper or by email
2 Một số loại đơn hàng xử lý trên hệ thống nhưng thường trễ cam kết | Some order types are handled in systems but often miss their commitments
3 Hầu hết đơn hàng xử lý tự động trên hệ thống, đạt thời gian đã cam kết | Most orders processed automatically in systems, meeting promised times
4 Mọi đơn hàng được xử lý tự động đầu-cuối, thời gian hoàn tất liên tục rút ngắn | All orders fulfilled end to end automatically, with completion times steadily cut
5 Hoàn tất đơn hàng liền mạch với đối tác (nhà cung cấp, vận chuyển, thanh toán) | Orders fulfilled seamlessly with partners (suppliers, carriers, payment)
C 4.4.5 | Giám sát hoạt động | Operations monitoring
V giám sát hoạt động vận hành theo thời gian thực bằng bảng điều khiển và cảnh báo | monitor operations in real time with dashboards and alerts
H Theo dõi các chỉ số vận hành (sản lượng, tồn kho, thời gian xử lý, tình trạng hệ thống, sự cố) trên bảng điều khiển, cảnh báo tự động khi vượt ngưỡng, ví dụ trung tâm điều hành, bảng điều khiển BI, giám sát dây chuyền. | Tracking operational metrics (output, stock, handling times, system status, incidents) on dashboards, with automatic alerts when limits are crossed, e.g. an operations centre, BI dashboards, production-line monitoring.
1 Nắm tình hình qua báo cáo thủ công định kỳ | The situation is known from periodic manual reports
2 Một số bộ phận có bảng điều khiển, cảnh báo nhưng chưa đầy đủ | Some units have dashboards and alerts, though incomplete
3 Hầu hết hoạt động được giám sát trên hệ thống, cảnh báo đạt mức yêu cầu | Most operations monitored in systems, with alerts meeting requirements
4 Giám sát thời gian thực tập trung toàn doanh nghiệp, phân tích để cải thiện liên tục | Central real-time monitoring enterprise-wide, analysed for continuous improvement
5 Giám sát mở rộng tới hoạt động liên quan của đối tác, chia sẻ cảnh báo | Monitoring extends to related partner operations, with shared alerts
C 4.4.6 | Quản lý doanh thu | Revenue management
V quản lý doanh thu, tính cước, hóa đơn và thu tiền trên hệ thống số | manage revenue, billing, invoicing and collection in digital systems
H Quản lý toàn bộ chu trình doanh thu trên hệ thống: định giá, tính cước, hóa đơn điện tử, thanh toán không dùng tiền mặt, đối soát, công nợ; phát hiện thất thoát doanh thu (sót cước, sai giá). | Running the whole revenue cycle in systems: pricing, billing, e-invoices, cashless payment, reconciliation, receivables; detecting revenue leakage (unbilled items, wrong prices).
1 Tính tiền, đối soát thủ công; hóa đơn điện tử chỉ để đáp ứng quy định | Billing and reconciliation by hand; e-invoices only to meet the law
2 Một số mảng có hệ thống tính cước, đối soát nhưng còn thất thoát | Some areas have billing and reconciliation systems, but leakage remains
3 Hầu hết doanh thu quản lý trên hệ thống, đối soát tự động đạt yêu cầu | Most revenue managed in systems, with automatic reconciliation meeting requirements
4 Chu trình doanh thu toàn doanh nghiệp tự động, kiểm soát thất thoát liên tục | The revenue cycle is automated enterprise-wide, with leakage controlled continuously
5 Chia sẻ, đối soát doanh thu với đối tác tự động và minh bạch | Revenue sharing and settlement with partners automatic and transparent
C 4.4.7 | Quản lý gian lận | Fraud management
V phát hiện và ngăn chặn gian lận bằng công cụ số | detect and prevent fraud with digital tools
H Phát hiện hành vi gian lận của khách hàng, nhân viên hoặc bên ngoài (giả mạo tài khoản, lạm dụng khuyến mãi, gian lận thanh toán, chênh lệch kho) bằng quy tắc và phân tích dữ liệu, cảnh báo và xử lý kịp thời. | Detecting fraud by customers, staff or outsiders (fake accounts, promotion abuse, payment fraud, stock discrepancies) with rules and data analysis, and alerting and acting in time.
1 Gian lận phát hiện khi đã gây thiệt hại, qua kiểm tra thủ công | Fraud found after the damage is done, through manual checks
2 Một số mảng có quy tắc cảnh báo gian lận trên hệ thống nhưng còn bỏ sót | Some areas have system fraud rules, but cases are still missed
3 Hầu hết giao dịch rủi ro được sàng lọc tự động, đạt mục tiêu phát hiện | Most risky transactions screened automatically, meeting detection targets
4 Toàn doanh nghiệp phát hiện gian lận theo thời gian thực, mô hình được cải tiến liên tục | Real-time fraud detection enterprise-wide, with models improved continuously
5 Chia sẻ cảnh báo gian lận với đối tác, ngân hàng, cơ quan chức năng | Fraud alerts shared with partners, banks and the authorities
C 4.4.8 | Vận hành hệ thống | Systems operation
V vận hành hệ thống công nghệ theo quy trình chuẩn (giám sát, xử lý sự cố, hỗ trợ người dùng) | run its technology systems under standard processes (monitoring, incident handling, user support)
H Vận hành hằng ngày các hệ thống: bàn hỗ trợ (service desk), quản lý sự cố và vấn đề, lịch vận hành, sao lưu, theo dõi hiệu năng, thường theo thực hành ITIL. Khác với 3.5.5 (công cụ quản lý hạ tầng), tiêu chí này hỏi về quy trình vận hành. | Day-to-day running of systems: a service desk, incident and problem management, operating schedules, backups and performance tracking, often following ITIL practice. Unlike 3.5.5 (infrastructure-management tools), this item asks about operating processes.
1 Vận hành theo sự vụ, phụ thuộc vài kỹ thuật viên | Operations run ad hoc and depend on a few technicians
2 Đã ban hành quy trình vận hành cho một số hệ thống nhưng chưa đạt cam kết | Operating procedures issued for some systems, but commitments not yet met
3 Hầu hết hệ thống vận hành theo quy trình chuẩn, đạt mức dịch vụ đã thỏa thuận | Most systems run under standard procedures and meet the agreed service levels
4 Vận hành toàn doanh nghiệp được chuẩn hóa, tự động hóa và cải thiện liên tục | Standardised, automated operations enterprise-wide, improving continuously
5 Vận hành phối hợp với đối tác, nhà cung cấp theo quy trình và SLA chung | Operations coordinated with partners and suppliers under shared processes and SLAs
P 5 | 110 | Chuyển đổi số văn hóa doanh nghiệp | Digital transformation of corporate culture
I 5.1 | Giá trị doanh nghiệp | Corporate values
C 5.1.1 | Hành vi lãnh đạo | Leadership behaviour
G Lãnh đạo doanh nghiệp có trực tiếp dẫn dắt chuyển đổi số không? | Do the enterprise's leaders personally lead digital transformation?
Q Lãnh đạo các cấp làm gương và dẫn dắt chuyển đổi số ở mức độ nào? | To what extent do leaders at all levels set an example and lead digital transformation?
H Lãnh đạo các cấp tự mình sử dụng công cụ số, ra quyết định dựa trên dữ liệu, dành thời gian và nguồn lực cho chuyển đổi số, khuyến khích thử nghiệm và giải thích rõ vì sao phải thay đổi. | Leaders at every level use digital tools themselves, decide on data, give time and resources to transformation, encourage experiments and explain clearly why change is needed.
1 Vài lãnh đạo ủng hộ chuyển đổi số nhưng hành vi chưa gắn với chiến lược số | A few leaders back DX, but their behaviour is not yet tied to the digital strategy
2 Lãnh đạo một số bộ phận làm gương, dùng công cụ số và dữ liệu | Leaders of some units set an example, using digital tools and data
3 Lãnh đạo hầu hết bộ phận dẫn dắt chuyển đổi số, khuyến khích thử nghiệm | Leaders of most units drive DX and encourage experimentation
4 Lãnh đạo toàn doanh nghiệp là hình mẫu văn hóa số, được đánh giá theo tiêu chí số | Leaders throughout are digital-culture role models, assessed on digital criteria
5 Lãnh đạo lan tỏa văn hóa số tới đối tác, được coi là hình mẫu trong ngành | Leaders spread digital culture to partners and are seen as models in the industry
C 5.1.2 | Tác động của nhân viên | Employee impact
G Nhân viên có hiểu công việc của mình đóng góp thế nào vào chuyển đổi số không? | Do employees understand how their work contributes to digital transformation?
Q Nhân viên hiểu và chủ động tạo tác động trong chuyển đổi số ở mức độ nào? | To what extent do employees understand and actively create impact in digital transformation?
H Nhân viên biết mục tiêu số của doanh nghiệp, thấy việc mình làm ảnh hưởng thế nào đến khách hàng và kết quả, được trao quyền đề xuất và tự cải tiến cách làm bằng công cụ số. | Employees know the enterprise's digital goals, see how their work affects customers and results, and are empowered to suggest and make improvements with digital tools.
1 Vài nhân viên tự chủ động; đa số chỉ làm theo chỉ đạo | A few employees take initiative; most just follow instructions
2 Nhân viên một số bộ phận hiểu tác động của mình và đề xuất cải tiến số | Employees in some units understand their impact and propose digital improvements
3 Nhân viên hầu hết bộ phận được trao quyền cải tiến, đóng góp được ghi nhận | Employees in most units are empowered to improve, and contributions are recognised
4 Trong toàn doanh nghiệp, nhân viên hiểu rõ tác động, chỉ tiêu cá nhân gắn mục tiêu số | Enterprise-wide, staff understand their impact; personal targets link to digital goals
5 Nhân viên chủ động phối hợp với đối tác, khách hàng để tạo giá trị mới | Staff work proactively with partners and customers to create new value
C 5.1.3 | Giá trị được chia sẻ | Shared values
V xác lập và chia sẻ các giá trị văn hóa số như đổi mới, hợp tác, dựa trên dữ liệu, lấy khách hàng làm trung tâm | define and share digital-culture values such as innovation, collaboration, data-driven work and customer focus
H Giá trị chung là nguyên tắc ứng xử mọi người cùng theo, được viết ra, truyền thông và thể hiện trong tuyển dụng, đánh giá, khen thưởng, ví dụ "quyết định dựa trên dữ liệu", "khách hàng là trung tâm", "dám thử nghiệm". | Shared values are principles of conduct everyone follows, written down, communicated and reflected in hiring, appraisal and rewards, e.g. "decide on data", "customer at the centre", "dare to experiment".
1 Giá trị số được nhắc đến trong vài dịp, chưa thành văn bản | Digital values mentioned on occasion, not written down
2 Một số bộ phận thực hành các giá trị văn hóa số phù hợp bối cảnh của mình | Some units practise digital-culture values suited to their context
3 Giá trị được ban hành; hầu hết bộ phận hiểu và thể hiện trong công việc | Values are issued; most units understand them and show them at work
4 Giá trị số thấm vào toàn doanh nghiệp: tuyển dụng, đánh giá, khen thưởng | Digital values run through the enterprise: hiring, appraisal and rewards
5 Giá trị được chia sẻ với đối tác, trở thành chuẩn mực chung của hệ sinh thái | Values shared with partners and become a common norm in the ecosystem
C 5.1.4 | Thất bại có kiểm soát | Controlled failure
V chấp nhận thất bại có kiểm soát khi thử nghiệm cái mới | accept controlled failure when trying new things
H Cho phép thử nghiệm ở quy mô nhỏ với chi phí và rủi ro có giới hạn, chấp nhận kết quả không thành công, không trách phạt người thử mà rút bài học để làm tốt hơn, ví dụ quỹ thử nghiệm, dự án thí điểm, họp rút kinh nghiệm không đổ lỗi. | Allowing small experiments with capped cost and risk, accepting that some fail, not blaming those who tried but learning to do better, e.g. an experiment fund, pilot projects, blameless retrospectives.
1 Thất bại thường bị phê bình; thử nghiệm chỉ do cá nhân tự làm | Failure is usually criticised; experiments only by individuals on their own
2 Một số bộ phận cho phép thử nghiệm có giới hạn, chấp nhận kết quả không thành | Some units allow bounded experiments and accept failed outcomes
3 Hầu hết bộ phận có văn hóa thất bại có kiểm soát, rút bài học sau thử nghiệm | Most units have a controlled-failure culture and learn from experiments
4 Toàn doanh nghiệp có cơ chế thử nghiệm chính thức (quỹ, quy trình), không đổ lỗi | A formal, blame-free experimentation mechanism enterprise-wide (fund, process)
5 Cùng đối tác thử nghiệm, chia sẻ rủi ro và bài học từ thất bại | Experiments run with partners, sharing risk and lessons from failure
C 5.1.5 | Cộng tác ảo | Virtual collaboration
G Nhân viên doanh nghiệp có làm việc và cộng tác trên môi trường số không? | Do the enterprise's staff work and collaborate in a digital environment?
Q Nhân viên làm việc và cộng tác trên môi trường số (họp trực tuyến, soạn thảo chung, làm việc từ xa) ở mức độ nào? | To what extent do staff work and collaborate in a digital environment (online meetings, co-editing, remote work)?
H Nhân viên ở các địa điểm khác nhau cùng làm việc hiệu quả qua công cụ số: họp trực tuyến, nhắn tin nhóm, soạn thảo chung tài liệu, quản lý công việc trực tuyến, ký số văn bản, có quy định làm việc từ xa. | Staff in different places work together effectively through digital tools: online meetings, team chat, co-editing documents, online task management, digital signing, rules for remote work.
1 Công cụ cộng tác trực tuyến dùng tự phát, mỗi nhóm một kiểu | Online collaboration tools used ad hoc, each team its own way
2 Một số bộ phận cộng tác chủ yếu trên công cụ số chung | Some units collaborate mainly on common digital tools
3 Hầu hết bộ phận họp, soạn thảo, giao việc trực tuyến theo quy định chung | Most units meet, co-write and assign work online under common rules
4 Toàn doanh nghiệp làm việc liền mạch trên nền tảng cộng tác số, kể cả làm từ xa | The whole enterprise works seamlessly on a digital collaboration platform, remote work included
5 Cộng tác ảo mở rộng với đối tác trong không gian làm việc chung, an toàn | Virtual collaboration extends to partners in secure shared workspaces
C 5.1.6 | Sự hòa nhập | Inclusion
V bảo đảm mọi nhân viên đều được tham gia và hưởng lợi từ chuyển đổi số | make sure every employee can take part in and benefit from digital transformation
H Không để ai bị bỏ lại: nhân viên lớn tuổi, lao động phổ thông, người khuyết tật, người ở chi nhánh xa đều được tiếp cận công cụ số, được đào tạo phù hợp và có tiếng nói; công cụ được thiết kế dễ tiếp cận. | No one left behind: older staff, manual workers, people with disabilities and people at remote branches all get access to digital tools, suitable training and a voice; tools are designed to be accessible.
1 Chuyển đổi số chủ yếu ở khối văn phòng, chưa quan tâm các nhóm khác | DX mostly among office staff; other groups not considered
2 Một số bộ phận hỗ trợ nhóm nhân viên khó tiếp cận công nghệ | Some units support staff who find technology hard to access
3 Hầu hết bộ phận bảo đảm mọi nhóm nhân viên được đào tạo, trang bị công cụ số | Most units ensure every staff group is trained and equipped with digital tools
4 Toàn doanh nghiệp có chính sách hòa nhập số, đo mức tham gia của từng nhóm | An enterprise-wide digital-inclusion policy, measuring participation by group
5 Hòa nhập số mở rộng tới đối tác nhỏ, đại lý và cộng đồng liên quan | Digital inclusion extends to small partners, agents and related communities
I 5.2 | Quản lý tài năng | Talent management
C 5.2.1 | Chính sách đãi ngộ | Reward policy
V áp dụng chính sách lương, thưởng, đãi ngộ khuyến khích năng lực và kết quả số | apply pay, bonus and benefit policies that reward digital skills and results
H Chế độ đãi ngộ ghi nhận và khuyến khích kỹ năng số và đóng góp cho chuyển đổi số: thưởng sáng kiến, phụ cấp kỹ năng, lộ trình lương cho chuyên gia công nghệ, dữ liệu, mức đãi ngộ cạnh tranh với thị trường. | Rewards that recognise and encourage digital skills and contributions to transformation: innovation bonuses, skill allowances, pay paths for technology and data experts, pay competitive with the market.
1 Đãi ngộ cứng nhắc, chưa khuyến khích kỹ năng số; thưởng sáng kiến lẻ tẻ | Rigid rewards that ignore digital skills; occasional innovation bonuses
2 Một số bộ phận có đãi ngộ gắn với kỹ năng và kết quả số | Some units tie rewards to digital skills and results
3 Hầu hết bộ phận có chính sách đãi ngộ phù hợp chiến lược số | Most units have reward policies that fit the digital strategy
4 Toàn doanh nghiệp có chế độ đãi ngộ bài bản, cạnh tranh cho nhân tài số | Systematic, competitive rewards for digital talent across the enterprise
5 Chính sách đãi ngộ được phối hợp với đối tác cho các nhóm làm việc chung | Reward policies coordinated with partners for joint teams
C 5.2.2 | Năng lực cơ bản | Core competencies
V xác định và đánh giá năng lực số cơ bản của nhân viên | define and assess employees' core digital competencies
H Xây dựng khung năng lực số cho từng vị trí (ví dụ sử dụng công cụ số, an toàn thông tin, khai thác dữ liệu, giao tiếp trực tuyến), đánh giá định kỳ và dùng kết quả để đào tạo, bố trí nhân sự. | A digital-competency framework for each role (e.g. using digital tools, information security, working with data, online communication), assessed regularly and used for training and placement.
1 Kỹ năng số được đánh giá cảm tính khi tuyển dụng | Digital skills judged informally at hiring
2 Một số bộ phận đặt yêu cầu năng lực số cho vị trí của mình | Some units set digital-competency requirements for their roles
3 Hầu hết vị trí có khung năng lực số chung, đánh giá định kỳ | Most roles have a common digital-competency framework, assessed regularly
4 Toàn doanh nghiệp quản lý năng lực số bằng dữ liệu, gắn với đào tạo và bố trí | Digital competencies managed from data enterprise-wide, linked to training and placement
5 Khung năng lực được thống nhất với đối tác, cơ sở đào tạo | The competency framework is agreed with partners and training institutions
C 5.2.3 | Lập kế hoạch phát triển lực lượng lao động | Workforce planning
V lập kế hoạch nhân lực đáp ứng nhu cầu kỹ năng số trong tương lai | plan its workforce for future digital-skill needs
H Dự báo số lượng và kỹ năng nhân lực cần có theo chiến lược số (ví dụ thêm kỹ sư dữ liệu, giảm vị trí bị tự động hóa), so với hiện có, rồi lập kế hoạch tuyển dụng, đào tạo lại, luân chuyển. | Forecasting the number and skills of staff the digital strategy needs (e.g. more data engineers, fewer roles that get automated), comparing with today, then planning hiring, reskilling and redeployment.
1 Tuyển dụng khi thiếu người, chưa tính nhu cầu kỹ năng số | Hiring when short-staffed, with no view of digital-skill needs
2 Một số bộ phận lập kế hoạch nhân lực theo nhu cầu kỹ năng số | Some units plan staffing around digital-skill needs
3 Hầu hết bộ phận có kế hoạch nhân lực gắn chiến lược số, cập nhật hằng năm | Most units have workforce plans linked to the digital strategy, updated yearly
4 Toàn doanh nghiệp hoạch định nhân lực dựa trên dữ liệu, có đào tạo lại và luân chuyển | Data-based workforce planning enterprise-wide, with reskilling and redeployment
5 Kế hoạch nhân lực phối hợp với đối tác, trường học trong hệ sinh thái | Workforce plans coordinated with partners and schools in the ecosystem
C 5.2.4 | Thu hút nhân tài | Talent attraction
V thu hút nhân tài số (công nghệ, dữ liệu, sản phẩm số) | attract digital talent (technology, data, digital products)
H Các biện pháp để tuyển được người giỏi về công nghệ và dữ liệu: thương hiệu nhà tuyển dụng, tuyển dụng trực tuyến, hợp tác với trường đại học, chương trình thực tập, môi trường làm việc hấp dẫn. | Measures to hire strong technology and data people: employer branding, online recruitment, university partnerships, internships, an attractive workplace.
1 Tuyển nhân sự số theo từng nhu cầu, chủ yếu qua quen biết | Digital staff hired case by case, mainly through contacts
2 Một số bộ phận chủ động tuyển nhân tài số qua kênh trực tuyến | Some units actively recruit digital talent online
3 Hầu hết nhu cầu nhân tài số được đáp ứng qua kế hoạch tuyển dụng chung | Most digital-talent needs met through a common recruitment plan
4 Toàn doanh nghiệp có thương hiệu nhà tuyển dụng, thu hút nhân tài số bài bản | An employer brand and systematic digital-talent attraction enterprise-wide
5 Cùng đối tác, trường học xây dựng nguồn nhân tài số cho hệ sinh thái | A digital-talent pipeline built with partners and schools for the ecosystem
C 5.2.5 | Nhóm tài năng bên ngoài | External talent pool
V sử dụng nguồn tài năng bên ngoài (chuyên gia, cộng tác viên, người làm tự do, đối tác) | use external talent (experts, contractors, freelancers, partners)
H Bổ sung năng lực bằng chuyên gia tư vấn, lập trình viên tự do, nền tảng việc làm trực tuyến, cộng đồng mã nguồn mở, thuê ngoài; có danh sách và quy trình bảo đảm chất lượng, bảo mật. | Adding capability through consultants, freelance developers, online talent platforms, open-source communities and outsourcing, with a roster and processes for quality and security.
1 Thuê chuyên gia bên ngoài theo từng vụ, không có danh sách | External experts hired case by case, with no roster
2 Một số bộ phận có danh sách cộng tác viên, chuyên gia số | Some units keep a roster of digital contractors and experts
3 Hầu hết bộ phận sử dụng tài năng bên ngoài qua quy trình chung | Most units use external talent through a common process
4 Toàn doanh nghiệp quản lý tài năng bên ngoài như một phần lực lượng lao động | External talent managed enterprise-wide as part of the workforce
5 Chia sẻ nguồn tài năng với đối tác, cộng đồng trong hệ sinh thái | Talent pools shared with partners and communities in the ecosystem
C 5.2.6 | Phát triển tài năng | Talent development
V đào tạo và phát triển kỹ năng số cho nhân viên | train and develop employees' digital skills
H Chương trình đào tạo kỹ năng số theo lộ trình cho từng nhóm: kỹ năng cơ bản cho mọi người, chuyên sâu cho nhân sự công nghệ, dữ liệu; kèm cặp, luân chuyển, chứng chỉ; đo hiệu quả sau đào tạo. | Digital-skills training paths for each group: basics for everyone, advanced skills for technology and data staff; coaching, rotation, certification; measuring results after training.
1 Đào tạo kỹ năng số khi có khóa bên ngoài, không có kế hoạch | Digital training when an outside course comes up, with no plan
2 Một số bộ phận có kế hoạch đào tạo kỹ năng số | Some units have a digital-skills training plan
3 Hầu hết nhân viên có lộ trình phát triển kỹ năng số, kết quả được theo dõi | Most staff have a digital-skills path, with results tracked
4 Toàn doanh nghiệp phát triển tài năng số bài bản, gắn năng lực và thăng tiến | Systematic digital-talent development enterprise-wide, linked to competencies and promotion
5 Chương trình phát triển tài năng dùng chung với đối tác, trường, hiệp hội | Talent-development programmes shared with partners, schools and associations
C 5.2.7 | Học tập trên môi trường số | Digital learning
V tổ chức học tập trên môi trường số (học trực tuyến, e-learning, thư viện số) | provide learning in a digital environment (online courses, e-learning, a digital library)
H Nhân viên học mọi lúc, mọi nơi qua hệ thống quản lý học tập (LMS), khóa học trực tuyến, video, bài học ngắn trên điện thoại; tiến độ và kết quả học được ghi nhận tự động. | Staff learn anytime, anywhere through a learning management system (LMS), online courses, videos and short mobile lessons, with progress and results recorded automatically.
1 Vài khóa học trực tuyến được dùng tự phát | A few online courses used ad hoc
2 Một số bộ phận tổ chức học trực tuyến cho nhân viên | Some units run online learning for their staff
3 Hầu hết nhân viên học trên nền tảng học tập chung (LMS), có theo dõi | Most staff learn on a common learning platform (LMS), with tracking
4 Học tập số là cách học chính trong toàn doanh nghiệp, cá nhân hóa theo vị trí | Digital learning is the main way to learn enterprise-wide, personalised by role
5 Nền tảng học tập mở cho đối tác, đại lý, khách hàng | The learning platform is open to partners, agents and customers
C 5.2.8 | Sự gắn kết của người lao động | Employee engagement
V đo lường và nâng cao sự gắn kết của người lao động bằng công cụ số | measure and raise employee engagement using digital tools
H Khảo sát trực tuyến định kỳ về mức hài lòng, gắn kết (ví dụ eNPS), kênh góp ý ẩn danh, mạng xã hội nội bộ, ghi nhận khen thưởng trực tuyến; kết quả được phân tích và dẫn tới hành động. | Regular online surveys of satisfaction and engagement (e.g. eNPS), anonymous feedback channels, an internal social network, online recognition, with results analysed and acted on.
1 Nắm tâm tư nhân viên qua trao đổi không chính thức | Staff morale known through informal talk
2 Một số bộ phận khảo sát gắn kết trực tuyến và có hành động | Some units run online engagement surveys and act on them
3 Hầu hết bộ phận khảo sát định kỳ theo bộ chỉ số chung, có kế hoạch cải thiện | Most units survey regularly with common metrics and improvement plans
4 Toàn doanh nghiệp theo dõi gắn kết liên tục, gắn với chính sách nhân sự | Engagement tracked continuously enterprise-wide and linked to HR policy
5 Gắn kết mở rộng tới nhân sự đối tác cùng làm việc trong hệ sinh thái | Engagement efforts extend to partner staff working alongside in the ecosystem
I 5.3 | Hỗ trợ môi trường làm việc | Workplace enablement
C 5.3.1 | Môi trường thúc đẩy năng suất | Productivity-enabling environment
V tạo môi trường làm việc số giúp nâng cao năng suất | provide a digital working environment that raises productivity
H Môi trường làm việc (không gian, thiết bị, kết nối, thủ tục số, chế độ làm việc linh hoạt) giúp nhân viên làm nhanh hơn, ít giấy tờ hơn, ví dụ văn phòng không giấy, truy cập hệ thống từ xa an toàn. | A workplace (space, devices, connectivity, digital procedures, flexible working) that lets staff work faster with less paperwork, e.g. a paperless office, secure remote access to systems.
1 Môi trường làm việc chủ yếu truyền thống, nhiều thủ tục giấy | A mostly traditional workplace with much paperwork
2 Một số bộ phận có môi trường làm việc số giúp tăng năng suất | Some units have a digital workplace that boosts productivity
3 Hầu hết bộ phận làm việc trong môi trường số, thủ tục giấy giảm rõ rệt | Most units work in a digital environment, with paperwork clearly reduced
4 Toàn doanh nghiệp có môi trường làm việc số tối ưu, năng suất được đo lường | An optimised digital workplace enterprise-wide, with productivity measured
5 Môi trường làm việc số liên thông với đối tác, giảm thủ tục giữa các bên | The digital workplace connects with partners, cutting paperwork between parties
C 5.3.2 | Môi trường thúc đẩy đổi mới | Innovation-enabling environment
V tạo môi trường khuyến khích nhân viên đổi mới sáng tạo | provide an environment that encourages employees to innovate
H Không gian và thời gian cho ý tưởng mới: phòng thí nghiệm đổi mới (lab), cuộc thi ý tưởng, hackathon, thời gian dành cho dự án sáng tạo, cơ chế đưa ý tưởng tốt thành dự án. | Space and time for new ideas: an innovation lab, idea contests, hackathons, time set aside for creative projects, a path for good ideas to become projects.
1 Ý tưởng mới nảy sinh tự phát, chưa có không gian hay cơ chế riêng | New ideas arise spontaneously, with no dedicated space or mechanism
2 Một số bộ phận tổ chức cuộc thi ý tưởng, có không gian sáng tạo | Some units hold idea contests or have creative spaces
3 Hầu hết bộ phận có cơ chế thu nhận và phát triển ý tưởng | Most units have a mechanism to gather and develop ideas
4 Toàn doanh nghiệp có môi trường đổi mới: lab, hackathon, thời gian sáng tạo | An enterprise-wide innovation environment: lab, hackathons, creative time
5 Môi trường đổi mới mở cho đối tác, startup, khách hàng cùng tham gia | The innovation environment is open to partners, start-ups and customers
C 5.3.3 | Công cụ thúc đẩy năng suất | Productivity tools
V trang bị công cụ số giúp nhân viên làm việc năng suất | equip employees with digital tools that make them productive
H Công cụ văn phòng và quản lý công việc: thư điện tử, lịch, phần mềm văn phòng, quản lý văn bản và ký số, quản lý công việc, ứng dụng di động cho nhân viên hiện trường, trợ lý AI. | Office and work-management tools: email, calendars, office suites, document management and digital signing, task management, mobile apps for field staff, AI assistants.
1 Nhân viên tự tìm công cụ, dùng tài khoản cá nhân | Staff find their own tools and use personal accounts
2 Một số bộ phận được trang bị bộ công cụ năng suất chung | Some units are given a common productivity toolset
3 Hầu hết nhân viên có công cụ năng suất chuẩn và được hướng dẫn sử dụng | Most staff have standard productivity tools and guidance on using them
4 Toàn doanh nghiệp dùng bộ công cụ tích hợp, đo mức sử dụng và hiệu quả | An integrated toolset enterprise-wide, with usage and benefit measured
5 Công cụ năng suất dùng chung và kết nối với đối tác | Productivity tools shared and connected with partners
C 5.3.4 | Công cụ thúc đẩy đổi mới | Innovation tools
V trang bị công cụ số hỗ trợ đổi mới sáng tạo | provide digital tools that support innovation
H Công cụ giúp biến ý tưởng thành thử nghiệm: nền tảng quản lý ý tưởng, bảng trắng trực tuyến, công cụ làm mẫu thử nhanh, môi trường thử nghiệm (sandbox), dữ liệu mở nội bộ, nền tảng low-code. | Tools that turn ideas into experiments: idea-management platforms, online whiteboards, rapid prototyping tools, sandboxes, internal open data, low-code platforms.
1 Công cụ đổi mới do cá nhân tự dùng | Innovation tools used by individuals on their own
2 Một số bộ phận có công cụ quản lý ý tưởng và làm mẫu thử | Some units have idea-management and prototyping tools
3 Hầu hết bộ phận được dùng công cụ đổi mới và môi trường thử nghiệm chung | Most units can use shared innovation tools and sandboxes
4 Toàn doanh nghiệp có bộ công cụ đổi mới tích hợp, từ ý tưởng đến triển khai | An integrated innovation toolset enterprise-wide, from idea to roll-out
5 Công cụ đổi mới dùng chung với đối tác, startup trong hệ sinh thái | Innovation tools shared with partners and start-ups in the ecosystem
C 5.3.5 | Chính sách thúc đẩy năng suất | Productivity policies
V ban hành chính sách khuyến khích làm việc năng suất trên môi trường số | adopt policies that encourage productive work in a digital environment
H Quy định và chính sách như làm việc linh hoạt, làm việc từ xa, phê duyệt điện tử, văn bản điện tử thay giấy, chỉ tiêu năng suất, quy định sử dụng công cụ số. | Rules and policies such as flexible and remote work, electronic approvals, electronic documents instead of paper, productivity targets, rules on using digital tools.
1 Quy định vẫn theo lối làm việc giấy tờ; ngoại lệ được cho phép lẻ tẻ | Rules still assume paper-based work; exceptions granted now and then
2 Một số bộ phận có quy định làm việc số, phê duyệt điện tử | Some units have rules for digital work and electronic approvals
3 Hầu hết bộ phận áp dụng chính sách chung thúc đẩy năng suất trên môi trường số | Most units apply a common policy that promotes productive digital work
4 Chính sách toàn doanh nghiệp thúc đẩy năng suất tối ưu, rà soát theo số liệu | Enterprise-wide policies drive optimal productivity and are reviewed from data
5 Chính sách được đồng bộ với đối tác, như văn bản, hợp đồng điện tử giữa các bên | Policies aligned with partners, such as electronic documents and contracts between parties
C 5.3.6 | Chính sách thúc đẩy đổi mới | Innovation policies
V ban hành chính sách khuyến khích đổi mới sáng tạo | adopt policies that encourage innovation
H Chính sách khen thưởng sáng kiến, quy chế sở hữu trí tuệ với ý tưởng của nhân viên, cơ chế cấp vốn cho dự án thử nghiệm, tiêu chí đánh giá có tính đến đổi mới. | Policies that reward ideas, intellectual-property rules for staff inventions, funding mechanisms for pilot projects, appraisal criteria that count innovation.
1 Sáng kiến được khen thưởng tùy trường hợp, chưa có chính sách | Ideas rewarded case by case, with no policy
2 Một số bộ phận có quy chế khen thưởng, cấp vốn cho sáng kiến | Some units have rules for rewarding and funding ideas
3 Hầu hết bộ phận áp dụng chính sách đổi mới chung | Most units apply a common innovation policy
4 Chính sách đổi mới toàn doanh nghiệp đầy đủ: vốn, khen thưởng, sở hữu trí tuệ | A complete innovation policy enterprise-wide: funding, rewards, intellectual property
5 Chính sách đổi mới mở, có cơ chế hợp tác và chia sẻ lợi ích với đối tác | An open-innovation policy with collaboration and benefit-sharing with partners
C 5.3.7 | Nắm bắt tri thức | Knowledge capture
V ghi lại và lưu trữ tri thức, kinh nghiệm của tổ chức trên hệ thống số | capture and store organisational knowledge and experience in digital systems
H Biến kinh nghiệm trong đầu từng người thành tài sản chung: quy trình, hướng dẫn, câu hỏi thường gặp, bài học dự án được viết lại và lưu trên hệ thống quản lý tri thức (wiki, thư viện tài liệu) có chức năng tìm kiếm. | Turning what individuals know into shared assets: procedures, guides, FAQs and project lessons written down and stored in a searchable knowledge system (wiki, document library).
1 Tri thức chủ yếu nằm trong đầu nhân viên, mất đi khi họ nghỉ việc | Knowledge lives mostly in people's heads and leaves with them
2 Một số bộ phận lưu quy trình, hướng dẫn trên hệ thống số | Some units store procedures and guides in a digital system
3 Hầu hết bộ phận ghi lại tri thức vào kho chung có tìm kiếm | Most units record knowledge in a shared, searchable repository
4 Toàn doanh nghiệp nắm bắt tri thức có hệ thống, kể cả tự động (biên bản, AI) | Systematic knowledge capture enterprise-wide, including automatic capture (transcripts, AI)
5 Tri thức từ đối tác, khách hàng cũng được đưa vào kho chung | Knowledge from partners and customers is also captured in the repository
C 5.3.8 | Chia sẻ tri thức | Knowledge sharing
V chia sẻ tri thức giữa các nhân viên và bộ phận | share knowledge between employees and units
H Tri thức được lan tỏa và dùng lại: cộng đồng thực hành, buổi chia sẻ nội bộ, diễn đàn hỏi đáp, người cố vấn, khuyến khích và ghi nhận người chia sẻ. | Knowledge is spread and reused: communities of practice, internal sharing sessions, Q&A forums, mentors, recognition for those who share.
1 Chia sẻ tri thức tự phát giữa những người quen biết | Knowledge shared informally between acquaintances
2 Một số bộ phận có buổi chia sẻ, diễn đàn nội bộ | Some units hold sharing sessions or internal forums
3 Hầu hết bộ phận chia sẻ tri thức qua nền tảng chung, có cộng đồng thực hành | Most units share knowledge on a common platform, with communities of practice
4 Chia sẻ tri thức là thói quen trong toàn doanh nghiệp, được đo lường và ghi nhận | Knowledge sharing is a habit across the enterprise, measured and recognised
5 Tri thức được chia sẻ hai chiều với đối tác trong toàn hệ sinh thái | Knowledge shared both ways with partners across the ecosystem
P 6 | 85 | Dữ liệu và tài sản thông tin | Data and information assets
I 6.1 | Quản trị dữ liệu | Data governance
C 6.1.1 | Quản lý siêu dữ liệu | Metadata management
V quản lý siêu dữ liệu (ý nghĩa, nguồn gốc, định dạng của dữ liệu) | manage metadata (the meaning, origin and format of its data)
H Siêu dữ liệu là "dữ liệu về dữ liệu": định nghĩa từng trường, đơn vị, nguồn, người sở hữu, thời điểm cập nhật. Ví dụ: từ điển dữ liệu, danh mục dữ liệu (data catalog), bảng thuật ngữ nghiệp vụ. | Metadata is "data about data": the definition, unit, source, owner and update time of each field. Examples: a data dictionary, a data catalogue, a business glossary.
1 Siêu dữ liệu chỉ có rải rác trong tài liệu dự án | Metadata exists only scattered in project documents
2 Một số bộ phận bắt đầu chuẩn hóa siêu dữ liệu, có từ điển dữ liệu | Some units start standardising metadata, with a data dictionary
3 Siêu dữ liệu được định nghĩa theo phân loại chức năng cho hầu hết hệ thống | Metadata defined by functional classification for most systems
4 Danh mục dữ liệu toàn doanh nghiệp cập nhật tự động, ai cũng tra cứu được | An enterprise-wide data catalogue, updated automatically and searchable by all
5 Siêu dữ liệu thống nhất với đối tác theo chuẩn chung để trao đổi dữ liệu | Metadata aligned with partners on common standards for data exchange
C 6.1.2 | Quản lý dữ liệu | Data management
V quản lý dữ liệu một cách tổng thể như một tài sản | manage its data as an asset, as a whole
H Tiêu chí chung về quản lý dữ liệu như tài sản: biết doanh nghiệp có dữ liệu gì, ở đâu, ai chịu trách nhiệm; dữ liệu được bảo đảm chất lượng và dùng đúng mục đích. Các khía cạnh cụ thể được hỏi ở các tiêu chí khác của chỉ số 6.1. | A general item on managing data as an asset: knowing what data the enterprise has, where it is and who is responsible, and keeping it of good quality and properly used. The specific aspects are asked in the other criteria of indicator 6.1.
1 Dữ liệu được quản lý theo từng hệ thống, không ai nắm tổng thể | Data managed system by system; no one has the overall picture
2 Một số bộ phận có danh mục dữ liệu và người chịu trách nhiệm | Some units have a data inventory and named owners
3 Hầu hết dữ liệu quan trọng có chủ sở hữu và quy trình quản lý chung | Most important data has an owner and a common management process
4 Toàn doanh nghiệp quản lý dữ liệu như tài sản, đo chất lượng và giá trị | Data managed as an asset enterprise-wide, with quality and value measured
5 Quản lý dữ liệu thống nhất với đối tác cho các luồng dữ liệu chung | Data management aligned with partners for shared data flows
X
C 6.1.3 | Quản lý dữ liệu chủ | Master-data management
V quản lý dữ liệu chủ (khách hàng, sản phẩm, nhà cung cấp, nhân viên) thống nhất | manage master data (customers, products, suppliers, employees) consistently
H Dữ liệu chủ là dữ liệu gốc dùng chung cho nhiều hệ thống, như danh mục khách hàng, sản phẩm, nhà cung cấp, hệ thống tài khoản kế toán. Quản lý dữ liệu chủ (MDM) là có một bản chuẩn, mã thống nhất, quy trình tạo và sửa, chống trùng lặp. | Master data is core data shared by many systems, such as the customer, product and supplier lists or the chart of accounts. Master-data management (MDM) means one standard version, common codes, a create-and-change process and de-duplication.
1 Mỗi hệ thống tự tạo danh mục riêng, mã không thống nhất | Each system creates its own lists, with inconsistent codes
2 Một số bộ phận chuẩn hóa mã và danh mục dữ liệu chủ | Some units standardise master-data codes and lists
3 Hầu hết dữ liệu chủ có bản chuẩn, quy trình tạo và sửa được ban hành | Most master data has a standard version and an issued create-and-change process
4 Dữ liệu chủ toàn doanh nghiệp quản lý trên nền tảng MDM, đồng bộ tự động | Master data managed on an MDM platform enterprise-wide, synced automatically
5 Dữ liệu chủ đồng bộ với đối tác theo mã chuẩn chung (ví dụ mã GS1) | Master data synchronised with partners using shared standard codes (e.g. GS1)
C 6.1.4 | Quản lý bảo mật dữ liệu | Data-security management
V bảo vệ dữ liệu tương xứng với độ nhạy cảm (phân loại, phân quyền, mã hóa) | protect its data in line with its sensitivity (classification, access rights, encryption)
H Phân loại dữ liệu (công khai, nội bộ, mật), phân quyền truy cập theo vai trò, mã hóa khi lưu trữ và truyền, che dữ liệu nhạy cảm, ghi nhật ký truy cập, phòng chống rò rỉ dữ liệu (DLP). | Classifying data (public, internal, confidential), role-based access, encryption at rest and in transit, masking sensitive data, access logging, data-loss prevention (DLP).
1 Bảo mật dữ liệu dựa vào mật khẩu hệ thống, chưa phân loại dữ liệu | Data security relies on system passwords; data not classified
2 Một số bộ phận phân loại dữ liệu và phân quyền truy cập | Some units classify data and set access rights
3 Hầu hết dữ liệu được phân loại và bảo vệ theo chính sách chung | Most data classified and protected under a common policy
4 Toàn doanh nghiệp mã hóa, giám sát truy cập và chống rò rỉ dữ liệu | Encryption, access monitoring and leak prevention across the enterprise
5 Yêu cầu bảo mật dữ liệu áp dụng và kiểm tra với mọi đối tác nhận dữ liệu | Data-security requirements applied to and checked at every partner receiving data
C 6.1.5 | Chính sách dữ liệu | Data policy
V ban hành và áp dụng chính sách dữ liệu | adopt and apply data policies
H Văn bản quy định cách thu thập, lưu trữ, chia sẻ, sử dụng, lưu giữ và hủy dữ liệu, chất lượng dữ liệu tối thiểu và trách nhiệm các bên; được phổ biến và kiểm tra việc thực hiện. | Written rules on how data is collected, stored, shared, used, retained and destroyed, on minimum data quality and on each party's responsibilities, communicated and checked.
1 Chỉ có vài quy định rời rạc về dữ liệu trong các quy chế khác | Only a few scattered data rules inside other regulations
2 Một số bộ phận có quy định dữ liệu riêng | Some units have their own data rules
3 Có chính sách dữ liệu chung, hầu hết bộ phận thực hiện | A common data policy that most units follow
4 Chính sách dữ liệu áp dụng toàn doanh nghiệp, kiểm tra và cập nhật định kỳ | The data policy applies enterprise-wide and is checked and updated regularly
5 Chính sách dữ liệu được thống nhất với đối tác trong thỏa thuận chia sẻ dữ liệu | The data policy is agreed with partners in data-sharing agreements
C 6.1.6 | Chiến lược dữ liệu | Data strategy
V xây dựng chiến lược dữ liệu gắn với chiến lược kinh doanh | set a data strategy linked to its business strategy
H Chiến lược dữ liệu xác định doanh nghiệp cần dữ liệu gì, để làm gì (ra quyết định, sản phẩm mới, AI), đầu tư nền tảng và con người nào, theo lộ trình nào. | A data strategy sets out what data the enterprise needs and for what (decisions, new products, AI), which platforms and people to invest in, and on what roadmap.
1 Dữ liệu được nhắc tới trong vài dự án, chưa có chiến lược | Data mentioned in a few projects, with no strategy
2 Một số bộ phận có định hướng khai thác dữ liệu cho mảng của mình | Some units have a direction for using data in their area
3 Có chiến lược dữ liệu chung được hầu hết bộ phận áp dụng | A common data strategy that most units apply
4 Chiến lược dữ liệu rõ ràng, dẫn dắt đầu tư dữ liệu của toàn doanh nghiệp | A clear data strategy that steers data investment enterprise-wide
5 Chiến lược dữ liệu tính đến trao đổi và khai thác dữ liệu cùng đối tác | The data strategy covers exchanging and using data with partners
C 6.1.7 | Tổ chức và vai trò | Organisation and roles
V phân công tổ chức và vai trò chịu trách nhiệm về dữ liệu | assign the organisation and roles responsible for data
H Ai chịu trách nhiệm về dữ liệu: lãnh đạo phụ trách dữ liệu (CDO), hội đồng quản trị dữ liệu, chủ sở hữu dữ liệu từng mảng, người quản lý dữ liệu (data steward), đội kỹ thuật dữ liệu. | Who is responsible for data: a chief data officer (CDO), a data-governance council, data owners for each domain, data stewards, a data-engineering team.
1 Việc về dữ liệu do người phụ trách từng hệ thống tự xử lý | Data matters handled by whoever runs each system
2 Một số bộ phận giao người chịu trách nhiệm về dữ liệu | Some units assign people responsible for data
3 Hầu hết miền dữ liệu có chủ sở hữu và người quản lý được giao chính thức | Most data domains have formally appointed owners and stewards
4 Toàn doanh nghiệp có bộ máy quản trị dữ liệu (CDO, hội đồng), vai trò rõ ràng | An enterprise-wide data-governance organisation (CDO, council) with clear roles
5 Vai trò, đầu mối dữ liệu được phối hợp với đối tác cho dữ liệu dùng chung | Data roles and contacts coordinated with partners for shared data
C 6.1.8 | Quản lý quyền riêng tư dữ liệu | Data-privacy management
V quản lý quyền riêng tư của dữ liệu cá nhân trong suốt vòng đời dữ liệu | manage the privacy of personal data throughout its life cycle
H Nhìn từ góc quản trị dữ liệu: lập danh mục nơi chứa dữ liệu cá nhân, căn cứ xử lý, thời hạn lưu, người được truy cập; ẩn danh hóa khi phân tích; đáp ứng quy định về bảo vệ dữ liệu cá nhân (như Nghị định 13/2023/NĐ-CP). Phía quan hệ với khách hàng được hỏi ở 1.4.3 và 1.4.4. | From the data-governance angle: an inventory of where personal data sits, its legal basis, retention and who may access it; anonymisation for analytics; meeting personal-data protection rules (such as Decree 13/2023/NĐ-CP). The customer-facing side is asked in 1.4.3 and 1.4.4.
1 Chưa rõ dữ liệu cá nhân nằm ở đâu; chỉ xử lý khi có yêu cầu | Where personal data sits is unclear; handled only when requests come
2 Một số bộ phận có danh mục dữ liệu cá nhân và quy định truy cập | Some units list their personal data and set access rules
3 Hầu hết dữ liệu cá nhân được lập danh mục, có căn cứ xử lý và thời hạn lưu | Most personal data is inventoried, with a legal basis and retention period
4 Toàn doanh nghiệp quản lý quyền riêng tư tự động: ẩn danh hóa, xóa đúng hạn | Privacy managed automatically enterprise-wide: anonymisation, timely deletion
5 Quyền riêng tư được bảo đảm cả khi dữ liệu được chia sẻ với đối tác | Privacy assured when data is shared with partners too
I 6.2 | Kỹ thuật dữ liệu | Data engineering
C 6.2.1 | Mô hình hóa dữ liệu | Data modelling
V xây dựng mô hình dữ liệu mô tả các đối tượng nghiệp vụ và quan hệ giữa chúng | build data models that describe business entities and their relationships
H Mô hình dữ liệu mô tả các đối tượng (khách hàng, đơn hàng, sản phẩm…), thuộc tính và quan hệ, từ mức khái niệm đến mức vật lý, giúp các hệ thống hiểu dữ liệu như nhau. Ví dụ: sơ đồ thực thể – quan hệ, mô hình dữ liệu chung của ngành. | A data model describes entities (customer, order, product…), their attributes and relationships, from conceptual to physical level, so that systems understand data the same way. Examples: entity–relationship diagrams, industry common data models.
1 Dữ liệu chưa được mô hình hóa; cấu trúc do từng phần mềm quyết định | Data not modelled; structure decided by each software package
2 Một số bộ phận xác định, phân loại dữ liệu thành mô hình cho hệ thống của mình | Some units identify and classify data into models for their own systems
3 Hầu hết hệ thống có mô hình dữ liệu được tài liệu hóa theo chuẩn chung | Most systems have documented data models to a common standard
4 Toàn doanh nghiệp có mô hình dữ liệu chung, hệ thống mới phải tuân theo | An enterprise-wide common data model that new systems must follow
5 Mô hình dữ liệu chung được chia sẻ với đối tác, theo chuẩn ngành | The common data model is shared with partners, following industry standards
C 6.2.2 | Lưu trữ dữ liệu | Data storage
V tổ chức lưu trữ dữ liệu tập trung, an toàn và có sao lưu | store its data in an organised, secure and backed-up way
H Dữ liệu được lưu ở nơi phù hợp (cơ sở dữ liệu, kho dữ liệu, lưu trữ đám mây) thay vì trên máy cá nhân, được sao lưu theo quy tắc (ví dụ 3-2-1), phân tầng theo tần suất dùng và được thử khôi phục. | Data is kept in suitable places (databases, data warehouses, cloud storage) rather than on personal computers, backed up by rule (e.g. 3-2-1), tiered by frequency of use and restore-tested.
1 Nhiều dữ liệu nằm trên máy cá nhân, ổ di động; sao lưu lẻ tẻ | Much data sits on personal computers and USB drives; backups sporadic
2 Một số bộ phận lưu dữ liệu tập trung, sao lưu định kỳ | Some units store data centrally, with regular backups
3 Hầu hết dữ liệu lưu tập trung theo vòng đời, có sao lưu và thử khôi phục | Most data stored centrally by life cycle, backed up and restore-tested
4 Lưu trữ toàn doanh nghiệp thống nhất, phân tầng, bảo đảm sẵn sàng và toàn vẹn | Unified, tiered storage enterprise-wide, assuring availability and integrity
5 Lưu trữ dùng chung hoặc liên thông an toàn với đối tác | Storage shared or securely interconnected with partners
C 6.2.3 | Khả năng truy cập dữ liệu | Data accessibility
V cho người dùng có thẩm quyền truy cập dữ liệu cần thiết một cách thuận tiện | let authorised users get the data they need easily
H Nhân viên có quyền tìm, lấy và dùng được dữ liệu nhanh (tự phục vụ qua công cụ báo cáo, API dữ liệu, cổng dữ liệu) mà không phải nhờ bộ phận công nghệ thông tin trích xuất thủ công, đồng thời vẫn đúng phân quyền. | Authorised staff can find, get and use data quickly (self-service reporting tools, data APIs, a data portal) without asking IT for manual extracts, while staying within their access rights.
1 Muốn có dữ liệu phải nhờ bộ phận công nghệ thông tin trích xuất thủ công | Getting data means asking IT for a manual extract
2 Một số bộ phận tự truy cập dữ liệu qua công cụ báo cáo | Some units access data themselves through reporting tools
3 Hầu hết người dùng tự phục vụ dữ liệu theo phân quyền chung | Most users self-serve data under common access rights
4 Toàn doanh nghiệp truy cập dữ liệu qua cổng, API thống nhất, kịp thời và an toàn | Data reached across the enterprise via a unified portal and APIs, timely and secure
5 Đối tác được truy cập dữ liệu cần thiết qua giao diện có kiểm soát | Partners access the data they need through controlled interfaces
C 6.2.4 | Quản lý vòng đời dữ liệu | Data-lifecycle management
V quản lý dữ liệu theo vòng đời từ tạo lập, sử dụng, lưu trữ đến hủy | manage data over its life cycle, from creation and use to archiving and destruction
H Mỗi loại dữ liệu có quy định thời hạn lưu, khi nào chuyển sang lưu trữ dài hạn, khi nào hủy và hủy an toàn, phù hợp quy định pháp luật (ví dụ thời hạn lưu trữ chứng từ kế toán). | Each data type has rules on how long it is kept, when it moves to long-term archive, and when and how it is destroyed securely, in line with the law (e.g. retention periods for accounting records).
1 Dữ liệu được giữ mãi hoặc xóa tùy ý, không có quy định | Data kept forever or deleted at will, with no rules
2 Một số bộ phận có quy định thời hạn lưu và hủy dữ liệu | Some units have retention and destruction rules
3 Hầu hết dữ liệu được phân loại và quản lý vòng đời theo quy định chung | Most data classified and life-cycle managed under common rules
4 Vòng đời dữ liệu toàn doanh nghiệp quản lý tự động (lưu trữ, hủy đúng hạn) | Data life cycle managed automatically enterprise-wide (archiving, timely destruction)
5 Vòng đời dữ liệu chia sẻ với đối tác được quản lý theo thỏa thuận chung | The life cycle of data shared with partners managed under joint agreements
C 6.2.5 | Thu thập dữ liệu | Data collection
V thu thập dữ liệu tự động từ các hoạt động, hệ thống và thiết bị | collect data automatically from its operations, systems and devices
H Dữ liệu được ghi nhận ngay khi phát sinh từ phần mềm, cảm biến, kênh số thay vì nhập lại bằng tay; được kiểm tra tính đầy đủ, đúng định dạng ngay khi thu thập; chỉ thu thập dữ liệu có mục đích rõ ràng. | Data is captured as it arises from software, sensors and digital channels instead of being re-keyed; it is checked for completeness and format on capture; only data with a clear purpose is collected.
1 Dữ liệu chủ yếu nhập tay, tổng hợp từ giấy tờ, bảng tính | Data mostly keyed in by hand from paper and spreadsheets
2 Một số bộ phận thu thập dữ liệu tự động từ hệ thống của mình | Some units collect data automatically from their own systems
3 Hầu hết dữ liệu thu thập tự động, có kiểm tra chất lượng khi nhập | Most data collected automatically, with quality checks on entry
4 Toàn doanh nghiệp thu thập dữ liệu theo thời gian thực, theo chuẩn chung | Real-time data collection enterprise-wide, to common standards
5 Dữ liệu được thu thập liên thông với đối tác, nhận trực tiếp từ hệ thống của họ | Data collected jointly with partners, received directly from their systems
C 6.2.6 | Đảm bảo tính toàn vẹn | Data integrity
V bảo đảm tính toàn vẹn, chính xác và nhất quán của dữ liệu | ensure the integrity, accuracy and consistency of its data
H Dữ liệu không bị sai lệch, mất mát hay sửa trái phép: ràng buộc kiểm tra, đối soát giữa các hệ thống, kiểm soát chất lượng dữ liệu định kỳ, nhật ký thay đổi, chữ ký số hoặc mã băm cho dữ liệu quan trọng. | Data is not corrupted, lost or altered without permission: validation rules, reconciliation between systems, regular data-quality checks, change logs, digital signatures or hashes for key data.
1 Sai lệch dữ liệu được phát hiện khi có sự cố, sửa thủ công | Data errors found when something goes wrong and fixed by hand
2 Một số hệ thống có kiểm tra, đối soát dữ liệu định kỳ | Some systems have regular data checks and reconciliation
3 Hầu hết dữ liệu quan trọng được kiểm soát chất lượng theo quy tắc chung | Most key data is quality-controlled under common rules
4 Toàn doanh nghiệp giám sát chất lượng, toàn vẹn dữ liệu tự động, có chỉ số | Automatic integrity and quality monitoring enterprise-wide, with metrics
5 Toàn vẹn dữ liệu được bảo đảm cả khi trao đổi với đối tác (đối soát, ký số) | Integrity assured in exchanges with partners too (reconciliation, signing)
C 6.2.7 | Trực quan hóa dữ liệu | Data visualisation
V trực quan hóa dữ liệu bằng biểu đồ, bảng điều khiển dễ hiểu | visualise data in charts and dashboards that users understand easily
H Trình bày dữ liệu bằng biểu đồ, bản đồ, bảng điều khiển tương tác (ví dụ Power BI, Tableau, Looker Studio, Superset) để lãnh đạo và nhân viên nắm tình hình nhanh thay vì đọc bảng số dài. | Presenting data as charts, maps and interactive dashboards (e.g. Power BI, Tableau, Looker Studio, Superset) so that leaders and staff grasp the situation quickly instead of reading long tables.
1 Biểu đồ làm thủ công trong bảng tính khi cần báo cáo | Charts made by hand in spreadsheets when a report is due
2 Một số bộ phận có bảng điều khiển cho dữ liệu của mình | Some units have dashboards for their own data
3 Hầu hết bộ phận dùng công cụ trực quan hóa chung, số liệu cập nhật tự động | Most units use a common visualisation tool with figures updated automatically
4 Bảng điều khiển thống nhất toàn doanh nghiệp, từ lãnh đạo đến nhân viên | Unified dashboards across the enterprise, from leadership to staff
5 Bảng điều khiển được chia sẻ với đối tác cho các chỉ số chung | Dashboards shared with partners for common metrics
I 6.3 | Hiện thực hóa giá trị từ dữ liệu | Realising value from data
C 6.3.1 | Ra quyết định dựa trên dữ liệu | Data-driven decision-making
V ra quyết định dựa trên dữ liệu và phân tích | base its decisions on data and analysis
H Quyết định kinh doanh, vận hành (giá bán, tồn kho, tuyển dụng, đầu tư) được đưa ra từ số liệu và phân tích có căn cứ thay vì chỉ theo kinh nghiệm, ví dụ họp giao ban dùng bảng điều khiển, thử nghiệm A/B trước khi quyết định. | Business and operational decisions (prices, stock, hiring, investment) are made from figures and sound analysis rather than experience alone, e.g. management meetings run from dashboards, A/B tests before deciding.
1 Quyết định hiếm khi dựa trên dữ liệu, chủ yếu theo kinh nghiệm | Decisions rarely data-based, mostly from experience
2 Một số bộ phận ra quyết định dựa trên dữ liệu, tạo ra một số giá trị | Some units base decisions on data, creating some value
3 Hầu hết quyết định cấp bộ phận dựa trên dữ liệu, mang lại giá trị đáng kể | Most unit-level decisions are data-based, with significant value
4 Toàn doanh nghiệp, kể cả lãnh đạo cao nhất, ra quyết định dựa trên dữ liệu | Data-driven decisions across the enterprise, up to top leadership
5 Quyết định dựa trên dữ liệu từ toàn hệ sinh thái, gồm cả dữ liệu đối tác | Decisions draw on data from the whole ecosystem, including partners' data
C 6.3.2 | Năng lực khoa học dữ liệu | Data-science capability
V xây dựng năng lực khoa học dữ liệu (phân tích nâng cao, mô hình dự báo, học máy) | build data-science capability (advanced analytics, forecasting models, machine learning)
H Có người và công cụ cho phân tích nâng cao: nhà phân tích, nhà khoa học dữ liệu, mô hình dự báo doanh số, phân khúc khách hàng, tối ưu giá, học máy; mô hình được đưa vào vận hành thực tế. | People and tools for advanced analysis: analysts, data scientists, sales-forecasting models, customer segmentation, price optimisation, machine learning, with models put into real operation.
1 Phân tích dừng ở báo cáo mô tả; vài phân tích nâng cao do cá nhân tự làm | Analysis stops at descriptive reports; a few advanced analyses by individuals
2 Một số bộ phận có nhân sự và mô hình phân tích nâng cao | Some units have staff and models for advanced analytics
3 Hầu hết bộ phận được nhóm khoa học dữ liệu chung hỗ trợ, mô hình dùng thực tế | Most units supported by a central data-science team, with models used in practice
4 Năng lực khoa học dữ liệu mạnh toàn doanh nghiệp, mô hình được vận hành, giám sát (MLOps) | Strong data science enterprise-wide, with models run and monitored (MLOps)
5 Cùng đối tác, viện, trường phát triển mô hình trên dữ liệu chia sẻ | Models developed with partners, institutes and universities on shared data
C 6.3.3 | Khai thác giá trị kinh tế từ dữ liệu | Monetising data
V khai thác dữ liệu để tạo giá trị kinh tế (tăng doanh thu, giảm chi phí, sản phẩm dữ liệu) | turn data into economic value (more revenue, lower costs, data products)
H Dữ liệu tạo ra giá trị đo được bằng tiền: tăng doanh thu nhờ bán chéo, giảm chi phí nhờ tối ưu, hoặc sản phẩm, dịch vụ dựa trên dữ liệu (báo cáo thị trường, API dữ liệu) cung cấp cho bên ngoài đúng quy định pháp luật. | Data creates value measurable in money: revenue from cross-selling, savings from optimisation, or data-based products and services (market reports, data APIs) offered to others within the law.
1 Giá trị từ dữ liệu có ở vài trường hợp, chưa đo lường được | Value from data seen in a few cases, not measured
2 Một số bộ phận tạo ra giá trị kinh tế đo được từ dữ liệu | Some units create measurable economic value from data
3 Hầu hết bộ phận có sáng kiến dữ liệu mang lại giá trị đáng kể, được đo lường | Most units have data initiatives with significant, measured value
4 Toàn doanh nghiệp tối ưu giá trị kinh tế từ dữ liệu, có sản phẩm dữ liệu | Economic value from data optimised enterprise-wide, including data products
5 Tối đa hóa giá trị dữ liệu trong hệ sinh thái, như trao đổi dữ liệu với đối tác | Data value maximised across the ecosystem, e.g. through data exchange with partners
"""
# fmt: on

# Listed but not scored: the official count is 139 (17 in the Data pillar, 85 = 17 x 5), the
# transcription lists 18 Data items. Which one is extra is unknown (later-instruments.md §4.5).
UNSCORED_NOTES = {
    "6.1.2": {
        "vi": "Không tính điểm. Nguồn bên thứ ba liệt kê 18 tiêu chí cho trụ cột Dữ liệu, nhưng bộ "
              "chỉ số chính thức có 139 tiêu chí, trong đó trụ cột này có 17 (điểm tối đa 85 = "
              "17 × 5). Chưa rõ tiêu chí nào không có trong văn bản gốc; dự án tạm để riêng 6.1.2 "
              "vì tên của nó chung chung, lặp lại tên chỉ số 6.1 và có thể là một tiêu đề bị chép "
              "thành tiêu chí. Ứng viên khác là 6.1.8 (trùng ý với 6.1.4 và 1.4.3–1.4.4). Lựa chọn "
              "tạm thời, thay được khi có văn bản chính thức.",
        "en": "Not scored. The third-party source lists 18 criteria for the Data pillar, but the "
              "official index has 139 criteria, 17 of them in this pillar (maximum 85 = 17 × 5). "
              "Which item is not in the official text is unknown; the kit sets 6.1.2 aside because "
              "its title is generic, repeats the name of indicator 6.1 and may be a heading copied "
              "as an item. The other candidate is 6.1.8 (it overlaps 6.1.4 and 1.4.3–1.4.4). A "
              "provisional choice, to be replaced when the official text is available.",
    },
}

INSTRUMENT = {
    "decision": "1970/QĐ-BTTTT",
    "date": "2021-12-13",
    "issuer": {"vi": "Bộ Thông tin và Truyền thông",
               "en": "Ministry of Information and Communications"},
    "title": {
        "vi": "Đề án xác định Chỉ số đánh giá mức độ chuyển đổi số doanh nghiệp và hỗ trợ thúc đẩy "
              "doanh nghiệp chuyển đổi số",
        "en": "Scheme to determine the index for assessing enterprises' digital transformation and "
              "to support and promote enterprises' digital transformation",
    },
    "replaced_by": ["2158/QĐ-BTTTT"],
    "provenance": "confirmed",
    "sources": ["QĐ1970", "KH-HP"],
    "note": {"vi": "Quyết định 2158/QĐ-BTTTT ngày 07/11/2023 thay thế Quyết định 1970.",
             "en": "Decision 2158/QĐ-BTTTT of 7 November 2023 replaces Decision 1970."},
}

LEVEL_NAMES = [("Chưa khởi động", "Not started"), ("Khởi động", "Initiating"),
               ("Bắt đầu", "Beginning"), ("Hình thành", "Forming"),
               ("Nâng cao", "Advanced"), ("Dẫn dắt", "Leading")]

LARGE_LEVEL_MEANINGS = [
    ("Doanh nghiệp hầu như chưa có hoạt động chuyển đổi số nào.",
     "The enterprise has made almost no move towards digital transformation."),
    ("Doanh nghiệp đã có một số hoạt động số rời rạc, làm theo sự vụ.",
     "The enterprise has some isolated digital activities, done case by case."),
    ("Chuyển đổi số được triển khai có chủ đích ở một số bộ phận.",
     "Digital transformation is pursued deliberately in some units."),
    ("Chuyển đổi số đã hình thành ở hầu hết bộ phận, với cách làm và chuẩn mực chung.",
     "Digital transformation has taken shape in most units, with common practices and standards."),
    ("Chuyển đổi số được thực hiện nhất quán trên toàn doanh nghiệp, được đo lường và cải tiến "
     "liên tục.",
     "Digital transformation is practised consistently across the whole enterprise, measured and "
     "continuously improved."),
    ("Doanh nghiệp dẫn dắt chuyển đổi số trong hệ sinh thái, cùng đối tác tạo ra giá trị mới.",
     "The enterprise leads digital transformation in its ecosystem and creates new value with its "
     "partners."),
]

GROUP_LEVEL_MEANINGS = [
    ("Các đơn vị thành viên hầu như chưa có hoạt động chuyển đổi số nào.",
     "The member units have made almost no move towards digital transformation."),
    ("Các đơn vị thành viên mới có những hoạt động số rời rạc.",
     "The member units have only isolated digital activities."),
    ("Chuyển đổi số được triển khai có chủ đích ở một phần các đơn vị thành viên.",
     "Digital transformation is pursued deliberately in part of the member units."),
    ("Chuyển đổi số đã hình thành ở phần lớn các đơn vị thành viên.",
     "Digital transformation has taken shape in most member units."),
    ("Chuyển đổi số được thực hiện nhất quán trong toàn tập đoàn, tổng công ty.",
     "Digital transformation is practised consistently across the whole group or corporation."),
    ("Tập đoàn, tổng công ty dẫn dắt chuyển đổi số trong hệ sinh thái của mình.",
     "The group or corporation leads digital transformation in its ecosystem."),
]

LEVEL_NOTE = {
    "vi": "Tên mức theo Quyết định 1970 (nguồn thứ cấp); lời giải thích do dự án viết.",
    "en": "Level names as in Decision 1970 (secondary sources); the explanation is the kit's own.",
}


def text(vi, en):
    return {"vi": vi.strip(), "en": en.strip()}


def split2(rest, where):
    parts = rest.split(" | ")
    if len(parts) != 2:
        sys.exit(f"gen_large_index: expected 'vi | en' at {where}: {rest!r}")
    return parts


def parse_tree(src):
    """Parse TREE into a list of pillars (plain dicts, not yet in output shape)."""
    pillars = []
    crit = None
    for n, raw in enumerate(src.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        tag, _, rest = line.partition(" ")
        where = f"TREE line {n}"
        if tag == "P":
            pid, pmax, vi, en = rest.split(" | ")
            pillars.append({"id": pid, "max": int(pmax), "label": text(vi, en), "indicators": []})
        elif tag == "I":
            iid, vi, en = rest.split(" | ")
            pillars[-1]["indicators"].append({"id": iid, "label": text(vi, en), "criteria": []})
        elif tag == "C":
            cid, vi, en = rest.split(" | ")
            crit = {"id": cid, "label": text(vi, en), "options": [], "scored": True}
            pillars[-1]["indicators"][-1]["criteria"].append(crit)
        elif tag in ("V", "G", "Q", "H"):
            crit[tag] = text(*split2(rest, where))
        elif tag in ("1", "2", "3", "4", "5"):
            if int(tag) != len(crit["options"]) + 1:
                sys.exit(f"gen_large_index: option {tag} out of order at {where}")
            crit["options"].append(text(*split2(rest, where)))
        elif tag == "X":
            crit["scored"] = False
        else:
            sys.exit(f"gen_large_index: unknown record {tag!r} at {where}")
    return pillars


def build_criterion(c):
    vp = c.get("V")
    gate = c.get("G") or text(f"Doanh nghiệp có {vp['vi']} không?",
                              f"Does the enterprise {vp['en']}?")
    question = c.get("Q") or text(f"Doanh nghiệp {vp['vi']} ở mức độ nào?",
                                  f"To what extent does the enterprise {vp['en']}?")
    out = {
        "id": c["id"],
        "label": c["label"],
        "question": question,
        "help": c["H"],
        "max_points": POINTS_PER_CRITERION,
    }
    if not c["scored"]:
        out["scored"] = False
    out["provenance"] = "provisional"
    out["sources"] = ["GH-1567-LQ"]
    if not c["scored"]:
        out["note"] = UNSCORED_NOTES[c["id"]]
    out["answer"] = {
        "type": "gate_ladder",
        "gate": gate,
        "options": [{"label": o, "points": i} for i, o in enumerate(c["options"], 1)],
    }
    return out


def build_levels(meanings):
    return [{"level": k, "name": text(*LEVEL_NAMES[k]), "meaning": text(*meanings[k]),
             "provenance": "secondary", "sources": ["GH-METHOD", "CODX-L"], "note": LEVEL_NOTE}
            for k in range(6)]


def build_large(tree):
    pillars = []
    n_ind = n_listed = n_scored = 0
    for p in tree:
        indicators = []
        for ind in p["indicators"]:
            crits = [build_criterion(c) for c in ind["criteria"]]
            scored = sum(1 for c in ind["criteria"] if c["scored"])
            n_listed += len(crits)
            n_scored += scored
            indicators.append({
                "id": ind["id"], "label": ind["label"],
                "max_points": POINTS_PER_CRITERION * scored,
                "provenance": "provisional", "sources": ["GH-1567-LQ"],
                "criteria": crits,
            })
        n_ind += len(indicators)
        pillars.append({
            "id": p["id"], "label": p["label"], "max_points": p["max"],
            "provenance": "confirmed", "sources": ["HTXD", "GH-1567-CONST"],
            "note": text(
                f"Tên trụ cột đã được xác nhận cho Quyết định 1970. Điểm tối đa {p['max']} lấy từ "
                "bảng điểm của bộ chỉ số doanh nghiệp lớn trong Quyết định 1567 (nguồn bên thứ "
                "ba); áp dụng cho Quyết định 1970 là suy luận, tạm thời.",
                f"The pillar name is confirmed for Decision 1970. The maximum of {p['max']} comes "
                "from the Decision 1567 large-enterprise score table (third-party source); "
                "applying it to Decision 1970 is an inference and provisional."),
            "indicators": indicators,
        })
    total = sum(p["max_points"] for p in pillars)
    assert (len(pillars), n_ind, n_listed, n_scored, total) == (6, 25, 140, 139, 695), \
        (len(pillars), n_ind, n_listed, n_scored, total)

    return {
        "format": "dbi-index/1",
        "id": "vn.mic.1970-2021.large",
        "revision": 1,
        "framework_version": "1970",
        "index_set": "large",
        "model": "maturity_tree",
        "title": text(
            "Chỉ số đánh giá mức độ chuyển đổi số doanh nghiệp lớn (Quyết định 1970/QĐ-BTTTT)",
            "Digital transformation index for large enterprises (Decision 1970/QĐ-BTTTT)"),
        "description": text(
            "Bộ chỉ số dành cho doanh nghiệp lớn độc lập, không tổ chức theo mô hình công ty mẹ – "
            "công ty con: 6 trụ cột, 25 chỉ số thành phần, 139 tiêu chí tính điểm (140 tiêu chí "
            "được liệt kê), mỗi tiêu chí 0–5 điểm, tối đa 695 điểm, mức 0–5. Mỗi tiêu chí hỏi "
            "trước doanh nghiệp đã có hoạt động đó chưa (không có: 0 điểm), rồi hoạt động đó được "
            "thực hiện rộng đến đâu: theo sự vụ, ở một số bộ phận, ở hầu hết bộ phận, trong toàn "
            "doanh nghiệp, hay trong cả hệ sinh thái cùng đối tác.",
            "Index set for independent large enterprises that are not organised as parent and "
            "subsidiaries: 6 pillars, 25 indicators, 139 scored criteria (140 listed), 0–5 points "
            "each, up to 695 points, levels 0–5. Each criterion first asks whether the enterprise "
            "has the practice at all (no: 0 points), then how widely it is practised: case by "
            "case, in some units, in most units, across the whole enterprise, or across the whole "
            "ecosystem with partners."),
        "instrument": INSTRUMENT,
        "provenance": "provisional",
        "sources": ["HTXD", "GH-1567-LQ", "GH-1567-CONST"],
        "note": text(
            "Phụ lục của Quyết định 1970 về doanh nghiệp lớn chưa đọc được. Cây tiêu chí (25 chỉ số "
            "thành phần, 140 tiêu chí) lấy từ bộ chỉ số doanh nghiệp lớn của Quyết định "
            "1567/QĐ-BKHCN (Phụ lục II, Phần B) theo bản chép của một ứng dụng bên thứ ba; số trụ "
            "cột, chỉ số và tiêu chí (6/25/139) khớp số liệu đã xác nhận của Quyết định 1970. Câu "
            "hỏi, giải thích và năm mức trả lời của từng tiêu chí do dự án viết, dựa trên thang "
            "năm mức của từng nhóm trong nguồn đó (nhóm 3.3 giữ thang tỷ lệ tuân thủ); đây không "
            "phải văn bản chính thức và sẽ được thay khi có văn bản gốc.",
            "The Decision 1970 annex for large enterprises could not be read. The criteria tree "
            "(25 indicators, 140 criteria) is taken from the Decision 1567/QĐ-BKHCN large-"
            "enterprise index (Phụ lục II, Phần B) as transcribed by a third-party app; the counts "
            "of pillars, indicators and criteria (6/25/139) match the confirmed Decision 1970 "
            "figures. Each criterion's question, help and five answer levels are the kit's own "
            "wording, built on that source's per-group five-level ladders (group 3.3 keeps its "
            "compliance-percentage ladder); they are not official text and will be replaced when "
            "the original is available."),
        "declared": {
            "pillars": 6, "indicators": 25, "criteria": 139, "max_points": 695,
            "provenance": "confirmed", "sources": ["HTXD"],
            "note": text(
                "Số trụ cột, chỉ số thành phần và tiêu chí (6/25/139) đã được xác nhận cho Quyết "
                "định 1970. Tổng điểm 695 là suy luận (139 × 5), trùng với tổng điểm bộ chỉ số "
                "doanh nghiệp lớn của Quyết định 1567.",
                "The counts of pillars, indicators and criteria (6/25/139) are confirmed for "
                "Decision 1970. The total of 695 points is inferred (139 × 5); it equals the total "
                "of the Decision 1567 large-enterprise index."),
        },
        "levels": build_levels(LARGE_LEVEL_MEANINGS),
        "pillar_bands": {
            "basis": "percent_of_max",
            "provenance": "provisional",
            "sources": ["GH-METHOD"],
            "note": text(
                "Chưa tìm thấy ngưỡng mức trụ cột cho doanh nghiệp lớn; dự án dùng Bảng 2 của bộ "
                "chỉ số doanh nghiệp nhỏ và vừa (Quyết định 1970): đến 10 % là mức 0, trên 10–20 % "
                "mức 1, trên 20–40 % mức 2, trên 40–60 % mức 3, trên 60–80 % mức 4, trên 80 % mức "
                "5; cận trên tính vào khoảng, đúng 10 % xếp mức 0.",
                "No pillar-level bands were found for large enterprises; the kit uses Table 2 of "
                "the Decision 1970 SME index: up to 10 % is level 0, above 10–20 % level 1, above "
                "20–40 % level 2, above 40–60 % level 3, above 60–80 % level 4, above 80 % level "
                "5; upper edges are inclusive and exactly 10 % is level 0."),
            "bands": [
                {"level": 0, "min": None, "min_inclusive": False, "max": 10, "max_inclusive": True},
                {"level": 1, "min": 10, "min_inclusive": False, "max": 20, "max_inclusive": True},
                {"level": 2, "min": 20, "min_inclusive": False, "max": 40, "max_inclusive": True},
                {"level": 3, "min": 40, "min_inclusive": False, "max": 60, "max_inclusive": True},
                {"level": 4, "min": 60, "min_inclusive": False, "max": 80, "max_inclusive": True},
                {"level": 5, "min": 80, "min_inclusive": False, "max": 100, "max_inclusive": True},
            ],
        },
        "overall_rules": {
            "provenance": "provisional",
            "note": text(
                "Tái dựng theo cách của bộ chỉ số doanh nghiệp nhỏ và vừa: tổng điểm phải lớn hơn "
                "43 (20/320 × 695), 139, 278, 417, 556 (20/40/60/80 % của 695) cho các mức 1–5, "
                "đồng thời có ít nhất 4/4/4/5/6 trụ cột đạt mức đó trở lên; không thỏa thì mức 0. "
                "Dự án cố ý không dùng các ngưỡng 10/25/50/75/90 % của ứng dụng bên thứ ba vì "
                "chúng không có căn cứ chính thức.",
                "Reconstructed after the SME index: the total must be above 43 (20/320 × 695), "
                "139, 278, 417 and 556 (20/40/60/80 % of 695) for levels 1–5, with at least "
                "4/4/4/5/6 pillars at that level or higher; otherwise level 0. The 10/25/50/75/90 % "
                "bands of the third-party app were deliberately not used: they have no official "
                "basis."),
            "otherwise_level": 0,
            "rules": [
                {"level": 5, "total_above": 556, "min_pillars_at_level": 6},
                {"level": 4, "total_above": 417, "min_pillars_at_level": 5},
                {"level": 3, "total_above": 278, "min_pillars_at_level": 4},
                {"level": 2, "total_above": 139, "min_pillars_at_level": 4},
                {"level": 1, "total_above": 43, "min_pillars_at_level": 4},
            ],
        },
        "numeric_rules": {
            "ratio_above_100": "reject", "zero_denominator_points": 0,
            "provenance": "provisional",
            "note": text("Bộ chỉ số này không có câu trả lời dạng tỷ lệ; giữ quy tắc như bộ chỉ số "
                         "doanh nghiệp nhỏ và vừa để nhất quán.",
                         "This index has no ratio answers; the rules of the SME index are kept "
                         "for consistency."),
        },
        "band_sets": {},
        "pillars": pillars,
    }


RELATIONS = [
    ("parent", "Công ty mẹ", "Parent company"),
    ("subsidiary_tier1", "Công ty con cấp 1", "Tier-1 subsidiary"),
    ("subsidiary_tier2", "Công ty con cấp 2", "Tier-2 subsidiary"),
    ("public_service_unit", "Đơn vị sự nghiệp", "Public service unit"),
    ("branch", "Chi nhánh", "Branch"),
    ("representative_office", "Văn phòng đại diện", "Representative office"),
    ("associate", "Công ty liên kết", "Associated company"),
]


def build_group(tree):
    return {
        "format": "dbi-index/1",
        "id": "vn.mic.1970-2021.group",
        "revision": 1,
        "framework_version": "1970",
        "index_set": "group",
        "model": "group_aggregate",
        "title": text(
            "Chỉ số đánh giá mức độ chuyển đổi số tập đoàn, tổng công ty (Quyết định "
            "1970/QĐ-BTTTT)",
            "Digital transformation index for groups and corporations (Decision 1970/QĐ-BTTTT)"),
        "description": text(
            "Bộ chỉ số dành cho tập đoàn, tổng công ty và doanh nghiệp tổ chức theo mô hình công "
            "ty mẹ – công ty con. Không có tiêu chí riêng: từng đơn vị thành viên tự đánh giá bằng "
            "bộ chỉ số doanh nghiệp lớn hoặc bộ chỉ số doanh nghiệp nhỏ và vừa, rồi kết quả được "
            "tổng hợp theo 6 trụ cột.",
            "Index set for groups, corporations and enterprises organised as parent and "
            "subsidiaries. It has no criteria of its own: each member unit is assessed with the "
            "large-enterprise or the SME index and the results are aggregated over the 6 pillars."),
        "instrument": INSTRUMENT,
        "provenance": "provisional",
        "sources": ["HTXD", "DBI-GRP-old", "CODX-G"],
        "note": text(
            "Quyết định 1970 xác nhận bộ chỉ số này dùng 6 trụ cột chung và kết quả được tổng hợp "
            "từ đánh giá của các đơn vị thành viên; trọng số, công thức và cách xếp mức chưa được "
            "công bố nên phần tổng hợp là tái dựng của dự án.",
            "Decision 1970 confirms that this set uses the common 6 pillars and that its result "
            "is aggregated from member-unit assessments; weights, formula and level mapping are "
            "not published, so the aggregation is the kit's reconstruction."),
        "levels": build_levels(GROUP_LEVEL_MEANINGS),
        "pillars": [{"id": p["id"], "label": p["label"], "provenance": "confirmed",
                     "sources": ["HTXD", "DBI-GRP-old", "CODX-G"]} for p in tree],
        "aggregation": {
            "member_indices": ["vn.mic.1970-2021.large", "vn.mic.1970-2021.sme"],
            "weight_basis": "revenue",
            "fallback_weight_basis": "employees",
            "excluded_relations": ["associate"],
            "relations": [{"id": i, "label": text(vi, en)} for i, vi, en in RELATIONS],
            "level_rule": "floor_weighted_mean_level",
            "provenance": "provisional",
            "sources": ["DBI-GRP-old"],
            "note": text(
                "Tái dựng, chưa có quy định công khai. Nguồn xác nhận: mỗi đơn vị thành viên (công "
                "ty mẹ, công ty con cấp 1 và cấp 2 hạch toán độc lập hoặc phụ thuộc, đơn vị sự "
                "nghiệp, chi nhánh, văn phòng đại diện) có điểm chuyển đổi số riêng (Mđv); công ty "
                "liên kết không được tính; đơn vị có công ty con riêng được xử lý riêng (văn bản "
                "bị cắt). Dự án chọn: đánh giá mỗi đơn vị bằng bộ chỉ số doanh nghiệp lớn, hoặc "
                "bộ chỉ số doanh nghiệp nhỏ và vừa nếu đơn vị thuộc quy mô đó; tỷ lệ điểm từng "
                "trụ cột và tổng điểm của tập đoàn là trung bình có trọng số theo tỷ trọng doanh "
                "thu hợp nhất (không có doanh thu thì theo số lao động đóng bảo hiểm xã hội), cơ "
                "sở trọng số được lưu cùng kết quả; mức của tập đoàn là phần nguyên của trung bình "
                "có trọng số các mức thành viên, kèm mức thấp nhất và cao nhất.",
                "A reconstruction; no published rule. Confirmed by the source: each member unit "
                "(parent, tier-1 and tier-2 subsidiaries with independent or dependent accounting, "
                "public service units, branches, representative offices) gets its own DX score "
                "(Mđv); associated companies are excluded; units that have their own subsidiaries "
                "get special treatment (text truncated). The kit's choice: assess each unit with "
                "the large-enterprise index, or the SME index if the unit is SME-sized; the "
                "group's pillar and total percentages are means weighted by share of consolidated "
                "revenue (social-insurance headcount when revenue is missing), with the weight "
                "basis stored with the result; the group level is the floor of the weighted mean "
                "of member levels, reported with the minimum and maximum member levels."),
        },
    }


def nfc(obj):
    """Return obj with every string normalised to NFC."""
    if isinstance(obj, str):
        return unicodedata.normalize("NFC", obj)
    if isinstance(obj, list):
        return [nfc(x) for x in obj]
    if isinstance(obj, dict):
        return {nfc(k): nfc(v) for k, v in obj.items()}
    return obj


def write_json(path, doc):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(nfc(doc), f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    default_root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", default=default_root, help="repository root (default: %(default)s)")
    args = ap.parse_args()
    tree = parse_tree(TREE)
    out_dir = os.path.join(args.root, "indices")
    write_json(os.path.join(out_dir, "vn.mic.1970-2021.large.json"), build_large(tree))
    write_json(os.path.join(out_dir, "vn.mic.1970-2021.group.json"), build_group(tree))


if __name__ == "__main__":
    main()
