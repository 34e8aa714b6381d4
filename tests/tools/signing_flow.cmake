# signing_flow.cmake — the whole signing life cycle with the dbi CLI in a fresh directory:
# keygen (root, device, receipt, assessor), trust, sign, sign --receipt, sign --countersign,
# verify; then an expired receipt key and a tampered copy, which verify must reject.
#
#   cmake -DDBI=<dbi> -DWORK=<empty dir to use> -DSOURCE_DIR=<repo> -P signing_flow.cmake
cmake_minimum_required(VERSION 3.21)
foreach(var DBI WORK SOURCE_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "signing_flow.cmake: -D${var}=… is required")
  endif()
endforeach()
set(ENV{DBI_INDICES_DIR} "${SOURCE_DIR}/indices")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(answers "${SOURCE_DIR}/tests/golden/vn.mic.1970-2021.sme/worked-example.answers.json")
set(profile "${SOURCE_DIR}/tests/tools/data/profile-small-trade.json")

# step(<expected exit> <stdout regex or ""> <arg>…) — runs dbi in WORK, checks exit and stdout.
function(step expect regex)
  execute_process(COMMAND "${DBI}" ${ARGN} WORKING_DIRECTORY "${WORK}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  string(REPLACE ";" " " shown "${ARGN}")
  if(NOT rc STREQUAL expect)
    message(FATAL_ERROR "dbi ${shown}: exit ${rc}, expected ${expect}\n${out}${err}")
  endif()
  if(regex AND NOT out MATCHES "${regex}")
    message(FATAL_ERROR "dbi ${shown}: stdout does not match ${regex}\n${out}${err}")
  endif()
  set(last_out "${out}" PARENT_SCOPE)
  set(last_err "${err}" PARENT_SCOPE)
  message(STATUS "ok: dbi ${shown}")
endfunction()

step(0 "khóa gốc \\(root\\)" keygen --role root --label "Gốc thử" --out root.json)
step(0 "thiết bị \\(device\\)" keygen --role device --out device.json)
step(0 "máy chủ thu nhận" keygen --role receipt --label "Máy chủ thử" --out receipt.json)
step(0 "assessor" keygen --role assessor --label "Chuyên gia thử" --out assessor.json --lang en)
execute_process(COMMAND stat -c %a "${WORK}/receipt.json" OUTPUT_VARIABLE mode
                OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT mode STREQUAL "600")
  message(FATAL_ERROR "receipt.json has mode ${mode}, expected 600")
endif()
step(2 "" keygen --role receipt --out receipt.json)  # never overwrites a key
if(NOT last_err MATCHES "DBI-CLI-012 ")
  message(FATAL_ERROR "overwriting a key file: expected DBI-CLI-012, got ${last_err}")
endif()

step(0 "Danh sách tin cậy số 0 .*\n  [0-9a-f]+ · máy chủ thu nhận \\(receipt\\) · Máy chủ thử · 2026-01-01T00:00:00Z → 2027-12-31T23:59:59Z"
     trust --root root.json --out trust.json --at 2026-11-01T00:00:00Z
     --valid-from 2026-01-01T00:00:00Z --valid-until 2027-12-31T23:59:59Z
     receipt.pub.json assessor.pub.json)
set(trust --trust trust.json --root root.pub.json)

step(0 "Đã ký bản đánh giá [0-9a-f-]+ · 126/320 · mức 2"
     sign "${answers}" --profile "${profile}" --key device.json --at 2026-11-23T08:15:00Z
     --out env1.json)
step(0 "Đã cấp biên nhận r-[0-9a-f-]+ · 126/320"
     sign --receipt env1.json --key receipt.json ${trust} --at 2026-11-23T08:15:02Z --out env2.json)
step(0 "Đã ký xác nhận" sign --countersign env2.json --key assessor.json ${trust}
     --at 2026-12-01T10:00:00Z --out env3.json)
step(0 "HỢP LỆ.*Kết quả: 126/320 · mức 2 \\(Bắt đầu\\) · đã được chuyên gia thẩm định.*1\\. thiết bị \\(device\\).*2\\. máy chủ thu nhận \\(receipt\\) · khóa [0-9a-f]+ · Máy chủ thử · 2026-11-23T08:15:02Z — biên nhận r-.*3\\. chuyên gia đánh giá \\(assessor\\) · khóa [0-9a-f]+ · Chuyên gia thử · 2026-12-01T10:00:00Z.*chấm lại cho cùng kết quả"
     verify env3.json ${trust})
step(0 "\"valid\": true.*\"role\": \"receipt\".*\"role\": \"assessor\".*\"rescored\": true"
     verify env3.json ${trust} --json)
# The envelope goes to standard output without --out, and is canonical JSON.
step(0 "^\\{\"answers\":\\{\"answers\":" sign "${answers}" --profile "${profile}" --key device.json
     --at 2026-11-23T08:15:00Z)

# A receipt key whose validity ended before it signed: DBI-SUB-007.
step(0 "" trust --root root.json --out short.json --at 2026-11-01T00:00:00Z
     "receipt.pub.json,2026-01-01T00:00:00Z,2026-06-30T23:59:59Z" assessor.pub.json)
step(1 "KHÔNG HỢP LỆ — khóa [0-9a-f]+ không có hiệu lực vào thời điểm 2026-11-23T08:15:02Z"
     verify env2.json --trust short.json --root root.pub.json)
if(NOT last_err MATCHES "DBI-SUB-007 /statements/1/signature/signed_at: ")
  message(FATAL_ERROR "expired key: expected DBI-SUB-007, got ${last_err}")
endif()
# The receipt key is not an assessor: --countersign refuses it before signing.
step(2 "" sign --countersign env2.json --key receipt.json ${trust})
# A receipt needs the answers: not for a shareable certificate.
step(0 "" sign --countersign env2.json --key assessor.json ${trust} --no-answers --out cert.json)
step(1 "" sign --receipt cert.json --key receipt.json ${trust})
if(NOT last_err MATCHES "DBI-CLI-017 ")
  message(FATAL_ERROR "receipt without answers: expected DBI-CLI-017, got ${last_err}")
endif()
step(0 "Không đính kèm câu trả lời" verify cert.json ${trust})

# One changed byte anywhere in the file: never genuine.
file(READ "${WORK}/env3.json" text)
string(LENGTH "${text}" size)
foreach(at 20 200 1000 2000 3000)
  if(at LESS size)
    string(SUBSTRING "${text}" 0 ${at} head)
    math(EXPR rest "${at} + 1")
    string(SUBSTRING "${text}" ${rest} -1 tail)
    string(SUBSTRING "${text}" ${at} 1 ch)
    if(ch STREQUAL "A")
      set(ch "B")
    else()
      set(ch "A")
    endif()
    file(WRITE "${WORK}/bad.json" "${head}${ch}${tail}")
    step(1 "KHÔNG HỢP LỆ" verify bad.json ${trust})
  endif()
endforeach()
