// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Options.cpp - corecc's command line --------------------------------===//

#include "corecc/Driver/Options.h"
#include "corecc/Target/CoreBPF.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSwitch.h"

using namespace llvm;
using namespace corecc;

CodeGenOptLevel DriverOptions::codeGenOptLevel() const {
  switch (OptLevel) {
  case 0:
    return CodeGenOptLevel::None;
  case 1:
    return CodeGenOptLevel::Less;
  case 3:
    return CodeGenOptLevel::Aggressive;
  default:
    return CodeGenOptLevel::Default;
  }
}

static Error usageError(const Twine &Msg) {
  return createStringError(inconvertibleErrorCode(), Msg);
}

/// Options that Clang's driver takes with a separate value ("-o x").
static bool takesSeparateValue(StringRef A) {
  return StringSwitch<bool>(A)
      .Cases("-o", "-I", "-D", "-U", "-include", "-isystem", true)
      .Cases("-idirafter", "-iquote", "-imacros", "-MF", "-MT", "-MQ", true)
      .Cases("-x", "-Xclang", "-target", "-mllvm", "-isysroot", true)
      .Cases("--sysroot", "-iprefix", "-iwithprefix", "-Xpreprocessor", true)
      .Default(false);
}

/// Parses -O levels like GCC: -O is -O1, -Ofast is -O3.
static bool parseOptLevel(StringRef A, DriverOptions &O) {
  if (!A.consume_front("-O"))
    return false;
  O.SizeLevel = 0;
  if (A.empty() || A == "1")
    O.OptLevel = 1;
  else if (A == "0")
    O.OptLevel = 0;
  else if (A == "2")
    O.OptLevel = 2;
  else if (A == "3" || A == "fast" || (A.size() == 1 && isDigit(A[0])))
    O.OptLevel = 3;
  else if (A == "s")
    O.OptLevel = 2, O.SizeLevel = 1;
  else if (A == "z")
    O.OptLevel = 2, O.SizeLevel = 2;
  else
    return false;
  return true;
}

/// Tracks -g options; returns true if A is one.
static bool parseDebugFlag(StringRef A, DriverOptions &O) {
  if (A == "-gbtf") {
    O.BTFOnly = true;
    return true;
  }
  if (A == "-g0") {
    O.UserDebug = false;
    O.BTFOnly = false;
    return true;
  }
  if (A == "-g" || A == "-g1" || A == "-g2" || A == "-g3" ||
      A == "-gline-tables-only" || A == "-gline-directives-only" ||
      A.starts_with("-ggdb") || A.starts_with("-gdwarf") || A == "-gfull" ||
      A == "-gused") {
    O.UserDebug = true;
    return true;
  }
  return false;
}

Expected<DriverOptions>
corecc::parseDriverOptions(ArrayRef<const char *> Args) {
  DriverOptions O;
  // GCC's -gtoggle flips whether debug information is generated, once all
  // the other -g options are read (an even number of them flip nothing).
  bool ToggleDebug = false;
  for (size_t I = 0; I < Args.size(); ++I) {
    StringRef A = Args[I];
    if (A == "-gtoggle") {
      ToggleDebug = !ToggleDebug;
      continue;
    }
    // A BPF object is ELF for libbpf and bpftool, which read no LLVM
    // bitcode: the link-time optimizer has nothing to link it with.
    if (A == "-flto" || A.starts_with("-flto=") || A == "-ffat-lto-objects") {
      O.Warnings.push_back("'" + A.str() +
                           "' ignored: BPF objects are ELF for libbpf and "
                           "bpftool, which read no LLVM bitcode (use "
                           "-emit-llvm for bitcode)");
      continue;
    }
    if (A == "-fno-lto")
      continue;
    auto NextValue = [&]() -> Expected<StringRef> {
      if (I + 1 >= Args.size())
        return usageError("argument to '" + A + "' is missing");
      return StringRef(Args[++I]);
    };

    // corecc's own switches.
    if (protocol::isCoreOn(A)) {
      O.Core = CoreRequest::On;
      continue;
    }
    if (protocol::isCoreOff(A)) {
      O.Core = CoreRequest::Off;
      continue;
    }
    if (A == "-mlittle-endian" || A == "-EL") {
      O.BigEndian = false;
      continue;
    }
    if (A == "-mbig-endian" || A == "-EB") {
      O.BigEndian = true;
      continue;
    }
    if (A == "--version") {
      O.PrintVersion = true;
      continue;
    }
    if (A == "--help" || A == "-help") {
      O.PrintHelp = true;
      continue;
    }
    if (protocol::isCoreWarningFlag(A)) {
      O.PluginArgs.push_back(A.str());
      continue;
    }
    if (A == "-mllvm") {
      auto V = NextValue();
      if (!V)
        return V.takeError();
      O.LLVMArgs.push_back(V->str());
      continue;
    }
    StringRef TargetValue = A;
    bool IsTarget = TargetValue.consume_front("--target=") ||
                    TargetValue.consume_front("-target=");
    if (A == "-target") {
      auto V = NextValue();
      if (!V)
        return V.takeError();
      TargetValue = *V;
      IsTarget = true;
    }
    if (IsTarget) {
      O.TargetGiven = true;
      if (TargetValue.empty())
        return usageError("missing target in '" + A +
                          "' (expected bpf, bpfel or bpfeb)");
      StringRef Arch = TargetValue.split('-').first;
      if (Arch == "bpf" || Arch == "bpfel")
        O.BigEndian = false;
      else if (Arch == "bpfeb")
        O.BigEndian = true;
      else
        return usageError("unsupported target '" + TargetValue +
                          "': corecc compiles for bpf, bpfel and bpfeb");
      continue;
    }
    if (A.starts_with("-save-temps"))
      return usageError("unsupported option '" + A +
                        "': corecc compiles each input in one process, "
                        "without intermediate files (use -E, -S or "
                        "-emit-llvm to see a stage)");
    if (A == "-fno-corecc-cache" || A == "-fcorecc-cache") {
      O.HeaderCache = A == "-fcorecc-cache";
      continue;
    }
    if (A == "-fno-corecc-bundle-sources" || A == "-fcorecc-bundle-sources") {
      O.SourceBundles = A == "-fcorecc-bundle-sources";
      continue;
    }
    if (StringRef Dir = A; Dir.consume_front("-fcorecc-cache-dir=")) {
      if (Dir.empty())
        return usageError("missing directory in '" + A + "'");
      O.HeaderCacheDir = Dir.str();
      continue;
    }
    StringRef CPU = A;
    if (CPU.consume_front("-mcpu=") || CPU.consume_front("-march=")) {
      if (!isKnownCPU(CPU))
        return usageError("unknown BPF cpu '" + CPU + "' in '" + Args[I] +
                          "' (expected " + knownCPUList() + ")");
      // Clang's front end takes generic as v1 (its __BPF_CPU_VERSION__ and
      // feature macros); corecc means v3 by both, so both get v3.
      O.CPU = CPU == "generic" || CPU == "probe" ? "v3" : CPU.str();
      continue;
    }

    // Options corecc looks at and passes on.
    std::string Arg = A.str();
    if (A == "-c")
      O.CompileOnly = true;
    else if (A == "-S")
      O.AssembleOnly = true;
    else if (A == "-E")
      O.PreprocessOnly = true;
    else if (A == "-emit-llvm")
      O.EmitLLVM = true;
    else if (A == "-v")
      O.Verbose = true;
    else if (A == "-o") {
      auto V = NextValue();
      if (!V)
        return V.takeError();
      O.Output = V->str();
      O.ClangArgs.push_back("-o");
      O.ClangArgs.push_back(O.Output);
      continue;
    } else if (A.starts_with("-o") && A.size() > 2) {
      O.Output = A.drop_front(2).str();
    } else if (parseOptLevel(A, O) || parseDebugFlag(A, O)) {
      if (A == "-gbtf")
        continue; // Clang has no -gbtf; corecc asks Clang for -g itself.
    } else if (A.starts_with(protocol::PluginArgPrefix)) {
      // The plugin's own spelling of corecc's switches: the driver must
      // see -mcore/-mno-core too, since its IR pass follows them.
      StringRef PA = A.drop_front(protocol::PluginArgPrefix.size());
      if (protocol::isCoreOn(PA))
        O.Core = CoreRequest::On;
      else if (protocol::isCoreOff(PA))
        O.Core = CoreRequest::Off;
      else
        O.PluginArgs.push_back(PA.str());
      continue;
    } else if (takesSeparateValue(A)) {
      O.ClangArgs.push_back(Arg);
      auto V = NextValue();
      if (!V)
        return V.takeError();
      O.ClangArgs.push_back(V->str());
      continue;
    } else if (A == "-" || !A.starts_with("-")) {
      O.Inputs.push_back(Arg);
    }
    O.ClangArgs.push_back(Arg);
  }
  if (ToggleDebug) {
    // Clang takes the last -g option, so "-g0" after the others turns
    // debug information off and "-g" turns it on.
    bool On = !(O.UserDebug || O.BTFOnly);
    O.UserDebug = On;
    O.BTFOnly = false;
    O.ClangArgs.push_back(On ? "-g" : "-g0");
  }
  return O;
}

const char *corecc::driverHelpText() {
  return R"(OVERVIEW: corecc - BPF C compiler with CO-RE (LLVM/Clang 19 front end,
corecc's own BPF backend)

USAGE: corecc [options] file...

Inputs: .c (C), .i (preprocessed C), .ll (LLVM IR), .bc (LLVM bitcode).

WHAT TO PRODUCE
  -c                  Compile to an ELF object (EM_BPF)
  -S                  Compile to BPF assembly (-S -emit-llvm: LLVM IR)
  -E                  Preprocess only
  -fsyntax-only       Check the source (with the CO-RE checks), write nothing
  -emit-llvm          With -c: LLVM bitcode; with -S: LLVM IR text
  -o <file>           Output file (- for standard output)
  -x <language>       Treat the following inputs as c, cpp-output or ir

TARGET
  -mcpu=<cpu>         v1, v2, v3 (default), v4; generic and probe mean v3
  -mlittle-endian, -EL, --target=bpfel   Little-endian BPF (default)
  -mbig-endian, -EB, --target=bpfeb      Big-endian BPF
  --target=bpf        Little-endian BPF

OPTIMIZATION AND DEBUG INFORMATION
  -O0 -O1 -O2 -O3 -Os -Oz   Optimization level (default -O0)
  -g                  DWARF and BTF (.BTF, .BTF.ext)
  -gbtf               BTF only, no DWARF sections
  -gtoggle            Turn debug information off if the other -g options
                      turn it on, and on (-g) otherwise, as GCC does
  -g0                 No debug information

CO-RE
  -mcore, -mco-re     CO-RE relocations for marked accesses (also on with -g
                      or -gbtf)
  -mno-core, -mno-co-re
                      Marked accesses compile to plain code
  -Wcore, -Wno-core, -Wcore-<check>, -Wno-core-<check>
                      Turn the corecc plugin's CO-RE source checks on or off
  -Werror=core[-<check>], -Wno-error=core[-<check>]
                      Make them errors or not (-w and -Werror apply too)

PREPROCESSOR AND LANGUAGE (as in Clang and GCC)
  -I <dir> -isystem <dir> -D <macro>[=<value>] -U <macro> -include <file>
  -std=<standard> -MD -MMD -MF <file> -MT <target> -M -MM
  -W<warning> -Wno-<warning> -Werror[=<warning>] -w
  -fplugin=<file>     Load a Clang plugin (corecc loads its own plugin
                      automatically)

HEADER CACHE (docs/header-cache.md)
  -fno-corecc-cache   Do not use or fill the cache of precompiled headers
                      (also CORECC_CACHE=0; -fcorecc-cache overrides it)
  -fcorecc-cache-dir=<dir>
                      Keep it in <dir> (also CORECC_CACHE_DIR; default
                      $XDG_CACHE_HOME/corecc, or ~/.cache/corecc)

DISTRIBUTED COMPILES (docs/build-systems.md)
  -fno-corecc-bundle-sources
                      With -E -g, do not append the files read to the
                      output; compiling a .i, compile its text even when
                      it carries its sources

OTHER
  -v                  Show what corecc runs, the header search list and
                      whether the header cache was used
  -###                Show what corecc would run, run nothing
  -Xclang <arg>       Pass <arg> to Clang's front end
  -mllvm <arg>        Pass <arg> to LLVM's option parser
  --version           Print version information
  --help              Print this help

Exit status, as GCC's: 0 on success, 1 on any error (diagnostics on
standard error, with file:line:col where there is a source location).
)";
}
