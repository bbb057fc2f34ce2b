// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* Harness of the csmith differential (utils/csmith_diff.py): the generated
 * program (CSMITH_PROGRAM, a file name) with its main() renamed, and a
 * socket filter that runs it and returns the checksum of its globals. */
#define main csmith_main
#include CSMITH_PROGRAM
#undef main

__attribute__((section("socket"), used)) int run(void *ctx) {
  csmith_main();
  return (int)csmith_result;
}

char _license[] __attribute__((section("license"), used)) = "GPL";
