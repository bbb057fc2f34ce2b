// Types for the corner cases of CO-RE resolution (core-cases.c), in the
// layout the program is compiled against (VARIANT 0) and in two target
// "kernels" (core-cases-target.c, VARIANT 1 and 2). What each pair tests:
//
//   amb, amb___x       two candidates that place b at different offsets:
//                      "field offset ambiguity" (VARIANT 1)
//   amb2, amb2___y     two candidates that agree on s's offset but not its
//                      size: byte_sz "relocation decision ambiguity" (1)
//   prn, prn___b       x only in prn, y only in prn___b: the relocation of
//                      x leaves libbpf's candidate list with prn alone, so
//                      y is poisoned although prn___b has it (1)
//   big                far at 40004: a load's 16-bit offset cannot hold it,
//                      an ALU immediate can (1)
//   grow               u: unsigned 4 -> 8 bytes (load size adjusted), s:
//                      signed 4 -> 8 (poisoned), h: 2 -> 1 bytes (1)
//   tm                 clang's "unsigned long" is GCC's "long unsigned int":
//                      bpf_core_type_matches says 0 (1)
//   e64, neg           ENUM64 and negative enumerators renumbered (1, 2)
//   gone               a field removed: guarded and unguarded reads (1)
//   task, task___v2    a flavor matching task (1, 2)
//   anon_move          b moved into an anonymous union (1)
//   arr                an array shorter than the index used (1)
//   missing_type       a type that is not there (1)
//   bf                 bitfields moved and widened (1, 2)
#ifndef CORE_CASES_H
#define CORE_CASES_H

#ifndef VARIANT
#error "define VARIANT"
#endif

typedef unsigned long long u64_t;

#if VARIANT == 0

struct amb { int a; int b; };
struct amb2 { int a; short s; };
struct prn { int x; int y; };
struct big { int a; int far; };
struct grow { unsigned int u; int s; void *p; unsigned short h; };
struct tm { unsigned long flags; long count; };
enum e64 { E64_A = 0x100000001ULL, E64_B };
enum neg { NEG_A = -3, NEG_B = 7 };
struct gone { int keep; int gone; };
struct task { int pid; int tgid; };
struct anon_move { int a; int b; };
struct arr { int v[4]; };
struct missing_type { int z; };
struct bf { unsigned int lo : 4, hi : 12; int after; };

#elif VARIANT == 1

struct amb { int a; int b; };
struct amb___x { int b; int a; };
struct amb2 { int a; short s; };
struct amb2___y { int a; int s; };
struct prn { int x; };
struct prn___b { int y; int pad; };
struct big { char pad[40000]; int a; int far; };
struct grow { unsigned long u; long s; void *p; unsigned char h; };
struct tm { unsigned long flags; long count; };
enum e64 { E64_B = 5, E64_A = 0x200000002ULL };
enum neg { NEG_B = 1, NEG_A = -100 };
struct gone { int keep; };
struct task { int tgid; int pid; };
struct anon_move { int a; union { int x; int b; }; };
struct arr { int v[2]; };
struct bf { int before; unsigned int lo : 4, hi : 20; int after; };

#elif VARIANT == 2

struct amb { int b; int a; };
struct amb2 { short s; int a; };
struct prn { int y; int x; };
struct big { int far; int a; };
struct grow { unsigned short h; unsigned int u; int s; void *p; };
struct tm { unsigned long flags; long count; };
enum e64 { E64_A = 1, E64_B = 0xffffffffffffffffULL };
enum neg { NEG_A = 0x7fffffff, NEG_B = -7 };
struct gone { int gone; int keep; };
struct task { long pad; int pid; int tgid; };
struct anon_move { struct { int b; int a; }; };
struct arr { int v[8]; };
struct missing_type { long z; long w; };
struct bf { unsigned long long wide : 40, lo : 4, hi : 12; int after; };

#endif
#endif
