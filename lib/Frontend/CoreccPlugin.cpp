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

// Internal linkage on purpose: the address identifies this copy of the
// plugin (see isFirstCopy), and a global symbol could be interposed by
// another copy loaded with RTLD_GLOBAL.
const char PluginName[] = "corecc";
const char PluginDesc[] = "CO-RE checks for BPF C (corecc)";

/// Whether this copy of the plugin is the first "corecc" in Clang's
/// registry. Two copies of the shared object at different paths (corecc's
/// own and one given again with -fplugin=) both register; only the first
/// acts, so each diagnostic appears once. The same file loaded twice is
/// one copy: the dynamic loader opens it once.
bool isFirstCopy() {
  for (const FrontendPluginRegistry::entry &E :
       FrontendPluginRegistry::entries())
    if (E.getName() == PluginName)
      return E.getDesc().data() == PluginDesc;
  return true;
}

class CoreccPluginAction : public PluginASTAction {
  PluginOptions Opts;
  bool Active = isFirstCopy();

protected:
  bool ParseArgs(const CompilerInstance &CI,
                 const std::vector<std::string> &Args) override {
    if (!Active)
      return true;
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
    // A check name nobody knows is a typo, as Clang warns for -W<typo>.
    if (!DE.getIgnoreAllWarnings()) {
      for (const auto &C : Opts.Checks) {
        if (isKnownCheck(C.getKey()))
          continue;
        unsigned ID = DE.getCustomDiagID(
            DiagnosticsEngine::Warning,
            "corecc plugin: unknown check '%0' in a -Wcore-<check> flag "
            "(checks: %1)");
        DE.Report(ID) << C.getKey() << knownCheckNames();
      }
    }
    return OK;
  }

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef File) override {
    if (!Active)
      return std::make_unique<ASTConsumer>();
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

static FrontendPluginRegistry::Add<CoreccPluginAction> X(PluginName,
                                                         PluginDesc);
