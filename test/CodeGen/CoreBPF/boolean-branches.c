// A boolean of compares that an inlined function returns, then tested by
// its caller: built with one jump per compare (CoreBPFBooleanBranches), not
// as a diamond per compare ("r1 = 1; if r2 == 80 goto +1; r1 = 0") whose
// results are ANDed, which the verifier walks in all 2^n combinations
// (test/Kernel/codegen-boolean-branches.c). At cpu v1, where SimplifyCFG
// makes such values.
//
// RUN: %corecc -O2 -mcpu=v1 -S %s -o - | FileCheck %s

static long (*probe_read)(void *dst, unsigned size, const void *p) = (void *)113;

#define READ(dst, src)                                                         \
  ({                                                                           \
    if (probe_read(&(dst), sizeof(dst), src) < 0)                              \
      return 0;                                                                \
  })

static __attribute__((always_inline)) int preface(const char *buf,
                                                  unsigned long size,
                                                  unsigned char kind) {
  if (kind != 3 || size < 24)
    return 0;
  char b[5];
  READ(b, buf);
  if (b[0] == 'P' && b[1] == 'R' && b[2] == 'I' && b[3] == ' ' && b[4] == '*')
    return 1;
  return 0;
}

static __attribute__((always_inline)) int frame(const char *buf,
                                                unsigned long size,
                                                unsigned char kind) {
  if (size < 9)
    return preface(buf, size, kind);
  unsigned len;
  READ(len, buf);
  if ((__builtin_bswap32(len) >> 8) + 9 > size)
    return preface(buf, size, kind);
  unsigned char type;
  READ(type, buf + 3);
  if (type > 9)
    return preface(buf, size, kind);
  return 1;
}

long seen;

int classify(const char *buf, unsigned long size) {
  if (frame(buf, size, 3)) {
    seen++;
    return 5;
  }
  return 0;
}
// CHECK-LABEL: classify:
// CHECK-NOT:   &= r
// CHECK:       if r{{[0-9]}} != 80 goto
// CHECK-NEXT:  r{{[0-9]}} = *(u8 *)(r10 - {{[0-9]+}})
// CHECK-NEXT:  if r{{[0-9]}} != 82 goto
// CHECK-NEXT:  r{{[0-9]}} = *(u8 *)(r10 - {{[0-9]+}})
// CHECK-NEXT:  if r{{[0-9]}} != 73 goto
// CHECK-NOT:   &= r
// CHECK:       exit
