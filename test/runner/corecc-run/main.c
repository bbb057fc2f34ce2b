// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* corecc-run: load BPF objects with libbpf, run their programs with
 * BPF_PROG_TEST_RUN, and print what happened in a FileCheck-friendly (or
 * JSON) form. Used by corecc's kernel lit tests, the benchmark and the qemu
 * kernel matrix. See --help and docs/testing-loader.md.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "corecc-run.h"

#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <linux/bpf.h>

#ifndef ENOTSUPP
#define ENOTSUPP 524 /* kernel-internal "operation not supported" */
#endif

#define DEFAULT_LOG_SIZE (16u << 20)
#define RAW_TP_CTX_SIZE (12 * 8) /* MAX_BPF_FUNC_ARGS u64 arguments */
#define DATA_OUT_SLACK (64u << 10)

static const char usage_text[] =
	"usage: corecc-run --probe\n"
	"       corecc-run OBJ [options]\n"
	"\n"
	"Opens the BPF object OBJ with libbpf, applies CO-RE relocations, loads it\n"
	"into the running kernel and prints one line per program:\n"
	"  prog NAME section=SEC type=TYPE loaded insns=N verified_insns=M\n"
	"  prog NAME section=SEC type=TYPE FAILED: <error>: <verifier/libbpf message>\n"
	"  prog NAME section=SEC type=TYPE skipped\n"
	"insns is the instruction count after CO-RE relocation (as loaded),\n"
	"verified_insns the kernel's count of processed instructions ('?' if the\n"
	"kernel does not report it). When the object fails to load, every selected\n"
	"program is loaded on its own to say which ones fail.\n"
	"\n"
	"Loading:\n"
	"  --probe             exit 0 if this process can load BPF programs, else\n"
	"                      print why and exit 1\n"
	"  --btf PATH          CO-RE target BTF instead of the running kernel's\n"
	"                      (libbpf btf_custom_path)\n"
	"  --no-load           do everything libbpf does before loading programs\n"
	"                      (maps, BTF, CO-RE relocation; -v logs each\n"
	"                      relocation) but load no program: prints\n"
	"                      'prog NAME section=SEC type=TYPE prepared insns=N'\n"
	"                      or 'prepare FAILED: <libbpf message>'\n"
	"  --kconfig TEXT      extra Kconfig lines for CONFIG_* externs, e.g.\n"
	"                      'CONFIG_HZ=250' (repeatable)\n"
	"  --set VAR=VALUE     set global VAR (.rodata/.data/.bss, 1/2/4/8-byte\n"
	"                      integer, enum or pointer) before load; VALUE is\n"
	"                      decimal or 0x hex, may be negative, or @pid\n"
	"  --prog NAME         load only the named programs (repeatable); others\n"
	"                      are 'skipped'. Programs named by --run, --trigger\n"
	"                      or --dump-xlated are always loaded\n"
	"  --log-level N       verifier log level (1 verbose, 2 more, 4 stats;\n"
	"                      OR-able); the log is printed to stderr. Without it\n"
	"                      the log is requested only when a load fails\n"
	"  --log-size BYTES    verifier log buffer per program (default 16 MiB)\n"
	"\n"
	"Running (BPF_PROG_TEST_RUN):\n"
	"  --run NAME          run program NAME (repeatable, in order)\n"
	"  --run-all           run every loaded program, in object order\n"
	"  --data HEX          input packet (default for skb/xdp types: 64-byte\n"
	"                      Ethernet/IPv4/UDP packet 10.0.0.1:1234 -> 10.0.0.2:5678,\n"
	"                      zero MACs and payload)\n"
	"  --data-file FILE    input packet from a file\n"
	"  --ctx HEX, --ctx-file FILE\n"
	"                      context (struct __sk_buff, xdp_md, raw_tp args, ...);\n"
	"                      raw_tracepoint programs default to 96 zero bytes\n"
	"  --repeat N          run N times (reports the average duration_ns)\n"
	"  --expect-retval V   fail (exit 1) if any run returns another value\n"
	"  The inputs are one set per invocation and apply to every run.\n"
	"  Each run prints\n"
	"    run NAME retval=<signed decimal> (0x<hex>) [duration_ns=D]\n"
	"        [data_out=<hex>] [ctx_out=<hex>]\n"
	"  data_out/ctx_out only when they differ from the input; program types\n"
	"  the kernel cannot test-run print 'run NAME unsupported: <reason>'\n"
	"  (not an error).\n"
	"  --trigger NAME, --trigger-tp NAME\n"
	"                      attach a kprobe/tracepoint/raw_tp/fentry/fexit/tp_btf\n"
	"                      program, call getpid() (--repeat times), detach:\n"
	"                      'trigger NAME ok'\n"
	"\n"
	"Inspecting (after the runs):\n"
	"  --dump-globals      print every variable of .bss/.data/.rodata/.kconfig\n"
	"                      and .data.*/.rodata.* as 'global SEC NAME = VALUE'\n"
	"                      (integers decimal, arrays space-separated, other\n"
	"                      types hex bytes)\n"
	"  --dump-map NAME     print 'map NAME type=T entries=N' then\n"
	"                      'map NAME key=<hex> value=<hex>' sorted by key\n"
	"                      (hash/array/LRU/LPM maps; per-CPU values are\n"
	"                      comma-separated, one per possible CPU)\n"
	"  --dump-xlated NAME  print what the kernel kept of program NAME's\n"
	"                      func_info and line_info (so libbpf and the verifier\n"
	"                      accepted them), at offsets of the xlated program:\n"
	"                        xlated NAME insns=N func_info=F line_info=L\n"
	"                        xlated NAME func insn=I 'FUNC'\n"
	"                        xlated NAME line insn=I FILE:LINE:COL 'TEXT'\n"
	"                      (repeatable)\n"
	"\n"
	"Output:\n"
	"  --json              print one JSON object instead of lines\n"
	"  -v, --verbose       libbpf debug output on stderr (CO-RE relocation lines)\n"
	"  -q, --quiet         no libbpf warnings or verifier logs on stderr\n"
	"  -h, --help          this text\n"
	"\n"
	"Exit status: 0 success, 1 open/load/run failure or failed expectation,\n"
	"2 usage error (bad option, or a NAME/VAR that the object does not have).\n";

/* ---- options ----------------------------------------------------------- */

struct strlist {
	char **v;
	int n;
};

static void sl_add(struct strlist *l, char *s)
{
	char **v = realloc(l->v, sizeof(*v) * (size_t)(l->n + 1));
	if (!v) {
		fputs("corecc-run: out of memory\n", stderr);
		exit(EXIT_FAIL);
	}
	l->v = v;
	l->v[l->n++] = s;
}

static bool sl_has(const struct strlist *l, const char *s)
{
	for (int i = 0; i < l->n; i++)
		if (!strcmp(l->v[i], s))
			return true;
	return false;
}

static struct options {
	const char *obj_path;
	const char *btf_path;
	struct sbuf kconfig;
	struct strlist set_vars, set_values;
	struct strlist progs, runs, triggers, maps, xlated;
	bool probe, run_all, dump_globals, json, verbose, quiet, no_load;
	unsigned log_level;
	size_t log_size;
	unsigned char *data, *ctx;
	size_t data_len, ctx_len;
	bool have_data, have_ctx;
	int repeat;
	bool have_expect;
	int64_t expect_retval;
} opt = {.log_size = DEFAULT_LOG_SIZE, .repeat = 1};

/* ---- results ----------------------------------------------------------- */

/* JSON array bodies, filled as results come in; printed at the end. */
static struct sbuf j_programs, j_runs, j_triggers, j_globals, j_maps, j_xlated, j_errors;
static int status = EXIT_OK;

static void fail(void)
{
	if (status == EXIT_OK)
		status = EXIT_FAIL;
}

static void usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void usage_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("corecc-run: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputs("\n(see corecc-run --help)\n", stderr);
	va_end(ap);
	exit(EXIT_USAGE);
}

/* An error of ours: stderr, and the JSON "errors" list. */
static void error_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void error_msg(const char *fmt, ...)
{
	struct sbuf m = {0};
	va_list ap;
	va_start(ap, fmt);
	sb_vprintf(&m, fmt, ap);
	va_end(ap);
	fflush(stdout);
	fprintf(stderr, "corecc-run: %s\n", sb_str(&m));
	sb_sep(&j_errors);
	sb_json_str(&j_errors, sb_str(&m));
	sb_free(&m);
}

static const char *err_text(int err, char *buf, size_t len)
{
	if (err < 0)
		err = -err;
	if (err == ENOTSUPP)
		return "operation not supported (ENOTSUPP)";
	libbpf_strerror(err, buf, len);
	return buf;
}

/* ---- libbpf messages --------------------------------------------------- */

/* Warnings of the current load attempt: the first one usually names the
 * cause when there is no verifier log (CO-RE, BTF, map errors). */
static struct sbuf attempt_warnings;
/* While loading programs one by one after a failed load, only -v shows
 * libbpf's (repeated) messages. */
static bool isolating;

/* --no-load stops libbpf after relocation by leaving the programs without a
 * type; the warnings that follow are ours, not the object's. */
static bool stopped_before_load;

static int print_fn(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	struct sbuf line = {0};
	sb_vprintf(&line, fmt, ap);
	if (opt.no_load && level == LIBBPF_WARN &&
	    (strstr(sb_str(&line), "missing BPF prog type") || stopped_before_load)) {
		stopped_before_load = true;
		if (opt.verbose) {
			fflush(stdout);
			fputs(sb_str(&line), stderr);
		}
		sb_free(&line);
		return 0;
	}
	if (level == LIBBPF_WARN) {
		sb_puts(&attempt_warnings, sb_str(&line));
		if (!isolating) {
			size_t n = line.len;
			while (n && line.p[n - 1] == '\n')
				n--;
			sb_sep(&j_errors);
			sb_json_strn(&j_errors, line.p, n);
		}
	}
	if (opt.verbose || (level == LIBBPF_WARN && !opt.quiet && !isolating)) {
		fflush(stdout);
		fputs(sb_str(&line), stderr);
	}
	sb_free(&line);
	return 0;
}

/* ---- helpers ----------------------------------------------------------- */

static int read_file(const char *path, unsigned char **out, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -errno;
	struct sbuf sb = {0};
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		sb_putn(&sb, buf, n);
	int err = ferror(f) ? -EIO : 0;
	fclose(f);
	if (err) {
		sb_free(&sb);
		return err;
	}
	if (!sb.p)
		sb_reserve(&sb, 1);
	*out = (unsigned char *)sb.p;
	*len = sb.len;
	return 0;
}

static bool parse_int64(const char *s, int64_t *v)
{
	bool neg = false;
	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	int base = 10;
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		s += 2;
	}
	if (!*s || *s == '-' || *s == '+')
		return false;
	char *end;
	errno = 0;
	unsigned long long u = strtoull(s, &end, base);
	if (*end || errno)
		return false;
	if (neg && u > (1ull << 63))
		return false;
	*v = neg ? (int64_t)(0 - u) : (int64_t)u;
	return true;
}

static const char *prog_type_str(enum bpf_prog_type t, char *buf, size_t len)
{
	const char *s = libbpf_bpf_prog_type_str(t);
	if (s)
		return s;
	snprintf(buf, len, "unknown(%d)", (int)t);
	return buf;
}

static const char *map_type_str(enum bpf_map_type t, char *buf, size_t len)
{
	const char *s = libbpf_bpf_map_type_str(t);
	if (s)
		return s;
	snprintf(buf, len, "unknown(%d)", (int)t);
	return buf;
}

/* The default packet: Ethernet (zero MACs, type IPv4), IPv4 10.0.0.1 ->
 * 10.0.0.2 UDP, ttl 64, valid header checksum, UDP 1234 -> 5678, payload of
 * zeros; 64 bytes in all. */
static void default_packet(unsigned char pkt[64])
{
	memset(pkt, 0, 64);
	pkt[12] = 0x08; /* ETH_P_IP */
	pkt[13] = 0x00;
	unsigned char *ip = pkt + 14;
	ip[0] = 0x45;
	ip[3] = 64 - 14; /* tot_len */
	ip[8] = 64;      /* ttl */
	ip[9] = 17;      /* UDP */
	ip[12] = 10, ip[15] = 1;
	ip[16] = 10, ip[19] = 2;
	uint32_t sum = 0;
	for (int i = 0; i < 20; i += 2)
		sum += (uint32_t)(ip[i] << 8 | ip[i + 1]);
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	sum = ~sum & 0xffff;
	ip[10] = (unsigned char)(sum >> 8);
	ip[11] = (unsigned char)sum;
	unsigned char *udp = ip + 20;
	udp[0] = 1234 >> 8, udp[1] = 1234 & 0xff;
	udp[2] = 5678 >> 8, udp[3] = 5678 & 0xff;
	udp[5] = 64 - 14 - 20; /* len */
}

/* ---- programs ---------------------------------------------------------- */

enum prog_state { P_SKIPPED, P_LOADED, P_FAILED, P_PREPARED };

struct progrec {
	char *name, *section;
	enum bpf_prog_type type;
	enum bpf_attach_type attach;
	bool selected;
	enum prog_state state;
	size_t insns;
	int64_t verified; /* -1: unknown */
	int err;
	char *reason; /* FAILED: text */
	char *log;    /* verifier log, if any */
	char *logbuf; /* buffer handed to libbpf */
};

static struct progrec *progs;
static int nprogs;

static struct progrec *find_rec(const char *name)
{
	for (int i = 0; i < nprogs; i++)
		if (!strcmp(progs[i].name, name))
			return &progs[i];
	return NULL;
}

/* Opens OBJ with the command line's open options. */
static struct bpf_object *open_object(void)
{
	LIBBPF_OPTS(bpf_object_open_opts, oo, .btf_custom_path = opt.btf_path,
		    .kconfig = opt.kconfig.len ? opt.kconfig.p : NULL);
	struct bpf_object *obj = bpf_object__open_file(opt.obj_path, &oo);
	if (!obj || libbpf_get_error(obj)) {
		int err = obj ? (int)libbpf_get_error(obj) : -errno;
		char eb[128];
		error_msg("cannot open %s: %s", opt.obj_path, err_text(err, eb, sizeof(eb)));
		return NULL;
	}
	return obj;
}

/* Autoload, log buffers and --set for one load attempt. ONLY, if set,
 * is the one program to load. A --set that does not fit is a usage error. */
static void configure(struct bpf_object *obj, const char *only)
{
	struct bpf_program *p;
	bpf_object__for_each_program(p, obj)
	{
		struct progrec *r = find_rec(bpf_program__name(p));
		if (!r)
			continue;
		bool load = only ? !strcmp(r->name, only) : r->selected;
		bpf_program__set_autoload(p, load);
		r->logbuf[0] = '\0';
		bpf_program__set_log_buf(p, r->logbuf, opt.log_size);
		if (opt.log_level)
			bpf_program__set_log_level(p, opt.log_level);
	}
	for (int i = 0; i < opt.set_vars.n; i++) {
		struct sbuf err = {0};
		if (set_global(obj, opt.set_vars.v[i], opt.set_values.v[i], &err))
			usage_error("%s", sb_str(&err));
	}
}

static bool is_stats_line(const char *l, size_t n)
{
	static const char *const pfx[] = {"processed ", "verification time", "stack depth",
					  "max_states_per_insn"};
	for (size_t i = 0; i < sizeof(pfx) / sizeof(pfx[0]); i++) {
		size_t k = strlen(pfx[i]);
		if (n >= k && !strncmp(l, pfx[i], k))
			return true;
	}
	return false;
}

/* The last two lines of a verifier log that are not statistics. */
static void log_tail(const char *log, struct sbuf *out)
{
	const char *lines[2];
	size_t lens[2];
	int got = 0;
	const char *end = log + strlen(log);
	while (end > log && got < 2) {
		const char *e = end;
		while (e > log && (e[-1] == '\n' || e[-1] == ' '))
			e--;
		const char *s = e;
		while (s > log && s[-1] != '\n')
			s--;
		if (e > s && !is_stats_line(s, (size_t)(e - s))) {
			lines[got] = s;
			lens[got] = (size_t)(e - s);
			got++;
		}
		end = s;
	}
	for (int i = got - 1; i >= 0; i--) {
		sb_putn(out, lines[i], lens[i]);
		if (i)
			sb_puts(out, " | ");
	}
}

/* The libbpf warning that best explains a failure without a verifier log:
 * the first one naming the program, else the first one that is not about
 * an optional feature. */
static void warning_reason(const char *name, struct sbuf *out)
{
	const char *w = sb_str(&attempt_warnings);
	char tag[300];
	snprintf(tag, sizeof(tag), "prog '%s':", name);
	const char *pick = NULL, *fallback = NULL;
	for (const char *l = w; *l;) {
		const char *e = strchr(l, '\n');
		size_t n = e ? (size_t)(e - l) : strlen(l);
		struct sbuf line = {0};
		sb_putn(&line, l, n);
		if (!pick && strstr(line.p ? line.p : "", tag))
			pick = l;
		if (!fallback && !strstr(sb_str(&line), "ignoring") &&
		    !strstr(sb_str(&line), "optional"))
			fallback = l;
		sb_free(&line);
		if (!e)
			break;
		l = e + 1;
	}
	const char *l = pick ? pick : fallback;
	if (!l)
		return;
	size_t n = strcspn(l, "\n");
	if (n >= 8 && !strncmp(l, "libbpf: ", 8))
		l += 8, n -= 8;
	sb_putn(out, l, n);
}

static int64_t stats_processed(const char *log)
{
	const char *p = log;
	int64_t v = -1;
	while ((p = strstr(p, "processed ")) != NULL) {
		if (p == log || p[-1] == '\n') {
			unsigned long long n;
			if (sscanf(p, "processed %llu insns", &n) == 1)
				v = (int64_t)n;
		}
		p += 10;
	}
	return v;
}

/* Records the outcome of a load attempt for the programs of OBJ that were
 * loaded or were meant to be (ONLY: just that one). ERR: the load's error. */
static void record(struct bpf_object *obj, const char *only, int err)
{
	struct bpf_program *p;
	bpf_object__for_each_program(p, obj)
	{
		struct progrec *r = find_rec(bpf_program__name(p));
		if (!r || !r->selected || (only && strcmp(only, r->name)))
			continue;
		r->insns = bpf_program__insn_cnt(p);
		free(r->log);
		r->log = r->logbuf[0] ? strdup(r->logbuf) : NULL;
		int fd = bpf_program__fd(p);
		if (!err && fd >= 0) {
			r->state = P_LOADED;
			struct bpf_prog_info info;
			__u32 len = sizeof(info);
			memset(&info, 0, sizeof(info));
			r->verified = -1;
			if (!bpf_obj_get_info_by_fd(fd, &info, &len) &&
			    len >= offsetof(struct bpf_prog_info, verified_insns) +
					   sizeof(info.verified_insns) &&
			    info.verified_insns)
				r->verified = info.verified_insns;
			else if (r->log)
				r->verified = stats_processed(r->log);
			continue;
		}
		r->state = P_FAILED;
		r->err = err ? err : -EINVAL;
		struct sbuf why = {0};
		char eb[128];
		sb_puts(&why, err_text(r->err, eb, sizeof(eb)));
		if (-r->err == ENOSPC && r->log)
			sb_printf(&why, " (the verifier log did not fit in %zu bytes; raise --log-size)",
				  opt.log_size);
		struct sbuf detail = {0};
		if (r->log)
			log_tail(r->log, &detail);
		if (!detail.len)
			warning_reason(r->name, &detail);
		if (detail.len) {
			sb_puts(&why, ": ");
			sb_puts(&why, sb_str(&detail));
		}
		sb_free(&detail);
		free(r->reason);
		r->reason = strdup(sb_str(&why));
		sb_free(&why);
	}
}

static void report_programs(void)
{
	for (int i = 0; i < nprogs; i++) {
		struct progrec *r = &progs[i];
		char tb[32];
		const char *type = prog_type_str(r->type, tb, sizeof(tb));
		if (!opt.json) {
			printf("prog %s section=%s type=%s", r->name, r->section, type);
			if (r->state == P_SKIPPED)
				printf(" skipped\n");
			else if (r->state == P_LOADED && r->verified >= 0)
				printf(" loaded insns=%zu verified_insns=%" PRId64 "\n", r->insns,
				       r->verified);
			else if (r->state == P_LOADED)
				printf(" loaded insns=%zu verified_insns=?\n", r->insns);
			else if (r->state == P_PREPARED)
				printf(" prepared insns=%zu\n", r->insns);
			else
				printf(" FAILED: %s\n", r->reason);
		}
		/* The verifier log: always for failures, and for successes when
		 * asked for with --log-level. */
		if (r->log && !opt.quiet && (r->state == P_FAILED || opt.log_level)) {
			fflush(stdout);
			fprintf(stderr, "-- verifier log of prog '%s' --\n%s", r->name, r->log);
			if (r->log[0] && r->log[strlen(r->log) - 1] != '\n')
				fputc('\n', stderr);
			fprintf(stderr, "-- end of verifier log of prog '%s' --\n", r->name);
		}
		sb_sep(&j_programs);
		sb_puts(&j_programs, "{\"name\":");
		sb_json_str(&j_programs, r->name);
		sb_puts(&j_programs, ",\"section\":");
		sb_json_str(&j_programs, r->section);
		sb_puts(&j_programs, ",\"type\":");
		sb_json_str(&j_programs, type);
		sb_puts(&j_programs, ",\"status\":");
		sb_json_str(&j_programs, r->state == P_SKIPPED    ? "skipped"
					 : r->state == P_LOADED   ? "loaded"
					 : r->state == P_PREPARED ? "prepared"
								  : "failed");
		if (r->state != P_SKIPPED)
			sb_printf(&j_programs, ",\"insns\":%zu", r->insns);
		else
			sb_puts(&j_programs, ",\"insns\":null");
		if (r->state == P_LOADED && r->verified >= 0)
			sb_printf(&j_programs, ",\"verified_insns\":%" PRId64, r->verified);
		else
			sb_puts(&j_programs, ",\"verified_insns\":null");
		sb_puts(&j_programs, ",\"error\":");
		sb_json_str(&j_programs, r->state == P_FAILED ? r->reason : NULL);
		if (r->state == P_FAILED)
			sb_printf(&j_programs, ",\"errno\":%d", r->err < 0 ? -r->err : r->err);
		else
			sb_puts(&j_programs, ",\"errno\":null");
		sb_puts(&j_programs, ",\"log\":");
		sb_json_str(&j_programs, r->log);
		sb_putc(&j_programs, '}');
	}
}

/* ---- test runs --------------------------------------------------------- */

enum run_class { RC_PACKET, RC_CTX, RC_UNSUPPORTED };

static enum run_class run_class(const struct progrec *r, const char **why)
{
	switch (r->type) {
	case BPF_PROG_TYPE_SOCKET_FILTER:
	case BPF_PROG_TYPE_SCHED_CLS:
	case BPF_PROG_TYPE_SCHED_ACT:
	case BPF_PROG_TYPE_XDP:
	case BPF_PROG_TYPE_CGROUP_SKB:
	case BPF_PROG_TYPE_LWT_IN:
	case BPF_PROG_TYPE_LWT_OUT:
	case BPF_PROG_TYPE_LWT_XMIT:
	case BPF_PROG_TYPE_LWT_SEG6LOCAL:
	case BPF_PROG_TYPE_FLOW_DISSECTOR:
		return RC_PACKET;
	case BPF_PROG_TYPE_RAW_TRACEPOINT:
	case BPF_PROG_TYPE_SYSCALL:
	case BPF_PROG_TYPE_SK_LOOKUP:
		return RC_CTX;
	default:
		break;
	}
	static char buf[256];
	char tb[32];
	const char *type = prog_type_str(r->type, tb, sizeof(tb));
	switch (r->type) {
	case BPF_PROG_TYPE_KPROBE:
	case BPF_PROG_TYPE_TRACEPOINT:
	case BPF_PROG_TYPE_PERF_EVENT:
		snprintf(buf, sizeof(buf),
			 "BPF_PROG_TEST_RUN does not support %s programs; attach and "
			 "trigger them instead (--trigger)", type);
		break;
	case BPF_PROG_TYPE_TRACING:
		snprintf(buf, sizeof(buf),
			 "BPF_PROG_TEST_RUN does not run %s programs directly (it only calls "
			 "the kernel's bpf_fentry_test functions); use --trigger", type);
		break;
	default:
		snprintf(buf, sizeof(buf), "BPF_PROG_TEST_RUN does not support %s programs",
			 type);
	}
	*why = buf;
	return RC_UNSUPPORTED;
}

static void run_unsupported(const char *name, const char *why)
{
	if (!opt.json)
		printf("run %s unsupported: %s\n", name, why);
	sb_sep(&j_runs);
	sb_puts(&j_runs, "{\"name\":");
	sb_json_str(&j_runs, name);
	sb_puts(&j_runs, ",\"status\":\"unsupported\",\"error\":");
	sb_json_str(&j_runs, why);
	sb_putc(&j_runs, '}');
}

static void run_failed(const char *name, const char *status_word, const char *why)
{
	if (!opt.json)
		printf("run %s %s: %s\n", name, status_word, why);
	sb_sep(&j_runs);
	sb_puts(&j_runs, "{\"name\":");
	sb_json_str(&j_runs, name);
	sb_puts(&j_runs, ",\"status\":");
	sb_json_str(&j_runs, status_word);
	sb_puts(&j_runs, ",\"error\":");
	sb_json_str(&j_runs, why);
	sb_putc(&j_runs, '}');
}

static void do_run(struct bpf_object *obj, struct progrec *r)
{
	const char *why = NULL;
	enum run_class rc = run_class(r, &why);
	if (rc == RC_UNSUPPORTED) {
		run_unsupported(r->name, why);
		return;
	}
	struct bpf_program *p = bpf_object__find_program_by_name(obj, r->name);
	int fd = p ? bpf_program__fd(p) : -1;
	if (fd < 0) {
		run_failed(r->name, "failed", "program is not loaded");
		fail();
		return;
	}

	unsigned char pkt[64];
	const unsigned char *data = NULL;
	size_t data_len = 0;
	unsigned char *data_out = NULL, *ctx_in = NULL, *ctx_out = NULL;
	size_t ctx_len = 0;
	LIBBPF_OPTS(bpf_test_run_opts, t);

	if (rc == RC_PACKET) {
		if (opt.have_data) {
			data = opt.data;
			data_len = opt.data_len;
		} else {
			default_packet(pkt);
			data = pkt;
			data_len = sizeof(pkt);
		}
		data_out = calloc(1, data_len + DATA_OUT_SLACK);
		t.data_in = data;
		t.data_size_in = (__u32)data_len;
		t.data_out = data_out;
		t.data_size_out = (__u32)(data_len + DATA_OUT_SLACK);
		t.repeat = opt.repeat;
	} else {
		if (opt.have_data) {
			char m[256];
			snprintf(m, sizeof(m), "%s programs take no packet (--data); give --ctx",
				 libbpf_bpf_prog_type_str(r->type));
			run_failed(r->name, "failed", m);
			fail();
			return;
		}
		if (opt.repeat > 1 && !opt.quiet)
			fprintf(stderr, "corecc-run: --repeat is ignored for %s programs\n",
				libbpf_bpf_prog_type_str(r->type));
	}
	if (opt.have_ctx) {
		ctx_len = opt.ctx_len;
	} else if (r->type == BPF_PROG_TYPE_RAW_TRACEPOINT) {
		ctx_len = RAW_TP_CTX_SIZE;
	}
	if (ctx_len || opt.have_ctx) {
		ctx_in = calloc(1, ctx_len + 1);
		if (opt.have_ctx)
			memcpy(ctx_in, opt.ctx, ctx_len);
		t.ctx_in = ctx_in;
		t.ctx_size_in = (__u32)ctx_len;
		/* syscall programs write the context back into ctx_in;
		 * raw_tp and sk_lookup accept no ctx_out. */
		if (rc == RC_PACKET && opt.have_ctx) {
			ctx_out = calloc(1, ctx_len + 4096);
			t.ctx_out = ctx_out;
			t.ctx_size_out = (__u32)(ctx_len + 4096);
		}
	}

	int err = bpf_prog_test_run_opts(fd, &t);
	if (err) {
		err = errno ? -errno : err;
		char eb[128];
		const char *et = err_text(err, eb, sizeof(eb));
		if (-err == ENOTSUPP || -err == EOPNOTSUPP) {
			char m[256];
			snprintf(m, sizeof(m), "the kernel cannot test-run %s programs: %s",
				 libbpf_bpf_prog_type_str(r->type), et);
			run_unsupported(r->name, m);
		} else {
			char m[256];
			snprintf(m, sizeof(m), "BPF_PROG_TEST_RUN: %s", et);
			run_failed(r->name, "failed", m);
			fail();
		}
		free(data_out);
		free(ctx_in);
		free(ctx_out);
		return;
	}

	int32_t sret = (int32_t)t.retval;
	/* For skb programs that see the packet from L3 (all but tc), the
	 * kernel hands back the Ethernet header zeroed: not a change. */
	size_t skip = 0;
	if (r->type == BPF_PROG_TYPE_SOCKET_FILTER || r->type == BPF_PROG_TYPE_CGROUP_SKB ||
	    r->type == BPF_PROG_TYPE_LWT_IN || r->type == BPF_PROG_TYPE_LWT_OUT ||
	    r->type == BPF_PROG_TYPE_LWT_XMIT || r->type == BPF_PROG_TYPE_LWT_SEG6LOCAL)
		skip = data_len < 14 ? data_len : 14;
	bool data_changed = data_out && (t.data_size_out != data_len ||
					 memcmp(data_out + skip, data + skip, data_len - skip) != 0);
	const unsigned char *ctx_res = NULL;
	size_t ctx_res_len = 0;
	if (ctx_out) {
		ctx_res = ctx_out;
		ctx_res_len = t.ctx_size_out;
	} else if (r->type == BPF_PROG_TYPE_SYSCALL && ctx_in) {
		ctx_res = ctx_in;
		ctx_res_len = ctx_len;
	}
	bool ctx_changed = ctx_res && (ctx_res_len != ctx_len ||
				       memcmp(ctx_res, opt.have_ctx ? opt.ctx : ctx_in, ctx_len) != 0);
	if (ctx_res == ctx_in)
		ctx_changed = ctx_res && opt.have_ctx && memcmp(ctx_in, opt.ctx, ctx_len) != 0;
	bool mismatch = opt.have_expect && (uint32_t)opt.expect_retval != t.retval;

	if (!opt.json) {
		printf("run %s retval=%" PRId32 " (0x%" PRIx32 ")", r->name, sret, t.retval);
		if (opt.repeat > 1 && rc == RC_PACKET)
			printf(" duration_ns=%u", t.duration);
		if (data_changed) {
			struct sbuf h = {0};
			sb_hex(&h, data_out, t.data_size_out);
			printf(" data_out=%s", sb_str(&h));
			sb_free(&h);
		}
		if (ctx_changed) {
			struct sbuf h = {0};
			sb_hex(&h, ctx_res, ctx_res_len);
			printf(" ctx_out=%s", sb_str(&h));
			sb_free(&h);
		}
		if (mismatch)
			printf(" MISMATCH: expected %" PRId32 " (0x%" PRIx32 ")",
			       (int32_t)opt.expect_retval, (uint32_t)opt.expect_retval);
		printf("\n");
	}
	if (mismatch)
		fail();

	sb_sep(&j_runs);
	sb_puts(&j_runs, "{\"name\":");
	sb_json_str(&j_runs, r->name);
	sb_printf(&j_runs, ",\"status\":\"%s\"", mismatch ? "mismatch" : "ok");
	sb_printf(&j_runs, ",\"retval\":%" PRId32 ",\"retval_hex\":\"0x%" PRIx32 "\"", sret,
		  t.retval);
	sb_printf(&j_runs, ",\"repeat\":%d,\"duration_ns\":%u", rc == RC_PACKET ? opt.repeat : 1,
		  t.duration);
	sb_puts(&j_runs, ",\"data_out\":");
	if (data_out) {
		sb_putc(&j_runs, '"');
		sb_hex(&j_runs, data_out, t.data_size_out);
		sb_putc(&j_runs, '"');
	} else {
		sb_puts(&j_runs, "null");
	}
	sb_printf(&j_runs, ",\"data_out_changed\":%s", data_changed ? "true" : "false");
	sb_puts(&j_runs, ",\"ctx_out\":");
	if (ctx_res) {
		sb_putc(&j_runs, '"');
		sb_hex(&j_runs, ctx_res, ctx_res_len);
		sb_putc(&j_runs, '"');
	} else {
		sb_puts(&j_runs, "null");
	}
	sb_printf(&j_runs, ",\"ctx_out_changed\":%s", ctx_changed ? "true" : "false");
	if (opt.have_expect)
		sb_printf(&j_runs, ",\"expected_retval\":%" PRId32, (int32_t)opt.expect_retval);
	else
		sb_puts(&j_runs, ",\"expected_retval\":null");
	sb_puts(&j_runs, ",\"error\":null}");
	free(data_out);
	free(ctx_in);
	free(ctx_out);
}

/* ---- triggers ---------------------------------------------------------- */

static void trigger_result(const char *name, const char *st, const char *why)
{
	if (!opt.json) {
		if (why)
			printf("trigger %s %s: %s\n", name, st, why);
		else
			printf("trigger %s %s\n", name, st);
	}
	sb_sep(&j_triggers);
	sb_puts(&j_triggers, "{\"name\":");
	sb_json_str(&j_triggers, name);
	sb_puts(&j_triggers, ",\"status\":");
	sb_json_str(&j_triggers, st);
	sb_printf(&j_triggers, ",\"count\":%d,\"error\":", opt.repeat);
	sb_json_str(&j_triggers, why);
	sb_putc(&j_triggers, '}');
}

static void do_trigger(struct bpf_object *obj, struct progrec *r)
{
	/* Only program types whose attachment observes the kernel without
	 * changing what it does, and never anything on a network device. */
	bool ok = r->type == BPF_PROG_TYPE_KPROBE || r->type == BPF_PROG_TYPE_TRACEPOINT ||
		  r->type == BPF_PROG_TYPE_RAW_TRACEPOINT ||
		  (r->type == BPF_PROG_TYPE_TRACING &&
		   (r->attach == BPF_TRACE_FENTRY || r->attach == BPF_TRACE_FEXIT ||
		    r->attach == BPF_TRACE_RAW_TP));
	if (!ok) {
		trigger_result(r->name, "unsupported",
			       "only kprobe, tracepoint, raw_tp, tp_btf, fentry and fexit "
			       "programs can be triggered");
		return;
	}
	struct bpf_program *p = bpf_object__find_program_by_name(obj, r->name);
	if (!p || bpf_program__fd(p) < 0) {
		trigger_result(r->name, "FAILED", "program is not loaded");
		fail();
		return;
	}
	struct bpf_link *link = bpf_program__attach(p);
	if (!link || libbpf_get_error(link)) {
		char eb[128], m[256];
		int err = link ? (int)libbpf_get_error(link) : -errno;
		snprintf(m, sizeof(m), "attach: %s", err_text(err, eb, sizeof(eb)));
		trigger_result(r->name, "FAILED", m);
		fail();
		return;
	}
	for (int i = 0; i < opt.repeat; i++)
		syscall(SYS_getpid);
	int err = bpf_link__destroy(link);
	if (err) {
		char eb[128], m[256];
		snprintf(m, sizeof(m), "detach: %s", err_text(err, eb, sizeof(eb)));
		trigger_result(r->name, "FAILED", m);
		fail();
		return;
	}
	trigger_result(r->name, "ok", NULL);
}

/* ---- map dumps --------------------------------------------------------- */

struct entry {
	unsigned char *key;
};

static size_t sort_key_size;

static int cmp_entry(const void *a, const void *b)
{
	const unsigned char *x = ((const struct entry *)a)->key;
	const unsigned char *y = ((const struct entry *)b)->key;
	size_t n = sort_key_size;
	/* Integer-sized keys compare as host-order unsigned integers, so
	 * that 2 sorts before 256; other keys byte by byte. */
	if (n == 1 || n == 2 || n == 4 || n == 8) {
		uint64_t u = 0, v = 0;
		switch (n) {
		case 1: u = *x, v = *y; break;
		case 2: { uint16_t s, t; memcpy(&s, x, 2); memcpy(&t, y, 2); u = s, v = t; break; }
		case 4: { uint32_t s, t; memcpy(&s, x, 4); memcpy(&t, y, 4); u = s, v = t; break; }
		default: memcpy(&u, x, 8); memcpy(&v, y, 8);
		}
		return u < v ? -1 : u > v;
	}
	return memcmp(x, y, n);
}

static void dump_map(struct bpf_object *obj, const char *name)
{
	struct bpf_map *m = bpf_object__find_map_by_name(obj, name);
	int fd = m ? bpf_map__fd(m) : -1;
	char tb[32];
	enum bpf_map_type type = m ? bpf_map__type(m) : BPF_MAP_TYPE_UNSPEC;
	const char *tname = map_type_str(type, tb, sizeof(tb));
	bool percpu = false;
	switch (type) {
	case BPF_MAP_TYPE_PERCPU_HASH:
	case BPF_MAP_TYPE_PERCPU_ARRAY:
	case BPF_MAP_TYPE_LRU_PERCPU_HASH:
		percpu = true;
		break;
	case BPF_MAP_TYPE_HASH:
	case BPF_MAP_TYPE_ARRAY:
	case BPF_MAP_TYPE_LRU_HASH:
	case BPF_MAP_TYPE_LPM_TRIE:
		break;
	default:
		error_msg("--dump-map %s: cannot dump a map of type %s", name, tname);
		fail();
		return;
	}
	if (fd < 0) {
		error_msg("--dump-map %s: the map was not created", name);
		fail();
		return;
	}
	size_t ksz = bpf_map__key_size(m), vsz = bpf_map__value_size(m);
	int ncpu = 1;
	size_t stride = vsz;
	if (percpu) {
		ncpu = libbpf_num_possible_cpus();
		if (ncpu < 1)
			ncpu = 1;
		stride = (vsz + 7) & ~(size_t)7;
	}
	struct entry *ents = NULL;
	size_t n = 0, cap = 0;
	unsigned char *prev = NULL;
	for (;;) {
		unsigned char *key = malloc(ksz ? ksz : 1);
		if (bpf_map_get_next_key(fd, prev, key)) {
			free(key);
			break;
		}
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			struct entry *grown = realloc(ents, cap * sizeof(*ents));
			if (!grown) {
				fputs("corecc-run: out of memory\n", stderr);
				exit(EXIT_FAIL);
			}
			ents = grown;
		}
		ents[n++].key = key;
		prev = key;
		if (n > 10000000) /* a map that keeps changing under us */
			break;
	}
	sort_key_size = ksz;
	if (n) /* an empty map has no array to sort (qsort wants one) */
		qsort(ents, n, sizeof(*ents), cmp_entry);
	unsigned char *val = calloc(1, stride * (size_t)ncpu + 8);
	if (!opt.json)
		printf("map %s type=%s entries=%zu\n", name, tname, n);
	sb_sep(&j_maps);
	sb_puts(&j_maps, "{\"name\":");
	sb_json_str(&j_maps, name);
	sb_puts(&j_maps, ",\"type\":");
	sb_json_str(&j_maps, tname);
	sb_printf(&j_maps, ",\"key_size\":%zu,\"value_size\":%zu,\"percpu\":%s,\"entries\":[", ksz,
		  vsz, percpu ? "true" : "false");
	bool first = true;
	for (size_t i = 0; i < n; i++) {
		if (bpf_map_lookup_elem(fd, ents[i].key, val))
			continue; /* deleted meanwhile (LRU) */
		struct sbuf line = {0};
		sb_hex(&line, ents[i].key, ksz);
		struct sbuf vals = {0};
		for (int c = 0; c < ncpu; c++) {
			if (c)
				sb_putc(&vals, ',');
			sb_hex(&vals, val + stride * (size_t)c, vsz);
		}
		if (!opt.json)
			printf("map %s key=%s value=%s\n", name, sb_str(&line), sb_str(&vals));
		if (!first)
			sb_putc(&j_maps, ',');
		first = false;
		sb_puts(&j_maps, "{\"key\":");
		sb_json_str(&j_maps, sb_str(&line));
		sb_puts(&j_maps, ",\"value\":");
		if (percpu) {
			sb_putc(&j_maps, '[');
			for (int c = 0; c < ncpu; c++) {
				if (c)
					sb_putc(&j_maps, ',');
				sb_putc(&j_maps, '"');
				sb_hex(&j_maps, val + stride * (size_t)c, vsz);
				sb_putc(&j_maps, '"');
			}
			sb_putc(&j_maps, ']');
		} else {
			sb_json_str(&j_maps, sb_str(&vals));
		}
		sb_putc(&j_maps, '}');
		sb_free(&line);
		sb_free(&vals);
	}
	sb_puts(&j_maps, "]}");
	for (size_t i = 0; i < n; i++)
		free(ents[i].key);
	free(ents);
	free(val);
}

/* ---- xlated func_info/line_info --------------------------------------- */

/* The func_info and line_info records the kernel kept for a loaded program,
 * with names and source text from the program's BTF as loaded into the
 * kernel (what `bpftool prog dump xlated ... linum` shows). */
static void dump_xlated(struct bpf_object *obj, const char *name)
{
	struct bpf_program *p = bpf_object__find_program_by_name(obj, name);
	int fd = p ? bpf_program__fd(p) : -1;
	if (fd < 0) {
		error_msg("--dump-xlated %s: the program is not loaded", name);
		fail();
		return;
	}
	struct bpf_prog_info info;
	uint32_t len = sizeof(info);
	memset(&info, 0, sizeof(info));
	if (bpf_obj_get_info_by_fd(fd, &info, &len)) {
		char eb[128];
		error_msg("--dump-xlated %s: %s", name, err_text(errno, eb, sizeof(eb)));
		fail();
		return;
	}
	uint32_t nfunc = info.nr_func_info, fsz = info.func_info_rec_size;
	uint32_t nline = info.nr_line_info, lsz = info.line_info_rec_size;
	uint32_t insns = info.xlated_prog_len / 8, btf_id = info.btf_id;
	unsigned char *funcs = calloc(nfunc ? nfunc : 1, fsz ? fsz : 1);
	unsigned char *lines = calloc(nline ? nline : 1, lsz ? lsz : 1);
	memset(&info, 0, sizeof(info));
	info.nr_func_info = nfunc;
	info.func_info_rec_size = fsz;
	info.func_info = (uint64_t)(uintptr_t)funcs;
	info.nr_line_info = nline;
	info.line_info_rec_size = lsz;
	info.line_info = (uint64_t)(uintptr_t)lines;
	len = sizeof(info);
	struct btf *btf = NULL;
	if (bpf_obj_get_info_by_fd(fd, &info, &len) ||
	    (btf_id && !(btf = btf__load_from_kernel_by_id(btf_id)))) {
		char eb[128];
		error_msg("--dump-xlated %s: %s", name, err_text(errno, eb, sizeof(eb)));
		fail();
		free(funcs);
		free(lines);
		return;
	}
	struct sbuf text = {0};
	sb_printf(&text, "xlated %s insns=%u func_info=%u line_info=%u\n", name, insns, nfunc,
		  nline);
	sb_sep(&j_xlated);
	sb_puts(&j_xlated, "{\"name\":");
	sb_json_str(&j_xlated, name);
	sb_printf(&j_xlated, ",\"insns\":%u,\"func_info\":[", insns);
	for (uint32_t k = 0; k < nfunc && btf; k++) {
		const struct bpf_func_info *fi = (const void *)(funcs + (size_t)k * fsz);
		const struct btf_type *t = btf__type_by_id(btf, fi->type_id);
		const char *fname = t ? btf__name_by_offset(btf, t->name_off) : NULL;
		sb_printf(&text, "xlated %s func insn=%u '%s'\n", name, fi->insn_off,
			  fname ? fname : "?");
		if (k)
			sb_putc(&j_xlated, ',');
		sb_printf(&j_xlated, "{\"insn\":%u,\"name\":", fi->insn_off);
		sb_json_str(&j_xlated, fname);
		sb_putc(&j_xlated, '}');
	}
	sb_puts(&j_xlated, "],\"line_info\":[");
	for (uint32_t k = 0; k < nline && btf; k++) {
		const struct bpf_line_info *li = (const void *)(lines + (size_t)k * lsz);
		const char *file = btf__name_by_offset(btf, li->file_name_off);
		const char *src = btf__name_by_offset(btf, li->line_off);
		unsigned lnum = BPF_LINE_INFO_LINE_NUM(li->line_col);
		unsigned col = BPF_LINE_INFO_LINE_COL(li->line_col);
		sb_printf(&text, "xlated %s line insn=%u %s:%u:%u '%s'\n", name, li->insn_off,
			  file ? file : "?", lnum, col, src ? src : "");
		if (k)
			sb_putc(&j_xlated, ',');
		sb_printf(&j_xlated, "{\"insn\":%u,\"file\":", li->insn_off);
		sb_json_str(&j_xlated, file);
		sb_printf(&j_xlated, ",\"line\":%u,\"col\":%u,\"text\":", lnum, col);
		sb_json_str(&j_xlated, src);
		sb_putc(&j_xlated, '}');
	}
	sb_puts(&j_xlated, "]}");
	if (!opt.json)
		fputs(sb_str(&text), stdout);
	sb_free(&text);
	btf__free(btf);
	free(funcs);
	free(lines);
}

/* ---- probe ------------------------------------------------------------- */

static int probe(void)
{
	/* r0 = 0; exit */
	struct bpf_insn insns[2];
	memset(insns, 0, sizeof(insns));
	insns[0].code = BPF_ALU64 | BPF_MOV | BPF_K;
	insns[1].code = BPF_JMP | BPF_EXIT;
	int fd = bpf_prog_load(BPF_PROG_TYPE_SOCKET_FILTER, "corecc_probe", "GPL", insns, 2, NULL);
	if (fd < 0) {
		int err = errno;
		char eb[128];
		if (opt.json)
			printf("{\"probe\":false,\"error\":\"bpf(BPF_PROG_LOAD): %s\"}\n",
			       err_text(err, eb, sizeof(eb)));
		else
			printf("corecc-run: cannot load BPF programs: bpf(BPF_PROG_LOAD): %s\n",
			       err_text(err, eb, sizeof(eb)));
		return EXIT_FAIL;
	}
	close(fd);
	if (opt.json)
		printf("{\"probe\":true,\"error\":null}\n");
	else
		printf("probe ok: this process can load BPF programs\n");
	return EXIT_OK;
}

/* ---- command line ------------------------------------------------------ */

enum {
	O_PROBE = 256, O_BTF, O_KCONFIG, O_SET, O_PROG, O_LOG_LEVEL, O_LOG_SIZE, O_RUN, O_RUN_ALL,
	O_DATA, O_DATA_FILE, O_CTX, O_CTX_FILE, O_REPEAT, O_EXPECT, O_TRIGGER, O_DUMP_GLOBALS,
	O_DUMP_MAP, O_DUMP_XLATED, O_JSON, O_NO_LOAD,
};

static const struct option long_opts[] = {
	{"probe", no_argument, NULL, O_PROBE},
	{"btf", required_argument, NULL, O_BTF},
	{"kconfig", required_argument, NULL, O_KCONFIG},
	{"set", required_argument, NULL, O_SET},
	{"prog", required_argument, NULL, O_PROG},
	{"log-level", required_argument, NULL, O_LOG_LEVEL},
	{"log-size", required_argument, NULL, O_LOG_SIZE},
	{"run", required_argument, NULL, O_RUN},
	{"run-all", no_argument, NULL, O_RUN_ALL},
	{"data", required_argument, NULL, O_DATA},
	{"data-file", required_argument, NULL, O_DATA_FILE},
	{"ctx", required_argument, NULL, O_CTX},
	{"ctx-file", required_argument, NULL, O_CTX_FILE},
	{"repeat", required_argument, NULL, O_REPEAT},
	{"expect-retval", required_argument, NULL, O_EXPECT},
	{"trigger", required_argument, NULL, O_TRIGGER},
	{"trigger-tp", required_argument, NULL, O_TRIGGER},
	{"dump-globals", no_argument, NULL, O_DUMP_GLOBALS},
	{"dump-map", required_argument, NULL, O_DUMP_MAP},
	{"dump-xlated", required_argument, NULL, O_DUMP_XLATED},
	{"json", no_argument, NULL, O_JSON},
	{"no-load", no_argument, NULL, O_NO_LOAD},
	{"verbose", no_argument, NULL, 'v'},
	{"quiet", no_argument, NULL, 'q'},
	{"help", no_argument, NULL, 'h'},
	{NULL, 0, NULL, 0},
};

static void parse_args(int argc, char **argv)
{
	int c;
	bool data_given = false, ctx_given = false;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":vqh", long_opts, NULL)) != -1) {
		int64_t v;
		switch (c) {
		case O_PROBE: opt.probe = true; break;
		case O_BTF: opt.btf_path = optarg; break;
		case O_KCONFIG:
			sb_puts(&opt.kconfig, optarg);
			sb_putc(&opt.kconfig, '\n');
			break;
		case O_SET: {
			char *eq = strchr(optarg, '=');
			if (!eq || eq == optarg || !eq[1])
				usage_error("--set wants VAR=VALUE, got '%s'", optarg);
			*eq = '\0';
			sl_add(&opt.set_vars, optarg);
			sl_add(&opt.set_values, eq + 1);
			break;
		}
		case O_PROG: sl_add(&opt.progs, optarg); break;
		case O_LOG_LEVEL:
			if (!parse_int64(optarg, &v) || v < 0 || v > 15)
				usage_error("--log-level wants 0..15, got '%s'", optarg);
			opt.log_level = (unsigned)v;
			break;
		case O_LOG_SIZE:
			if (!parse_int64(optarg, &v) || v < 128 || v > (int64_t)(UINT_MAX >> 2))
				usage_error("--log-size wants 128..%u bytes, got '%s'", UINT_MAX >> 2,
					    optarg);
			opt.log_size = (size_t)v;
			break;
		case O_RUN: sl_add(&opt.runs, optarg); break;
		case O_RUN_ALL: opt.run_all = true; break;
		case O_DATA:
		case O_DATA_FILE:
			if (data_given)
				usage_error("only one of --data and --data-file may be given");
			data_given = true;
			opt.have_data = true;
			if (c == O_DATA) {
				if (parse_hex(optarg, &opt.data, &opt.data_len))
					usage_error("--data: '%s' is not an even number of hex digits", optarg);
			} else {
				int err = read_file(optarg, &opt.data, &opt.data_len);
				if (err)
					usage_error("--data-file %s: %s", optarg, strerror(-err));
			}
			break;
		case O_CTX:
		case O_CTX_FILE:
			if (ctx_given)
				usage_error("only one of --ctx and --ctx-file may be given");
			ctx_given = true;
			opt.have_ctx = true;
			if (c == O_CTX) {
				if (parse_hex(optarg, &opt.ctx, &opt.ctx_len))
					usage_error("--ctx: '%s' is not an even number of hex digits", optarg);
			} else {
				int err = read_file(optarg, &opt.ctx, &opt.ctx_len);
				if (err)
					usage_error("--ctx-file %s: %s", optarg, strerror(-err));
			}
			break;
		case O_REPEAT:
			if (!parse_int64(optarg, &v) || v < 1 || v > INT_MAX)
				usage_error("--repeat wants a positive count, got '%s'", optarg);
			opt.repeat = (int)v;
			break;
		case O_EXPECT:
			if (!parse_int64(optarg, &v) || v < INT32_MIN || v > UINT32_MAX)
				usage_error("--expect-retval wants a 32-bit integer, got '%s'", optarg);
			opt.have_expect = true;
			opt.expect_retval = v;
			break;
		case O_TRIGGER: sl_add(&opt.triggers, optarg); break;
		case O_DUMP_GLOBALS: opt.dump_globals = true; break;
		case O_DUMP_MAP: sl_add(&opt.maps, optarg); break;
		case O_DUMP_XLATED: sl_add(&opt.xlated, optarg); break;
		case O_JSON: opt.json = true; break;
		case O_NO_LOAD: opt.no_load = true; break;
		case 'v': opt.verbose = true; break;
		case 'q': opt.quiet = true; break;
		case 'h': fputs(usage_text, stdout); exit(EXIT_OK);
		case ':': usage_error("option '%s' needs an argument", argv[optind - 1]);
		default: usage_error("unknown option '%s'", argv[optind - 1]);
		}
	}
	if (opt.probe) {
		if (optind != argc)
			usage_error("--probe takes no object");
		return;
	}
	if (opt.no_load && (opt.runs.n || opt.run_all || opt.triggers.n || opt.dump_globals ||
			    opt.maps.n || opt.xlated.n))
		usage_error("--no-load loads no program: it cannot be combined with --run, "
			    "--run-all, --trigger or --dump-*");
	if (optind == argc)
		usage_error("no object file given");
	if (optind + 1 != argc)
		usage_error("one object file at a time (got '%s' and '%s')", argv[optind],
			    argv[optind + 1]);
	opt.obj_path = argv[optind];
}

/* ---- main -------------------------------------------------------------- */

static void print_json(bool loaded)
{
	struct utsname u;
	struct sbuf o = {0};
	sb_puts(&o, "{\"object\":");
	sb_json_str(&o, opt.obj_path);
	sb_printf(&o, ",\"libbpf\":\"%s\"", libbpf_version_string());
	sb_puts(&o, ",\"kernel\":");
	sb_json_str(&o, uname(&u) == 0 ? u.release : NULL);
	sb_puts(&o, ",\"btf\":");
	sb_json_str(&o, opt.btf_path);
	sb_printf(&o, ",\"loaded\":%s", loaded ? "true" : "false");
	sb_printf(&o, ",\n\"programs\":[%s]", sb_str(&j_programs));
	sb_printf(&o, ",\n\"runs\":[%s]", sb_str(&j_runs));
	sb_printf(&o, ",\n\"triggers\":[%s]", sb_str(&j_triggers));
	if (opt.dump_globals)
		sb_printf(&o, ",\n\"globals\":[%s]", sb_str(&j_globals));
	else
		sb_puts(&o, ",\n\"globals\":null");
	sb_printf(&o, ",\n\"maps\":[%s]", sb_str(&j_maps));
	if (opt.xlated.n)
		sb_printf(&o, ",\n\"xlated\":[%s]", sb_str(&j_xlated));
	sb_printf(&o, ",\n\"errors\":[%s]", sb_str(&j_errors));
	sb_printf(&o, ",\n\"exit_code\":%d}\n", status);
	fputs(sb_str(&o), stdout);
	sb_free(&o);
}

/* --no-load: libbpf 1.1 has no bpf_object__prepare(), so the programs get
 * no type: bpf_object__load() then does everything up to and including CO-RE
 * relocation and stops at the first program with "missing BPF prog type",
 * before any BPF_PROG_LOAD. */
static int prepare_only(struct bpf_object *obj)
{
	struct bpf_program *p;
	bpf_object__for_each_program(p, obj)
	{
		if (bpf_program__autoload(p))
			bpf_program__set_type(p, BPF_PROG_TYPE_UNSPEC);
	}
	sb_clear(&attempt_warnings);
	int err = bpf_object__load(obj);
	bool ok = !err || stopped_before_load;
	bpf_object__for_each_program(p, obj)
	{
		struct progrec *r = find_rec(bpf_program__name(p));
		if (!r || !r->selected)
			continue;
		r->insns = bpf_program__insn_cnt(p);
		r->state = ok ? P_PREPARED : P_FAILED;
		if (!ok) {
			struct sbuf why = {0};
			char eb[128];
			sb_puts(&why, err_text(err, eb, sizeof(eb)));
			struct sbuf detail = {0};
			warning_reason(r->name, &detail);
			if (detail.len) {
				sb_puts(&why, ": ");
				sb_puts(&why, sb_str(&detail));
			}
			sb_free(&detail);
			r->err = err;
			r->reason = strdup(sb_str(&why));
			sb_free(&why);
		}
	}
	if (!ok) {
		char eb[128];
		struct sbuf detail = {0};
		warning_reason("", &detail);
		if (!opt.json)
			printf("prepare FAILED: %s%s%s\n", err_text(err, eb, sizeof(eb)),
			       detail.len ? ": " : "", sb_str(&detail));
		sb_free(&detail);
		fail();
	}
	report_programs();
	bpf_object__close(obj);
	if (opt.json)
		print_json(false);
	return status;
}

int main(int argc, char **argv)
{
	parse_args(argc, argv);
	setvbuf(stdout, NULL, _IOLBF, 0);
	libbpf_set_print(print_fn);
	if (opt.probe)
		return probe();

	struct bpf_object *obj = open_object();
	if (!obj) {
		status = EXIT_FAIL;
		if (opt.json)
			print_json(false);
		return status;
	}

	/* Every name on the command line must exist in the object. */
	for (int i = 0; i < opt.progs.n; i++)
		if (!bpf_object__find_program_by_name(obj, opt.progs.v[i]))
			usage_error("--prog: %s has no program '%s'", opt.obj_path, opt.progs.v[i]);
	for (int i = 0; i < opt.runs.n; i++)
		if (!bpf_object__find_program_by_name(obj, opt.runs.v[i]))
			usage_error("--run: %s has no program '%s'", opt.obj_path, opt.runs.v[i]);
	for (int i = 0; i < opt.triggers.n; i++)
		if (!bpf_object__find_program_by_name(obj, opt.triggers.v[i]))
			usage_error("--trigger: %s has no program '%s'", opt.obj_path,
				    opt.triggers.v[i]);
	for (int i = 0; i < opt.maps.n; i++)
		if (!bpf_object__find_map_by_name(obj, opt.maps.v[i]))
			usage_error("--dump-map: %s has no map '%s'", opt.obj_path, opt.maps.v[i]);
	for (int i = 0; i < opt.xlated.n; i++)
		if (!bpf_object__find_program_by_name(obj, opt.xlated.v[i]))
			usage_error("--dump-xlated: %s has no program '%s'", opt.obj_path,
				    opt.xlated.v[i]);
	for (int i = 0; i < opt.set_vars.n; i++)
		if (!has_global(obj, opt.set_vars.v[i]))
			usage_error("--set: %s has no global variable '%s'", opt.obj_path,
				    opt.set_vars.v[i]);

	/* The program table, in object order. */
	struct bpf_program *p;
	bpf_object__for_each_program(p, obj) nprogs++;
	progs = calloc((size_t)(nprogs ? nprogs : 1), sizeof(*progs));
	int i = 0, nselected = 0;
	bpf_object__for_each_program(p, obj)
	{
		struct progrec *r = &progs[i++];
		r->name = strdup(bpf_program__name(p));
		r->section = strdup(bpf_program__section_name(p));
		r->type = bpf_program__type(p);
		r->attach = bpf_program__expected_attach_type(p);
		r->selected = opt.progs.n ? sl_has(&opt.progs, r->name) : bpf_program__autoload(p);
		if (sl_has(&opt.runs, r->name) || sl_has(&opt.triggers, r->name) ||
		    sl_has(&opt.xlated, r->name))
			r->selected = true;
		r->verified = -1;
		r->logbuf = malloc(opt.log_size);
		if (!r->logbuf) {
			fputs("corecc-run: out of memory for verifier logs\n", stderr);
			return EXIT_FAIL;
		}
		nselected += r->selected;
	}

	configure(obj, NULL);
	if (opt.no_load)
		return prepare_only(obj);
	sb_clear(&attempt_warnings);
	int err = bpf_object__load(obj);
	bool loaded = err == 0;
	if (loaded || nselected <= 1) {
		record(obj, NULL, err);
	} else {
		/* Which programs fail? libbpf stops at the first failure and
		 * unloads the rest, so load each selected program on its own. */
		isolating = true;
		for (int k = 0; k < nprogs; k++) {
			if (!progs[k].selected)
				continue;
			struct bpf_object *o = open_object();
			if (!o)
				break;
			configure(o, progs[k].name);
			sb_clear(&attempt_warnings);
			int e = bpf_object__load(o);
			record(o, progs[k].name, e);
			bpf_object__close(o);
		}
		isolating = false;
	}
	if (!loaded) {
		char eb[128];
		error_msg("cannot load %s: %s", opt.obj_path, err_text(err, eb, sizeof(eb)));
		fail();
	}
	report_programs();
	for (int k = 0; k < nprogs; k++)
		if (progs[k].state == P_FAILED)
			fail();

	/* Runs: --run in the given order, or every loaded program. */
	struct strlist to_run = {0};
	if (opt.run_all) {
		for (int k = 0; k < nprogs; k++)
			if (progs[k].state == P_LOADED)
				sl_add(&to_run, progs[k].name);
	} else {
		to_run = opt.runs;
	}
	for (int k = 0; k < to_run.n; k++) {
		struct progrec *r = find_rec(to_run.v[k]);
		if (!loaded)
			run_failed(r->name, "skipped", "the object did not load");
		else
			do_run(obj, r);
	}
	if (opt.run_all)
		free(to_run.v);
	for (int k = 0; k < opt.triggers.n; k++) {
		struct progrec *r = find_rec(opt.triggers.v[k]);
		if (!loaded)
			trigger_result(r->name, "skipped", "the object did not load");
		else
			do_trigger(obj, r);
	}

	if (loaded && opt.dump_globals) {
		struct sbuf text = {0}, errs = {0};
		if (dump_globals(obj, opt.json ? NULL : &text, &j_globals, &errs)) {
			while (errs.len && errs.p[errs.len - 1] == '\n')
				errs.p[--errs.len] = '\0';
			error_msg("%s", sb_str(&errs));
			fail();
		}
		fputs(sb_str(&text), stdout);
		sb_free(&text);
		sb_free(&errs);
	}
	if (loaded)
		for (int k = 0; k < opt.maps.n; k++)
			dump_map(obj, opt.maps.v[k]);
	if (loaded)
		for (int k = 0; k < opt.xlated.n; k++)
			dump_xlated(obj, opt.xlated.v[k]);

	bpf_object__close(obj);
	if (opt.json)
		print_json(loaded);
	return status;
}
