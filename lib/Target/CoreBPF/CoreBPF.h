// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPF.h - CoreBPF passes and factories -----------------*- C++ -*-===//

#ifndef CORECC_LIB_TARGET_COREBPF_COREBPF_H
#define CORECC_LIB_TARGET_COREBPF_COREBPF_H

#include "MCTargetDesc/CoreBPFMCTargetDesc.h"
#include "llvm/Target/TargetMachine.h"

namespace llvm {
class CoreBPFTargetMachine;

/// The most stores a memcpy/memset/memmove of a constant size is expanded
/// into (instruction selection and the IR check agree on it).
constexpr unsigned MaxInlineMemStores = 1024;

class FunctionPass;
class ModulePass;
class PassRegistry;

FunctionPass *createCoreBPFISelDag(CoreBPFTargetMachine &TM);
FunctionPass *createCoreBPFCheckIRPass();
ModulePass *createCoreBPFArenaPass();
FunctionPass *createCoreBPFMIPeepholePass();
FunctionPass *createCoreBPFCoreFoldPass();
FunctionPass *createCoreBPFBranchRelaxPass();
FunctionPass *createCoreBPFAtomicNoFetchPass();
FunctionPass *createCoreBPFJoinJumpsPass();
FunctionPass *createCoreBPFNarrowChecksPass();
FunctionPass *createCoreBPFJoinedAddressesPass();
FunctionPass *createCoreBPFSwitchConstantsPass();
FunctionPass *createCoreBPFBooleanBranchesPass();

void initializeCoreBPFDAGToDAGISelLegacyPass(PassRegistry &);
void initializeCoreBPFCheckIRPass(PassRegistry &);
void initializeCoreBPFArenaPass(PassRegistry &);
void initializeCoreBPFMIPeepholePass(PassRegistry &);
void initializeCoreBPFCoreFoldPass(PassRegistry &);
void initializeCoreBPFBranchRelaxPass(PassRegistry &);
void initializeCoreBPFAtomicNoFetchPass(PassRegistry &);
void initializeCoreBPFJoinJumpsPass(PassRegistry &);
void initializeCoreBPFNarrowChecksPass(PassRegistry &);
void initializeCoreBPFJoinedAddressesPass(PassRegistry &);
void initializeCoreBPFSwitchConstantsPass(PassRegistry &);
void initializeCoreBPFBooleanBranchesPass(PassRegistry &);

} // namespace llvm

#endif
