// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/Target/CoreBPF.h - Using the CoreBPF backend ------*- C++ -*-===//
//
// The public face of corecc's BPF backend: register it, and create a
// TargetMachine for it by name (never by triple alone: libLLVM also carries
// LLVM's own BPF target, and a lookup by triple could find either).
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_TARGET_COREBPF_H
#define CORECC_TARGET_COREBPF_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/IntrusiveRefCntPtr.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/CodeGen.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Target/TargetMachine.h"
#include <memory>
#include <string>

namespace llvm {
class Module;
class Triple;
} // namespace llvm

namespace corecc {

/// The name the target is registered under.
inline constexpr const char *CoreBPFTargetName = "corebpf";

/// Registers the CoreBPF target (info, MC layer, code generator, assembly
/// printer). Idempotent.
void initializeCoreBPFTarget();

struct CoreBPFOptions {
  /// v1, v2, v3 (default), v4; "generic" and "probe" mean v3.
  std::string CPU;
  /// Subtarget features on top of the cpu's, in LLVM's -mattr spelling:
  /// "+alu32", "-alu32,+jmp-ext". llc's BPF names are accepted too.
  std::string Features;
  llvm::CodeGenOptLevel OptLevel = llvm::CodeGenOptLevel::Default;
  /// Where the source files are read from, for the line text in .BTF.ext
  /// and the columns of some diagnostics (null: the real file system). A
  /// compile of the sources a .i carries reads them from the .i.
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> SourceFS;
};

/// Creates a TargetMachine of ours for a bpfel or bpfeb triple.
llvm::Expected<std::unique_ptr<llvm::TargetMachine>>
createCoreBPFTargetMachine(const llvm::Triple &TT, const CoreBPFOptions &Opts);

/// The cpu names the backend knows (CoreBPF.td's processors): v1..v4, then
/// Clang's other spellings.
llvm::ArrayRef<std::string> knownCPUs();
/// Whether CPU names a cpu version the backend knows.
bool isKnownCPU(llvm::StringRef CPU);
/// "v1, v2, v3, v4, generic or probe", for messages.
std::string knownCPUList();

} // namespace corecc

#endif
