// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/CORE/Resolver.h - Resolving CO-RE relocations -----*- C++ -*-===//
//
// The CO-RE engine, offline: given a program's BTF, one of its CO-RE
// relocation records and the candidate types of a target kernel, compute
// what libbpf computes when it loads the program there — the instruction's
// original value, its new value, or that the instruction will be poisoned
// or the load will fail — and say why.
//
// Like libbpf's relo_core.c, the engine is pure: callers find candidates
// (findCandidates() does it the way libbpf does: vmlinux first, modules only
// when vmlinux has none) and computing a result is separate from patching an
// instruction (patchInstruction()).
//
// Relations between types (libbpf's, which this file follows on purpose):
//   - compatible fields (field relocations): composites match any
//     composite, pointers any pointer, ints any int, enums by essential
//     name, arrays by element type;
//   - compatible types (type exists/size/target id): same kind up to
//     modifiers and typedefs, recursively through pointers, arrays and
//     function prototypes;
//   - matching types (type matches): stricter, by member names, int size and
//     signedness, array length, enum names.
// None of these is symmetric: the local type is the program's.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_CORE_RESOLVER_H
#define CORECC_CORE_RESOLVER_H

#include "corecc/BTF/Spec.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace corecc {
namespace core {

/// Categories of resolver errors, for tests and callers to check.
enum class CoreErrorCode {
  /// The record itself is malformed (bad access string, type, kind).
  InvalidRecord = 1,
  /// Candidates resolve to different values: libbpf refuses the load.
  Ambiguous,
  /// The local or target spec cannot be evaluated (bitfield too wide,
  /// array relocation of an unsupported kind...): libbpf fails the load.
  Unsupported,
  /// The relocated instruction is not one libbpf can patch, or its value
  /// does not match (libbpf's "unexpected insn value").
  BadInstruction,
  /// The new value does not fit the instruction's field.
  ValueTooBig,
  /// A type looked for by name is not there (relocating split BTF onto a
  /// new base).
  NotFound,
};

class CoreError : public llvm::ErrorInfo<CoreError> {
public:
  static char ID;
  CoreError(CoreErrorCode Code, std::string Msg)
      : Code(Code), Msg(std::move(Msg)) {}
  CoreErrorCode code() const { return Code; }
  void log(llvm::raw_ostream &OS) const override;
  std::error_code convertToErrorCode() const override;

private:
  CoreErrorCode Code;
  std::string Msg;
};

/// One step of an access: a named member (Name non-empty) or an array
/// index (Name empty). TypeId is the type the step applies to.
struct Accessor {
  uint32_t TypeId = 0;
  uint32_t Index = 0;
  llvm::StringRef Name;
};

/// A relocation's access, parsed against one BTF (libbpf's "spec"). Raw
/// holds every index of the access string; Accessors only the named
/// members and array indices (anonymous members are skipped).
struct AccessSpec {
  const btf::Spec *BTF = nullptr;
  uint32_t RootTypeId = 0;
  uint32_t Kind = 0;
  llvm::SmallVector<Accessor, 8> Accessors;
  llvm::SmallVector<uint32_t, 8> Raw;
  uint64_t BitOffset = 0;

  /// libbpf's form: "<byte_off> [7] struct task_struct.pid (0:92 @ offset
  /// 1264)".
  std::string format() const;
};

/// Parses a local record's access string "0:1:2" for Kind (a
/// llvm::BTF::PatchableRelocKind) against its BTF.
llvm::Expected<AccessSpec> parseAccess(const btf::Spec &BTF, uint32_t TypeId,
                                       llvm::StringRef Access, uint32_t Kind);

/// A candidate target type, and where it comes from ("vmlinux", a module).
struct Candidate {
  const btf::Spec *BTF = nullptr;
  uint32_t TypeId = 0;
  std::string Origin;
};

/// A target kernel: vmlinux BTF and the module BTFs split on it.
struct TargetBTF {
  std::string Name;
  std::shared_ptr<const btf::Spec> Vmlinux;
  std::vector<std::pair<std::string, std::shared_ptr<const btf::Spec>>> Modules;
};

/// Types of the target whose kind is compatible with the local type's and
/// whose essential name (without "___flavor") equals the local one's:
/// vmlinux's, or the modules' if vmlinux has none.
std::vector<Candidate> findCandidates(const btf::Spec &Local,
                                      uint32_t LocalTypeId,
                                      const TargetBTF &Target);

/// What happens to one relocation on one target.
struct Resolution {
  enum Status {
    /// The instruction is patched from OrigValue to NewValue.
    Patched,
    /// No candidate has the field/enumerator: the instruction becomes a
    /// call to an invalid helper (0xbad2310); the program loads only if
    /// that instruction is dead (a guard).
    Poisoned,
    /// libbpf refuses the load (ambiguity, unsupported relocation).
    Failed,
  } Status = Failed;
  uint64_t OrigValue = 0;
  uint64_t NewValue = 0;
  /// Whether libbpf checks that the instruction holds OrigValue.
  bool Validate = true;
  /// Field sizes for load/store size adjustment (0 when not applicable).
  uint32_t OrigSize = 0, NewSize = 0;
  /// Load/store sizes differ in a way libbpf will not adjust: poisoned if
  /// the instruction is a load or store.
  bool FailMemSizeAdjust = false;
  /// The matching target spec, when there is one.
  std::optional<AccessSpec> Target;
  /// Where the chosen candidate comes from.
  std::string Origin;
  /// Human-readable reasons: why candidates did not match, what conflicts.
  std::vector<std::string> Notes;
  /// The local spec in libbpf's form ("relo #N: <spec>" in its log).
  std::string LocalSpec;
  /// Every candidate tried, in order (libbpf's "matching candidate #i" and
  /// "non-matching candidate #i" lines).
  struct Tried {
    /// Index into the candidate list given to resolve().
    unsigned Index = 0;
    uint32_t TypeId = 0;
    std::string Origin;
    bool Matched = false;
    /// The candidate's spec in libbpf's form (as far as it matched).
    std::string Spec;
    /// Why it did not match.
    std::string Why;
  };
  std::vector<Tried> Candidates;
  /// For Failed: the error.
  std::string Error;
  CoreErrorCode ErrorCode = CoreErrorCode::InvalidRecord;
};

/// Resolves one record (its local type, access string and kind) against
/// the given candidates, as libbpf's bpf_core_calc_relo_insn does. libbpf
/// keeps one candidate list per local type for the whole object and, after
/// each successful relocation, shrinks it to the candidates that matched;
/// the caller keeps that list (see Check.h), resolve() only says which
/// candidates matched (Resolution::Candidates).
Resolution resolve(const btf::Spec &Local, uint32_t LocalTypeId,
                   llvm::StringRef Access, uint32_t Kind,
                   llvm::ArrayRef<Candidate> Candidates);

/// The value of a relocation in the program's own BTF: what the compiler
/// writes into the instruction and what libbpf expects to find there.
llvm::Expected<uint64_t> localValue(const btf::Spec &Local,
                                    uint32_t LocalTypeId,
                                    llvm::StringRef Access, uint32_t Kind);

/// Applies a resolution to the instruction it relocates (8 bytes, or 16
/// for LD_IMM64) as libbpf would; returns the patched bytes, or the error
/// libbpf reports. A poisoned instruction becomes "call 0xbad2310".
llvm::Expected<std::vector<uint8_t>>
patchInstruction(llvm::ArrayRef<uint8_t> Insn, llvm::endianness E,
                 const Resolution &R);

/// Why two same-named types do not "match" (type_matches): the first member,
/// enumerator or property that differs; empty if they match.
std::string explainMismatch(const btf::Spec &Local, uint32_t LocalId,
                            const btf::Spec &Target, uint32_t TargetId);

} // namespace core
} // namespace corecc

#endif
