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
