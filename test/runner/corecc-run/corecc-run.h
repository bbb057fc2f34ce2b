// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* corecc-run: libbpf-based loader and runner for corecc's kernel tests.
 *
 * Shared declarations of the three translation units:
 *   main.c     command line, probe, load, test runs, triggers, map dumps
 *   globals.c  global variables through the object's BTF DATASECs
 *              (--set before load, --dump-globals after the runs)
 *   sbuf.c     growable strings, hex and JSON helpers
 *
 * Plain C (gnu11) against libbpf >= 1.1, libelf, zlib and libc only, so that
 * the same sources link statically for the qemu kernel matrix.
 */
#ifndef CORECC_RUN_H
#define CORECC_RUN_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct bpf_object;
struct btf;

/* Exit statuses. */
enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

/* ---- sbuf.c ------------------------------------------------------------ */

struct sbuf {
	char *p;
	size_t len, cap;
};

void sb_reserve(struct sbuf *sb, size_t extra);
void sb_putc(struct sbuf *sb, char c);
void sb_puts(struct sbuf *sb, const char *s);
void sb_putn(struct sbuf *sb, const char *s, size_t n);
void sb_printf(struct sbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(struct sbuf *sb, const char *fmt, va_list ap);
void sb_hex(struct sbuf *sb, const void *data, size_t n);
/* Appends s as a JSON string literal, quotes included. NULL gives null. */
void sb_json_str(struct sbuf *sb, const char *s);
void sb_json_strn(struct sbuf *sb, const char *s, size_t n);
/* Appends "," first if the buffer already holds array/object members. */
void sb_sep(struct sbuf *sb);
const char *sb_str(struct sbuf *sb); /* never NULL */
void sb_clear(struct sbuf *sb);
void sb_free(struct sbuf *sb);

/* Parses hex digits (optional 0x prefix; spaces, ':' and '-' ignored).
 * Returns 0 and a malloc'ed buffer, or -1 on a bad digit or odd count. */
int parse_hex(const char *s, unsigned char **out, size_t *out_len);

/* ---- globals.c --------------------------------------------------------- */

/* Sets the global VAR of a .data/.rodata/.bss-like section to VALUE in the
 * map's initial image, before load. VALUE is decimal or 0x hex, may be
 * negative, or "@pid" for this process's pid. Returns 0, or prints a message
 * to *err and returns -1. */
int set_global(struct bpf_object *obj, const char *var, const char *value, struct sbuf *err);

/* Whether the object's BTF has a global variable called NAME. */
bool has_global(struct bpf_object *obj, const char *name);

/* Appends a readable rendering of the value of BTF type TYPE_ID at DATA
 * (SIZE bytes available): integers decimal, arrays space-separated (JSON:
 * numbers and arrays), anything else as hex bytes (JSON: hex string). */
void format_value(const struct btf *btf, uint32_t type_id, const void *data, size_t size,
		  bool json, struct sbuf *out);

/* Reads every global variable of the loaded object's internal maps and
 * appends one text line per variable to TEXT ("global SEC NAME = VALUE")
 * and one JSON object per variable to JSON (comma-separated). Returns the
 * number of sections that could not be read (messages appended to ERR). */
int dump_globals(struct bpf_object *obj, struct sbuf *text, struct sbuf *json, struct sbuf *err);

#endif
