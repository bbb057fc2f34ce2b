// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Types.cpp - Checks of the kind table against LLVM's wire structs ---===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//

#include "corecc/BTF/Types.h"

using namespace llvm;

namespace corecc {
namespace btf {

static_assert(llvm::BTF::CommonTypeSize == 3 * 4, "common header layout");

// The table's layouts against the wire structs LLVM defines.
static_assert(KindTable[llvm::BTF::BTF_KIND_STRUCT].EntryWords * 4 ==
                  llvm::BTF::BTFMemberSize,
              "member layout");
static_assert(KindTable[llvm::BTF::BTF_KIND_ENUM].EntryWords * 4 ==
                  llvm::BTF::BTFEnumSize,
              "enum layout");
static_assert(KindTable[llvm::BTF::BTF_KIND_ENUM64].EntryWords * 4 ==
                  llvm::BTF::BTFEnum64Size,
              "enum64 layout");
static_assert(KindTable[llvm::BTF::BTF_KIND_FUNC_PROTO].EntryWords * 4 ==
                  llvm::BTF::BTFParamSize,
              "param layout");
static_assert(KindTable[llvm::BTF::BTF_KIND_ARRAY].FixedWords * 4 ==
                  llvm::BTF::BTFArraySize,
              "array layout");
static_assert(KindTable[llvm::BTF::BTF_KIND_DATASEC].EntryWords * 4 ==
                  llvm::BTF::BTFDataSecVarSize,
              "datasec layout");
static_assert(KindTable[MaxKind].Valid && !KindTable[MaxKind + 1].Valid &&
                  !KindTable[0].Valid,
              "the table's valid rows are the kinds 1..MaxKind");

} // namespace btf
} // namespace corecc
