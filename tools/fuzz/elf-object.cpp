// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- elf-object.cpp - libFuzzer target: the BPF object reader -----------===//
//
// Part of corecc. See docs/reliability.md.
//
// What `corecc-btf relocs`, `check` and `min` do with an object file: read
// its sections, relocations, symbols, .BTF and .BTF.ext; describe every
// CO-RE relocation; resolve them all against the object's own BTF as the
// target (so the resolver also sees the fuzzed types on both sides); and
// build the minimal BTF for the outcomes. Each must finish with a result or
// an error, never abort: the seeds are real objects, so mutations reach
// every section header field.
//
//===----------------------------------------------------------------------===//

#include "FuzzCommon.h"
#include "corecc/CORE/Check.h"
#include "corecc/CORE/MinBTF.h"
#include "corecc/CORE/Object.h"
#include "llvm/Support/MemoryBuffer.h"
#include <cstdint>

using namespace corecc;
using namespace corecc::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::MemoryBufferRef Buffer(
      llvm::StringRef(reinterpret_cast<const char *>(Data), Size), "fuzz.o");
  llvm::Expected<BPFObject> Obj = readBPFObject(Buffer);
  if (!Obj) {
    fuzz::check(btf::errorCodeOf(Obj.takeError()).has_value());
    return 0;
  }
  for (const ObjectReloc &R : Obj->Relocs)
    (void)cPath(*Obj->BTF, R.Record.TypeId, R.Access, R.Record.Kind);
  TargetBTF Target;
  Target.Name = "self";
  Target.Vmlinux = Obj->BTF;
  TargetCheck C = checkObject(*Obj, Target);
  fuzz::check(C.Outcomes.size() == Obj->Relocs.size());
  MinBTFBuilder B(Target);
  for (size_t I = 0; I < Obj->Relocs.size(); ++I)
    B.add(*Obj, Obj->Relocs[I], C.Outcomes[I]);
  btf::Spec Min = B.build();
  fuzz::check(!bool(Min.validate()));
  return 0;
}
