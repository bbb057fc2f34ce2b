//===- CoreccPlugin.cpp - The corecc Clang plugin -------------------------===//
//
// Registers the "corecc" plugin action. It runs before Clang's code
// generation (AddBeforeMainAction), in corecc and in stock clang-19:
//
//   clang-19 -target bpf -g -O2 -c prog.c \
//       -fplugin=corecc-plugin.so -fplugin-arg-corecc-mcore
//
// With CO-RE on it checks the CO-RE constructs (CoreChecks.cpp); with CO-RE
// off there is nothing to relocate and nothing to check.
//
//===----------------------------------------------------------------------===//

#include "CoreChecks.h"
#include "PluginOptions.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"

using namespace clang;
using namespace corecc::plugin;

namespace {

class CoreccPluginAction : public PluginASTAction {
  PluginOptions Opts;

protected:
  bool ParseArgs(const CompilerInstance &CI,
                 const std::vector<std::string> &Args) override {
    DiagnosticsEngine &DE = CI.getDiagnostics();
    bool OK = true;
    for (const std::string &A : Args) {
      if (std::optional<std::string> Err = Opts.parse(A)) {
        unsigned ID =
            DE.getCustomDiagID(DiagnosticsEngine::Error, "corecc plugin: %0");
        DE.Report(ID) << *Err;
        OK = false;
      }
    }
    return OK;
  }

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef File) override {
    // Without -mcore/-mno-core, follow corecc's rule: CO-RE is on when
    // debug information is.
    bool Core = Opts.Core.value_or(CI.getCodeGenOpts().getDebugInfo() >=
                                   llvm::codegenoptions::DebugInfoConstructor);
    if (!Core)
      return std::make_unique<ASTConsumer>();
    return createCoreChecksConsumer(CI, Opts);
  }

  ActionType getActionType() override { return AddBeforeMainAction; }
};

} // namespace

static FrontendPluginRegistry::Add<CoreccPluginAction>
    X("corecc", "CO-RE checks for BPF C (corecc)");
