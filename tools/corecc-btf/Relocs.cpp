// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Relocs.cpp - corecc-btf relocs -------------------------------------===//
//
// Part of corecc. See docs/core-tools.md.
//
// Lists every CO-RE relocation of an object, one line each:
//
//   tp/x #0 insn 37 off 296 prog execve_enter+37 kind byte_off
//     root [15] struct task_struct access 0:95
//     path task_struct::real_parent value 1280
//     spec <byte_off> [15] struct task_struct.real_parent (0:95 @ offset 1280)
//
// (one line in the output; wrapped here), or with --json an array of
// objects with the same fields.
//
//===----------------------------------------------------------------------===//

#include "Common.h"
#include "Report.h"
#include "corecc/BTF/RelocKinds.h"
#include "corecc/CORE/Object.h"
#include "corecc/CORE/Resolver.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace corecc;
using namespace corecc::core;
using namespace corecc::btftool;

int corecc::btftool::cmdRelocs(const Options &O,
                               std::shared_ptr<const btf::Spec>) {
  std::vector<BPFObject> Objects;
  if (int RC = readObjects(O, Objects))
    return RC;
  if (O.Json) {
    json::OStream J(outs(), 2);
    J.array([&] {
      for (const BPFObject &Obj : Objects)
        J.object([&] {
          J.attribute("object", Obj.Path);
          J.attributeArray("relocations", [&] {
            for (const ObjectReloc &R : Obj.Relocs)
              J.object([&] { writeRelocJson(J, Obj, R); });
          });
        });
    });
    outs() << "\n";
    return ExitOk;
  }
  for (const BPFObject &Obj : Objects) {
    outs() << Obj.Path << ": " << Obj.Relocs.size() << " CO-RE relocation"
           << (Obj.Relocs.size() == 1 ? "" : "s") << "\n";
    for (const ObjectReloc &R : Obj.Relocs) {
      outs() << relocLine(Obj, R);
      Expected<uint64_t> V =
          localValue(*Obj.BTF, R.Record.TypeId, R.Access, R.Record.Kind);
      if (V)
        outs() << " value " << formatValue(R.Record.Kind, *V);
      else
        outs() << " value ? (" << toString(V.takeError()) << ")";
      std::string Spec = localSpec(Obj, R);
      if (!Spec.empty())
        outs() << " spec " << Spec;
      outs() << "\n";
    }
  }
  return ExitOk;
}
