// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc.cpp - The corecc compiler -----------------------------------===//
//
// BPF C in, BPF ELF objects with BTF and CO-RE relocations out. All the work
// is in lib/Driver.
//
//===----------------------------------------------------------------------===//

#include "corecc/Driver/Driver.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"

int main(int argc, char **argv) {
  llvm::InitLLVM X(argc, argv);
  static int Anchor;
  std::string Exe = llvm::sys::fs::getMainExecutable(argv[0], &Anchor);
  return corecc::runCompiler(llvm::ArrayRef<const char *>(argv + 1, argc - 1),
                             Exe);
}
