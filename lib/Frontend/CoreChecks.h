//===- CoreChecks.h - CO-RE source checks -----------------------*- C++ -*-===//
//
// Checks of CO-RE constructs that Clang accepts but that break at load time
// or silently on another kernel. Each check has a name, its own flag
// (-Wcore-<name>) and belongs to the -Wcore group.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_LIB_FRONTEND_CORECHECKS_H
#define CORECC_LIB_FRONTEND_CORECHECKS_H

#include "PluginOptions.h"
#include "clang/AST/ASTConsumer.h"
#include <memory>

namespace clang {
class CompilerInstance;
}

namespace corecc {
namespace plugin {

std::unique_ptr<clang::ASTConsumer>
createCoreChecksConsumer(clang::CompilerInstance &CI,
                         const PluginOptions &Opts);

} // namespace plugin
} // namespace corecc

#endif
