// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/PluginProtocol.h - What the driver tells the plugin -*- C++
//-*-===//
//
// Part of corecc. See docs/design.md, "The Clang plugin".
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The corecc driver and the corecc Clang plugin are separate binaries (the
/// plugin also runs inside clang-19, given -fplugin), so they share no code
/// but this header: the spelling of the plugin's arguments and the rules both
/// apply to them. Header-only on purpose: it adds no link dependency to
/// either side.
///
//===----------------------------------------------------------------------===//

#ifndef CORECC_PLUGINPROTOCOL_H
#define CORECC_PLUGINPROTOCOL_H

#include "llvm/ADT/StringRef.h"

namespace corecc {
namespace protocol {

/// The name the plugin registers under: clang's -fplugin-arg-corecc-<arg>.
inline constexpr llvm::StringLiteral PluginArgPrefix = "-fplugin-arg-corecc-";

/// What the driver passes (clang passes the same words without the '-').
inline constexpr llvm::StringLiteral CoreOn = "-mcore";
inline constexpr llvm::StringLiteral CoreOff = "-mno-core";
/// corecc's own CO-RE IR pass runs (not LLVM's, as under clang-19).
inline constexpr llvm::StringLiteral CoreccLowering = "-corecc-lowering";

/// -mcore or -mco-re, with or without the leading '-'.
inline bool isCoreOn(llvm::StringRef A) {
  A.consume_front("-");
  return A == "mcore" || A == "mco-re";
}
/// -mno-core or -mno-co-re, with or without the leading '-'.
inline bool isCoreOff(llvm::StringRef A) {
  A.consume_front("-");
  return A == "mno-core" || A == "mno-co-re";
}
inline bool isCoreccLowering(llvm::StringRef A) {
  A.consume_front("-");
  return A == CoreccLowering.drop_front();
}
/// -W[no-][error=]core[-<check>]: a diagnostic flag of the CO-RE checks,
/// which the driver hands to the plugin. Only the prefix is matched here;
/// the plugin parses the rest.
inline bool isCoreWarningFlag(llvm::StringRef A) {
  return A.starts_with("-Wcore") || A.starts_with("-Wno-core") ||
         A.starts_with("-Werror=core") || A.starts_with("-Wno-error=core");
}

/// Without -mcore or -mno-core, CO-RE is on exactly when debug information
/// is generated, at any level (-g1 too): the relocations need the types.
inline bool coreByDefault(bool DebugInfo) { return DebugInfo; }

} // namespace protocol
} // namespace corecc

#endif // CORECC_PLUGINPROTOCOL_H
