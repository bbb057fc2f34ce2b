// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CPath.cpp - C-like paths of CO-RE relocations ----------------------===//
//
// For
//
//   struct rec { int a; struct { int x, y; } in; long args[6]; };
//
// the access "0:1:1" reads as "rec::in.y", "0:2:3" as "rec::args[3]" and
// "2:0" as "rec[2].a", the way corecc's -Rpass=core remarks write them.
// Anonymous members are walked through without a name, as in C.
//
//===----------------------------------------------------------------------===//

#include "corecc/BTF/RelocKinds.h"
#include "corecc/CORE/Object.h"
#include "corecc/CORE/Resolver.h"

using namespace llvm;
using namespace corecc;
using namespace corecc::btf;
using namespace corecc::core;

/// "struct task_struct", "union u", "enum e", a typedef's or int's name.
static std::string cTypeName(const btf::Spec &S, uint32_t Id) {
  for (unsigned Depth = 0; Depth < 32 && Id != 0; ++Depth) {
    Type T = S.type(Id);
    if (!T.isModifier())
      break;
    Id = T.refType();
  }
  if (Id == 0)
    return "void";
  Type T = S.type(Id);
  std::string Name = T.name().empty() ? "<anon>" : T.name().str();
  switch (T.kind()) {
  case Kind::Struct:
    return "struct " + Name;
  case Kind::Union:
    return "union " + Name;
  case Kind::Enum:
  case Kind::Enum64:
    return "enum " + Name;
  case Kind::Fwd:
    return (T.isFwdUnion() ? "union " : "struct ") + Name;
  case Kind::Ptr:
    return cTypeName(S, T.refType()) + " *";
  default:
    return Name;
  }
}

std::string core::cPath(const btf::Spec &S, uint32_t TypeId, StringRef Access,
                        uint32_t Kind) {
  if (!S.isValidId(TypeId) || TypeId == 0)
    return "";
  if (isTypeKind(Kind))
    return cTypeName(S, TypeId);
  Expected<AccessSpec> Spec = parseAccess(S, TypeId, Access, Kind);
  if (!Spec) {
    consumeError(Spec.takeError());
    return "";
  }
  Type Root = S.type(TypeId);
  std::string Out = Root.name().empty() ? "<anon>" : Root.name().str();
  if (isEnumKind(Kind))
    return Out + "::" + Spec->Accessors[0].Name.str();
  const Accessor &First = Spec->Accessors[0];
  if (First.Index)
    Out += "[" + std::to_string(First.Index) + "]";
  bool FirstMember = First.Index == 0;
  for (size_t I = 1; I < Spec->Accessors.size(); ++I) {
    const Accessor &A = Spec->Accessors[I];
    if (A.Name.empty()) {
      Out += "[" + std::to_string(A.Index) + "]";
      FirstMember = false;
      continue;
    }
    Out += FirstMember ? "::" : ".";
    Out += A.Name.str();
    FirstMember = false;
  }
  return Out;
}
