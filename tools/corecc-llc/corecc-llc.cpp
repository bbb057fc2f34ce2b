// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc-llc.cpp - CoreBPF code generation from LLVM IR --------------===//
//
// The backend alone, as llc is for LLVM's targets: reads .ll or .bc and
// writes BPF assembly or an object with corecc's CoreBPF target. Used by the
// CodeGen regression tests.
//
//   corecc-llc [-mcpu=v1..v4] [-mtriple=bpfel|bpfeb] [-march=bpf|bpfel|bpfeb]
//              [-mattr=+alu32,...] [-O0..-O3] [-filetype=asm|obj] [-o out]
//              [--no-btf] [--no-dwarf] [in.ll|in.bc|-]
//
// Without an input file (or with "-") it reads standard input, as llc does:
// build systems pipe `llvm-link ... -o - | llc -march=bpf ...`.
//
// The options are llc's where llc has them, so that a regression test
// written for `llc -march=bpf` runs with corecc-llc in its place; like
// llc's BPF target, the CO-RE IR pass runs before code generation.
//
//===----------------------------------------------------------------------===//

#include "corecc/Driver/Backend.h"
#include "corecc/Target/CoreBPF.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IRReader/IRReader.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/WithColor.h"
#include "llvm/TargetParser/Triple.h"

using namespace llvm;
using namespace corecc;

static int usage(const Twine &Msg) {
  WithColor::error(errs(), "corecc-llc") << Msg << "\n";
  errs() << "usage: corecc-llc [-mcpu=v1..v4] [-mtriple=bpfel|bpfeb] "
            "[-march=bpf|bpfel|bpfeb] [-mattr=+alu32,...] [-O0..-O3] "
            "[-filetype=asm|obj] [-o out] [--no-btf] [--no-dwarf] "
            "[in.ll|in.bc|-]\n";
  return 2;
}

int main(int argc, char **argv) {
  InitLLVM X(argc, argv);
  std::string Input = "-", Output = "-", Triple, CPU, Attrs;
  unsigned Opt = 2;
  bool Obj = false;
  BackendOptions BO;
  BO.RunIRPipeline = false;

  for (int I = 1; I < argc; ++I) {
    StringRef A = argv[I];
    if (A.consume_front("-mcpu="))
      CPU = A.str();
    else if (A.consume_front("-mtriple="))
      Triple = A.str();
    else if (A.consume_front("-march=")) {
      if (A != "bpf" && A != "bpfel" && A != "bpfeb")
        return usage("unknown -march '" + A +
                     "' (expected bpf, bpfel or bpfeb)");
      Triple = A == "bpfeb" ? "bpfeb" : "bpfel";
    } else if (A.consume_front("-mattr="))
      Attrs += (Attrs.empty() ? "" : ",") + A.str();
    else if (A == "-O0" || A == "-O1" || A == "-O2" || A == "-O3")
      Opt = A[2] - '0';
    else if (A == "-filetype=obj")
      Obj = true;
    else if (A == "-filetype=asm")
      Obj = false;
    else if (A == "-o" && I + 1 < argc)
      Output = argv[++I];
    else if (A == "--no-btf")
      BO.EmitBTF = false;
    else if (A == "--no-dwarf")
      BO.EmitDWARF = false;
    else if (!A.starts_with("-") || A == "-")
      Input = A.str();
    else
      return usage("unknown option '" + A + "'");
  }
  LLVMContext Ctx;
  BackendDiagnostics Diags(Ctx, "corecc-llc");
  SMDiagnostic Err;
  std::unique_ptr<Module> M = parseIRFile(Input, Err, Ctx);
  if (!M) {
    Err.print("corecc-llc", errs());
    return 1;
  }
  llvm::Triple TT(Triple.empty() ? M->getTargetTriple() : Triple);
  // "bpf" (llc's -mtriple=bpf, bpf-pc-linux) is the host's byte order:
  // little-endian here.
  if (TT.getArch() != Triple::bpfel && TT.getArch() != Triple::bpfeb)
    TT = llvm::Triple("bpfel");

  CoreBPFOptions TO;
  TO.CPU = CPU;
  TO.Features = Attrs;
  TO.OptLevel = Opt == 0   ? CodeGenOptLevel::None
                : Opt == 1 ? CodeGenOptLevel::Less
                : Opt == 3 ? CodeGenOptLevel::Aggressive
                           : CodeGenOptLevel::Default;
  auto TM = createCoreBPFTargetMachine(TT, TO);
  if (!TM) {
    WithColor::error(errs(), "corecc-llc") << toString(TM.takeError()) << "\n";
    return 1;
  }
  BO.OptLevel = Opt;

  std::error_code EC;
  ToolOutputFile Out(Output, EC, Obj ? sys::fs::OF_None : sys::fs::OF_Text);
  if (EC) {
    WithColor::error(errs(), "corecc-llc")
        << "cannot open '" << Output << "': " << EC.message() << "\n";
    return 1;
  }
  if (Error E = runBackend(*M, **TM, BO,
                           Obj ? OutputKind::Object : OutputKind::Assembly,
                           Out.os())) {
    WithColor::error(errs(), "corecc-llc") << toString(std::move(E)) << "\n";
    return 1;
  }
  if (Diags.errorCount())
    return 1;
  Out.keep();
  return 0;
}
