// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
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
#include "llvm/ADT/StringRef.h"
#include <memory>
#include <string>

namespace clang {
class CompilerInstance;
}

namespace corecc {
namespace plugin {

/// Whether Name is a check (the <name> of -Wcore-<name>).
bool isKnownCheck(llvm::StringRef Name);
/// The names of all checks, comma-separated.
std::string knownCheckNames();

std::unique_ptr<clang::ASTConsumer>
createCoreChecksConsumer(clang::CompilerInstance &CI,
                         const PluginOptions &Opts);

} // namespace plugin
} // namespace corecc

#endif
