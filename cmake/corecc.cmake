# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# corecc.cmake - compile BPF programs with corecc from a CMake project.
#
#   include(/path/to/corecc/cmake/corecc.cmake)
#   corecc_bpf_object(minimal.bpf.o SOURCE minimal.bpf.c
#                     INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/include
#                     FLAGS -mcpu=v3)
#   add_custom_target(bpf ALL DEPENDS minimal.bpf.o)
#
# The object lands in CMAKE_CURRENT_BINARY_DIR; it is rebuilt when the
# source, any header it includes (corecc writes a depfile), or corecc
# changes. CORECC (a cache variable) is the compiler: found on PATH, or
# given with -DCORECC=/path/to/bin/corecc. docs/build-systems.md.

find_program(CORECC corecc DOC "the corecc BPF compiler")
if(NOT CORECC)
  message(FATAL_ERROR "corecc not found: give -DCORECC=/path/to/corecc")
endif()

# corecc_bpf_object(<output> SOURCE <file> [INCLUDES <dir>...]
#                   [FLAGS <flag>...] [OPT <level>])
function(corecc_bpf_object output)
  cmake_parse_arguments(ARG "" "SOURCE;OPT" "INCLUDES;FLAGS" ${ARGN})
  if(NOT ARG_SOURCE)
    message(FATAL_ERROR "corecc_bpf_object(${output}): SOURCE is required")
  endif()
  if(NOT ARG_OPT)
    set(ARG_OPT 2)
  endif()
  get_filename_component(src "${ARG_SOURCE}" ABSOLUTE)
  if(IS_ABSOLUTE "${output}")
    set(out "${output}")
  else()
    set(out "${CMAKE_CURRENT_BINARY_DIR}/${output}")
  endif()
  set(incs)
  foreach(dir ${ARG_INCLUDES})
    list(APPEND incs "-I${dir}")
  endforeach()
  set(depfile_args)
  if(CMAKE_VERSION VERSION_GREATER_EQUAL 3.20 OR CMAKE_GENERATOR MATCHES "Ninja")
    set(depfile_args DEPFILE "${out}.d")
  endif()
  add_custom_command(
    OUTPUT "${out}"
    COMMAND "${CORECC}" -O${ARG_OPT} -g ${ARG_FLAGS} ${incs}
            -MD -MF "${out}.d" -c "${src}" -o "${out}"
    DEPENDS "${src}" "${CORECC}"
    ${depfile_args}
    COMMENT "corecc ${ARG_SOURCE}"
    VERBATIM)
endfunction()
