// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
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
// CO-RE needs the debug types of every record it relocates: clang-19 builds
// a relocation from the DICompositeType of the access. Below full debug
// information clang-19 cannot:
//
//   -gline-tables-only, -g1   the records are forward declarations in the
//                             metadata: clang-19's BPF passes crash
//   -gline-directives-only    the functions' BTF points at missing types
//   no -g                     "using builtin_preserve_access_index() without
//                             -g", and preserve_access_index silently does
//                             nothing
//
// With CO-RE on (-mcore, or any -g), the plugin raises the debug-info kind
// of a BPF compile to what -g gives before Clang's code generator is
// created: the plugin's consumer is made after the main action's, but Clang
// creates the code generator's module, and its debug-info builder, only when
// the consumers are initialized, and ours comes first. corecc always
// compiles with full debug metadata (its driver asks for it), so this only
// changes stock clang-19.
//
//===----------------------------------------------------------------------===//

#include "CoreChecks.h"
#include "PluginOptions.h"
#include "corecc/PluginProtocol.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/Basic/CodeGenOptions.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/TargetInfo.h"
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

/// Raises the debug-info kind of a BPF compile to what CO-RE needs (see the
/// comment at the top).
void ensureCoreDebugInfo(CompilerInstance &CI) {
  if (!CI.hasTarget() || !CI.getTarget().getTriple().isBPF())
    return;
  CodeGenOptions &CGO = CI.getCodeGenOpts();
  if (CGO.getDebugInfo() >= llvm::codegenoptions::DebugInfoConstructor)
    return;
  CGO.setDebugInfo(llvm::codegenoptions::DebugInfoConstructor);
  // Without -g the driver gave no DWARF version; use the one -g gives.
  if (!CGO.DwarfVersion)
    CGO.DwarfVersion = 5;
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
    // Without -mcore/-mno-core, follow corecc's rule (PluginProtocol.h).
    bool Core = Opts.Core.value_or(
        corecc::protocol::coreByDefault(CI.getCodeGenOpts().getDebugInfo() >
                                        llvm::codegenoptions::LocTrackingOnly));
    if (!Core)
      return std::make_unique<ASTConsumer>();
    ensureCoreDebugInfo(CI);
    return createCoreChecksConsumer(CI, Opts);
  }

  ActionType getActionType() override { return AddBeforeMainAction; }
};

} // namespace

static FrontendPluginRegistry::Add<CoreccPluginAction> X(PluginName,
                                                         PluginDesc);
