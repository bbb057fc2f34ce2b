// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- DeepTypes.h - Adversarial BTF shapes for the walk tests --*- C++ -*-===//
//
// Part of corecc.
//
// Valid BTF that is hard to walk: chains tens of thousands of types deep (a
// recursive walk overflows the stack) and "doubling" DAGs where each type
// refers twice to the one below (a walk without memory takes 2^depth
// steps). Each shape is a few hundred KB at most, which the decoder
// accepts. The BTF and CORE unit tests run every walk of their library on
// them (DeepTypesTest.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_UNITTESTS_BTF_DEEPTYPES_H
#define CORECC_UNITTESTS_BTF_DEEPTYPES_H

#include "corecc/BTF/Spec.h"
#include <string>
#include <vector>

namespace corecc {
namespace btf {
namespace test {

/// One adversarial Spec and the id at the top of its shape.
struct DeepShape {
  std::string Name;
  Spec S;
  uint32_t Top = 0;
};

/// Depth of the chains: far beyond any stack a recursive walk could use.
constexpr unsigned DeepChain = 50000;
/// Depth of the doubling DAGs: 2^30 steps for a walk without memory, and
/// within libbpf's limit of 32 levels for type comparisons (so a
/// comparison cannot stop early at that limit).
constexpr unsigned DoublingDepth = 30;

inline std::vector<DeepShape> deepShapes() {
  std::vector<DeepShape> Out;
  auto Add = [&](const char *Name) -> DeepShape & {
    Out.push_back(DeepShape{Name, Spec(), 0});
    return Out.back();
  };

  { // const volatile typedef const volatile typedef ... int
    DeepShape &D = Add("modifier-chain");
    uint32_t Id = D.S.addInt("int", 4, IntSigned);
    for (unsigned I = 0; I < DeepChain; ++I)
      Id = I % 3 == 0   ? D.S.addConst(Id)
           : I % 3 == 1 ? D.S.addVolatile(Id)
                        : D.S.addTypedef("t" + std::to_string(I), Id);
    D.Top = D.S.addTypedef("top", Id);
  }
  { // int (*(*(*...)(int (*)(void)))...)
    DeepShape &D = Add("func-proto-chain");
    uint32_t Int = D.S.addInt("int", 4, IntSigned);
    uint32_t Id = D.S.addFuncProto(Int, {});
    for (unsigned I = 0; I < DeepChain; ++I)
      Id = D.S.addFuncProto(Int, {{"f", D.S.addPtr(Id)}});
    D.Top = D.S.addTypedef("top", D.S.addPtr(Id));
  }
  { // struct top { struct { struct { ... int a; }; }; };
    DeepShape &D = Add("anonymous-struct-chain");
    uint32_t Int = D.S.addInt("int", 4, IntSigned);
    uint32_t Id = D.S.addStruct("", 4);
    D.S.setMembers(Id, {{"a", Int, 0}});
    for (unsigned I = 0; I < DeepChain; ++I) {
      uint32_t Outer = D.S.addStruct(I + 1 == DeepChain ? "top" : "", 4);
      D.S.setMembers(Outer, {{"", Id, 0}});
      Id = Outer;
    }
    D.Top = Id;
  }
  { // struct s1 { struct s0 m; }; struct s2 { struct s1 m; }; ...
    DeepShape &D = Add("named-struct-chain");
    uint32_t Int = D.S.addInt("int", 4, IntSigned);
    uint32_t Id = D.S.addStruct("s0", 4);
    D.S.setMembers(Id, {{"a", Int, 0}});
    for (unsigned I = 1; I <= DeepChain; ++I) {
      uint32_t Outer = D.S.addStruct("s" + std::to_string(I), 4);
      D.S.setMembers(Outer, {{"m", Id, 0}});
      Id = Outer;
    }
    D.Top = Id;
  }
  { // int top[1][1][1]...[1]
    DeepShape &D = Add("array-chain");
    uint32_t Int = D.S.addInt("int", 4, IntSigned);
    uint32_t Id = Int;
    for (unsigned I = 0; I < DeepChain; ++I)
      Id = D.S.addArray(Id, Int, 1);
    D.Top = D.S.addTypedef("top", Id);
  }
  { // struct d1 { struct d0 a, b; }; struct d2 { struct d1 a, b; }; ...
    DeepShape &D = Add("struct-doubling");
    uint32_t Int = D.S.addInt("int", 4, IntSigned);
    uint32_t Id = D.S.addStruct("d0", 1);
    uint32_t Char = D.S.addInt("char", 1, IntSigned);
    D.S.setMembers(Id, {{"c", Char, 0}});
    (void)Int;
    // Sizes double up to 2^DoublingDepth: a union keeps them at 1 byte.
    for (unsigned I = 1; I <= DoublingDepth; ++I) {
      uint32_t Outer = D.S.addUnion("d" + std::to_string(I), 1);
      D.S.setMembers(Outer, {{"a", Id, 0}, {"b", Id, 0}});
      Id = Outer;
    }
    D.Top = Id;
  }
  { // int (*)(int (*)(...), int (*)(...)) twice per level: a pointer chain
    // that doubles.
    DeepShape &D = Add("func-proto-doubling");
    uint32_t Int = D.S.addInt("int", 4, IntSigned);
    uint32_t Id = D.S.addFuncProto(Int, {});
    for (unsigned I = 0; I < DoublingDepth; ++I) {
      uint32_t Ptr = D.S.addPtr(Id);
      Id = D.S.addFuncProto(Int, {{"a", Ptr}, {"b", Ptr}});
    }
    D.Top = D.S.addTypedef("top", D.S.addPtr(Id));
  }
  { // struct top { union { union { ... }; union { ... }; }; };  anonymous
    // members twice per level: a search for a member name looks at 2^30.
    DeepShape &D = Add("anonymous-doubling");
    uint32_t Int = D.S.addInt("int", 4, IntSigned);
    uint32_t Id = D.S.addUnion("", 4);
    D.S.setMembers(Id, {{"a", Int, 0}});
    for (unsigned I = 0; I < DoublingDepth; ++I) {
      uint32_t Outer = D.S.addUnion("", 4);
      D.S.setMembers(Outer, {{"", Id, 0}, {"", Id, 0}});
      Id = Outer;
    }
    D.Top = D.S.addStruct("top", 4);
    D.S.setMembers(D.Top, {{"", Id, 0}});
  }
  { // A function type whose parameter points to itself: C cannot write it.
    DeepShape &D = Add("func-proto-loop");
    uint32_t Int = D.S.addInt("int", 4, IntSigned);
    uint32_t Proto = D.S.addFuncProto(Int, {});
    uint32_t Ptr = D.S.addPtr(Proto);
    D.S.setParams(Proto, {{"self", Ptr}});
    D.Top = D.S.addTypedef("top", Ptr);
  }
  return Out;
}

} // namespace test
} // namespace btf
} // namespace corecc

#endif
