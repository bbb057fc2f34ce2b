// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Check.cpp - corecc-btf check ---------------------------------------===//
//
// Part of corecc. See docs/core-tools.md.
//
// Resolves every relocation of each object against each --target and prints
// a matrix, one row per relocation and one column per target:
//
//   relocation                                        6.1         6.12
//   #0 tp/x prog+37 byte_off task_struct::real_parent 1280->1272  1280
//   #1 tp/x prog+41 field_exists task_struct::foo     0 (missing) 1
//   #2 tp/x prog+44 byte_off task_struct::foo         guarded: missing  24
//
// then one line per cell that is not a plain value, saying why, and one
// verdict per target. Exit status 3 if some target rejects some object.
//
//===----------------------------------------------------------------------===//

#include "corecc/CORE/Check.h"
#include "Common.h"
#include "Report.h"
#include "corecc/BTF/RelocKinds.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>

using namespace llvm;
using namespace corecc;
using namespace corecc::core;
using namespace corecc::btftool;

namespace {

std::string cellText(const RelocOutcome &O) {
  switch (O.Verdict) {
  case RelocOutcome::Ok: {
    std::string S = O.Res.OrigValue == O.Res.NewValue
                        ? std::to_string(O.Res.NewValue)
                        : std::to_string(O.Res.OrigValue) + "->" +
                              std::to_string(O.Res.NewValue);
    if (O.Patch.MemSizeFrom)
      S += " (size " + std::to_string(O.Patch.MemSizeFrom) + "->" +
           std::to_string(O.Patch.MemSizeTo) + ")";
    return S;
  }
  case RelocOutcome::Missing:
    return std::to_string(O.Res.NewValue) + " (missing)";
  case RelocOutcome::Guarded:
    return "guarded: missing";
  case RelocOutcome::Poisoned:
    return "POISONED";
  case RelocOutcome::Failed:
    return "FAILED";
  case RelocOutcome::NotApplied:
    return "-";
  }
  return "?";
}

/// The one-line explanation of a cell that is not a plain value.
std::string cellWhy(const RelocOutcome &O) {
  std::string S;
  switch (O.Verdict) {
  case RelocOutcome::Missing:
    S = "missing (the program sees " + std::to_string(O.Res.NewValue) + ")";
    break;
  case RelocOutcome::Guarded:
    S = "guarded: missing (poisoned, dead code on this target)";
    break;
  case RelocOutcome::Poisoned:
    S = "poisoned (load fails unless this instruction is dead code)";
    break;
  case RelocOutcome::Failed:
    S = "libbpf fails the load: " + O.Error;
    break;
  case RelocOutcome::NotApplied:
    S = "not relocated";
    break;
  case RelocOutcome::Ok:
    S = "ok";
    break;
  }
  for (const std::string &N : O.Notes)
    S += "; " + N;
  if (O.AfterFailure)
    S += " (libbpf stops at the first failed relocation and would not get "
         "here)";
  return S;
}

struct LoadedTarget {
  TargetOption Opt;
  TargetBTF BTF;
  std::string Column;
};

void writeOutcomeJson(json::OStream &J, const ObjectReloc &R,
                      const RelocOutcome &O, const LoadedTarget &T) {
  J.attribute("target", T.Opt.Name);
  J.attribute("verdict", verdictName(O.Verdict));
  if (O.Verdict == RelocOutcome::NotApplied) {
    J.attributeArray("notes", [&] {
      for (const std::string &N : O.Notes)
        J.value(N);
    });
    return;
  }
  bool HaveValues = O.Res.Status != Resolution::Failed;
  if (HaveValues) {
    J.attribute("orig", uint64_t(O.Res.OrigValue));
    J.attribute("new", uint64_t(O.Res.NewValue));
  } else {
    J.attribute("orig", nullptr);
    J.attribute("new", nullptr);
  }
  J.attribute("status", O.Res.Status == Resolution::Patched    ? "patched"
                        : O.Res.Status == Resolution::Poisoned ? "poisoned"
                                                               : "failed");
  J.attribute("poisoned_by_mem_size", O.PoisonedByMemSize);
  if (!O.Patch.Class.empty())
    J.attributeObject("patch", [&] {
      J.attribute("class", O.Patch.Class);
      J.attribute("from", uint64_t(O.Patch.From));
      J.attribute("to", uint64_t(O.Patch.To));
      if (O.Patch.MemSizeFrom) {
        J.attribute("mem_size_from", O.Patch.MemSizeFrom);
        J.attribute("mem_size_to", O.Patch.MemSizeTo);
      }
    });
  else
    J.attribute("patch", nullptr);
  if (O.Verdict == RelocOutcome::Failed) {
    J.attribute("error", O.Error);
    static const char *const Codes[] = {"",
                                        "invalid-record",
                                        "ambiguous",
                                        "unsupported",
                                        "bad-instruction",
                                        "value-too-big",
                                        "not-found"};
    unsigned C = static_cast<unsigned>(O.ErrorCode);
    J.attribute("error_code", C < 7 ? Codes[C] : "unknown");
  } else {
    J.attribute("error", nullptr);
  }
  J.attribute("after_failure", O.AfterFailure);
  J.attribute("local_spec", O.Res.LocalSpec);
  if (O.Res.Target) {
    J.attribute("target_spec", O.Res.Target->format());
    J.attribute("target_type_id", O.Res.Target->RootTypeId);
    J.attribute("origin", O.Res.Origin);
  } else {
    J.attribute("target_spec", nullptr);
  }
  J.attributeArray("candidates", [&] {
    for (const Resolution::Tried &C : O.Res.Candidates)
      J.object([&] {
        J.attribute("index", C.Index);
        J.attribute("type_id", C.TypeId);
        J.attribute("origin", C.Origin);
        J.attribute("matched", C.Matched);
        J.attribute("spec", C.Spec);
        if (!C.Matched)
          J.attribute("why", C.Why);
      });
  });
  J.attributeArray("notes", [&] {
    for (const std::string &N : O.Notes)
      J.value(N);
  });
  (void)R;
}

} // namespace

int corecc::btftool::cmdCheck(const Options &O,
                              std::shared_ptr<const btf::Spec>) {
  if (O.Targets.empty())
    return usageError("check needs at least one --target");
  std::vector<BPFObject> Objects;
  if (int RC = readObjects(O, Objects))
    return RC;
  std::vector<LoadedTarget> Targets;
  for (const TargetOption &TO : O.Targets) {
    Expected<TargetBTF> T = loadTarget(TO.Path, TO.Modules, TO.Name);
    if (!T)
      return inputError(T.takeError());
    std::string Column = TO.Name;
    if (Column.size() > 16 || StringRef(Column).contains('/'))
      Column = "T" + std::to_string(Targets.size() + 1);
    Targets.push_back({TO, std::move(*T), Column});
  }
  CheckOptions CO;
  CO.Programs = O.Programs;

  // Results[object][target].
  std::vector<std::vector<TargetCheck>> Results;
  bool AnyRejected = false;
  for (const BPFObject &Obj : Objects) {
    Results.emplace_back();
    for (const LoadedTarget &T : Targets) {
      Results.back().push_back(checkObject(Obj, T.BTF, CO));
      AnyRejected |= Results.back().back().Rejected;
    }
  }

  if (O.Json) {
    json::OStream J(outs(), 2);
    J.object([&] {
      J.attributeArray("targets", [&] {
        for (const LoadedTarget &T : Targets)
          J.object([&] {
            J.attribute("name", T.Opt.Name);
            J.attribute("path", T.Opt.Path);
            J.attributeArray("modules", [&] {
              for (const auto &M : T.BTF.Modules)
                J.value(M.first);
            });
          });
      });
      J.attributeArray("objects", [&] {
        for (size_t OI = 0; OI < Objects.size(); ++OI) {
          const BPFObject &Obj = Objects[OI];
          J.object([&] {
            J.attribute("object", Obj.Path);
            J.attributeArray("relocations", [&] {
              for (size_t RI = 0; RI < Obj.Relocs.size(); ++RI)
                J.object([&] {
                  writeRelocJson(J, Obj, Obj.Relocs[RI]);
                  J.attributeArray("results", [&] {
                    for (size_t TI = 0; TI < Targets.size(); ++TI)
                      J.object([&] {
                        writeOutcomeJson(J, Obj.Relocs[RI],
                                         Results[OI][TI].Outcomes[RI],
                                         Targets[TI]);
                      });
                  });
                });
            });
            J.attributeArray("verdicts", [&] {
              for (size_t TI = 0; TI < Targets.size(); ++TI)
                J.object([&] {
                  J.attribute("target", Targets[TI].Opt.Name);
                  J.attribute("rejected", Results[OI][TI].Rejected);
                });
            });
          });
        }
      });
      J.attribute("rejected", AnyRejected);
    });
    outs() << "\n";
    return AnyRejected ? ExitRejected : ExitOk;
  }

  for (size_t OI = 0; OI < Objects.size(); ++OI) {
    const BPFObject &Obj = Objects[OI];
    if (OI)
      outs() << "\n";
    outs() << Obj.Path << ": " << Obj.Relocs.size() << " CO-RE relocation"
           << (Obj.Relocs.size() == 1 ? "" : "s") << ", " << Targets.size()
           << " target" << (Targets.size() == 1 ? "" : "s") << "\n";
    for (const LoadedTarget &T : Targets) {
      if (T.Column == T.Opt.Name && T.Opt.Name == T.Opt.Path &&
          T.BTF.Modules.empty())
        continue;
      // "c1 = c1.o", or "T1 = long-or/odd-name (path)".
      outs() << "  " << T.Column << " = ";
      if (T.Column != T.Opt.Name && T.Opt.Name != T.Opt.Path)
        outs() << T.Opt.Name << " (" << T.Opt.Path << ")";
      else
        outs() << T.Opt.Path;
      if (!T.BTF.Modules.empty())
        outs() << " with " << T.BTF.Modules.size() << " module"
               << (T.BTF.Modules.size() == 1 ? "" : "s");
      outs() << "\n";
    }
    if (Obj.Relocs.empty())
      continue;

    // The matrix, columns padded to their widest cell.
    std::vector<std::string> Labels;
    size_t LabelWidth = std::string("relocation").size();
    for (const ObjectReloc &R : Obj.Relocs) {
      Labels.push_back(relocLabel(Obj, R));
      LabelWidth = std::max(LabelWidth, Labels.back().size());
    }
    std::vector<size_t> Widths;
    for (size_t TI = 0; TI < Targets.size(); ++TI) {
      size_t W = Targets[TI].Column.size();
      for (const RelocOutcome &Oc : Results[OI][TI].Outcomes)
        W = std::max(W, cellText(Oc).size());
      Widths.push_back(W);
    }
    auto Pad = [](std::string S, size_t W) {
      S.resize(std::max(S.size(), W), ' ');
      return S;
    };
    std::string Header = Pad("relocation", LabelWidth);
    for (size_t TI = 0; TI < Targets.size(); ++TI)
      Header += "  " + Pad(Targets[TI].Column, Widths[TI]);
    outs() << StringRef(Header).rtrim() << "\n";
    for (size_t RI = 0; RI < Obj.Relocs.size(); ++RI) {
      std::string Row = Pad(Labels[RI], LabelWidth);
      for (size_t TI = 0; TI < Targets.size(); ++TI)
        Row += "  " + Pad(cellText(Results[OI][TI].Outcomes[RI]), Widths[TI]);
      outs() << StringRef(Row).rtrim() << "\n";
    }

    // Why, for every cell that is not a plain value.
    bool First = true;
    for (size_t TI = 0; TI < Targets.size(); ++TI)
      for (size_t RI = 0; RI < Obj.Relocs.size(); ++RI) {
        const RelocOutcome &Oc = Results[OI][TI].Outcomes[RI];
        bool Show = O.Verbose || (Oc.Verdict != RelocOutcome::Ok &&
                                  Oc.Verdict != RelocOutcome::NotApplied);
        if (!Show)
          continue;
        if (First)
          outs() << "details:\n";
        First = false;
        outs() << "  " << Targets[TI].Column << " " << Labels[RI] << ": "
               << cellWhy(Oc) << "\n";
        if (O.Verbose && Oc.Verdict != RelocOutcome::NotApplied) {
          if (!Oc.Res.LocalSpec.empty())
            outs() << "      local " << Oc.Res.LocalSpec << "\n";
          for (const Resolution::Tried &C : Oc.Res.Candidates)
            outs() << "      " << (C.Matched ? "matching" : "non-matching")
                   << " candidate #" << C.Index << " " << C.Spec << " in "
                   << C.Origin << "\n";
          if (!Oc.Patch.Class.empty())
            outs() << "      patched (" << Oc.Patch.Class << ") "
                   << Oc.Patch.From << " -> " << Oc.Patch.To << "\n";
        }
      }
    outs() << "verdict:\n";
    for (size_t TI = 0; TI < Targets.size(); ++TI) {
      const TargetCheck &TC = Results[OI][TI];
      unsigned Counts[6] = {0, 0, 0, 0, 0, 0};
      for (const RelocOutcome &Oc : TC.Outcomes)
        ++Counts[Oc.Verdict];
      outs() << "  " << Targets[TI].Column << ": "
             << (TC.Rejected ? "REJECTED" : "loads");
      std::vector<std::string> Parts;
      for (unsigned V = 0; V < 6; ++V) {
        if (!Counts[V])
          continue;
        // The verdict's token, read as words: "not-applied" -> "not applied".
        std::string Words =
            verdictName(static_cast<RelocOutcome::VerdictKind>(V)).str();
        std::replace(Words.begin(), Words.end(), '-', ' ');
        Parts.push_back(std::to_string(Counts[V]) + " " + Words);
      }
      if (!Parts.empty()) {
        outs() << " (";
        for (size_t I = 0; I < Parts.size(); ++I)
          outs() << (I ? ", " : "") << Parts[I];
        outs() << ")";
      }
      outs() << "\n";
    }
  }
  return AnyRejected ? ExitRejected : ExitOk;
}
