// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFMCTargetDesc.h - CoreBPF MC layer -----------------*- C++ -*-===//
//
// Factories of the MC layer (code emitter, assembler backend, ELF writer)
// and the generated register, instruction and subtarget enums. Nothing here
// depends on CodeGen.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_LIB_TARGET_COREBPF_MCTARGETDESC_COREBPFMCTARGETDESC_H
#define CORECC_LIB_TARGET_COREBPF_MCTARGETDESC_COREBPFMCTARGETDESC_H

#include "llvm/Support/DataTypes.h"
#include <memory>

namespace llvm {
class MCAsmBackend;
class MCCodeEmitter;
class MCContext;
class MCInstrInfo;
class MCObjectTargetWriter;
class MCRegisterInfo;
class MCSubtargetInfo;
class MCTargetOptions;
class Target;

MCCodeEmitter *createCoreBPFMCCodeEmitter(const MCInstrInfo &MCII,
                                          MCContext &Ctx);
MCAsmBackend *createCoreBPFAsmBackend(const Target &T,
                                      const MCSubtargetInfo &STI,
                                      const MCRegisterInfo &MRI,
                                      const MCTargetOptions &Options);
std::unique_ptr<MCObjectTargetWriter>
createCoreBPFELFObjectWriter(uint8_t OSABI);

} // namespace llvm

#define GET_REGINFO_ENUM
#include "CoreBPFGenRegisterInfo.inc"

#define GET_INSTRINFO_ENUM
#define GET_INSTRINFO_MC_HELPER_DECLS
#include "CoreBPFGenInstrInfo.inc"

#define GET_SUBTARGETINFO_ENUM
#include "CoreBPFGenSubtargetInfo.inc"

#endif
