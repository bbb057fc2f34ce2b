// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* Growable strings, hex and JSON helpers for corecc-run. */
#include "corecc-run.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void oom(void)
{
	fputs("corecc-run: out of memory\n", stderr);
	exit(EXIT_FAIL);
}

void sb_reserve(struct sbuf *sb, size_t extra)
{
	size_t need = sb->len + extra + 1;
	if (need <= sb->cap)
		return;
	size_t cap = sb->cap ? sb->cap : 64;
	while (cap < need)
		cap *= 2;
	char *p = realloc(sb->p, cap);
	if (!p)
		oom();
	sb->p = p;
	sb->cap = cap;
}

void sb_putn(struct sbuf *sb, const char *s, size_t n)
{
	sb_reserve(sb, n);
	memcpy(sb->p + sb->len, s, n);
	sb->len += n;
	sb->p[sb->len] = '\0';
}

void sb_putc(struct sbuf *sb, char c) { sb_putn(sb, &c, 1); }

void sb_puts(struct sbuf *sb, const char *s) { sb_putn(sb, s, strlen(s)); }

void sb_vprintf(struct sbuf *sb, const char *fmt, va_list ap)
{
	va_list aq;
	va_copy(aq, ap);
	int n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0)
		return;
	sb_reserve(sb, (size_t)n);
	vsnprintf(sb->p + sb->len, (size_t)n + 1, fmt, ap);
	sb->len += (size_t)n;
}

void sb_printf(struct sbuf *sb, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sb_vprintf(sb, fmt, ap);
	va_end(ap);
}

void sb_hex(struct sbuf *sb, const void *data, size_t n)
{
	static const char digits[] = "0123456789abcdef";
	const unsigned char *d = data;
	sb_reserve(sb, 2 * n);
	for (size_t i = 0; i < n; i++) {
		sb->p[sb->len++] = digits[d[i] >> 4];
		sb->p[sb->len++] = digits[d[i] & 15];
	}
	sb->p[sb->len] = '\0';
}

void sb_json_strn(struct sbuf *sb, const char *s, size_t n)
{
	if (!s) {
		sb_puts(sb, "null");
		return;
	}
	sb_putc(sb, '"');
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '"': sb_puts(sb, "\\\""); break;
		case '\\': sb_puts(sb, "\\\\"); break;
		case '\n': sb_puts(sb, "\\n"); break;
		case '\r': sb_puts(sb, "\\r"); break;
		case '\t': sb_puts(sb, "\\t"); break;
		default:
			/* Control bytes and anything that is not 7-bit are escaped
			 * as code points so the output is valid JSON whatever the
			 * verifier or libbpf printed. */
			if (c < 0x20 || c >= 0x7f)
				sb_printf(sb, "\\u%04x", c);
			else
				sb_putc(sb, (char)c);
		}
	}
	sb_putc(sb, '"');
}

void sb_json_str(struct sbuf *sb, const char *s) { sb_json_strn(sb, s, s ? strlen(s) : 0); }

void sb_sep(struct sbuf *sb)
{
	if (sb->len)
		sb_putc(sb, ',');
}

const char *sb_str(struct sbuf *sb) { return sb->p ? sb->p : ""; }

void sb_clear(struct sbuf *sb)
{
	sb->len = 0;
	if (sb->p)
		sb->p[0] = '\0';
}

void sb_free(struct sbuf *sb)
{
	free(sb->p);
	sb->p = NULL;
	sb->len = sb->cap = 0;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

int parse_hex(const char *s, unsigned char **out, size_t *out_len)
{
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
		s += 2;
	size_t n = strlen(s);
	unsigned char *buf = malloc(n / 2 + 1);
	if (!buf)
		oom();
	size_t len = 0;
	int hi = -1;
	for (; *s; s++) {
		if (isspace((unsigned char)*s) || *s == ':' || *s == '-')
			continue;
		int v = hexval((unsigned char)*s);
		if (v < 0) {
			free(buf);
			return -1;
		}
		if (hi < 0) {
			hi = v;
		} else {
			buf[len++] = (unsigned char)(hi << 4 | v);
			hi = -1;
		}
	}
	if (hi >= 0) {
		free(buf);
		return -1;
	}
	*out = buf;
	*out_len = len;
	return 0;
}
