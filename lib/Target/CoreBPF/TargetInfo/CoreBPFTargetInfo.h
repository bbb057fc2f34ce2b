// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFTargetInfo.h - CoreBPF target object --------------*- C++ -*-===//
//
// The one Target object of corecc's BPF backend. It is registered under the
// name "corebpf" and matches both the bpfel and bpfeb triples; the byte order
// comes from the triple.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_LIB_TARGET_COREBPF_TARGETINFO_COREBPFTARGETINFO_H
#define CORECC_LIB_TARGET_COREBPF_TARGETINFO_COREBPFTARGETINFO_H

namespace llvm {
class Target;

Target &getTheCoreBPFTarget();

} // namespace llvm

extern "C" void LLVMInitializeCoreBPFTargetInfo();

#endif
