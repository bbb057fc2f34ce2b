// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- MalformedTest.cpp - Every malformation has its error code ----------===//
//
// Part of corecc.
//
//===----------------------------------------------------------------------===//
//
// A table of cases: each takes a valid blob, breaks one thing and names the
// ErrorCode the decoder must report. The error text is never checked, only
// that the fast and the careful decode give the same one.
//
//===----------------------------------------------------------------------===//

#include "TestUtil.h"
#include "llvm/Support/Endian.h"
#include <functional>

using namespace corecc::btf;
using namespace corecc::btf::test;
using llvm::endianness;

namespace {

/// A valid blob and where its types are.
struct Blob {
  std::vector<uint8_t> Bytes;
  std::vector<size_t> TypeOff; // By id; byte offset of the type.
  endianness E;

  uint32_t get(size_t Off) const {
    return llvm::support::endian::read32(Bytes.data() + Off, E);
  }
  void put(size_t Off, uint32_t V) {
    llvm::support::endian::write32(Bytes.data() + Off, V, E);
  }
  /// Word \p W of type \p Id.
  void setWord(uint32_t Id, unsigned W, uint32_t V) {
    put(TypeOff[Id] + 4 * W, V);
  }
  uint32_t word(uint32_t Id, unsigned W) const {
    return get(TypeOff[Id] + 4 * W);
  }
  void setKind(uint32_t Id, unsigned K) {
    setWord(Id, 1, (word(Id, 1) & ~(0x1fu << 24)) | (K << 24));
  }
  void setVlen(uint32_t Id, unsigned Vlen) {
    setWord(Id, 1, (word(Id, 1) & ~0xffffu) | Vlen);
  }
  size_t strOff() const { return 24 + get(16); }
};

/// [1] INT 'int'        [5] FUNC 'f' -> [4]        [9] TYPEDEF 'td' -> [1]
/// [2] PTR -> [3]       [6] VAR 'v' -> [1]         [10] ENUM 'e' {A = 1}
/// [3] STRUCT 's' {a: [1], b: [2]}                 [11] ARRAY [1][2]
/// [4] FUNC_PROTO [1] (x: [1], y: [1])             [12] FLOAT 'double'
/// [7] DATASEC '.data' {[6]}  [8] DECL_TAG 'tag' -> [3] member 1
Blob validBlob(endianness E = endianness::little) {
  Spec S;
  uint32_t Int = S.addInt("int", 4, IntSigned);
  uint32_t Ptr = S.addPtr(3);
  S.addStruct("s", 16, {{"a", Int, 0}, {"b", Ptr, 64}});
  uint32_t Proto = S.addFuncProto(Int, {{"x", Int}, {"y", Int}});
  S.addFunc("f", Proto, FuncLinkage::Global);
  uint32_t Var = S.addVar("v", Int, VarLinkage::Global);
  S.addDatasec(".data", 4, {{Var, 0, 4}});
  S.addDeclTag("tag", 3, 1);
  S.addTypedef("td", Int);
  S.addEnum("e", 4, false, {{"A", 1}});
  S.addArray(Int, Int, 2);
  S.addFloat("double", 8);
  EXPECT_FALSE(bool(S.validate()));
  Blob B{encodeBTF(S, E), {0}, E};
  size_t Off = 24;
  for (uint32_t Id : S.ownIds()) {
    B.TypeOff.push_back(Off);
    Off += 4 * S.type(Id).wordCount();
  }
  return B;
}

struct Case {
  const char *Name;
  std::function<void(Blob &)> Break;
  ErrorCode Expected;
};

std::vector<Case> cases() {
  using EC = ErrorCode;
  return {
      // Header.
      {"empty", [](Blob &B) { B.Bytes.clear(); }, EC::Truncated},
      {"one byte", [](Blob &B) { B.Bytes.resize(1); }, EC::Truncated},
      {"bad magic", [](Blob &B) { B.Bytes[0] = B.Bytes[1] = 0; }, EC::BadMagic},
      {"swapped-looking magic",
       [](Blob &B) {
         B.Bytes[0] = 0xeb;
         B.Bytes[1] = 0xeb;
       },
       EC::BadMagic},
      {"short header", [](Blob &B) { B.Bytes.resize(12); }, EC::Truncated},
      {"version 2", [](Blob &B) { B.Bytes[2] = 2; }, EC::BadVersion},
      {"flags", [](Blob &B) { B.Bytes[3] = 1; }, EC::BadFlags},
      {"hdr_len too small", [](Blob &B) { B.put(4, 16); }, EC::BadHeaderLength},
      {"hdr_len past the end", [](Blob &B) { B.put(4, 100000); },
       EC::BadHeaderLength},
      {"unknown header fields not zero",
       [](Blob &B) {
         B.Bytes.insert(B.Bytes.begin() + 24, {0, 0, 0, 0, 7, 0, 0, 0});
         B.put(4, 32);
       },
       EC::BadHeaderLength},
      {"type section past the end", [](Blob &B) { B.put(12, B.get(12) + 64); },
       EC::SectionOutOfBounds},
      {"string section past the end",
       [](Blob &B) { B.put(16, B.get(16) + 1000); }, EC::SectionOutOfBounds},
      {"offset + length overflows 32 bits",
       [](Blob &B) {
         B.put(16, 0xfffffff0u);
         B.put(20, 0x20);
       },
       EC::SectionOutOfBounds},
      {"type_off misaligned", [](Blob &B) { B.put(8, 2); },
       EC::SectionOutOfBounds},
      {"type_len not a multiple of 4",
       [](Blob &B) { B.put(12, B.get(12) - 2); }, EC::SectionOutOfBounds},
      {"sections overlap", [](Blob &B) { B.put(16, 4); },
       EC::SectionOutOfBounds},
      // Strings.
      {"empty string section", [](Blob &B) { B.put(20, 0); },
       EC::BadStringSection},
      {"strings not NUL-terminated", [](Blob &B) { B.Bytes.back() = 'x'; },
       EC::BadStringSection},
      {"strings do not start with NUL",
       [](Blob &B) { B.Bytes[B.strOff()] = 'x'; }, EC::BadStringSection},
      {"type name offset", [](Blob &B) { B.setWord(1, 0, 100000); },
       EC::StringOffsetOutOfRange},
      {"member name offset", [](Blob &B) { B.setWord(3, 3, 100000); },
       EC::StringOffsetOutOfRange},
      {"param name offset", [](Blob &B) { B.setWord(4, 3, 100000); },
       EC::StringOffsetOutOfRange},
      {"enumerator name offset", [](Blob &B) { B.setWord(10, 3, 100000); },
       EC::StringOffsetOutOfRange},
      // Ids.
      {"PTR target", [](Blob &B) { B.setWord(2, 2, 13); },
       EC::TypeIdOutOfRange},
      {"member type", [](Blob &B) { B.setWord(3, 4, 99); },
       EC::TypeIdOutOfRange},
      {"return type", [](Blob &B) { B.setWord(4, 2, 0xffffffffu); },
       EC::TypeIdOutOfRange},
      {"datasec entry", [](Blob &B) { B.setWord(7, 3, 50); },
       EC::TypeIdOutOfRange},
      {"array index type", [](Blob &B) { B.setWord(11, 4, 12345); },
       EC::TypeIdOutOfRange},
      // Loops.
      {"typedef of itself", [](Blob &B) { B.setWord(9, 2, 9); },
       EC::ReferenceLoop},
      {"struct containing itself", [](Blob &B) { B.setWord(3, 4 + 3, 3); },
       EC::ReferenceLoop},
      {"typedef -> array -> typedef",
       [](Blob &B) {
         B.setWord(9, 2, 11);
         B.setWord(11, 3, 9);
       },
       EC::ReferenceLoop},
      {"forward loop struct -> typedef -> struct",
       [](Blob &B) {
         B.setWord(3, 4, 9);
         B.setWord(9, 2, 3);
       },
       EC::ReferenceLoop},
      // Lengths and kinds.
      {"vlen past the end", [](Blob &B) { B.setVlen(3, 1000); },
       EC::VlenOverrun},
      {"last type cut short",
       [](Blob &B) {
         B.put(12, B.get(12) - 4);
         B.put(16, B.get(16) - 4); // Strings move up with the cut.
         B.Bytes.erase(B.Bytes.begin() + B.TypeOff[12] + 8);
         B.Bytes.erase(B.Bytes.begin() + B.TypeOff[12] + 8);
         B.Bytes.erase(B.Bytes.begin() + B.TypeOff[12] + 8);
         B.Bytes.erase(B.Bytes.begin() + B.TypeOff[12] + 8);
       },
       EC::VlenOverrun},
      {"kind 0", [](Blob &B) { B.setKind(12, 0); }, EC::UnknownKind},
      {"kind 20", [](Blob &B) { B.setKind(12, 20); }, EC::UnknownKind},
      {"kind 31", [](Blob &B) { B.setKind(1, 31); }, EC::UnknownKind},
      // Per-kind rules.
      {"reserved info bits",
       [](Blob &B) { B.setWord(1, 1, B.word(1, 1) | 0x00100000); },
       EC::InvalidType},
      {"INT size 3", [](Blob &B) { B.setWord(1, 2, 3); }, EC::InvalidType},
      {"INT 0 bits", [](Blob &B) { B.setWord(1, 3, 0x01000000); },
       EC::InvalidType},
      {"INT bits past size", [](Blob &B) { B.setWord(1, 3, 0x01100020); },
       EC::InvalidType},
      {"INT encoding 8", [](Blob &B) { B.setWord(1, 3, 0x08000020); },
       EC::InvalidType},
      {"INT vlen", [](Blob &B) { B.setVlen(1, 1); }, EC::InvalidType},
      {"PTR kind_flag",
       [](Blob &B) { B.setWord(2, 1, B.word(2, 1) | 0x80000000u); },
       EC::InvalidType},
      {"FUNC to INT", [](Blob &B) { B.setWord(5, 2, 1); }, EC::InvalidType},
      {"FUNC linkage 3", [](Blob &B) { B.setVlen(5, 3); }, EC::InvalidType},
      {"VAR linkage 3", [](Blob &B) { B.setWord(6, 3, 3); }, EC::InvalidType},
      {"VAR of a FUNC", [](Blob &B) { B.setWord(6, 2, 5); }, EC::InvalidType},
      {"VAR of void", [](Blob &B) { B.setWord(6, 2, 0); }, EC::InvalidType},
      {"DATASEC entry not a VAR", [](Blob &B) { B.setWord(7, 3, 1); },
       EC::InvalidType},
      {"DECL_TAG component out of range", [](Blob &B) { B.setWord(8, 3, 2); },
       EC::InvalidType},
      {"DECL_TAG component -2", [](Blob &B) { B.setWord(8, 3, uint32_t(-2)); },
       EC::InvalidType},
      {"DECL_TAG on a DECL_TAG", [](Blob &B) { B.setWord(8, 2, 8); },
       EC::InvalidType},
      {"DECL_TAG component on an INT", [](Blob &B) { B.setWord(8, 2, 1); },
       EC::InvalidType},
      {"TYPEDEF without name", [](Blob &B) { B.setWord(9, 0, 0); },
       EC::InvalidType},
      {"ENUM size 3", [](Blob &B) { B.setWord(10, 2, 3); }, EC::InvalidType},
      {"ARRAY of void", [](Blob &B) { B.setWord(11, 3, 0); }, EC::InvalidType},
      {"ARRAY with a size", [](Blob &B) { B.setWord(11, 2, 8); },
       EC::InvalidType},
      {"member of type void", [](Blob &B) { B.setWord(3, 4, 0); },
       EC::InvalidType},
      {"void parameter before the last", [](Blob &B) { B.setWord(4, 4, 0); },
       EC::InvalidType},
      {"FLOAT size 3", [](Blob &B) { B.setWord(12, 2, 3); }, EC::InvalidType},
  };
}

class MalformedTest : public ::testing::TestWithParam<endianness> {};

TEST_P(MalformedTest, EveryCaseHasItsCode) {
  Blob Valid = validBlob(GetParam());
  ASSERT_TRUE(bool(decodeBTF(Valid.Bytes)));
  for (const Case &C : cases()) {
    Blob B = Valid;
    C.Break(B);
    auto Outcome = [](llvm::Expected<Spec> S) {
      std::pair<std::optional<ErrorCode>, std::string> R;
      if (!S)
        llvm::handleAllErrors(S.takeError(), [&](const BTFError &E) {
          R = {E.code(), E.message()};
        });
      return R;
    };
    auto [Got, Text] = Outcome(decodeBTF(B.Bytes));
    EXPECT_EQ(Got, C.Expected)
        << C.Name << ": got "
        << (Got ? errorCodeName(*Got).str() : std::string("success"));
    // The careful pass (each rule explained) refuses it with the same words.
    EXPECT_EQ(Outcome(detail::decodeBTFCarefully(B.Bytes)),
              std::make_pair(Got, Text))
        << C.Name;
  }
}

TEST(KindTableTest, RowsAgreeWithTheFormat) {
  // Names as bpftool prints them, in wire order.
  const char *Names[] = {"UNKNOWN", "INT",        "PTR",      "ARRAY",
                         "STRUCT",  "UNION",      "ENUM",     "FWD",
                         "TYPEDEF", "VOLATILE",   "CONST",    "RESTRICT",
                         "FUNC",    "FUNC_PROTO", "VAR",      "DATASEC",
                         "FLOAT",   "DECL_TAG",   "TYPE_TAG", "ENUM64"};
  for (unsigned K = 0; K < 32; ++K) {
    const KindInfo &KI = kindInfo(static_cast<Kind>(K));
    EXPECT_EQ(KI.Valid, K >= 1 && K <= MaxKind) << K;
    EXPECT_EQ(kindName(static_cast<Kind>(K)),
              K <= MaxKind ? Names[K] : "UNKNOWN");
    if (!KI.Valid)
      continue;
    // Entry slots lie inside an entry, and only kinds with entries have a
    // vlen above 0 (FUNC's vlen is its linkage).
    EXPECT_LT(KI.EntryName,
              static_cast<int>(KI.EntryWords) + (KI.EntryWords == 0))
        << K;
    EXPECT_LT(KI.EntryType,
              static_cast<int>(KI.EntryWords) + (KI.EntryWords == 0))
        << K;
    EXPECT_TRUE(KI.EntryWords ? KI.MaxVlen == 0xffff : KI.MaxVlen <= 2) << K;
    EXPECT_EQ(KI.FixedTypes >> KI.FixedWords, 0u) << K;
    EXPECT_EQ(KI.FixedNonVoid & ~KI.FixedTypes, 0u) << K;
  }
  // Every reference to another type is where the visitor finds it: a type
  // of each kind, built through Spec's API, visits the ids it was given.
  Spec S;
  uint32_t Int = S.addInt("int", 4, IntSigned);
  uint32_t Ptr = S.addPtr(Int);
  uint32_t Arr = S.addArray(Ptr, Int, 3);
  uint32_t Proto = S.addFuncProto(Int, {{"a", Ptr}, {"b", Arr}});
  uint32_t Fn = S.addFunc("f", Proto, FuncLinkage::Global);
  uint32_t St = S.addStruct("s", 16, {{"x", Arr, 0}, {"y", Ptr, 96}});
  uint32_t Var = S.addVar("v", St, VarLinkage::Global);
  uint32_t Sec = S.addDatasec(".data", 16, {{Var, 0, 16}});
  uint32_t Tag = S.addDeclTag("t", St, 1);
  auto Refs = [&](uint32_t Id) {
    std::vector<uint32_t> Out;
    static_cast<const Spec &>(S).forEachTypeRef(
        Id, [&](uint32_t R) { Out.push_back(R); });
    return Out;
  };
  using V = std::vector<uint32_t>;
  EXPECT_EQ(Refs(Int), V{});
  EXPECT_EQ(Refs(Ptr), V{Int});
  EXPECT_EQ(Refs(Arr), (V{Ptr, Int}));
  EXPECT_EQ(Refs(Proto), (V{Int, Ptr, Arr}));
  EXPECT_EQ(Refs(Fn), V{Proto});
  EXPECT_EQ(Refs(St), (V{Arr, Ptr}));
  EXPECT_EQ(Refs(Var), V{St});
  EXPECT_EQ(Refs(Sec), V{Var});
  EXPECT_EQ(Refs(Tag), V{St});
  EXPECT_FALSE(bool(S.validate()));
}

INSTANTIATE_TEST_SUITE_P(BothEndians, MalformedTest,
                         ::testing::Values(endianness::little,
                                           endianness::big));

TEST(MalformedTest, ErrorsNameTheTypeAndOffset) {
  Blob B = validBlob();
  B.setWord(2, 2, 13); // PTR [2] -> 13, out of range.
  llvm::Expected<Spec> S = decodeBTF(B.Bytes);
  ASSERT_FALSE(bool(S));
  bool Seen = false;
  llvm::handleAllErrors(S.takeError(), [&](const BTFError &E) {
    Seen = true;
    EXPECT_EQ(E.code(), ErrorCode::TypeIdOutOfRange);
    EXPECT_EQ(E.typeId(), 2u);
    EXPECT_EQ(E.offset(), B.TypeOff[2]);
    std::string Text;
    llvm::raw_string_ostream OS(Text);
    E.log(OS);
    EXPECT_NE(OS.str().find("type [2]"), std::string::npos) << OS.str();
  });
  EXPECT_TRUE(Seen);
}

TEST(MalformedTest, SplitNeedsItsBaseForStrings) {
  auto Base = std::make_shared<Spec>();
  Base->addInt("int", 4, IntSigned);
  std::shared_ptr<const Spec> B = Base;
  Spec Split(B);
  Split.addTypedef("int_t", 1);
  std::vector<uint8_t> Bytes = encodeBTF(Split);
  // A string offset past the split's strings.
  llvm::support::endian::write32le(Bytes.data() + 24, 1000);
  EXPECT_EQ(errorCodeOf(decodeBTF(Bytes, B).takeError()),
            ErrorCode::StringOffsetOutOfRange);
  // A base string (offset < base size) is fine.
  llvm::support::endian::write32le(Bytes.data() + 24, 1);
  EXPECT_EQ(errorCodeOf(decodeBTF(Bytes, B).takeError()), std::nullopt);
  // Type ids continue after the base: 3 does not exist yet.
  llvm::support::endian::write32le(Bytes.data() + 32, 3);
  EXPECT_EQ(errorCodeOf(decodeBTF(Bytes, B).takeError()),
            ErrorCode::TypeIdOutOfRange);
}

TEST(MalformedTest, SplitLoopsAreFound) {
  auto Base = std::make_shared<Spec>();
  Base->addInt("int", 4, IntSigned);
  std::shared_ptr<const Spec> B = Base;
  Spec Split(B);
  uint32_t T = Split.addTypedef("a", 1);
  uint32_t C = Split.addConst(T);
  Split.setRefType(T, C);
  EXPECT_EQ(errorCodeOf(decodeBTF(encodeBTF(Split), B).takeError()),
            ErrorCode::ReferenceLoop);
}

TEST(MalformedTest, BitFlipsNeverCrash) {
  // Every single-bit change of a valid blob either decodes or fails cleanly;
  // a decoded one re-encodes to bytes that decode again.
  for (endianness E : {endianness::little, endianness::big}) {
    Blob Valid = validBlob(E);
    for (size_t I = 0; I < Valid.Bytes.size(); ++I) {
      for (unsigned Bit = 0; Bit < 8; ++Bit) {
        std::vector<uint8_t> Bytes = Valid.Bytes;
        Bytes[I] ^= 1u << Bit;
        llvm::Expected<Spec> S = decodeBTF(Bytes);
        if (!S) {
          llvm::consumeError(S.takeError());
          continue;
        }
        for (uint32_t Id : S->ownIds())
          (void)formatType(*S, Id);
        llvm::Expected<Spec> Again = decodeBTF(encodeBTF(*S));
        EXPECT_TRUE(bool(Again)) << "byte " << I << " bit " << Bit;
        if (!Again)
          llvm::consumeError(Again.takeError());
      }
    }
  }
}

} // namespace

namespace {
TEST(MalformedTest, KindRulesHoldWhateverTheOrder) {
  // Found by the fuzzer: a FUNC referring forwards to a VAR, behind types
  // that resolve in different sweeps, was not checked.
  Spec S;
  uint32_t Int = S.addInt("int", 4, IntSigned);        // [1]
  uint32_t A = S.addStruct("a", 8);                    // [2] -> [4] forwards
  uint32_t F = S.addFunc("f", 5, FuncLinkage::Global); // [3] -> VAR [5]
  uint32_t T = S.addTypedef("t", 6);                   // [4] -> [6] forwards
  uint32_t V = S.addVar("v", A, VarLinkage::Global);   // [5] -> [2] back
  S.addTypedef("u", Int);                              // [6]
  S.setMembers(A, {{"m", T, 0}});
  S.addDatasec(".bss", 0, {{V, 0, 8}}); // [7]
  (void)F;
  EXPECT_EQ(errorCodeOf(S.validate()), ErrorCode::InvalidType);
  EXPECT_EQ(errorCodeOf(decodeBTF(encodeBTF(S)).takeError()),
            ErrorCode::InvalidType);
}
} // namespace

// The loop search starts from the types that refer forwards and skips the
// types it reaches whose references all fall below where it started: a
// loop closed through backward references must still be found, and forward
// references into such dead ends are no loop.
TEST(MalformedTest, LoopsThroughForwardAndBackwardReferences) {
  for (bool Closed : {true, false}) {
    Spec S;
    uint32_t Int = S.addInt("int", 4, IntSigned);
    uint32_t A = S.addTypedef("a", Int); // a -> c (forwards)
    uint32_t P = S.addPtr(A);            // a PTR: no loop through it
    uint32_t B = S.addVolatile(Int);     // b -> a, or b -> int
    uint32_t C = S.addConst(B);          // c -> b (backwards)
    uint32_t D = S.addTypedef("d", P);   // d -> later e (a dead end)
    uint32_t E = S.addConst(Int);
    S.setRefType(A, C);
    S.setRefType(D, E);
    S.setRefType(E, P);
    if (Closed)
      S.setRefType(B, A);
    llvm::Expected<Spec> Got = decodeBTF(encodeBTF(S));
    if (Closed) {
      EXPECT_EQ(errorCodeOf(Got.takeError()), ErrorCode::ReferenceLoop);
    } else {
      EXPECT_EQ(errorCodeOf(Got.takeError()), std::nullopt);
    }
    EXPECT_EQ(errorCodeOf(S.validate()),
              Closed ? std::optional<ErrorCode>(ErrorCode::ReferenceLoop)
                     : std::nullopt);
  }
}

// What producers write and the kernel refuses, but libbpf and bpftool read:
// accepted (docs/btf.md). GCC 12 writes an anonymous static FUNC for every
// call through a function pointer, so every object calling libbpf's
// helpers has them; a TYPEDEF still needs its name.
TEST_P(MalformedTest, ProducerQuirksAreRead) {
  Blob Valid = validBlob(GetParam());
  Blob AnonFunc = Valid;
  AnonFunc.setWord(5, 0, 0);
  llvm::Expected<Spec> S = decodeBTF(AnonFunc.Bytes);
  ASSERT_TRUE(bool(S)) << llvm::toString(S.takeError());
  EXPECT_EQ(S->type(5).kind(), Kind::Func);
  EXPECT_EQ(S->type(5).name(), "");
  EXPECT_EQ(errorCodeOf(S->validate()), std::nullopt);
  Blob AnonTypedef = Valid;
  AnonTypedef.setWord(9, 0, 0);
  EXPECT_EQ(errorCodeOf(decodeBTF(AnonTypedef.Bytes).takeError()),
            ErrorCode::InvalidType);
}
