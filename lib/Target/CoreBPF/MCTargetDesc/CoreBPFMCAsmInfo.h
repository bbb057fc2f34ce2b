// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFMCAsmInfo.h - BPF assembly syntax properties ------*- C++ -*-===//

#ifndef CORECC_LIB_TARGET_COREBPF_MCTARGETDESC_COREBPFMCASMINFO_H
#define CORECC_LIB_TARGET_COREBPF_MCTARGETDESC_COREBPFMCASMINFO_H

#include "llvm/MC/MCAsmInfo.h"

namespace llvm {
class Triple;

/// ELF conventions, without the .note.GNU-stack section that the ELF base
/// class insists on (BPF objects carry no such note).
class CoreBPFMCAsmInfo : public MCAsmInfo {
public:
  explicit CoreBPFMCAsmInfo(const Triple &TT);
};

} // namespace llvm

#endif
