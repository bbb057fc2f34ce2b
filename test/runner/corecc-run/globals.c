// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* Global variables of a BPF object, found through its BTF DATASECs.
 *
 * libbpf turns .data, .rodata, .bss, .kconfig and the custom .data.* and
 * .rodata.* sections into single-entry array maps ("internal maps"). The
 * object's BTF describes each of those sections as a DATASEC whose entries
 * name a VAR (and its type) with an offset and size inside the map value.
 * That is all we need to write a variable before load (--set) and to decode
 * all of them after the runs (--dump-globals).
 */
#include "corecc-run.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>

/* Sections whose variables we show and may set. */
static bool is_global_section(const char *name)
{
	return !strcmp(name, ".bss") || !strcmp(name, ".data") || !strcmp(name, ".rodata") ||
	       !strcmp(name, ".kconfig") || !strncmp(name, ".data.", 6) ||
	       !strncmp(name, ".rodata.", 8) || !strncmp(name, ".bss.", 5);
}

/* Skips typedefs and modifiers (const, volatile, restrict, type tags). */
static const struct btf_type *skip_mods(const struct btf *btf, uint32_t id, uint32_t *res_id)
{
	const struct btf_type *t = btf__type_by_id(btf, id);
	while (t && (btf_is_typedef(t) || btf_is_mod(t))) {
		id = t->type;
		t = btf__type_by_id(btf, id);
	}
	if (res_id)
		*res_id = id;
	return t;
}

static const char *type_name_of(const struct btf *btf, const struct btf_type *t)
{
	const char *n = btf__name_by_offset(btf, t->name_off);
	return n && *n ? n : NULL;
}

/* A C-like spelling of a type, for the JSON "type" field. */
static void type_name(const struct btf *btf, uint32_t id, struct sbuf *out, int depth)
{
	const struct btf_type *t = id ? btf__type_by_id(btf, id) : NULL;
	if (!t) {
		sb_puts(out, "void");
		return;
	}
	if (depth > 16) {
		sb_puts(out, "...");
		return;
	}
	const char *n = type_name_of(btf, t);
	switch (btf_kind(t)) {
	case BTF_KIND_INT:
	case BTF_KIND_FLOAT:
	case BTF_KIND_TYPEDEF:
		sb_puts(out, n ? n : "?");
		break;
	case BTF_KIND_STRUCT:
		sb_printf(out, "struct %s", n ? n : "<anon>");
		break;
	case BTF_KIND_UNION:
		sb_printf(out, "union %s", n ? n : "<anon>");
		break;
	case BTF_KIND_ENUM:
	case BTF_KIND_ENUM64:
		sb_printf(out, "enum %s", n ? n : "<anon>");
		break;
	case BTF_KIND_FWD:
		sb_printf(out, "%s %s", btf_kflag(t) ? "union" : "struct", n ? n : "?");
		break;
	case BTF_KIND_CONST:
		sb_puts(out, "const ");
		type_name(btf, t->type, out, depth + 1);
		break;
	case BTF_KIND_VOLATILE:
		sb_puts(out, "volatile ");
		type_name(btf, t->type, out, depth + 1);
		break;
	case BTF_KIND_RESTRICT:
	case BTF_KIND_TYPE_TAG:
		type_name(btf, t->type, out, depth + 1);
		break;
	case BTF_KIND_PTR:
		type_name(btf, t->type, out, depth + 1);
		sb_puts(out, " *");
		break;
	case BTF_KIND_ARRAY: {
		/* Multi-dimensional arrays nest: int[2][3] is ARRAY(2) of
		 * ARRAY(3) of int; print the innermost element type first. */
		uint32_t dims[16];
		int nd = 0;
		while (t && btf_is_array(t) && nd < 16) {
			dims[nd++] = btf_array(t)->nelems;
			id = btf_array(t)->type;
			t = btf__type_by_id(btf, id);
		}
		type_name(btf, id, out, depth + 1);
		for (int i = 0; i < nd; i++)
			sb_printf(out, "[%u]", dims[i]);
		break;
	}
	case BTF_KIND_FUNC_PROTO:
		sb_puts(out, "func");
		break;
	default:
		sb_puts(out, "?");
	}
}

static uint64_t load_uint(const void *p, size_t size)
{
	switch (size) {
	case 1: { uint8_t v; memcpy(&v, p, 1); return v; }
	case 2: { uint16_t v; memcpy(&v, p, 2); return v; }
	case 4: { uint32_t v; memcpy(&v, p, 4); return v; }
	default: { uint64_t v; memcpy(&v, p, 8); return v; }
	}
}

static void store_uint(void *p, size_t size, uint64_t v)
{
	switch (size) {
	case 1: { uint8_t x = (uint8_t)v; memcpy(p, &x, 1); break; }
	case 2: { uint16_t x = (uint16_t)v; memcpy(p, &x, 2); break; }
	case 4: { uint32_t x = (uint32_t)v; memcpy(p, &x, 4); break; }
	default: memcpy(p, &v, 8);
	}
}

static int64_t sign_extend(uint64_t v, unsigned bits)
{
	if (bits >= 64)
		return (int64_t)v;
	uint64_t m = 1ull << (bits - 1);
	v &= (1ull << bits) - 1;
	return (int64_t)((v ^ m) - m);
}

static void put_hex(const void *data, size_t size, bool json, struct sbuf *out)
{
	if (json) {
		sb_putc(out, '"');
		sb_hex(out, data, size);
		sb_putc(out, '"');
	} else {
		sb_hex(out, data, size);
	}
}

static void format_rec(const struct btf *btf, uint32_t type_id, const unsigned char *data,
		       size_t size, bool json, struct sbuf *out, int depth)
{
	uint32_t id;
	const struct btf_type *t = skip_mods(btf, type_id, &id);
	int64_t tsz = t ? btf__resolve_size(btf, id) : -1;
	if (!t || tsz < 0 || (size_t)tsz > size || depth > 16) {
		put_hex(data, size, json, out);
		return;
	}
	if (btf_is_int(t) || btf_is_any_enum(t)) {
		size_t sz = t->size;
		if (sz != 1 && sz != 2 && sz != 4 && sz != 8) {
			put_hex(data, sz, json, out);
			return;
		}
		uint64_t v = load_uint(data, sz);
		unsigned bits = (unsigned)sz * 8;
		bool is_signed;
		if (btf_is_int(t)) {
			unsigned off = btf_int_offset(t);
			bits = btf_int_bits(t);
			if (bits == 0 || off + bits > sz * 8) {
				put_hex(data, sz, json, out);
				return;
			}
			v >>= off;
			if (bits < 64)
				v &= (1ull << bits) - 1;
			is_signed = btf_int_encoding(t) & BTF_INT_SIGNED;
		} else {
			/* Enums carry signedness in kflag since BTF gained
			 * ENUM64; older encoders leave it clear. */
			is_signed = btf_kflag(t);
		}
		if (is_signed)
			sb_printf(out, "%" PRId64, sign_extend(v, bits));
		else
			sb_printf(out, "%" PRIu64, v);
		return;
	}
	if (btf_is_array(t)) {
		const struct btf_array *a = btf_array(t);
		int64_t esz = btf__resolve_size(btf, a->type);
		if (esz <= 0) {
			put_hex(data, (size_t)tsz, json, out);
			return;
		}
		sb_puts(out, json ? "[" : "");
		for (uint32_t i = 0; i < a->nelems; i++) {
			if (i)
				sb_puts(out, json ? "," : " ");
			format_rec(btf, a->type, data + (size_t)esz * i, (size_t)esz, json, out,
				   depth + 1);
		}
		sb_puts(out, json ? "]" : "");
		return;
	}
	put_hex(data, (size_t)tsz, json, out);
}

void format_value(const struct btf *btf, uint32_t type_id, const void *data, size_t size,
		  bool json, struct sbuf *out)
{
	format_rec(btf, type_id, data, size, json, out, 0);
}

/* Finds global VAR: its DATASEC name, offset, size and type. */
struct var_loc {
	const char *sec;
	uint32_t offset, size, type_id;
};

static int find_var(const struct btf *btf, const char *var, struct var_loc *loc)
{
	uint32_t n = btf__type_cnt(btf);
	for (uint32_t id = 1; id < n; id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);
		if (!btf_is_datasec(t))
			continue;
		const char *sec = btf__name_by_offset(btf, t->name_off);
		if (!sec || !is_global_section(sec))
			continue;
		const struct btf_var_secinfo *vi = btf_var_secinfos(t);
		for (uint32_t i = 0; i < btf_vlen(t); i++) {
			const struct btf_type *vt = btf__type_by_id(btf, vi[i].type);
			if (!vt || !btf_is_var(vt))
				continue;
			const char *vn = btf__name_by_offset(btf, vt->name_off);
			if (vn && !strcmp(vn, var)) {
				loc->sec = sec;
				loc->offset = vi[i].offset;
				loc->size = vi[i].size;
				loc->type_id = vt->type;
				return 0;
			}
		}
	}
	return -1;
}

bool has_global(struct bpf_object *obj, const char *name)
{
	struct btf *btf = bpf_object__btf(obj);
	struct var_loc loc;
	return btf && find_var(btf, name, &loc) == 0;
}

int set_global(struct bpf_object *obj, const char *var, const char *value, struct sbuf *err)
{
	struct btf *btf = bpf_object__btf(obj);
	struct var_loc loc;
	if (!btf || find_var(btf, var, &loc)) {
		sb_printf(err, "--set: the object has no global variable '%s'", var);
		return -1;
	}
	if (!strcmp(loc.sec, ".kconfig")) {
		sb_printf(err, "--set: '%s' is a Kconfig extern; use --kconfig", var);
		return -1;
	}
	uint32_t id;
	const struct btf_type *t = skip_mods(btf, loc.type_id, &id);
	if (t && btf_is_int(t)) {
		if (btf_int_offset(t) || btf_int_bits(t) != t->size * 8) {
			sb_printf(err, "--set: '%s' is a bit-field integer", var);
			return -1;
		}
	} else if (t && btf_is_any_enum(t)) {
		/* any size the enum has; checked below */
	} else if (!t || !btf_is_ptr(t)) {
		struct sbuf tn = {0};
		type_name(btf, loc.type_id, &tn, 0);
		sb_printf(err, "--set: '%s' has type '%s'; only integers, enums and pointers can be set",
			  var, sb_str(&tn));
		sb_free(&tn);
		return -1;
	}
	/* For a PTR the size/type union holds the pointee, not a size. */
	size_t sz = btf_is_ptr(t) ? btf__pointer_size(btf) : t->size;
	if ((sz != 1 && sz != 2 && sz != 4 && sz != 8) || sz > loc.size) {
		sb_printf(err, "--set: '%s' is %zu bytes; only 1, 2, 4 or 8 byte integers can be set",
			  var, sz);
		return -1;
	}

	/* Parse: "@pid", or decimal / 0x hex, optionally negative. A value
	 * must fit the variable as a signed or as an unsigned integer. */
	uint64_t v;
	bool neg = false;
	if (!strcmp(value, "@pid")) {
		v = (uint64_t)getpid();
	} else {
		const char *s = value;
		if (*s == '-' || *s == '+') {
			neg = *s == '-';
			s++;
		}
		int base = 10;
		if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
			base = 16;
			s += 2;
		}
		char *end;
		errno = 0;
		if (!*s || *s == '-' || *s == '+') {
			sb_printf(err, "--set %s: '%s' is not a decimal or 0x hex integer", var, value);
			return -1;
		}
		v = strtoull(s, &end, base);
		if (*end || errno == ERANGE) {
			sb_printf(err, "--set %s: '%s' is not a decimal or 0x hex integer%s", var, value,
				  errno == ERANGE ? " of at most 64 bits" : "");
			return -1;
		}
		if (neg) {
			if (v > (1ull << 63)) {
				sb_printf(err, "--set %s: %s is out of range", var, value);
				return -1;
			}
			v = (uint64_t)0 - v;
		}
	}
	unsigned bits = (unsigned)sz * 8;
	if (bits < 64) {
		/* Accept [-2^(bits-1), 2^bits - 1]. */
		int64_t sv = (int64_t)v;
		bool ok = neg ? sv >= -(int64_t)(1ull << (bits - 1)) : v <= (1ull << bits) - 1;
		if (!ok) {
			sb_printf(err, "--set %s: %s does not fit in %u bytes", var, value, (unsigned)sz);
			return -1;
		}
	}

	struct bpf_map *map = bpf_object__find_map_by_name(obj, loc.sec);
	size_t msz = 0;
	const void *init = map ? bpf_map__initial_value(map, &msz) : NULL;
	if (!init || loc.offset + sz > msz) {
		sb_printf(err, "--set %s: section %s has no initial value image", var, loc.sec);
		return -1;
	}
	unsigned char *img = malloc(msz);
	if (!img) {
		sb_puts(err, "out of memory");
		return -1;
	}
	memcpy(img, init, msz);
	store_uint(img + loc.offset, sz, v);
	int e = bpf_map__set_initial_value(map, img, msz);
	free(img);
	if (e) {
		sb_printf(err, "--set %s: cannot set the initial value of %s: %s", var, loc.sec,
			  strerror(-e));
		return -1;
	}
	return 0;
}

struct var_ent {
	uint32_t offset, size, var_id;
	const char *name;
};

/* Variables by name, then offset: the order does not depend on the
 * compiler's layout or type order, so outputs of two compilers compare. */
static int cmp_var_ent(const void *a, const void *b)
{
	const struct var_ent *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	if (c)
		return c;
	if (x->offset != y->offset)
		return x->offset < y->offset ? -1 : 1;
	return x->var_id < y->var_id ? -1 : x->var_id > y->var_id;
}

struct sec_ent {
	uint32_t id;
	const char *name;
};

static int cmp_sec_ent(const void *a, const void *b)
{
	const struct sec_ent *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	return c ? c : (x->id < y->id ? -1 : x->id > y->id);
}

int dump_globals(struct bpf_object *obj, struct sbuf *text, struct sbuf *json, struct sbuf *err)
{
	struct btf *btf = bpf_object__btf(obj);
	int failures = 0;
	if (!btf)
		return 0;
	/* Sections in name order (.bss, .data, .data.*, .kconfig, .rodata...). */
	uint32_t n = btf__type_cnt(btf), nsec = 0;
	struct sec_ent *secs = calloc(n, sizeof(*secs));
	if (!secs)
		return 1;
	for (uint32_t id = 1; id < n; id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);
		if (!btf_is_datasec(t))
			continue;
		const char *sec = btf__name_by_offset(btf, t->name_off);
		if (sec && is_global_section(sec))
			secs[nsec++] = (struct sec_ent){id, sec};
	}
	qsort(secs, nsec, sizeof(*secs), cmp_sec_ent);
	for (uint32_t si = 0; si < nsec; si++) {
		const struct btf_type *t = btf__type_by_id(btf, secs[si].id);
		const char *sec = secs[si].name;
		struct bpf_map *map = bpf_object__find_map_by_name(obj, sec);
		int fd = map ? bpf_map__fd(map) : -1;
		if (fd < 0) {
			sb_printf(err, "%s: no map for section %s\n", "dump-globals", sec);
			failures++;
			continue;
		}
		size_t vsz = bpf_map__value_size(map);
		unsigned char *val = calloc(1, vsz ? vsz : 1);
		uint32_t key = 0;
		if (!val || bpf_map_lookup_elem(fd, &key, val)) {
			sb_printf(err, "dump-globals: cannot read map of %s: %s\n", sec, strerror(errno));
			free(val);
			failures++;
			continue;
		}
		uint32_t vlen = btf_vlen(t);
		struct var_ent *ents = calloc(vlen ? vlen : 1, sizeof(*ents));
		const struct btf_var_secinfo *vi = btf_var_secinfos(t);
		uint32_t ne = 0;
		for (uint32_t i = 0; i < vlen; i++) {
			const struct btf_type *vt = btf__type_by_id(btf, vi[i].type);
			if (!vt || !btf_is_var(vt))
				continue;
			const char *vn = btf__name_by_offset(btf, vt->name_off);
			ents[ne++] = (struct var_ent){vi[i].offset, vi[i].size, vi[i].type,
						      vn ? vn : ""};
		}
		qsort(ents, ne, sizeof(*ents), cmp_var_ent);
		for (uint32_t i = 0; i < ne; i++) {
			const struct btf_type *vt = btf__type_by_id(btf, ents[i].var_id);
			const char *vn = btf__name_by_offset(btf, vt->name_off);
			const unsigned char *p = val + ents[i].offset;
			bool in_range = (size_t)ents[i].offset + ents[i].size <= vsz;
			if (text) {
				sb_printf(text, "global %s %s = ", sec, vn);
				if (in_range)
					format_value(btf, vt->type, p, ents[i].size, false, text);
				else
					sb_puts(text, "<outside the map value>");
				sb_putc(text, '\n');
			}
			if (json) {
				sb_sep(json);
				sb_puts(json, "{\"section\":");
				sb_json_str(json, sec);
				sb_puts(json, ",\"name\":");
				sb_json_str(json, vn);
				sb_printf(json, ",\"offset\":%u,\"size\":%u,\"type\":", ents[i].offset,
					  ents[i].size);
				struct sbuf tn = {0};
				type_name(btf, vt->type, &tn, 0);
				sb_json_str(json, sb_str(&tn));
				sb_free(&tn);
				sb_puts(json, ",\"value\":");
				if (in_range)
					format_value(btf, vt->type, p, ents[i].size, true, json);
				else
					sb_puts(json, "null");
				sb_puts(json, ",\"hex\":");
				if (in_range) {
					sb_putc(json, '"');
					sb_hex(json, p, ents[i].size);
					sb_putc(json, '"');
				} else {
					sb_puts(json, "null");
				}
				sb_putc(json, '}');
			}
		}
		free(ents);
		free(val);
	}
	free(secs);
	return failures;
}
