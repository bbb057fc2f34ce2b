// A header with CO-RE types and helpers, for core-header-use.c.
#ifndef CORECC_TEST_FRONTEND_CORE_HEADER_USE_H
#define CORECC_TEST_FRONTEND_CORE_HEADER_USE_H

struct hdr_task {
  int pid;
  unsigned flag : 1;
} __attribute__((preserve_access_index));

// Used by the main file: checked where it is written.
static inline unsigned long hdr_used_size(struct hdr_task *t) {
  return sizeof(*t);
}

// Used only by hdr_used_flag: checked because its caller is used.
static inline int hdr_flag(struct hdr_task *t) {
  return t->flag;
}

static inline int hdr_used_flag(struct hdr_task *t) { return hdr_flag(t); }

// Never used: not looked at, whatever the header brings.
static inline unsigned long hdr_unused_size(struct hdr_task *t) {
  return sizeof(*t) + t->flag;
}

// A program defined in the header (as the selftests' strobemeta.h and
// pyperf.h do): in the object whether or not the main file names it.
__attribute__((section("tp/x"))) int hdr_prog(struct hdr_task *t) {
  return sizeof(*t);
}

#endif
