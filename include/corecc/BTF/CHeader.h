// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/BTF/CHeader.h - BTF as a C header ----------------*- C++ -*-===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Writes the types of a Spec as a C header in the style of the vmlinux.h
/// people generate with `bpftool btf dump file X format c`: an include
/// guard, the preserve_access_index pragma (so every struct access in a BPF
/// program becomes a CO-RE relocation), then every named struct, union, enum
/// and typedef, ordered so that a type is complete before it is used by value
/// (and forward-declared before a parameter list names it).
///
/// Layout is reproduced exactly: the writer lays each struct out the way
/// clang would lay out the emitted C for -target bpf, and where that differs
/// from the BTF offsets it adds unnamed bitfield padding, or marks the struct
/// packed, or (unions) adds an aligned attribute. Options.LayoutAsserts adds
/// a _Static_assert for the size of every emitted struct/union and the
/// offset of every named non-bitfield member, so a compile of the header
/// proves the layout.
///
/// Names that C would see twice (two different structs 'foo', an enumerator
/// reused by another enum) get a "___N" suffix, as libbpf does.
///
//===----------------------------------------------------------------------===//

#ifndef CORECC_BTF_CHEADER_H
#define CORECC_BTF_CHEADER_H

#include "corecc/BTF/Spec.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"
#include <string>

namespace corecc {
namespace btf {

struct CHeaderOptions {
  /// Include guard macro.
  std::string Guard = "__VMLINUX_H__";
  /// Wrap the types in the preserve_access_index pragma (guarded by
  /// BPF_NO_PRESERVE_ACCESS_INDEX, as bpftool does).
  bool PreserveAccessIndex = true;
  /// Emit _Static_assert checks of sizes and member offsets.
  bool LayoutAsserts = false;
};

/// Writes the header for all types of \p S (base types included).
llvm::Error writeCHeader(const Spec &S, llvm::raw_ostream &OS,
                         const CHeaderOptions &Opts = {});

} // namespace btf
} // namespace corecc

#endif // CORECC_BTF_CHEADER_H
