// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* The runtime a csmith program includes ("csmith.h"), for a BPF target:
 * no libc. csmith's own runtime prints a CRC of the globals with printf;
 * here the CRC is kept in csmith_result, which the harness (run.c) returns
 * from a socket filter that BPF_PROG_TEST_RUN runs. The checksum is a
 * simple mix, not CRC-32: it only has to be the same for both compilers.
 * The safe-math functions are csmith's own (safe_math.h from
 * libcsmith-dev), which keep the programs free of undefined behaviour. */
#ifndef CORECC_CSMITH_H
#define CORECC_CSMITH_H

#include <float.h>
#include <limits.h>
#include <stdint.h>

/* safe_math.h defines float helpers too; programs use no floats (BPF has
 * none), so they are never called and never emitted. */
#define fabsf __builtin_fabsf
#define fabs __builtin_fabs

#define COUNT(n)
#define TC
#define SAFE
#define UNDEFINED(v) (v)
#define LOG_INDEX
#define LOG_EXEC
#define STATIC static
#define FUNC_NAME(x) (safe_##x)
#include "safe_math.h"
#undef FUNC_NAME
#define INT_BIT (sizeof(int) * CHAR_BIT)
#define _CSMITH_BITFIELD(x) (((x) > INT_BIT) ? ((x) % INT_BIT) : (x))

/* Only reached when print_hash_value is set, which it never is. */
#define printf(...) 0

static uint32_t crc32_context = 0xFFFFFFFFUL;
static uint32_t csmith_result;

static void crc32_gentab(void) {}

static void transparent_crc(uint64_t val, char *vname, int flag) {
  uint32_t c = crc32_context ^ (uint32_t)val ^ (uint32_t)(val >> 32);
  c *= 16777619u;
  crc32_context = c ^ (c >> 15);
}

static void transparent_crc_bytes(char *ptr, int nbytes, char *vname,
                                  int flag) {
  for (int i = 0; i < nbytes; i++)
    transparent_crc((uint8_t)ptr[i], vname, flag);
}

static void platform_main_begin(void) {}

static void platform_main_end(uint32_t crc, int flag) { csmith_result = crc; }

#endif
