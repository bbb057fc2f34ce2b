// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/Target/SourceDiagnostic.h - Located diagnostics ---*- C++ -*-===//
//
// An LLVM diagnostic at a source position given directly (file, line,
// column), for problems that belong to a declaration rather than to an
// instruction or a function: a map definition, a global variable, a CO-RE
// access. corecc's diagnostic handler prints it as "file:line:col: error:".
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_TARGET_SOURCEDIAGNOSTIC_H
#define CORECC_TARGET_SOURCEDIAGNOSTIC_H

#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/DiagnosticPrinter.h"
#include <string>

namespace corecc {

class SourceDiagnostic : public llvm::DiagnosticInfo {
  std::string File;
  unsigned Line, Column;
  std::string Msg;

public:
  SourceDiagnostic(llvm::StringRef File, unsigned Line, unsigned Column,
                   const llvm::Twine &Msg,
                   llvm::DiagnosticSeverity Severity = llvm::DS_Error)
      : DiagnosticInfo(kind(), Severity), File(File.str()), Line(Line),
        Column(Column), Msg(Msg.str()) {}

  /// The plugin diagnostic kind allocated for this class.
  static int kind() {
    static const int K = llvm::getNextAvailablePluginDiagnosticKind();
    return K;
  }
  static bool classof(const llvm::DiagnosticInfo *DI) {
    return DI->getKind() == kind();
  }

  llvm::StringRef file() const { return File; }
  unsigned line() const { return Line; }
  unsigned column() const { return Column; }
  llvm::StringRef message() const { return Msg; }

  void print(llvm::DiagnosticPrinter &DP) const override {
    if (!File.empty())
      DP << File << ":" << Line << ":" << Column << ": ";
    DP << Msg;
  }
};

} // namespace corecc

#endif
