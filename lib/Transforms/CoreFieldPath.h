// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreFieldPath.h - CO-RE access paths over debug types ----*- C++ -*-===//
//
// A field access path: a root type and the steps that lead from it to a
// field, as CO-RE writes it ("0:2:1" = root[0], member 2, element 1). This
// file builds paths step by step over the debug types Clang attached to the
// access intrinsics, and computes the values libbpf would compute for the
// same BTF (offsets, sizes, shifts, signedness), so that a relocation is a
// no-op on the layout the program was compiled against.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_LIB_TRANSFORMS_COREFIELDPATH_H
#define CORECC_LIB_TRANSFORMS_COREFIELDPATH_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/Support/Error.h"
#include <string>

namespace corecc {

/// Typedefs, const, volatile, restrict and _Atomic removed.
const llvm::DIType *stripTypedefsAndQualifiers(const llvm::DIType *T);

/// const, volatile, restrict and _Atomic removed; typedefs kept.
const llvm::DIType *stripQualifiers(const llvm::DIType *T);

/// The type a field or enumerator relocation names as its root: the
/// struct, union or enum under T's typedefs and qualifiers when it has a
/// name, else the innermost typedef that names it ("typedef struct {...}
/// atomic_t"). libbpf looks the root up by name and kind in the target, and
/// a program's own typedef of a kernel struct is not in the kernel.
const llvm::DIType *relocRootType(const llvm::DIType *T);

/// "struct s", "typedef s_t", "enum e", "int", "<anon>": how a relocation's
/// root reads in remarks (llvm-objdump's words).
std::string typeDisplayName(const llvm::DIType *T);

/// Size in bytes of a debug type (through typedefs and qualifiers).
uint64_t typeByteSize(const llvm::DIType *T);

class CoreFieldPath {
public:
  /// Starts at Root[FirstIndex] (FirstIndex is non-zero for "p[1].x").
  CoreFieldPath(const llvm::DIType *Root, uint64_t FirstIndex);

  /// Member DIIndex of the current struct or union.
  llvm::Error addMember(unsigned DIIndex);
  /// Element Index of the current array (one dimension).
  llvm::Error addElement(uint64_t Index);

  const llvm::DIType *root() const { return Root; }
  /// "0:2:1".
  std::string accessString() const;
  /// "s::arr[1].x" (for diagnostics and remarks).
  std::string cPath() const;
  /// The steps alone: "::arr[1].x", "[2].b" (to continue a path that
  /// reached the root through a pointer: "s::next" + "->x").
  const std::string &cSteps() const { return Steps; }

  /// Bit offset of the field from the start of Root[0].
  uint64_t bitOffset() const { return BitOffset; }
  /// The field's member node if the last step chose a member.
  const llvm::DIDerivedType *member() const { return Member; }
  /// The field's type (for an array element, the element type).
  const llvm::DIType *fieldType() const { return Current; }

  /// The value of a field-based relocation kind (llvm::BTF::FIELD_*), as
  /// libbpf computes it; IsLittleEndian matters for the shifts.
  llvm::Expected<uint64_t> fieldValue(uint32_t Kind, bool IsLittleEndian) const;

private:
  const llvm::DIType *Root;
  llvm::SmallVector<uint64_t, 8> Access;
  std::string RootName;
  std::string Steps;
  /// The type the next step applies to (stripped), and for arrays, how
  /// many of its dimensions are already indexed.
  const llvm::DIType *Current;
  unsigned ArrayDimsUsed = 0;
  uint64_t BitOffset = 0;
  const llvm::DIDerivedType *Member = nullptr;
};

} // namespace corecc

#endif
