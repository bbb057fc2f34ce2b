// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- LLVMCoreGlobals.h - Relocations of LLVM's BPF passes ---*- C++ -*-===//
//
// Part of corecc. See LLVMCoreGlobals.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_LIB_TRANSFORMS_LLVMCOREGLOBALS_H
#define CORECC_LIB_TRANSFORMS_LLVMCOREGLOBALS_H

#include "corecc/Transforms/CoreAccess.h"

namespace llvm {
class Module;
}

namespace corecc {

/// Turns the relocation globals of LLVM's BPF IR passes ("llvm.<type>:..."
/// with the btf_ama or btf_type_id attribute) into corecc's relocations, or
/// into their values with CO-RE off. Returns whether it changed anything.
bool importLLVMCoreGlobals(llvm::Module &M, CoreMode Mode);

} // namespace corecc

#endif
