# cmake -DSITE_DIR=… -DWEB_DIR=… -DINDICES_DIR=… -DAPP_JS=… -DAPP_WASM=… -P assemble_site.cmake
# Builds the self-contained static site: web/* + index.js + index.wasm + indices/*.json +
# indices/reference/*.json. Copies only what changed; removes index files that no longer exist
# in the source tree, so a stale definition is never served.
cmake_minimum_required(VERSION 3.21)  # policies for -P scripts (IN_LIST)
foreach(var SITE_DIR WEB_DIR INDICES_DIR APP_JS APP_WASM)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "assemble_site.cmake: -D${var}=… is required")
  endif()
endforeach()

# sync_glob(<src> <pattern> <dest> [PRUNE]): copy the matching files; PRUNE also deletes
# matching files in <dest> that <src> no longer has.
function(sync_glob src_dir pattern dest_dir)
  file(GLOB wanted RELATIVE "${src_dir}" "${src_dir}/${pattern}")
  file(MAKE_DIRECTORY "${dest_dir}")
  if(ARGN STREQUAL "PRUNE")
    file(GLOB present RELATIVE "${dest_dir}" "${dest_dir}/${pattern}")
    foreach(f IN LISTS present)
      if(NOT f IN_LIST wanted)
        file(REMOVE "${dest_dir}/${f}")
      endif()
    endforeach()
  endif()
  foreach(f IN LISTS wanted)
    if(NOT IS_DIRECTORY "${src_dir}/${f}")
      file(COPY_FILE "${src_dir}/${f}" "${dest_dir}/${f}" ONLY_IF_DIFFERENT)
    endif()
  endforeach()
endfunction()

sync_glob("${WEB_DIR}" "*" "${SITE_DIR}")
file(COPY_FILE "${APP_JS}" "${SITE_DIR}/index.js" ONLY_IF_DIFFERENT)
file(COPY_FILE "${APP_WASM}" "${SITE_DIR}/index.wasm" ONLY_IF_DIFFERENT)
sync_glob("${INDICES_DIR}" "*.json" "${SITE_DIR}/indices" PRUNE)
sync_glob("${INDICES_DIR}/reference" "*.json" "${SITE_DIR}/indices/reference" PRUNE)

# ---------------------------------------------------------------------------------------------
# Content-hashed names for code (docs/deploy.md): <stem>.<10 hex of SHA-256>.<ext>, so a host
# can cache them forever; the HTML pages and sw.js keep fixed names and are revalidated. The
# wasm glue names its .wasm file inside the .js, so wasm files are renamed first and the .js
# rewritten before it is hashed. Runs after dbi_verify_site (a dependency of dbi_site), so the
# verification page's files are included.

set(_hash_re "\\.[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]\\.(js|css|wasm)$")
file(GLOB _code RELATIVE "${SITE_DIR}" "${SITE_DIR}/*.js" "${SITE_DIR}/*.css" "${SITE_DIR}/*.wasm")
set(_plain "")
foreach(f IN LISTS _code)
  if(NOT f MATCHES "${_hash_re}" AND NOT f STREQUAL "sw.js" AND NOT f STREQUAL "embed.js")
    list(APPEND _plain "${f}")
  endif()
endforeach()

# hashed_name(<file> <out var>): renames SITE_DIR/<file> to its hashed name.
function(hash_rename f out)
  file(SHA256 "${SITE_DIR}/${f}" h)
  string(SUBSTRING "${h}" 0 10 h)
  string(REGEX REPLACE "^(.*)\\.([a-z]+)$" "\\1.${h}.\\2" hashed "${f}")
  file(RENAME "${SITE_DIR}/${f}" "${SITE_DIR}/${hashed}")
  set(${out} "${hashed}" PARENT_SCOPE)
endfunction()

set(_renamed "")  # "<plain>=<hashed>" pairs

# rewrite_references(<file> <pattern>...): in SITE_DIR/<file>, every pattern with "@" as a
# renamed file's plain name becomes the same pattern with its hashed name.
function(rewrite_references f)
  file(READ "${SITE_DIR}/${f}" text)
  set(before "${text}")
  foreach(pair IN LISTS _renamed)
    string(REPLACE "=" ";" pair "${pair}")
    list(GET pair 0 from)
    list(GET pair 1 to)
    foreach(pattern IN LISTS ARGN)
      string(REPLACE "@" "${from}" old "${pattern}")
      string(REPLACE "@" "${to}" new "${pattern}")
      string(REPLACE "${old}" "${new}" text "${text}")
    endforeach()
  endforeach()
  if(NOT text STREQUAL before)
    file(WRITE "${SITE_DIR}/${f}" "${text}")
  endif()
endfunction()
foreach(pass wasm js css)
  foreach(f IN LISTS _plain)
    if(NOT f MATCHES "\\.${pass}$")
      continue()
    endif()
    if(pass STREQUAL "js")
      rewrite_references("${f}" "\"@\"" "'@'")  # "index.wasm" or 'index.wasm' in the glue
    endif()
    hash_rename("${f}" hashed)
    list(APPEND _renamed "${f}=${hashed}")
  endforeach()
endforeach()

# The pages: src="x.js" / href="x.css" → the hashed names.
file(GLOB _pages RELATIVE "${SITE_DIR}" "${SITE_DIR}/*.html")
foreach(page IN LISTS _pages)
  rewrite_references("${page}" "src=\"@\"" "href=\"@\"")
endforeach()

# Hashed files of earlier builds are gone from the site.
set(_current "")
foreach(pair IN LISTS _renamed)
  string(REPLACE "=" ";" pair "${pair}")
  list(GET pair 1 to)
  list(APPEND _current "${to}")
endforeach()
file(GLOB _all RELATIVE "${SITE_DIR}" "${SITE_DIR}/*.js" "${SITE_DIR}/*.css" "${SITE_DIR}/*.wasm")
foreach(f IN LISTS _all)
  if(f MATCHES "${_hash_re}" AND NOT f IN_LIST _current)
    file(REMOVE "${SITE_DIR}/${f}")
  endif()
endforeach()

# ---------------------------------------------------------------------------------------------
# The service worker: what it precaches and the release it belongs to (a hash over them all).
set(_precache "index.html" "verify.html")
foreach(f IN LISTS _current)
  list(APPEND _precache "${f}")
endforeach()
foreach(dir indices indices/reference indices/trust)
  file(GLOB _data RELATIVE "${SITE_DIR}" "${SITE_DIR}/${dir}/*.json")
  list(APPEND _precache ${_data})
endforeach()
set(_release_input "")
set(_json "")
foreach(f IN LISTS _precache)
  if(f MATCHES "^(ranking|embed-demo)\\.")
    continue()  # the ranking page needs the endpoint; the embed demo is for host sites
  endif()
  file(SHA256 "${SITE_DIR}/${f}" h)
  string(APPEND _release_input "${f} ${h}\n")
  if(_json)
    string(APPEND _json ",")
  endif()
  string(APPEND _json "\"${f}\"")
endforeach()
string(SHA256 _release "${_release_input}")
string(SUBSTRING "${_release}" 0 16 _release)
set(_outbox "")
foreach(f IN LISTS _current)
  if(f MATCHES "^outbox\\.")
    set(_outbox "${f}")
  endif()
endforeach()
file(READ "${WEB_DIR}/sw.js" sw)
string(REPLACE "@RELEASE@" "${_release}" sw "${sw}")
string(REPLACE "@PRECACHE@" "[${_json}]" sw "${sw}")
string(REPLACE "@OUTBOX@" "${_outbox}" sw "${sw}")
file(WRITE "${SITE_DIR}/sw.js.new" "${sw}")
file(COPY_FILE "${SITE_DIR}/sw.js.new" "${SITE_DIR}/sw.js" ONLY_IF_DIFFERENT)
file(REMOVE "${SITE_DIR}/sw.js.new")
