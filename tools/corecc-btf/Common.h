// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Common.h - What corecc-btf's subcommands share -----------*- C++ -*-===//
//
// Part of corecc. See docs/btf.md and docs/core-tools.md.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_TOOLS_CORECC_BTF_COMMON_H
#define CORECC_TOOLS_CORECC_BTF_COMMON_H

#include "corecc/BTF/Spec.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <string>
#include <vector>

namespace corecc {
namespace btftool {

/// Exit status of corecc-btf (docs/core-tools.md).
enum ExitCode {
  ExitOk = 0,
  /// The input cannot be read or is malformed, an output cannot be written,
  /// or (roundtrip) the bytes differ, (relocate) the split BTF does not fit
  /// the new base.
  ExitBadInput = 1,
  ExitUsage = 2,
  /// check: some target would reject the object; min: a relocation does
  /// not resolve on the target.
  ExitRejected = 3,
};

/// A --target and the --module options after it.
struct TargetOption {
  std::string Name;
  std::string Path;
  std::vector<std::string> Modules;
};

struct Options {
  std::string Command;
  std::vector<std::string> Inputs;
  std::string Base;
  std::string Output;
  std::string Format = "raw";
  std::string Guard = "__VMLINUX_H__";
  std::string Endian;
  bool NoPragma = false;
  bool LayoutAsserts = false;
  bool FromMemory = false;
  unsigned Runs = 20;
  // CO-RE commands.
  std::vector<TargetOption> Targets;
  std::vector<std::string> Programs;
  bool Json = false;
  bool Verbose = false;
  std::string Distilled;
  std::string DistilledOut;
  bool KeepGoing = false;
};

int usageError(const llvm::Twine &Msg);
int inputError(llvm::Error E);
int writeFile(llvm::StringRef Path, llvm::ArrayRef<uint8_t> Bytes);
llvm::endianness outputEndian(const Options &O, llvm::endianness Default);

// The CO-RE subcommands (one file each).
int cmdRelocs(const Options &O, std::shared_ptr<const btf::Spec> Base);
int cmdCheck(const Options &O, std::shared_ptr<const btf::Spec> Base);
int cmdMin(const Options &O, std::shared_ptr<const btf::Spec> Base);
int cmdDistill(const Options &O, std::shared_ptr<const btf::Spec> Base);
int cmdRelocate(const Options &O, std::shared_ptr<const btf::Spec> Base);

} // namespace btftool
} // namespace corecc

#endif
