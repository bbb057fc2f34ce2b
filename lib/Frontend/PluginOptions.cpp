// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- PluginOptions.cpp - Arguments of the corecc plugin -----------------===//

#include "PluginOptions.h"
#include "corecc/PluginProtocol.h"
#include "llvm/ADT/Twine.h"

using namespace corecc::plugin;
using namespace llvm;

std::optional<std::string> PluginOptions::parse(StringRef Arg) {
  // corecc passes "-mcore"; clang's -fplugin-arg-corecc-mcore passes
  // "mcore". Accept both (PluginProtocol.h).
  if (corecc::protocol::isCoreOn(Arg)) {
    Core = true;
    return std::nullopt;
  }
  if (corecc::protocol::isCoreOff(Arg)) {
    Core = false;
    return std::nullopt;
  }
  if (corecc::protocol::isCoreccLowering(Arg)) {
    CoreccLowering = true;
    return std::nullopt;
  }
  StringRef A = Arg;
  A.consume_front("-");

  // -W[no-][error=]core[-<check>]: the flags of the group or of one check.
  StringRef W = A;
  if (W.consume_front("W")) {
    bool No = W.consume_front("no-");
    bool Error = W.consume_front("error=");
    StringRef Name;
    if (W == "core" || (W.consume_front("core-") && !W.empty())) {
      Name = W == "core" ? StringRef() : W;
      CheckFlags &F = Name.empty() ? Group : Checks[Name];
      if (Error) {
        F.AsError = !No;
        if (!No)
          F.Enabled = true;
      } else {
        F.Enabled = !No;
      }
      return std::nullopt;
    }
  }
  return ("unknown argument '" + Twine(Arg) +
          "' (expected -mcore, -mno-core, -Wcore, -Wno-core, "
          "-Wcore-<check>, -Wno-core-<check>, -Werror=core[-<check>], "
          "-Wno-error=core[-<check>])")
      .str();
}

CheckLevel PluginOptions::levelOf(StringRef Name, bool IgnoreAllWarnings,
                                  bool DefaultError, bool DefaultOff) const {
  CheckFlags F;
  auto It = Checks.find(Name);
  if (It != Checks.end())
    F = It->second;
  bool Enabled =
      F.Enabled.value_or(DefaultOff ? false : Group.Enabled.value_or(true));
  if (!Enabled)
    return CheckLevel::Ignored;
  bool AsError = F.AsError.value_or(Group.AsError.value_or(DefaultError));
  // As in Clang, -w silences warnings, not what is an error by default.
  if (IgnoreAllWarnings && !(DefaultError && AsError))
    return CheckLevel::Ignored;
  return AsError ? CheckLevel::Error : CheckLevel::Warning;
}
