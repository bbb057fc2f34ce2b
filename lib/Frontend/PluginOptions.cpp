//===- PluginOptions.cpp - Arguments of the corecc plugin -----------------===//

#include "PluginOptions.h"
#include "llvm/ADT/Twine.h"

using namespace corecc::plugin;
using namespace llvm;

std::optional<std::string> PluginOptions::parse(StringRef Arg) {
  // corecc passes "-mcore"; clang's -fplugin-arg-corecc-mcore passes
  // "mcore". Accept both.
  StringRef A = Arg;
  A.consume_front("-");

  if (A == "mcore" || A == "mco-re") {
    Core = true;
    return std::nullopt;
  }
  if (A == "mno-core" || A == "mno-co-re") {
    Core = false;
    return std::nullopt;
  }
  if (A == "Wcore") {
    Group = CheckSetting::Warning;
    return std::nullopt;
  }
  if (A == "Wno-core") {
    Group = CheckSetting::Off;
    return std::nullopt;
  }
  if (A == "Werror=core") {
    GroupAsError = true;
    return std::nullopt;
  }
  if (A == "Wno-error=core") {
    GroupAsError = false;
    return std::nullopt;
  }
  StringRef Name = A;
  if (Name.consume_front("Wno-error=core-")) {
    Checks[Name] = CheckSetting::Warning;
    return std::nullopt;
  }
  if (Name.consume_front("Werror=core-")) {
    Checks[Name] = CheckSetting::Error;
    return std::nullopt;
  }
  if (Name.consume_front("Wno-core-")) {
    Checks[Name] = CheckSetting::Off;
    return std::nullopt;
  }
  if (Name.consume_front("Wcore-")) {
    Checks[Name] = CheckSetting::Warning;
    return std::nullopt;
  }
  return ("unknown argument '" + Twine(Arg) +
          "' (expected -mcore, -mno-core, -Wcore, -Wno-core, "
          "-Wcore-<check>, -Wno-core-<check>, -Werror=core[-<check>])")
      .str();
}
