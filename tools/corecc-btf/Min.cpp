// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Min.cpp - corecc-btf min -------------------------------------------===//
//
// Part of corecc. See docs/core-tools.md.
//
// The smallest BTF of a target that resolves every relocation of the given
// objects the way the whole target does (corecc/CORE/MinBTF.h). Unlike
// `bpftool gen min_core_btf`, a relocation that fails or leaves a reachable
// poisoned instruction makes it fail (exit 3) and write nothing, unless
// --keep-going.
//
//===----------------------------------------------------------------------===//

#include "Common.h"
#include "Report.h"
#include "corecc/BTF/Codec.h"
#include "corecc/CORE/Check.h"
#include "corecc/CORE/MinBTF.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace corecc;
using namespace corecc::core;
using namespace corecc::btftool;

int corecc::btftool::cmdMin(const Options &O,
                            std::shared_ptr<const btf::Spec>) {
  if (O.Targets.size() != 1)
    return usageError("min needs exactly one --target");
  if (O.Output.empty())
    return usageError("min needs -o OUT");
  const TargetOption &TO = O.Targets.front();
  Expected<TargetBTF> T = loadTarget(TO.Path, TO.Modules, TO.Name);
  if (!T)
    return inputError(T.takeError());
  std::vector<BPFObject> Objects;
  if (int RC = readObjects(O, Objects))
    return RC;

  // --prog: only these programs are loaded; the others' relocations need
  // no types (libbpf does not relocate them).
  CheckOptions CO;
  CO.Programs = O.Programs;

  MinBTFBuilder Builder(*T);
  unsigned Unresolved = 0, Relocs = 0;
  for (const BPFObject &Obj : Objects) {
    TargetCheck TC = checkObject(Obj, *T, CO);
    for (size_t I = 0; I < Obj.Relocs.size(); ++I) {
      const RelocOutcome &Oc = TC.Outcomes[I];
      if (Oc.Verdict == RelocOutcome::NotApplied)
        continue;
      ++Relocs;
      if (Oc.Verdict == RelocOutcome::Failed ||
          Oc.Verdict == RelocOutcome::Poisoned) {
        ++Unresolved;
        errs() << "corecc-btf: " << (O.KeepGoing ? "warning" : "error") << ": "
               << Obj.Path << ": " << relocLabel(Obj, Obj.Relocs[I])
               << " does not resolve on " << TO.Name << ": "
               << (Oc.Verdict == RelocOutcome::Failed
                       ? Oc.Error
                       : std::string("poisoned (load fails unless this "
                                     "instruction is dead code)"));
        for (const std::string &N : Oc.Notes)
          errs() << "; " << N;
        errs() << "\n";
      }
      Builder.add(Obj, Obj.Relocs[I], Oc);
    }
  }
  if (Unresolved && !O.KeepGoing) {
    errs() << "corecc-btf: error: " << Unresolved << " of " << Relocs
           << " relocations do not resolve on " << TO.Name << "; nothing "
           << "written (--keep-going writes " << O.Output << " anyway)\n";
    return ExitRejected;
  }
  btf::Spec Min = Builder.build();
  if (Error E = Min.validate())
    return inputError(std::move(E));
  std::vector<uint8_t> Bytes =
      btf::encodeBTF(Min, outputEndian(O, T->Vmlinux->endianness()));
  if (int RC = writeFile(O.Output, Bytes))
    return RC;
  uint32_t TargetTypes = T->Vmlinux->ownTypeCount();
  for (const auto &M : T->Modules)
    TargetTypes += M.second->ownTypeCount();
  outs() << O.Output << ": " << Min.ownTypeCount() << " of " << TargetTypes
         << " types, " << Bytes.size() << " bytes, for " << Relocs
         << " relocation" << (Relocs == 1 ? "" : "s") << " of "
         << Objects.size() << " object" << (Objects.size() == 1 ? "" : "s");
  if (Unresolved)
    outs() << " (" << Unresolved << " do not resolve)";
  outs() << "\n";
  return Unresolved ? ExitRejected : ExitOk;
}
