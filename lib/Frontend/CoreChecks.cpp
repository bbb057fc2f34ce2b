//===- CoreChecks.cpp - CO-RE source checks -------------------------------===//
//
// The table of checks: each has a flag name and a message; the setting
// from -Wcore, -Wno-core-<name>, -Werror=core[-<name>] picks its level.
//
//   empty-builtin   __builtin_preserve_access_index(expr) where expr has no
//                   member or array access: nothing is relocated.
//
//===----------------------------------------------------------------------===//

#include "CoreChecks.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/Builtins.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Lex/Lexer.h"

using namespace clang;
using namespace corecc::plugin;

namespace {

enum CheckID { EmptyBuiltin, NumChecks };

struct CheckInfo {
  const char *Name;
  const char *Message;
};

const CheckInfo Checks[NumChecks] = {
    {"empty-builtin",
     "__builtin_preserve_access_index has no effect here: the expression "
     "contains no member or array access to relocate"},
};

/// Creates the diagnostic ID of each enabled check at its level (see
/// PluginOptions.h: Clang 19 does not map custom diagnostics by flag, so -w
/// and -Werror are applied here).
class CheckDiags {
  DiagnosticsEngine &DE;
  unsigned IDs[NumChecks] = {};
  std::string Messages[NumChecks];

public:
  CheckDiags(DiagnosticsEngine &DE, const PluginOptions &Opts) : DE(DE) {
    for (unsigned I = 0; I < NumChecks; ++I) {
      CheckLevel L = Opts.levelOf(Checks[I].Name, DE.getIgnoreAllWarnings(),
                                  DE.getWarningsAsErrors());
      if (L == CheckLevel::Ignored)
        continue;
      // The flag, as Clang shows it: [-Werror,-Wx] when made an error.
      Messages[I] = std::string(Checks[I].Message) + " [" +
                    (L == CheckLevel::Error ? "-Werror," : "") + "-Wcore-" +
                    Checks[I].Name + "]";
      IDs[I] = DE.getCustomDiagID(L == CheckLevel::Error
                                      ? DiagnosticsEngine::Error
                                      : DiagnosticsEngine::Warning,
                                  "%0");
    }
  }

  /// Starts a diagnostic, or returns std::nullopt when the check is off.
  std::optional<DiagnosticBuilder> report(CheckID C, SourceLocation Loc) {
    if (!IDs[C])
      return std::nullopt;
    DiagnosticBuilder B = DE.Report(Loc, IDs[C]);
    B << Messages[C];
    return B;
  }
};

bool hasMemberOrArrayAccess(const Stmt *S) {
  if (!S)
    return false;
  if (isa<MemberExpr>(S) || isa<ArraySubscriptExpr>(S))
    return true;
  for (const Stmt *Child : S->children())
    if (hasMemberOrArrayAccess(Child))
      return true;
  return false;
}

class Visitor : public RecursiveASTVisitor<Visitor> {
  ASTContext &Ctx;
  CheckDiags &Diags;

public:
  Visitor(ASTContext &Ctx, CheckDiags &Diags) : Ctx(Ctx), Diags(Diags) {}

  bool VisitCallExpr(CallExpr *CE) {
    if (CE->getBuiltinCallee() != Builtin::BI__builtin_preserve_access_index ||
        CE->getNumArgs() != 1)
      return true;
    const Expr *Arg = CE->getArg(0);
    if (hasMemberOrArrayAccess(Arg))
      return true;
    if (auto B = Diags.report(EmptyBuiltin, CE->getBeginLoc())) {
      *B << CE->getSourceRange();
      // Replace the call by its argument.
      CharSourceRange ArgRange =
          CharSourceRange::getTokenRange(Arg->getSourceRange());
      StringRef Text = Lexer::getSourceText(ArgRange, Ctx.getSourceManager(),
                                            Ctx.getLangOpts());
      if (!Text.empty())
        *B << FixItHint::CreateReplacement(CE->getSourceRange(),
                                           ("(" + Text + ")").str());
    }
    return true;
  }
};

class CoreChecksConsumer : public ASTConsumer {
  CompilerInstance &CI;
  PluginOptions Opts;

public:
  CoreChecksConsumer(CompilerInstance &CI, const PluginOptions &Opts)
      : CI(CI), Opts(Opts) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    // After a real error the AST may be incomplete; errors that are
    // warnings made errors by -Werror do not count.
    if (CI.getDiagnostics().hasUncompilableErrorOccurred())
      return;
    CheckDiags Diags(CI.getDiagnostics(), Opts);
    Visitor V(Ctx, Diags);
    V.TraverseDecl(Ctx.getTranslationUnitDecl());
  }
};

} // namespace

bool corecc::plugin::isKnownCheck(StringRef Name) {
  for (const CheckInfo &C : Checks)
    if (Name == C.Name)
      return true;
  return false;
}

std::string corecc::plugin::knownCheckNames() {
  std::string Names;
  for (const CheckInfo &C : Checks)
    Names += (Names.empty() ? "" : ", ") + std::string(C.Name);
  return Names;
}

std::unique_ptr<ASTConsumer>
corecc::plugin::createCoreChecksConsumer(CompilerInstance &CI,
                                         const PluginOptions &Opts) {
  return std::make_unique<CoreChecksConsumer>(CI, Opts);
}
