// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- PluginOptions.h - Arguments of the corecc plugin ---------*- C++ -*-===//
//
// The plugin takes corecc's CO-RE switches and its warning flags as plugin
// arguments:
//   corecc:    passed automatically (-mcore or -mno-core, -Wcore...)
//   clang-19:  -fplugin=corecc-plugin.so -fplugin-arg-corecc-mcore
//
// The checks report through custom diagnostic IDs, which Clang 19 does not
// map by flag, so the plugin works out each check's level itself:
//
//   1. -Wno-core-<check> / -Wcore-<check>, else -Wno-core / -Wcore, else on;
//   2. -w silences every check (as it silences Clang's own warnings);
//   3. -Werror=core-<check> / -Wno-error=core-<check>, else -Werror=core /
//      -Wno-error=core, else Clang's -Werror, make it an error or not.
//
// A check that is an error by default (as Clang's DefaultError warnings:
// what it finds cannot load) stays an error unless -Wno-error=core[-<check>]
// says otherwise, and -w does not silence it while it is one.
//
// -Werror=core[-<check>] also turns the check(s) on, as -Werror=<flag> does
// in Clang. A check's own flag wins over the group's, whatever their order.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_LIB_FRONTEND_PLUGINOPTIONS_H
#define CORECC_LIB_FRONTEND_PLUGINOPTIONS_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace corecc {
namespace plugin {

/// What the flags said about one check, or about the -Wcore group; unset
/// fields fall back to the group, then to Clang's settings.
struct CheckFlags {
  std::optional<bool> Enabled; // -Wcore[-x] / -Wno-core[-x]
  std::optional<bool> AsError; // -Werror=core[-x] / -Wno-error=core[-x]
};

/// How one check is reported.
enum class CheckLevel { Ignored, Warning, Error };

struct PluginOptions {
  /// Explicit -mcore/-mno-core; unset means "on when debug info is".
  std::optional<bool> Core;
  /// -corecc-lowering: corecc's own CO-RE pass (not LLVM's, as in clang-19
  /// with the plugin) lowers the accesses, and relocates some that LLVM's
  /// leaves to the program's layout ("(s+2)->b").
  bool CoreccLowering = false;
  /// The -Wcore group.
  CheckFlags Group;
  /// Per-check flags, by check name (e.g. "empty-builtin").
  llvm::StringMap<CheckFlags> Checks;

  /// Parses one argument; returns an error message for an unknown one.
  std::optional<std::string> parse(llvm::StringRef Arg);

  /// The level of check Name, given Clang's -w; DefaultError for a check
  /// that is an error unless told otherwise. Clang's plain -Werror does not
  /// make the checks errors (they are like Clang's warnings that -Werror
  /// leaves alone): a build that clang-19 accepts under -Wall -Werror builds
  /// with corecc too. Only -Werror=core[-<check>] makes them errors.
  /// DefaultOff: a check that only its own -Wcore-<name> (or
  /// -Werror=core-<name>) turns on.
  CheckLevel levelOf(llvm::StringRef Name, bool IgnoreAllWarnings,
                     bool DefaultError = false, bool DefaultOff = false) const;
};

} // namespace plugin
} // namespace corecc

#endif
