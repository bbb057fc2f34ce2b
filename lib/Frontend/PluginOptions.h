//===- PluginOptions.h - Arguments of the corecc plugin ---------*- C++ -*-===//
//
// The plugin takes corecc's CO-RE switches and its warning flags as plugin
// arguments:
//   corecc:    passed automatically (-mcore or -mno-core, -Wcore...)
//   clang-19:  -fplugin=corecc-plugin.so -fplugin-arg-corecc-mcore
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

/// What the user said about one -Wcore-<name> check.
enum class CheckSetting { Default, Off, Warning, Error };

struct PluginOptions {
  /// Explicit -mcore/-mno-core; unset means "on when debug info is".
  std::optional<bool> Core;
  /// -Wcore / -Wno-core for the whole group.
  CheckSetting Group = CheckSetting::Default;
  /// Per-check settings, by check name (e.g. "bitfield").
  llvm::StringMap<CheckSetting> Checks;
  /// -Werror=core.
  bool GroupAsError = false;

  /// Parses one argument; returns an error message for an unknown one.
  std::optional<std::string> parse(llvm::StringRef Arg);
};

} // namespace plugin
} // namespace corecc

#endif
