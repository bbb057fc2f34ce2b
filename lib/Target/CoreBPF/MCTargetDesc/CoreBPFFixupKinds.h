// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFFixupKinds.h - BPF fixups -------------------------*- C++ -*-===//
//
// Every fixup is anchored at the start of its instruction; the kind says which
// field receives the value and how it is scaled:
//
//   Branch16  offset field (bytes 2-3), (target - insn - 8) / 8
//   Branch32  immediate (bytes 4-7), same scaling (cpu v4 gotol)
//   Call      immediate, same scaling; relocated as R_BPF_64_32
//   Imm64     immediate of LD_IMM64's first slot; relocated as R_BPF_64_64
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_LIB_TARGET_COREBPF_MCTARGETDESC_COREBPFFIXUPKINDS_H
#define CORECC_LIB_TARGET_COREBPF_MCTARGETDESC_COREBPFFIXUPKINDS_H

#include "llvm/MC/MCFixup.h"

namespace llvm {
namespace CoreBPF {

enum FixupKind {
  fixup_corebpf_branch16 = FirstTargetFixupKind,
  fixup_corebpf_branch32,
  fixup_corebpf_call,
  fixup_corebpf_imm64,
  LastTargetFixupKind,
  NumTargetFixupKinds = LastTargetFixupKind - FirstTargetFixupKind
};

} // namespace CoreBPF
} // namespace llvm

#endif
