// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- driver-options.cpp - libFuzzer target: corecc's option parser ------===//
//
// Part of corecc. See docs/reliability.md.
//
// Each input is a command line, one argument per line: corecc's own option
// layer (-mcpu=, -mcore, -g*, -O*, -mllvm, the GCC spellings...) must parse
// it into options or an error, and what it passes on to Clang must be a
// list of arguments Clang's option table can read.
//
//===----------------------------------------------------------------------===//

#include "corecc/Driver/Options.h"
#include "clang/Driver/Options.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Option/ArgList.h"
#include <string>
#include <vector>

using namespace llvm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  StringRef Text(reinterpret_cast<const char *>(Data), Size);
  SmallVector<StringRef, 16> Lines;
  Text.split(Lines, '\n');
  std::vector<std::string> Args(Lines.begin(), Lines.end());
  std::vector<const char *> Argv;
  for (const std::string &A : Args)
    Argv.push_back(A.c_str());
  Expected<corecc::DriverOptions> O = corecc::parseDriverOptions(Argv);
  if (!O) {
    consumeError(O.takeError());
    return 0;
  }
  (void)O->triple();
  (void)O->isCoreEnabled();
  (void)O->emitsBTF();
  (void)O->emitsDWARF();
  (void)O->codeGenOptLevel();
  std::vector<const char *> ClangArgv;
  for (const std::string &A : O->ClangArgs)
    ClangArgv.push_back(A.c_str());
  unsigned MissingIndex = 0, MissingCount = 0;
  opt::InputArgList L = clang::driver::getDriverOptTable().ParseArgs(
      ClangArgv, MissingIndex, MissingCount);
  (void)L;
  return 0;
}
