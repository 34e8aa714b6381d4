# dbi_target_warnings(<target>): the project's warning set, on project targets only.
function(dbi_target_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wsign-conversion -Wnon-virtual-dtor)
  if(DBI_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
