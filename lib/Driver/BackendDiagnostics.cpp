// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- BackendDiagnostics.cpp - Print LLVM diagnostics like Clang ---------===//
//
// Errors found after Clang (unsupported constructs in the backend, stack
// size, MC errors) arrive as llvm::DiagnosticInfo through the LLVMContext.
// They are printed in Clang's form, "file:line:col: error: message", with
// the function's line when the instruction has no location, and counted so
// the driver can refuse to write an output.
//
//===----------------------------------------------------------------------===//

#include "corecc/Driver/Backend.h"
#include "corecc/Target/SourceDiagnostic.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DiagnosticHandler.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/DiagnosticPrinter.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace corecc;

struct BackendDiagnostics::State {
  std::string ProgName;
  unsigned Errors = 0;
  std::function<std::string(uint64_t)> LocateInlineAsm;
  std::shared_ptr<Regex> Passed, Missed, Analysis;
};

namespace {

const char *severityName(DiagnosticSeverity S) {
  switch (S) {
  case DS_Error:
    return "error";
  case DS_Warning:
    return "warning";
  case DS_Remark:
    return "remark";
  case DS_Note:
    return "note";
  }
  return "error";
}

/// "file:line:col" of a diagnostic, or of its function, or "".
std::string locationOf(const DiagnosticInfo &DI) {
  if (const auto *SD = dyn_cast<SourceDiagnostic>(&DI)) {
    if (SD->file().empty())
      return "";
    std::string S = (SD->file() + ":" + Twine(SD->line())).str();
    if (SD->column())
      S += ":" + std::to_string(SD->column());
    return S;
  }
  const DiagnosticInfoWithLocationBase *WithLoc = nullptr;
  if (const auto *U = dyn_cast<DiagnosticInfoUnsupported>(&DI))
    WithLoc = U;
  else if (const auto *OB = dyn_cast<DiagnosticInfoOptimizationBase>(&DI))
    WithLoc = OB;
  if (!WithLoc)
    return "";
  if (WithLoc->isLocationAvailable()) {
    StringRef File;
    unsigned Line = 0, Col = 0;
    WithLoc->getLocation(File, Line, Col);
    std::string S = (File + ":" + Twine(Line)).str();
    if (Col)
      S += ":" + std::to_string(Col);
    return S;
  }
  if (const DISubprogram *SP = WithLoc->getFunction().getSubprogram())
    return (SP->getFilename() + ":" + Twine(SP->getLine())).str();
  return "";
}

class Handler : public DiagnosticHandler {
  std::shared_ptr<BackendDiagnostics::State> S;

  /// An assembler diagnostic in inline assembly, as Clang prints it: at the
  /// asm statement's line in the C source, then the assembly line with a
  /// caret. False when the C location is unknown (IR without !srcloc).
  bool printInlineAsm(const DiagnosticInfoSrcMgr &DI) {
    const SMDiagnostic &D = DI.getSMDiag();
    std::string Loc;
    if (DI.isInlineAsmDiag() && DI.getLocCookie() && S->LocateInlineAsm)
      Loc = S->LocateInlineAsm(DI.getLocCookie());
    if (Loc.empty())
      return false; // no C location: printed as any other diagnostic
    errs() << Loc << ": " << severityName(DI.getSeverity()) << ": "
           << D.getMessage() << "\n";
    errs() << D.getFilename() << ":" << D.getLineNo() << ":"
           << (D.getColumnNo() + 1)
           << ": note: instantiated into assembly here\n";
    errs() << D.getLineContents() << "\n";
    if (D.getColumnNo() >= 0) {
      std::string Caret;
      StringRef Line = D.getLineContents();
      for (int I = 0; I < D.getColumnNo() && I < (int)Line.size(); ++I)
        Caret += Line[I] == '\t' ? '\t' : ' ';
      errs() << Caret << "^\n";
    }
    return true;
  }

public:
  explicit Handler(std::shared_ptr<BackendDiagnostics::State> S)
      : S(std::move(S)) {}

  // Remarks are wanted by pass name, as Clang's -Rpass=REGEX says.
  static bool matches(const std::shared_ptr<Regex> &R, StringRef PassName) {
    return R && R->match(PassName);
  }
  bool isPassedOptRemarkEnabled(StringRef PassName) const override {
    return matches(S->Passed, PassName);
  }
  bool isMissedOptRemarkEnabled(StringRef PassName) const override {
    return matches(S->Missed, PassName);
  }
  bool isAnalysisRemarkEnabled(StringRef PassName) const override {
    return matches(S->Analysis, PassName);
  }
  bool isAnyRemarkEnabled() const override {
    return S->Passed || S->Missed || S->Analysis;
  }

  bool handleDiagnostics(const DiagnosticInfo &DI) override {
    DiagnosticSeverity Sev = DI.getSeverity();
    // Remarks are printed only when asked for (-Rpass=...), by the pass
    // filters of DiagnosticHandler.
    if (Sev == DS_Remark) {
      if (auto *OR = dyn_cast<DiagnosticInfoOptimizationBase>(&DI))
        if (!OR->isEnabled())
          return true;
    }
    if (Sev == DS_Error)
      ++S->Errors;

    if (auto *SM = dyn_cast<DiagnosticInfoSrcMgr>(&DI))
      if (printInlineAsm(*SM))
        return true;

    std::string Msg;
    raw_string_ostream OS(Msg);
    std::string Loc = locationOf(DI);
    if (auto *U = dyn_cast<DiagnosticInfoUnsupported>(&DI)) {
      OS << U->getMessage().str();
    } else if (auto *SD = dyn_cast<SourceDiagnostic>(&DI)) {
      OS << SD->message();
    } else if (auto *OR = dyn_cast<DiagnosticInfoOptimizationBase>(&DI)) {
      OS << OR->getMsg();
    } else {
      DiagnosticPrinterRawOStream DP(OS);
      DI.print(DP);
    }
    StringRef Text = StringRef(Msg).rtrim();

    errs() << (Loc.empty() ? S->ProgName : Loc) << ": " << severityName(Sev)
           << ": " << Text;
    if (auto *OR = dyn_cast<DiagnosticInfoOptimizationBase>(&DI))
      errs() << " [-R"
             << (OR->getKind() == DK_OptimizationRemarkMissed ? "pass-missed"
                                                              : "pass")
             << "=" << OR->getPassName() << "]";
    errs() << "\n";
    if (auto *U = dyn_cast<DiagnosticInfoUnsupported>(&DI))
      if (!Loc.empty())
        errs() << Loc << ": note: in function '" << U->getFunction().getName()
               << "'\n";
    return true;
  }
};

} // namespace

BackendDiagnostics::BackendDiagnostics(LLVMContext &Ctx, std::string ProgName)
    : S(std::make_shared<State>()) {
  S->ProgName = std::move(ProgName);
  Ctx.setDiagnosticHandler(std::make_unique<Handler>(S));
}

unsigned BackendDiagnostics::errorCount() const { return S->Errors; }

void BackendDiagnostics::setInlineAsmLocator(
    std::function<std::string(uint64_t)> Locate) {
  S->LocateInlineAsm = std::move(Locate);
}

void BackendDiagnostics::setRemarkPatterns(std::shared_ptr<Regex> Passed,
                                           std::shared_ptr<Regex> Missed,
                                           std::shared_ptr<Regex> Analysis) {
  S->Passed = std::move(Passed);
  S->Missed = std::move(Missed);
  S->Analysis = std::move(Analysis);
}
