// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- TestUtil.h - Helpers of the BTF unit tests ---------------*- C++ -*-===//
//
// Part of corecc.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_UNITTESTS_BTF_TESTUTIL_H
#define CORECC_UNITTESTS_BTF_TESTUTIL_H

#include "corecc/BTF/BTF.h"
#include "gtest/gtest.h"
#include <string>
#include <vector>

namespace corecc {
namespace btf {
namespace test {

/// All own types in bpftool's form, one string per type.
inline std::vector<std::string> dump(const Spec &S) {
  std::vector<std::string> Out;
  for (uint32_t Id : S.ownIds())
    Out.push_back(formatType(S, Id));
  return Out;
}

/// Takes the value of an Expected, failing the test with the error text.
template <typename T> T take(llvm::Expected<T> E) {
  if (!E) {
    ADD_FAILURE() << llvm::toString(E.takeError());
    return T();
  }
  return std::move(*E);
}

/// Spec has no default-constructible Expected issue, but decoding may fail:
/// returns the decoded Spec or an empty one after a test failure.
inline Spec decodeOrFail(llvm::ArrayRef<uint8_t> Bytes,
                         std::shared_ptr<const Spec> Base = nullptr) {
  llvm::Expected<Spec> S = decodeBTF(Bytes, Base);
  if (!S) {
    ADD_FAILURE() << llvm::toString(S.takeError());
    return Spec();
  }
  return std::move(*S);
}

/// One type of every kind (and both flavors of the flags), ids 1..21.
inline void buildAllKinds(Spec &S) {
  uint32_t Int = S.addInt("int", 4, IntSigned);                           // [1]
  uint32_t Ptr = S.addPtr(Int);                                           // [2]
  S.addArray(Int, Int, 4);                                                // [3]
  uint32_t Str = S.addStruct("s", 8, {{"a", Int, 0, 3}, {"b", Int, 32}}); // [4]
  S.addUnion("u", 4, {{"x", Int, 0}, {"y", Ptr, 0}});                     // [5]
  S.addEnum("e", 4, true, {{"A", uint64_t(-1)}, {"B", 2}});               // [6]
  S.addFwd("f", true);                                                    // [7]
  S.addTypedef("t", Str);                                                 // [8]
  S.addVolatile(Int);                                                     // [9]
  S.addConst(Int);                                           // [10]
  S.addRestrict(Ptr);                                        // [11]
  uint32_t Proto = S.addFuncProto(Int, {{"p", Int}}, true);  // [12]
  uint32_t Fn = S.addFunc("fn", Proto, FuncLinkage::Global); // [13]
  uint32_t Var = S.addVar("v", Int, VarLinkage::Global);     // [14]
  S.addDatasec(".data", 4, {{Var, 0, 4}});                   // [15]
  S.addFloat("double", 8);                                   // [16]
  S.addDeclTag("tag", Fn, 0);                                // [17]
  S.addTypeTag("user", Int);                                 // [18]
  S.addEnum64("e64", 8, false, {{"X", 0x100000000ULL}});     // [19]
  S.addDeclTag("tag2", Str, -1);                             // [20]
  S.addEnum64("s64", 8, true, {{"Y", uint64_t(-5)}});        // [21]
}

/// A sink that records each call as "u32 5 # comment".
class RecordingSink : public BTFSink {
public:
  std::vector<std::string> Lines;
  void u8(uint8_t V, const llvm::Twine &C) override { add("u8", V, C); }
  void u16(uint16_t V, const llvm::Twine &C) override { add("u16", V, C); }
  void u32(uint32_t V, const llvm::Twine &C) override { add("u32", V, C); }
  void string(llvm::StringRef S, const llvm::Twine &C) override {
    Lines.push_back(("string \"" + S + "\" # " + C).str());
  }
  void insnOffset(uint64_t Ref, const llvm::Twine &C) override {
    add("insn", Ref, C);
  }

private:
  void add(const char *What, uint64_t V, const llvm::Twine &C) {
    Lines.push_back(
        (llvm::Twine(What) + " " + llvm::Twine(V) + " # " + C).str());
  }
};

} // namespace test
} // namespace btf
} // namespace corecc

#endif
