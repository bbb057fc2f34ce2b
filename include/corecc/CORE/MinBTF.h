// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/CORE/MinBTF.h - Smallest BTF that relocates -------*- C++ -*-===//
//
// What `bpftool gen min_core_btf` makes: from a kernel's BTF, only what the
// CO-RE relocations of some objects need, so that the objects can be loaded
// with btf_custom_path on a kernel built without BTF. For
//
//   t->real_parent->tgid      relocations: task_struct::real_parent,
//                                          task_struct::tgid
//
// the result keeps
//
//   [1] STRUCT 'task_struct' size=9792 vlen=2
//       'real_parent' type_id=2 bits_offset=20480
//       'tgid' type_id=3 bits_offset=20288
//   [2] PTR '(anon)' type_id=0        (a field relocation needs "a pointer",
//                                      not what it points to)
//   [3] TYPEDEF 'pid_t' type_id=4
//   [4] INT 'int' size=4 ...
//
// with the original member offsets and type sizes. The rules, per
// relocation and per matching candidate (libbpf's candidate lists must come
// out the same, so every candidate that matched is kept, not just the
// first):
//
//   field kinds     along the target access path: the composites with just
//                   the members on the path (anonymous ones included), the
//                   arrays with their lengths, typedefs and modifiers; the
//                   field's own type sized but memberless; pointers to void
//   type kinds      the type and, through pointers, arrays, typedefs and
//                   function prototypes, the kinds of what it refers to
//                   (composites and enums memberless)
//   type_matches    the members and enumerators that matched, recursively;
//                   behind pointers only names and kinds
//   enum kinds      the enum with the enumerators that matched
//
// Unlike bpftool, building fails when a relocation does not resolve (see
// MinResult). Types from module BTFs go into the same output: libbpf gives a
// custom BTF no modules, and a type was only used from a module because
// vmlinux had no candidate of that name.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_CORE_MINBTF_H
#define CORECC_CORE_MINBTF_H

#include "corecc/BTF/Spec.h"
#include "corecc/CORE/Check.h"
#include "corecc/CORE/Object.h"
#include "corecc/CORE/Resolver.h"
#include <map>
#include <memory>
#include <set>
#include <tuple>
#include <vector>

namespace corecc {
namespace core {

class MinBTFBuilder {
public:
  explicit MinBTFBuilder(const TargetBTF &Target);

  /// Records what relocation \p R of \p Obj needs, given its outcome on the
  /// target (from checkObject()).
  void add(const BPFObject &Obj, const ObjectReloc &R, const RelocOutcome &O);

  /// The minimal BTF: one base BTF with every type kept, in the target's id
  /// order (vmlinux first, then each module's types).
  btf::Spec build() const;

private:
  /// A type of the target: the Spec it belongs to (vmlinux or a module) and
  /// its id there.
  using Key = std::pair<const btf::Spec *, uint32_t>;
  struct Marks {
    std::set<unsigned> Members;     ///< struct/union members kept
    std::set<unsigned> Enumerators; ///< enumerators kept
    unsigned MinVlen = 0;           ///< keep at least this many entries
  };

  Key key(const btf::Spec &S, uint32_t Id) const;
  Marks &keep(const btf::Spec &S, uint32_t Id);
  /// Field relocations: keeps a type's size and the chain of typedefs,
  /// modifiers and arrays down to it; pointers lead to void.
  void keepShallow(const btf::Spec &S, uint32_t Id, unsigned Depth = 0);
  /// Type relocations: like keepShallow, but through pointers and function
  /// prototypes too.
  void keepDeep(const btf::Spec &S, uint32_t Id, unsigned Depth = 0);
  void keepField(const AccessSpec &Target);
  void keepMatch(const btf::Spec &L, uint32_t LId, const btf::Spec &T,
                 uint32_t TId, bool BehindPtr, unsigned Depth = 0);

  const TargetBTF &Target;
  std::map<Key, Marks> Kept;
  /// The shallowest depth each walk reached a type or pair of types at.
  std::map<Key, unsigned> DeepDepth;
  std::map<std::tuple<const btf::Spec *, uint32_t, const btf::Spec *, uint32_t,
                      bool>,
           unsigned>
      MatchDepth;
  bool HasPointer = false;
};

} // namespace core
} // namespace corecc

#endif
