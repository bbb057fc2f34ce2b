# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# Helpers shared by the corecc CMake files.

# corecc_add_library(<name> <sources...> [LINK <libs...>])
# A static library of ours, linked against the shared libLLVM. Its links are
# PRIVATE: a library sees the headers of what it names itself, not of what
# those link (static archives still pass their link lines on), so the build
# keeps the layering of docs/design.md.
function(corecc_add_library name)
  cmake_parse_arguments(ARG "" "" "LINK;DEPENDS" ${ARGN})
  add_library(${name} STATIC ${ARG_UNPARSED_ARGUMENTS})
  target_link_libraries(${name} PRIVATE ${ARG_LINK} LLVM)
  if(ARG_DEPENDS)
    add_dependencies(${name} ${ARG_DEPENDS})
  endif()
endfunction()

# corecc_add_tool(<name> <sources...> [LINK <libs...>])
function(corecc_add_tool name)
  cmake_parse_arguments(ARG "" "" "LINK" ${ARGN})
  add_executable(${name} ${ARG_UNPARSED_ARGUMENTS})
  target_link_libraries(${name} PRIVATE ${ARG_LINK} LLVM)
endfunction()
