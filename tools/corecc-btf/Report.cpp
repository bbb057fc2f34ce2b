// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Report.cpp - How corecc-btf prints relocations ---------------------===//
//
// Part of corecc. See docs/core-tools.md.
//
//===----------------------------------------------------------------------===//

#include "Report.h"
#include "corecc/BTF/RelocKinds.h"
#include "corecc/CORE/Resolver.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace corecc;
using namespace corecc::core;
using corecc::btf::relocKindName;

/// The kind's name, also for a kind no tool knows.
static std::string relocKindLabel(uint32_t Kind) {
  llvm::StringRef N = relocKindName(Kind);
  return N.empty() ? "kind " + std::to_string(Kind) : N.str();
}

std::string btftool::rootDesc(const btf::Spec &S, uint32_t Id) {
  if (!S.isValidId(Id))
    return "[" + std::to_string(Id) + "] <invalid>";
  btf::Type T = S.type(Id);
  std::string Name = T.name().empty() ? "<anon>" : T.name().str();
  return "[" + std::to_string(Id) + "] " + btf::kindName(T.kind()).lower() +
         " " + Name;
}

static std::string progAt(const BPFObject &Obj, const ObjectReloc &R) {
  if (!R.Program)
    return "-";
  return Obj.Programs[*R.Program].Name + "+" + std::to_string(R.ProgInsnIndex);
}

std::string btftool::relocLine(const BPFObject &Obj, const ObjectReloc &R) {
  std::string Out;
  raw_string_ostream OS(Out);
  std::string Path = cPath(*Obj.BTF, R.Record.TypeId, R.Access, R.Record.Kind);
  OS << R.Section << " #" << R.IndexInSection << " insn " << R.InsnIndex
     << " off " << R.Record.Insn << " prog " << progAt(Obj, R) << " kind "
     << relocKindLabel(R.Record.Kind) << " root "
     << rootDesc(*Obj.BTF, R.Record.TypeId) << " access " << R.Access
     << " path " << (Path.empty() ? "?" : Path);
  return Out;
}

std::string btftool::relocLabel(const BPFObject &Obj, const ObjectReloc &R) {
  std::string Path = cPath(*Obj.BTF, R.Record.TypeId, R.Access, R.Record.Kind);
  return "#" + std::to_string(R.IndexInSection) + " " + R.Section + " " +
         progAt(Obj, R) + " " + relocKindLabel(R.Record.Kind) + " " +
         (Path.empty() ? R.Access : Path);
}

std::string btftool::localSpec(const BPFObject &Obj, const ObjectReloc &R) {
  Expected<AccessSpec> S =
      parseAccess(*Obj.BTF, R.Record.TypeId, R.Access, R.Record.Kind);
  if (!S) {
    consumeError(S.takeError());
    return "";
  }
  return S->format();
}

std::string btftool::formatValue(uint32_t Kind, uint64_t V) {
  std::string Out = std::to_string(V);
  if (int64_t(V) < 0)
    Out += " (" + std::to_string(int64_t(V)) + ")";
  return Out;
}

void btftool::writeRelocJson(json::OStream &J, const BPFObject &Obj,
                             const ObjectReloc &R) {
  J.attribute("section", R.Section);
  J.attribute("index", R.IndexInSection);
  J.attribute("insn", R.InsnIndex);
  J.attribute("insn_offset", static_cast<int64_t>(R.Record.Insn));
  if (R.Program) {
    J.attribute("program", Obj.Programs[*R.Program].Name);
    J.attribute("prog_insn", R.ProgInsnIndex);
  } else {
    J.attribute("program", nullptr);
    J.attribute("prog_insn", nullptr);
  }
  J.attribute("kind", relocKindLabel(R.Record.Kind));
  J.attribute("type_id", R.Record.TypeId);
  J.attribute("type", rootDesc(*Obj.BTF, R.Record.TypeId));
  J.attribute("access", R.Access);
  J.attribute("path",
              cPath(*Obj.BTF, R.Record.TypeId, R.Access, R.Record.Kind));
  J.attribute("spec", localSpec(Obj, R));
  Expected<uint64_t> V =
      localValue(*Obj.BTF, R.Record.TypeId, R.Access, R.Record.Kind);
  if (V) {
    J.attribute("value", uint64_t(*V));
  } else {
    J.attribute("value", nullptr);
    J.attribute("value_error", toString(V.takeError()));
  }
}

int corecc::btftool::readObjects(const Options &O,
                                 std::vector<core::BPFObject> &Objects) {
  for (const std::string &In : O.Inputs) {
    Expected<core::BPFObject> Obj = core::readBPFObject(In);
    if (!Obj)
      return inputError(Obj.takeError());
    Objects.push_back(std::move(*Obj));
  }
  for (const core::BPFObject &Obj : Objects)
    for (const std::string &P : O.Programs)
      if (!llvm::any_of(Obj.Programs, [&](const core::BPFProgram &BP) {
            return BP.Name == P;
          }))
        return usageError("--prog: " + Obj.Path + " has no program '" + P +
                          "'");
  return ExitOk;
}
