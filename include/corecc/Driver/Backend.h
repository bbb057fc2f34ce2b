// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/Driver/Backend.h - Optimize and generate code -----*- C++ -*-===//
//
// The half of the pipeline after Clang: corecc's IR passes and LLVM's
// optimization pipeline (with CoreBPF's cost model), then CoreBPF code
// generation to assembly or an ELF object. corecc and corecc-llc share it.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_DRIVER_BACKEND_H
#define CORECC_DRIVER_BACKEND_H

#include "corecc/Transforms/CoreAccess.h"
#include "llvm/Support/CodeGen.h"
#include "llvm/Support/Error.h"
#include <functional>
#include <memory>
#include <string>

namespace llvm {
class LLVMContext;
class Module;
class Regex;
class TargetMachine;
class raw_pwrite_stream;
} // namespace llvm

namespace corecc {

enum class OutputKind { Assembly, Object, LLVMText, LLVMBitcode };

struct BackendOptions {
  unsigned OptLevel = 2;     // 0-3
  unsigned SizeLevel = 0;    // -Os 1, -Oz 2
  bool RunIRPipeline = true; // false: code generation only (corecc-llc)
  CoreMode Core = CoreMode::On;
  bool EmitBTF = true;   // .BTF/.BTF.ext
  bool EmitDWARF = true; // .debug_* sections
  /// Keep debug metadata in emitted LLVM IR.
  bool KeepDebugInfoInIR = true;
  /// -ftime-report: time the IR passes and code generation in corecc's
  /// table (corecc/TimeReport.h).
  bool TimeReport = false;
};

/// Counts errors reported through an LLVMContext and prints every
/// diagnostic as "file:line:col: error: message" on standard error.
class BackendDiagnostics {
public:
  explicit BackendDiagnostics(llvm::LLVMContext &Ctx, std::string ProgName);
  unsigned errorCount() const;
  /// The passes whose optimization remarks are printed: Clang's -Rpass=,
  /// -Rpass-missed= and -Rpass-analysis= patterns (null: none).
  void setRemarkPatterns(std::shared_ptr<llvm::Regex> Passed,
                         std::shared_ptr<llvm::Regex> Missed,
                         std::shared_ptr<llvm::Regex> Analysis);
  /// Turns an inline-asm location cookie (Clang's !srcloc: the source
  /// location of the asm string's line) into "file:line:col", so that an
  /// error in inline assembly points at the C source.
  void setInlineAsmLocator(std::function<std::string(uint64_t)> Locate);

  struct State;

private:
  std::shared_ptr<State> S;
};

/// Runs the IR pipeline (if asked) and writes Kind to OS. Errors reported
/// through the module's LLVMContext are counted by BackendDiagnostics; the
/// caller checks them before keeping the output.
llvm::Error runBackend(llvm::Module &M, llvm::TargetMachine &TM,
                       const BackendOptions &Opts, OutputKind Kind,
                       llvm::raw_pwrite_stream &OS);

} // namespace corecc

#endif
