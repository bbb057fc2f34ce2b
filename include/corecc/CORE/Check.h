// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/CORE/Check.h - Will an object load on a kernel? ---*- C++ -*-===//
//
// Runs an object's CO-RE relocations against one target kernel the way
// libbpf's bpf_object__relocate_core does, without the kernel:
//
//   1. Records in .BTF.ext order; records outside every program are skipped
//      (libbpf: "eliminated weak subprogram"), and so are those of programs
//      that are not loaded (autoload off: "?sec" sections, or --prog).
//   2. One candidate list per local type for the whole object: found on
//      first use (vmlinux, then modules only if vmlinux has none) and, after
//      each successful relocation, cut down to the candidates that matched
//      (libbpf does this; it makes a later relocation of the same type see
//      fewer candidates).
//   3. resolve() computes the values, patchInstruction() applies them to the
//      instruction as compiled, with libbpf's checks (expected value, 16-bit
//      offsets, load/store size changes).
//   4. libbpf stops at the first relocation that fails; this checker goes on
//      (later outcomes are flagged AfterFailure) so that one run lists every
//      problem.
//   5. Poisoned instructions: the verifier rejects a program only if one is
//      reachable. With every relocation of the target applied, a constant-
//      propagating reachability pass over each loaded program (branches on
//      known values go one way, as in the verifier) tells a guarded
//      instruction (`if (bpf_core_field_exists(...))`) from one that is not.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_CORE_CHECK_H
#define CORECC_CORE_CHECK_H

#include "corecc/CORE/Object.h"
#include "corecc/CORE/Resolver.h"
#include "llvm/Support/Error.h"
#include <optional>
#include <string>
#include <vector>

namespace corecc {
namespace core {

/// Loads a target: \p Vmlinux (a raw BTF file such as /sys/kernel/btf/vmlinux,
/// or an ELF file with .BTF) and \p Modules (split BTF on it: raw files such
/// as /sys/kernel/btf/<module>, or .ko files). A directory stands for
/// DIR/vmlinux plus every other file of DIR as a module. The name is
/// \p Name, or the vmlinux path.
llvm::Expected<TargetBTF> loadTarget(llvm::StringRef Vmlinux,
                                     llvm::ArrayRef<std::string> Modules,
                                     llvm::StringRef Name = "");

/// How libbpf's bpf_core_patch_insn changed (or refused) the instruction:
/// the facts of its debug line "patched insn #I (ALU/ALU64) imm A -> B".
struct PatchEffect {
  /// "ALU/ALU64", "LDX/ST/STX", "LDIMM64"; "" when nothing was patched.
  std::string Class;
  /// The instruction's value before (as libbpf prints it: sign-extended)
  /// and after.
  uint64_t From = 0, To = 0;
  /// Load/store size change (bytes), 0 when unchanged.
  uint32_t MemSizeFrom = 0, MemSizeTo = 0;
};

struct RelocOutcome {
  enum VerdictKind {
    /// Patched: the instruction gets the new value.
    Ok,
    /// An existence or type-match query that answers 0: the program's own
    /// guard sees "missing".
    Missing,
    /// Poisoned, and the poisoned instruction is dead code once the
    /// target's values are in (a guard skips it): the program loads.
    Guarded,
    /// Poisoned and reachable: the verifier rejects the program ("invalid
    /// func unknown#195896080").
    Poisoned,
    /// libbpf fails the load (ambiguous candidates, unexpected instruction
    /// value, offset too big, malformed record...).
    Failed,
    /// Not relocated: the program is not loaded, or the instruction is in
    /// no program.
    NotApplied,
  } Verdict = NotApplied;
  Resolution Res;
  PatchEffect Patch;
  /// Poisoned by the patch step although the value resolved: a load or
  /// store of a field whose size changed in a way libbpf cannot adjust.
  bool PoisonedByMemSize = false;
  /// For Failed: why (the resolution's or the patch step's error).
  std::string Error;
  CoreErrorCode ErrorCode = CoreErrorCode::InvalidRecord;
  /// An earlier relocation of the object failed on this target, so libbpf
  /// would not get this far; the outcome is what it would be without that.
  bool AfterFailure = false;
  /// Why, in words: the resolution's notes plus the checker's.
  std::vector<std::string> Notes;
};

struct CheckOptions {
  /// Programs to load, as with bpf_program__set_autoload(); empty: libbpf's
  /// default (every program of a section not named "?...").
  /// Subprograms are always relocated, as libbpf does.
  std::vector<std::string> Programs;
};

/// The outcome of every relocation of \p Obj (same order as Obj.Relocs) on
/// target \p Target.
struct TargetCheck {
  std::vector<RelocOutcome> Outcomes;
  /// Some outcome is Failed or Poisoned: the kernel (or libbpf) rejects the
  /// object.
  bool Rejected = false;
};

TargetCheck checkObject(const BPFObject &Obj, const TargetBTF &Target,
                        const CheckOptions &Opts = {});

/// The verdict's word in reports: "ok", "missing", "guarded", "poisoned",
/// "failed", "not-applied".
llvm::StringRef verdictName(RelocOutcome::VerdictKind V);

} // namespace core
} // namespace corecc

#endif
