# An alignment no BPF object needs is refused instead of written out:
# ".p2align 30" made a 2 GB object of padding (as llvm-mc-19 writes it;
# found by tools/fuzz asm). Page-sized alignment still assembles.
# RUN: not %corecc -c %s -o %t.o 2>&1 | FileCheck %s
# RUN: not test -e %t.o
# RUN: sed -e 's/p2align 30/p2align 12/' %s > %t.ok.s
# RUN: %corecc -c %t.ok.s -o %t.ok.o
# RUN: %objdump -h %t.ok.o | FileCheck %s --check-prefix=OK
# CHECK: error: section '.text' is aligned to 1073741824 bytes; a BPF object needs at most 65536
# OK: .text
	.text
prog:
	r0 = 0
	exit
	.p2align 30
