// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Check.cpp - Running an object's relocations against a target -------===//
//
// See corecc/CORE/Check.h for the outline. This file keeps libbpf's order
// and its per-object candidate cache on purpose: the answers must be the
// ones libbpf's bpf_object__relocate_core gives, relocation by relocation.
//
//===----------------------------------------------------------------------===//

#include "corecc/CORE/Check.h"
#include "Reachability.h"
#include "corecc/BTF/Error.h"
#include "corecc/BTF/Reader.h"
#include "corecc/BTF/RelocKinds.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <algorithm>

using namespace llvm;
using namespace corecc;
using namespace corecc::btf;
using namespace corecc::core;

StringRef core::verdictName(RelocOutcome::VerdictKind V) {
  switch (V) {
  case RelocOutcome::Ok:
    return "ok";
  case RelocOutcome::Missing:
    return "missing";
  case RelocOutcome::Guarded:
    return "guarded";
  case RelocOutcome::Poisoned:
    return "poisoned";
  case RelocOutcome::Failed:
    return "failed";
  case RelocOutcome::NotApplied:
    return "not-applied";
  }
  return "unknown";
}

/// A module's name from its path: "nf_tables" for /sys/kernel/btf/nf_tables
/// or .../nf_tables.ko.
static std::string moduleName(StringRef Path) {
  StringRef Name = sys::path::filename(Path);
  Name.consume_back(".xz");
  Name.consume_back(".zst");
  Name.consume_back(".ko");
  return Name.str();
}

/// \p E, its message prefixed with \p Path unless it names it already, so
/// that a decoding error says which of several target files it is about.
static Error withPath(StringRef Path, Error E) {
  return handleErrors(std::move(E), [&](const BTFError &B) -> Error {
    if (B.text().starts_with(Path))
      return make_error<BTFError>(B.code(), B.text().str(), B.offset(),
                                  B.typeId());
    return make_error<BTFError>(B.code(), (Path + ": " + B.text()).str(),
                                B.offset(), B.typeId());
  });
}

Expected<TargetBTF> core::loadTarget(StringRef Vmlinux,
                                     ArrayRef<std::string> Modules,
                                     StringRef Name) {
  TargetBTF T;
  T.Name = Name.empty() ? Vmlinux.str() : Name.str();
  std::string VmlinuxPath = Vmlinux.str();
  std::vector<std::string> ModulePaths(Modules.begin(), Modules.end());
  if (sys::fs::is_directory(Vmlinux)) {
    SmallString<128> P(Vmlinux);
    sys::path::append(P, "vmlinux");
    VmlinuxPath = P.str().str();
    std::error_code EC;
    std::vector<std::string> Found;
    for (sys::fs::directory_iterator It(Vmlinux, EC), End; It != End && !EC;
         It.increment(EC))
      if (sys::path::filename(It->path()) != "vmlinux")
        Found.push_back(It->path());
    if (EC)
      return makeError(ErrorCode::ReadError, Vmlinux + ": " + EC.message());
    llvm::sort(Found);
    ModulePaths.insert(ModulePaths.begin(), Found.begin(), Found.end());
  }
  Expected<Spec> V = readBTF(VmlinuxPath);
  if (!V)
    return withPath(VmlinuxPath, V.takeError());
  if (V->base())
    return makeError(ErrorCode::InvalidArgument,
                     VmlinuxPath + ": split BTF cannot be a target's vmlinux");
  // Lookups build the name indexes on first use (checks are single-threaded,
  // so Spec's lazy indexes need no buildIndexes() here).
  T.Vmlinux = std::make_shared<const Spec>(std::move(*V));
  for (const std::string &M : ModulePaths) {
    Expected<Spec> S = readBTF(M, T.Vmlinux);
    if (!S)
      return withPath(M, S.takeError());
    auto Mod = std::make_shared<const Spec>(std::move(*S));
    T.Modules.push_back({moduleName(M), std::move(Mod)});
  }
  return std::move(T);
}

namespace {

/// The kinds whose answer 0 means "not there" rather than a value.
bool isQueryKind(uint32_t K) {
  return K == BTF::FIELD_EXISTENCE || K == BTF::TYPE_EXISTENCE ||
         K == BTF::TYPE_MATCH || K == BTF::ENUM_VALUE_EXISTENCE ||
         K == BTF::TYPE_SIZE || K == BTF::BTF_TYPE_ID_REMOTE;
}

bool isPoisonInsn(ArrayRef<uint8_t> Insn, endianness E) {
  return Insn.size() >= 8 && Insn[0] == 0x85 &&
         support::endian::read<int32_t>(Insn.data() + 4, E) == 0xbad2310;
}

/// What bpf_core_patch_insn prints for a patched instruction.
PatchEffect patchEffect(ArrayRef<uint8_t> Before, ArrayRef<uint8_t> After,
                        endianness E, const Resolution &R) {
  PatchEffect P;
  uint8_t Class = Before[0] & 0x07;
  switch (Class) {
  case 0x04:
  case 0x07:
    P.Class = "ALU/ALU64";
    P.From = uint64_t(int64_t(support::endian::read<int32_t>(&Before[4], E)));
    P.To = R.NewValue;
    break;
  case 0x01:
  case 0x02:
  case 0x03:
    P.Class = "LDX/ST/STX";
    P.From = uint64_t(int64_t(support::endian::read<int16_t>(&Before[2], E)));
    P.To = R.NewValue;
    if (R.NewSize != R.OrigSize && After[0] != Before[0]) {
      P.MemSizeFrom = R.OrigSize;
      P.MemSizeTo = R.NewSize;
    }
    break;
  case 0x00:
    P.Class = "LDIMM64";
    if (Before.size() >= 16)
      P.From = uint64_t(support::endian::read<uint32_t>(&Before[4], E)) |
               uint64_t(support::endian::read<uint32_t>(&Before[12], E)) << 32;
    P.To = R.NewValue;
    break;
  default:
    break;
  }
  return P;
}

std::string describeSize(const Spec &S, uint32_t Id, uint32_t Bytes) {
  Id = S.skipModifiersAndTypedefs(Id);
  std::string What = "a value";
  if (S.isValidId(Id)) {
    Type T = S.type(Id);
    if (T.is(Kind::Int))
      What = std::string(T.isSignedInt() ? "signed" : "unsigned") +
             " integer '" + T.name().str() + "'";
    else if (T.is(Kind::Ptr))
      What = "a pointer";
    else if (T.isEnumLike())
      What = "enum " + T.name().str();
    else
      What = kindName(T.kind()).lower();
  }
  return What + " of " + std::to_string(Bytes) + " bytes";
}

/// The field a field relocation's spec ends on: its type id.
std::optional<uint32_t> fieldType(const AccessSpec &S) {
  if (S.Accessors.empty())
    return std::nullopt;
  const Accessor &A = S.Accessors.back();
  if (A.Name.empty())
    return A.TypeId;
  Type C = S.BTF->type(A.TypeId);
  if (!C.isComposite() || A.Index >= C.vlen())
    return std::nullopt;
  return C.member(A.Index).Type;
}

} // namespace

TargetCheck core::checkObject(const BPFObject &Obj, const TargetBTF &Target,
                              const CheckOptions &Opts) {
  TargetCheck TC;
  TC.Outcomes.resize(Obj.Relocs.size());
  std::vector<bool> Loaded(Obj.Programs.size());
  for (size_t I = 0; I < Obj.Programs.size(); ++I) {
    const BPFProgram &P = Obj.Programs[I];
    Loaded[I] =
        P.IsSubprogram ||
        (Opts.Programs.empty() ? P.Autoload
                               : llvm::is_contained(Opts.Programs, P.Name));
  }
  std::vector<std::vector<uint8_t>> Code;
  for (const BPFSection &S : Obj.Sections)
    Code.push_back(S.Bytes);
  auto SectionIndex = [&](StringRef Name) -> std::optional<size_t> {
    for (size_t I = 0; I < Obj.Sections.size(); ++I)
      if (Obj.Sections[I].Name == Name)
        return I;
    return std::nullopt;
  };

  DenseMap<uint32_t, std::vector<Candidate>> Cache;
  const std::vector<Candidate> NoCandidates;
  bool Failed = false;
  std::vector<size_t> PoisonedRelocs;
  for (size_t I = 0; I < Obj.Relocs.size(); ++I) {
    const ObjectReloc &R = Obj.Relocs[I];
    RelocOutcome &O = TC.Outcomes[I];
    if (!R.Program) {
      O.Verdict = RelocOutcome::NotApplied;
      O.Notes.push_back("the instruction is in no program: libbpf skips the "
                        "record (an eliminated weak subprogram)");
      continue;
    }
    const BPFProgram &Prog = Obj.Programs[*R.Program];
    if (!Loaded[*R.Program]) {
      O.Verdict = RelocOutcome::NotApplied;
      O.Notes.push_back("program '" + Prog.Name +
                        "' is not loaded: libbpf does not relocate it");
      continue;
    }
    O.AfterFailure = Failed;
    auto Fail = [&](CoreErrorCode Code, const std::string &Msg) {
      O.Verdict = RelocOutcome::Failed;
      O.ErrorCode = Code;
      O.Error = Msg;
      Failed = true;
    };
    if (R.Insn.empty()) {
      Fail(CoreErrorCode::InvalidRecord,
           "the record's instruction offset " + std::to_string(R.Record.Insn) +
               " is not an instruction of section " + R.Section);
      continue;
    }

    const std::vector<Candidate> *Cands = &NoCandidates;
    std::vector<Candidate> *Cached = nullptr;
    if (R.Record.Kind != BTF::BTF_TYPE_ID_LOCAL) {
      auto It = Cache.find(R.Record.TypeId);
      if (It == Cache.end())
        It = Cache
                 .insert({R.Record.TypeId,
                          findCandidates(*Obj.BTF, R.Record.TypeId, Target)})
                 .first;
      Cached = &It->second;
      Cands = Cached;
    }
    O.Res = resolve(*Obj.BTF, R.Record.TypeId, R.Access, R.Record.Kind, *Cands);
    O.Notes = O.Res.Notes;
    if (O.Res.Status == Resolution::Failed) {
      Fail(O.Res.ErrorCode, O.Res.Error);
      continue;
    }
    // libbpf keeps only the candidates that matched, for the next
    // relocations of the same local type.
    if (Cached) {
      std::vector<Candidate> Matched;
      for (const Resolution::Tried &T : O.Res.Candidates)
        if (T.Matched)
          Matched.push_back((*Cached)[T.Index]);
      if (!Matched.empty())
        *Cached = std::move(Matched);
    }

    Expected<std::vector<uint8_t>> Patched =
        patchInstruction(R.Insn, Obj.Endian, O.Res);
    if (!Patched) {
      CoreErrorCode Code = CoreErrorCode::BadInstruction;
      std::string Msg;
      handleAllErrors(
          Patched.takeError(),
          [&](const CoreError &E) {
            Code = E.code();
            raw_string_ostream OS(Msg);
            E.log(OS);
          },
          [&](const ErrorInfoBase &E) { Msg = E.message(); });
      Fail(Code, "instruction " + std::to_string(R.ProgInsnIndex) +
                     " of program '" + Prog.Name + "': " + Msg);
      continue;
    }
    if (std::optional<size_t> S = SectionIndex(R.Section))
      std::copy(Patched->begin(), Patched->end(),
                Code[*S].begin() + size_t(R.InsnIndex) * 8);

    if (isPoisonInsn(*Patched, Obj.Endian)) {
      O.PoisonedByMemSize = O.Res.Status != Resolution::Poisoned;
      if (O.PoisonedByMemSize && O.Res.Target) {
        std::optional<uint32_t> LT, TT;
        if (Expected<AccessSpec> LS = parseAccess(*Obj.BTF, R.Record.TypeId,
                                                  R.Access, R.Record.Kind)) {
          LT = fieldType(*LS);
        } else {
          consumeError(LS.takeError());
        }
        TT = fieldType(*O.Res.Target);
        if (LT && TT)
          O.Notes.push_back(
              "the field is " + describeSize(*Obj.BTF, *LT, O.Res.OrigSize) +
              " in the program and " +
              describeSize(*O.Res.Target->BTF, *TT, O.Res.NewSize) +
              " in the target: libbpf changes the size of a load or store "
              "only for unsigned integers and pointers, so it poisons this "
              "one");
      }
      PoisonedRelocs.push_back(I);
      continue;
    }
    O.Patch = patchEffect(R.Insn, *Patched, Obj.Endian, O.Res);
    O.Verdict = !O.Res.Target && isQueryKind(R.Record.Kind)
                    ? RelocOutcome::Missing
                    : RelocOutcome::Ok;
    if (O.Verdict == RelocOutcome::Ok && R.Record.Kind == BTF::TYPE_MATCH &&
        O.Res.NewValue == 0)
      O.Verdict = RelocOutcome::Missing;
  }

  if (!PoisonedRelocs.empty()) {
    std::vector<std::vector<bool>> Reach = reachableInsns(Obj, Code, Loaded);
    for (size_t I : PoisonedRelocs) {
      const ObjectReloc &R = Obj.Relocs[I];
      RelocOutcome &O = TC.Outcomes[I];
      std::optional<size_t> S = SectionIndex(R.Section);
      bool Reachable =
          !S || R.InsnIndex >= Reach[*S].size() || Reach[*S][R.InsnIndex];
      const std::string &Prog = Obj.Programs[*R.Program].Name;
      if (Reachable) {
        O.Verdict = RelocOutcome::Poisoned;
        O.Notes.push_back("the poisoned instruction is reachable: the "
                          "verifier rejects program '" +
                          Prog +
                          "' (load fails unless this instruction is dead "
                          "code)");
      } else {
        O.Verdict = RelocOutcome::Guarded;
        O.Notes.push_back("the poisoned instruction is dead code on this "
                          "target (a guard skips it): program '" +
                          Prog + "' loads");
      }
    }
  }
  for (const RelocOutcome &O : TC.Outcomes)
    if (O.Verdict == RelocOutcome::Failed ||
        O.Verdict == RelocOutcome::Poisoned)
      TC.Rejected = true;
  return TC;
}
