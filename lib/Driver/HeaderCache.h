// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- HeaderCache.h - Precompiled large headers, kept between compiles ---===//
//
// Every kernel probe starts with #include "vmlinux.h": 100k+ lines that
// both compilers spend most of a compile parsing. corecc keeps a
// precompiled form (a Clang PCH) of such a header in a cache directory and
// gives it to the compiles that include it again. The object is the same
// byte for byte; only the time differs. docs/header-cache.md has the
// rules.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_LIB_DRIVER_HEADERCACHE_H
#define CORECC_LIB_DRIVER_HEADERCACHE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace clang {
class CompilerInstance;
class CompilerInvocation;
} // namespace clang

namespace corecc {

struct HeaderCacheSettings {
  bool Enabled = true;
  /// The cache directory (created when first needed).
  std::string Dir;
  /// -v: say whether the cache was used, and why not.
  bool Verbose = false;
};

/// The settings from the command line (-f[no-]corecc-cache,
/// -fcorecc-cache-dir=), which win, and the environment (CORECC_CACHE=0,
/// CORECC_CACHE_DIR, XDG_CACHE_HOME, HOME).
HeaderCacheSettings headerCacheSettings(std::optional<bool> Flag,
                                        llvm::StringRef FlagDir, bool Verbose);

/// Prepares the compile in CI (made from CC1Args, a code generation job)
/// to read the precompiled form of the header its main file starts with,
/// if that header is large and self-contained; builds that form when the
/// header is seen for the second time. Configure is applied to the PCH
/// build's invocation as it was to CI's (macros corecc adds). Never fails
/// the compile: anything unexpected compiles without the cache.
void useHeaderCache(
    clang::CompilerInstance &CI, llvm::ArrayRef<std::string> CC1Args,
    const HeaderCacheSettings &S, llvm::StringRef ExePath,
    llvm::function_ref<void(clang::CompilerInvocation &)> Configure);

} // namespace corecc

#endif
