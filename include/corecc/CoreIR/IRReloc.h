// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/CoreIR/IRReloc.h - CO-RE relocations in LLVM IR -----*- C++
//-*-===//
//
// How the CO-RE IR pass hands a relocation to the backend. Each distinct
// relocation (kind, root type, access string) becomes an external global,
//
//   @corecc.core.3 = external constant i64, !corecc.core !{
//       i32 0, !DICompositeType(name: "task_struct"...), !"0:57", i64 2384,
//       !"task_struct::tgid"}
//
// and every use is an opaque call that names it,
//
//   %off = call i64 @llvm.bpf.passthrough.i64.p0(i32 0, ptr @corecc.core.3)
//
// a value the optimizer treats as unknown but side-effect free (it may be
// hoisted and CSE'd, never merged with another relocation). Instruction
// selection turns the call into an immediate that carries the relocation,
// and the BTF emitter writes a .BTF.ext record for each instruction that
// does.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_CORE_IRRELOC_H
#define CORECC_CORE_IRRELOC_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>
#include <string>

namespace llvm {
class CallInst;
class DIType;
class IRBuilderBase;
class GlobalValue;
class GlobalVariable;
class Module;
class Type;
} // namespace llvm

namespace corecc {
namespace core {

/// Metadata kind name on the relocation globals.
inline constexpr const char *IRRelocMDName = "corecc.core";

/// Set in IRReloc::Kind when the backend only needs the value (a type id
/// with CO-RE off): no .BTF.ext record is written.
inline constexpr uint32_t IRRelocValueOnly = 0x80000000u;

struct IRReloc {
  uint32_t Kind = 0;
  /// The root type: a struct/union for field kinds, the queried type for
  /// type kinds, the enum for enumerator kinds.
  const llvm::DIType *Root = nullptr;
  std::string Access;
  /// The value in this compilation's own layout (0 for type ids, which the
  /// BTF emitter knows).
  uint64_t Value = 0;
  /// A C-like rendering of the access, for diagnostics and remarks.
  std::string Path;
};

/// The global standing for R in M, created on first use (one per distinct
/// kind, root and access string). ValueTy is i64 or i32.
llvm::GlobalVariable *getIRRelocGlobal(llvm::Module &M, const IRReloc &R,
                                       llvm::Type *ValueTy);

/// The relocation a global stands for, if it is one.
std::optional<IRReloc> readIRReloc(const llvm::GlobalValue &GV);

/// Whether a relocation of \p Kind is always below 2^31: a size, an offset,
/// a shift or a yes/no (all but type ids and enumerator values, which may
/// need all 64 bits and are patched into an LD_IMM64). libbpf patches the
/// others into a 32-bit immediate that the machine sign-extends.
bool relocValueBelow2To31(uint32_t Kind);

/// The value of the relocation \p G (of kind \p Kind) as type \p Ty at
/// \p B's insertion point: "llvm.bpf.passthrough(0, G)", with !range
/// [0, 2^31) where relocValueBelow2To31: knowing it lets a 32-bit value
/// widen to 64 bits for free, as clang's zero-extending loads of its
/// relocation globals do.
llvm::CallInst *createRelocValue(llvm::IRBuilderBase &B,
                                 llvm::GlobalVariable &G, uint32_t Kind,
                                 llvm::Type *Ty);

} // namespace core
} // namespace corecc

#endif
