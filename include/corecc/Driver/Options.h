// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/Driver/Options.h - corecc's command line ----------*- C++ -*-===//
//
// corecc takes a GCC/Clang-style command line. The options that are
// corecc's own (CO-RE, BTF-only debug info, endianness, the cpu) are parsed
// here; everything else goes to Clang's driver, which knows -I, -D, -std=,
// -W..., -M... and reports an unknown option by name.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_DRIVER_OPTIONS_H
#define CORECC_DRIVER_OPTIONS_H

#include "corecc/PluginProtocol.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/CodeGen.h"
#include "llvm/Support/Error.h"
#include <optional>
#include <string>
#include <vector>

namespace corecc {

/// How CO-RE was asked for; the effective mode depends on debug options too.
enum class CoreRequest { Default, On, Off };

struct DriverOptions {
  // What to produce.
  bool CompileOnly = false;    // -c
  bool AssembleOnly = false;   // -S
  bool PreprocessOnly = false; // -E
  bool EmitLLVM = false;       // -emit-llvm
  std::string Output;          // -o

  // Target.
  bool BigEndian = false;
  bool TargetGiven = false; // -target/--target: header search as clang's for it
  std::string CPU = "v3";

  // Optimization level for corecc's own pipeline (Clang sees the -O flag).
  unsigned OptLevel = 0;  // 0-3
  unsigned SizeLevel = 0; // 1 for -Os, 2 for -Oz

  // Debug information and CO-RE.
  bool UserDebug = false; // -g, -g1..3, -ggdb..., and not cancelled by -g0
  bool BTFOnly = false;   // -gbtf
  CoreRequest Core = CoreRequest::Default;

  // The header cache (HeaderCache.cpp).
  std::optional<bool> HeaderCache; // -f[no-]corecc-cache, the last one
  std::string HeaderCacheDir;      // -fcorecc-cache-dir=
  /// -E with -g appends the sources it read; a compile of such a .i
  /// compiles them (SourceBundle.h). -fno-corecc-bundle-sources: neither.
  bool SourceBundles = true;

  // Informational.
  bool Verbose = false;
  bool PrintVersion = false;
  bool PrintHelp = false;

  /// Arguments given to the corecc Clang plugin (-mcore, -Wcore...).
  std::vector<std::string> PluginArgs;
  /// -mllvm arguments, for LLVM's own option parser.
  std::vector<std::string> LLVMArgs;
  /// Everything for Clang's driver, in order (inputs included).
  std::vector<std::string> ClangArgs;
  /// Input files, as given.
  std::vector<std::string> Inputs;
  /// What the driver says about options it takes but changes (-flto).
  std::vector<std::string> Warnings;

  bool hasInputs() const { return !Inputs.empty(); }
  bool isCoreEnabled() const {
    if (Core != CoreRequest::Default)
      return Core == CoreRequest::On;
    return protocol::coreByDefault(UserDebug || BTFOnly);
  }
  /// Whether the object carries .BTF/.BTF.ext.
  bool emitsBTF() const {
    return UserDebug || BTFOnly || Core == CoreRequest::On;
  }
  /// Whether the object carries DWARF (.debug_* sections).
  bool emitsDWARF() const { return UserDebug; }
  std::string triple() const { return BigEndian ? "bpfeb" : "bpfel"; }
  llvm::CodeGenOptLevel codeGenOptLevel() const;
};

/// Parses argv (without argv[0]). Errors name the offending argument.
llvm::Expected<DriverOptions>
parseDriverOptions(llvm::ArrayRef<const char *> Args);

/// The --help text.
const char *driverHelpText();

} // namespace corecc

#endif
