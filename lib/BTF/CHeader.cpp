// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CHeader.cpp - BTF as a C header ------------------------------------===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//
//
// Outline:
//
//   1. Names. Struct/union/enum/fwd tags share C's tag namespace, typedefs
//      and enumerators the ordinary identifier namespace. Walking ids in
//      order, the first type to use a name keeps it and later, different
//      types get "name___2", "name___3"... A FWD takes the name of the first
//      complete type of its name and kind, so `struct foo;` and
//      `struct foo {...}` stay one type. Enumerators are renamed as they are
//      written (an anonymous enum written twice gets fresh names).
//
//   2. Order. Walking ids in order, every named struct/union, named enum,
//      typedef and FWD is written after what it needs: require(T, Full)
//      makes T usable by value (a struct must be defined first),
//      require(T, Decl) only nameable. Pointers lower the requirement to
//      Decl, arrays raise it to Full, anonymous structs/unions are written
//      inline so their members need Full. A Decl needs no forward
//      declaration in C (the first `struct A *` declares the tag at file
//      scope) except inside a parameter list, which is a scope of its own;
//      there `struct A;` is written first. Example:
//
//        struct B { struct A *a; struct C c; };   needs C defined
//
//      gives `struct C {...};`, then `struct B {...};`, then later
//      `struct A {...};` at A's turn.
//
//   3. Layout. For each struct the writer replays the layout clang computes
//      for the emitted C (-target bpf: natural alignment, bitfields not
//      crossing a unit of their type) against the BTF offsets:
//        - a gap becomes unnamed bitfields (`int: 24;`), which take space
//          without raising alignment;
//        - a member that would land past its BTF offset, or a size that is
//          not a multiple of the alignment, makes the struct packed, and the
//          replay runs again with alignment 1 and explicit padding only;
//        - a union larger than its largest member gets aligned(N) (or a
//          padding array when no N fits).
//      LayoutAsserts turns the expected sizes and offsets into
//      _Static_asserts so that compiling the header checks all of this.
//
//   4. Bounds. The order and the layouts are computed with explicit stacks,
//      so chains of any length (50,000 typedefs, structs embedding structs)
//      are written. Declaration text nests one level per anonymous struct
//      written inline and per function prototype in a parameter list; the
//      writer refuses more than 256 levels (clang's default -fbracket-depth,
//      so nothing deeper would compile anyway) and a single declaration
//      longer than 16 MiB (a prototype whose parameters are prototypes,
//      twice per level, doubles with each level).
//
// libbpf's btf_dump.c solves the same problem; we follow its output
// conventions (the guard, the pragma, "___N" names, `long: 64;` padding),
// not its code.
//
//===----------------------------------------------------------------------===//

#include "corecc/BTF/CHeader.h"
#include "corecc/BTF/Error.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MathExtras.h"
#include <string>

using namespace llvm;

namespace corecc {
namespace btf {

namespace {

class CHeaderWriter {
public:
  CHeaderWriter(const Spec &S, raw_ostream &OS, const CHeaderOptions &Opts)
      : S(S), FinalOS(OS), Opts(Opts), Count(S.typeCount()), Names(Count),
        State(Count, NotSeen), Plans(Count) {}

  Error run();

  /// Nesting levels of one declaration's text (see 4. in the outline).
  static constexpr unsigned MaxDeclNesting = 256;
  /// Characters of one top-level declaration.
  static constexpr size_t MaxDeclChars = size_t(16) << 20;

private:
  enum EmitState : uint8_t {
    NotSeen,
    Declared, // A forward declaration was written.
    Busy,     // Being written (or its needs being met).
    Written,
  };

  struct Plan {
    bool Computed = false;
    bool Busy = false;
    bool Packed = false;
    uint32_t Align = 1;
    uint32_t AlignedAttr = 0;
    uint32_t PadBytes = 0; // Unions: a trailing char array member.
    /// Pads[I]: padding bits [first, second) before member I; Pads[vlen]:
    /// tail padding.
    std::vector<std::pair<uint64_t, uint64_t>> Pads;
  };

  // Names.
  void assignNames();
  std::string uniqueIdent(StringRef Name);

  // Order: a work list instead of recursion (require() of a struct member
  // defines the member's struct, which requires its members...).
  struct Work {
    enum Op : uint8_t {
      /// Make Id usable: by value if Full, else by name. InParams: inside a
      /// parameter list, which is a scope of its own in C, so a tag first
      /// named there would be a different type: it must be declared before.
      /// Anywhere else a first use declares the tag at file scope.
      Require,
      Define,       ///< Write named struct/union Id after its members' needs
      EndDefine,    ///< ... its needs are met: write it
      BeginTypedef, ///< Write typedef Id after what it names
      EndTypedef,   ///< ... which is declared: write it
      EndAnonymous, ///< An anonymous struct's members are complete
    } Op;
    bool Full;
    bool InParams;
    uint32_t Id;
  };
  void process(Work W);
  void runWork(Work W);
  void declare(uint32_t Id);
  void defineEnum(uint32_t Id);
  SmallVector<Work, 64> Pending;
  /// FUNC_PROTOs already required: bit 0 outside, bit 1 inside parameters.
  std::vector<uint8_t> ProtoDone;

  // Text.
  std::string decl(uint32_t Id, std::string Inner, unsigned Lvl);
  std::string declText(uint32_t Id, std::string Inner, unsigned Lvl);
  std::string compositeText(uint32_t Id, unsigned Lvl);
  std::string enumText(uint32_t Id, unsigned Lvl);
  std::string tagRef(uint32_t Id);
  static std::string indent(unsigned Lvl) { return std::string(Lvl, '\t'); }
  void padding(uint64_t From, uint64_t To, unsigned Lvl, std::string &Out);

  // Layout.
  /// The plan of struct/union \p Id, computing it and those of the
  /// structs it holds by value first (with an explicit stack).
  const Plan &plan(uint32_t Id);
  void computePlan(uint32_t Id);
  /// The struct/union that decides the alignment of \p Id (through
  /// typedefs, modifiers and arrays), or 0.
  uint32_t alignSource(uint32_t Id);
  /// C's alignment of \p Id; the plans it needs must be computed.
  uint32_t cAlign(uint32_t Id);
  uint64_t cSize(uint32_t Id) {
    Expected<uint64_t> Sz = S.sizeOf(Id);
    if (!Sz) {
      consumeError(Sz.takeError());
      return 0;
    }
    return *Sz;
  }
  bool simulateStruct(Type T, bool Packed, Plan &P);
  void planUnion(Type T, Plan &P);

  // Layout asserts.
  void addAsserts(uint32_t Id, StringRef CType);
  void memberAsserts(uint32_t Id, StringRef CType, uint64_t BaseBits,
                     unsigned Depth);

  /// clang's built-in va_list type, which BTF of GCC-built kernels names.
  static constexpr StringRef BuiltinVaList = "__builtin_va_list";
  /// True if typedef \p Id has the size of BPF's va_list (a pointer).
  bool isBPFVaList(uint32_t Id) { return cSize(S.type(Id).refType()) == 8; }

  bool isAnonComposite(uint32_t Id) {
    Type T = S.type(Id);
    return T.isComposite() && T.name().empty();
  }

  /// The text, written to the caller's stream only when complete.
  std::string Text;
  raw_string_ostream TOS{Text};
  const Spec &S;
  raw_ostream &FinalOS;
  raw_ostream &OS = TOS;
  const CHeaderOptions &Opts;
  uint32_t Count;
  /// The C name of each tag type and typedef.
  std::vector<std::string> Names;
  std::vector<uint8_t> State;
  std::vector<Plan> Plans;
  /// Types referenced by another type that is written out (anonymous enums
  /// that nobody references are written on their own).
  std::vector<bool> Referenced;
  /// Uses of each ordinary identifier so far (typedefs, enumerators).
  StringMap<unsigned> Idents;
  /// Tags already declared or defined, by C name.
  StringMap<bool> DeclaredTags;
  std::string Asserts;
  /// Anonymous structs/unions being written inline (decl() recursion).
  llvm::DenseSet<uint32_t> Inline;
  /// decl() nesting and the characters of the current declaration.
  unsigned DeclDepth = 0;
  size_t DeclChars = 0;
  /// Why the header cannot be written (the first reason).
  std::string Failure;
  void fail(uint32_t Id, const Twine &Why) {
    if (Failure.empty())
      Failure = ("type [" + Twine(Id) + "]: " + Why).str();
  }
};

//===----------------------------------------------------------------------===//
// Names.
//===----------------------------------------------------------------------===//

void CHeaderWriter::assignNames() {
  // Tag namespace: complete types first, then FWDs join or get new names.
  StringMap<unsigned> TagUses;
  StringMap<uint32_t> FirstComplete; // "s:name"/"u:name"/"e:name" -> id
  auto Suffixed = [](StringRef Name, unsigned N) {
    return N == 1 ? Name.str() : (Name + "___" + Twine(N)).str();
  };
  for (uint32_t Id = 1; Id < Count; ++Id) {
    Type T = S.type(Id);
    if (!(T.isComposite() || T.isEnumLike()) || T.name().empty())
      continue;
    unsigned N = ++TagUses[T.name()];
    Names[Id] = Suffixed(T.name(), N);
    std::string Key = (T.is(Kind::Struct)  ? "s:"
                       : T.is(Kind::Union) ? "u:"
                                           : "e:") +
                      T.name().str();
    FirstComplete.try_emplace(Key, Id);
  }
  StringMap<std::string> FwdNames; // "s:name"/"u:name" -> C name
  for (uint32_t Id = 1; Id < Count; ++Id) {
    Type T = S.type(Id);
    if (!T.is(Kind::Fwd) || T.name().empty())
      continue;
    std::string Key = (T.isFwdUnion() ? "u:" : "s:") + T.name().str();
    auto It = FirstComplete.find(Key);
    if (It != FirstComplete.end()) {
      Names[Id] = Names[It->second];
      continue;
    }
    auto FIt = FwdNames.find(Key);
    if (FIt != FwdNames.end()) {
      Names[Id] = FIt->second;
      continue;
    }
    unsigned N = ++TagUses[T.name()];
    Names[Id] = Suffixed(T.name(), N);
    FwdNames[Key] = Names[Id];
  }
  // Typedefs: ordinary identifiers, registered before any enumerator.
  for (uint32_t Id = 1; Id < Count; ++Id) {
    Type T = S.type(Id);
    if (!T.is(Kind::Typedef))
      continue;
    if (T.name() == BuiltinVaList && !isBPFVaList(Id)) {
      // The kernel's va_list (x86: an array of one 24-byte struct) is not
      // BPF's (a pointer): keep the kernel's layout under another name.
      Names[Id] = uniqueIdent(BuiltinVaList.str() + "___btf");
      continue;
    }
    Names[Id] = uniqueIdent(T.name());
  }
}

std::string CHeaderWriter::uniqueIdent(StringRef Name) {
  unsigned N = ++Idents[Name];
  return N == 1 ? Name.str() : (Name + "___" + Twine(N)).str();
}

//===----------------------------------------------------------------------===//
// Layout.
//===----------------------------------------------------------------------===//

uint32_t CHeaderWriter::alignSource(uint32_t Id) {
  // A chain longer than the number of types would be a loop.
  for (uint32_t I = 0; I < Count && Id != 0; ++I) {
    Type T = S.type(Id);
    switch (T.kind()) {
    case Kind::Array:
      Id = T.array().ElemType;
      continue;
    case Kind::Typedef:
    case Kind::Const:
    case Kind::Volatile:
    case Kind::Restrict:
    case Kind::TypeTag:
      Id = T.refType();
      continue;
    case Kind::Struct:
    case Kind::Union:
      return Id;
    default:
      return 0;
    }
  }
  return 0;
}

uint32_t CHeaderWriter::cAlign(uint32_t Id) {
  for (uint32_t I = 0; I < Count && Id != 0; ++I) {
    Type T = S.type(Id);
    switch (T.kind()) {
    case Kind::Int:
    case Kind::Float:
      return T.size() >= 16 ? 16 : std::max<uint32_t>(1, T.size());
    case Kind::Enum:
    case Kind::Enum64:
      return std::max<uint32_t>(1, T.size());
    case Kind::Ptr:
      return 8;
    case Kind::Array:
      Id = T.array().ElemType;
      continue;
    case Kind::Typedef:
    case Kind::Const:
    case Kind::Volatile:
    case Kind::Restrict:
    case Kind::TypeTag:
      Id = T.refType();
      continue;
    case Kind::Struct:
    case Kind::Union:
      return Plans[Id].Align;
    default:
      return 1;
    }
  }
  return 1;
}

bool CHeaderWriter::simulateStruct(Type T, bool Packed, Plan &P) {
  const unsigned Vlen = T.vlen();
  P.Pads.assign(Vlen + 1, {0, 0});
  P.Packed = Packed;
  uint64_t Cur = 0;
  uint32_t MaxAlign = 1;
  for (unsigned I = 0; I < Vlen; ++I) {
    Member M = T.member(I);
    uint32_t A = Packed ? 1 : cAlign(M.Type);
    if (M.BitfieldSize) {
      uint64_t W = M.BitfieldSize;
      uint64_t Unit = cSize(M.Type) * 8;
      uint64_t Pos = Cur;
      if (!Packed && Unit && (Pos % (A * 8)) + W > Unit)
        Pos = alignTo(Pos, A * 8);
      if (M.BitOffset < Pos) {
        if (!Packed)
          return false;
      } else if (M.BitOffset > Pos) {
        if (!Packed && Unit && (M.BitOffset % (A * 8)) + W > Unit)
          return false;
        P.Pads[I] = {Cur, M.BitOffset};
      }
      Cur = M.BitOffset + W;
    } else {
      uint64_t Pos = alignTo(Cur, A * 8);
      if (M.BitOffset < Pos) {
        if (!Packed)
          return false;
      } else if (M.BitOffset > Pos) {
        if (M.BitOffset % (A * 8))
          return false;
        P.Pads[I] = {Cur, M.BitOffset};
      }
      Cur = M.BitOffset + cSize(M.Type) * 8;
    }
    MaxAlign = std::max(MaxAlign, A);
  }
  uint64_t End = uint64_t(T.size()) * 8;
  uint64_t Natural = alignTo(Cur, MaxAlign * 8);
  if (End < Natural) {
    if (!Packed)
      return false;
  } else if (End > Natural) {
    if (End % (MaxAlign * 8))
      return false;
    P.Pads[Vlen] = {Cur, End};
  }
  P.Align = MaxAlign;
  return true;
}

void CHeaderWriter::planUnion(Type T, Plan &P) {
  P.Pads.assign(T.vlen() + 1, {0, 0});
  uint32_t MaxAlign = 1;
  uint64_t MaxSize = 0;
  for (Member M : T.members()) {
    MaxAlign = std::max(MaxAlign, cAlign(M.Type));
    uint64_t Sz =
        M.BitfieldSize ? alignTo(M.BitfieldSize, 8) / 8 : cSize(M.Type);
    MaxSize = std::max(MaxSize, Sz);
  }
  uint64_t Size = T.size();
  uint64_t Natural = alignTo(MaxSize, MaxAlign);
  P.Align = MaxAlign;
  if (Size == Natural)
    return;
  if (Size > Natural) {
    for (uint64_t A = uint64_t(MaxAlign) * 2; A <= Size; A *= 2) {
      if (alignTo(MaxSize, A) == Size) {
        P.AlignedAttr = static_cast<uint32_t>(A);
        P.Align = static_cast<uint32_t>(A);
        return;
      }
    }
    P.PadBytes = static_cast<uint32_t>(Size);
    if (Size % MaxAlign) {
      P.Packed = true;
      P.Align = 1;
    }
    return;
  }
  // Smaller than the natural size: only packing gets there.
  P.Packed = true;
  P.Align = 1;
  if (MaxSize < Size)
    P.PadBytes = static_cast<uint32_t>(Size);
}

void CHeaderWriter::computePlan(uint32_t Id) {
  Plan &P = Plans[Id];
  Type T = S.type(Id);
  if (T.is(Kind::Union))
    planUnion(T, P);
  else if (!simulateStruct(T, /*Packed=*/false, P))
    simulateStruct(T, /*Packed=*/true, P);
  P.Busy = false;
  P.Computed = true;
}

const CHeaderWriter::Plan &CHeaderWriter::plan(uint32_t Id) {
  // Post-order over the structs held by value: (id, members pushed).
  SmallVector<std::pair<uint32_t, bool>, 16> Stack = {{Id, false}};
  while (!Stack.empty()) {
    auto [X, Expanded] = Stack.pop_back_val();
    Plan &P = Plans[X];
    if (P.Computed)
      continue;
    if (Expanded) {
      computePlan(X);
      continue;
    }
    if (P.Busy) // only in a Spec with a loop by value: the decoder
      continue; // rejects those; the layout of the loop stays default
    P.Busy = true;
    Stack.push_back({X, true});
    for (Member M : S.type(X).members())
      if (uint32_t Src = alignSource(M.Type))
        if (!Plans[Src].Computed && !Plans[Src].Busy)
          Stack.push_back({Src, false});
  }
  return Plans[Id];
}

//===----------------------------------------------------------------------===//
// Text.
//===----------------------------------------------------------------------===//

std::string CHeaderWriter::tagRef(uint32_t Id) {
  Type T = S.type(Id);
  const char *Tag = T.is(Kind::Struct)  ? "struct "
                    : T.is(Kind::Union) ? "union "
                    : T.is(Kind::Fwd) ? (T.isFwdUnion() ? "union " : "struct ")
                                      : "enum ";
  return Tag + Names[Id];
}

void CHeaderWriter::padding(uint64_t From, uint64_t To, unsigned Lvl,
                            std::string &Out) {
  static const std::pair<const char *, unsigned> Units[] = {
      {"char", 8}, {"short", 16}, {"int", 32}, {"long", 64}};
  // A long gap: bitfields up to a 64-bit boundary, then one char array
  // (alignment 1, so it lands where it is written), then bitfields again.
  if (To - From > 256) {
    uint64_t ArrayBegin = alignTo(From, 64);
    uint64_t ArrayEnd = ArrayBegin + (To - ArrayBegin) / 64 * 64;
    padding(From, ArrayBegin, Lvl, Out);
    Out += "\n" + indent(Lvl) + "char __corecc_pad" +
           std::to_string(ArrayBegin / 8) + "[" +
           std::to_string((ArrayEnd - ArrayBegin) / 8) + "];";
    From = ArrayEnd;
  }
  while (From < To) {
    uint64_t W = std::min<uint64_t>(To - From, 64 - From % 64);
    const char *Name = "long";
    for (const auto &U : Units)
      if (From % U.second + W <= U.second) {
        Name = U.first;
        break;
      }
    Out += "\n" + indent(Lvl) + Name + ": " + std::to_string(W) + ";";
    From += W;
  }
}

std::string CHeaderWriter::compositeText(uint32_t Id, unsigned Lvl) {
  Type T = S.type(Id);
  const Plan &P = plan(Id);
  std::string Out = T.is(Kind::Struct) ? "struct" : "union";
  if (!T.name().empty())
    Out += " " + Names[Id];
  Out += " {";
  bool Lines = false;
  for (unsigned I = 0, E = T.vlen(); I < E; ++I) {
    Member M = T.member(I);
    if (P.Pads[I].second > P.Pads[I].first)
      padding(P.Pads[I].first, P.Pads[I].second, Lvl + 1, Out);
    std::string Name = S.string(M.NameOff).str();
    if (Name.empty() && !M.BitfieldSize &&
        !isAnonComposite(S.skipModifiers(M.Type)))
      Name = "__anon_member_" + std::to_string(I);
    Out += "\n" + indent(Lvl + 1) + decl(M.Type, Name, Lvl + 1);
    if (M.BitfieldSize)
      Out += ": " + std::to_string(M.BitfieldSize);
    Out += ";";
    Lines = true;
  }
  if (P.PadBytes) {
    Out += "\n" + indent(Lvl + 1) + "char __corecc_pad[" +
           std::to_string(P.PadBytes) + "];";
    Lines = true;
  }
  const auto &Tail = P.Pads.back();
  if (Tail.second > Tail.first) {
    padding(Tail.first, Tail.second, Lvl + 1, Out);
    Lines = true;
  }
  if (Lines)
    Out += "\n" + indent(Lvl);
  Out += "}";
  if (P.Packed)
    Out += " __attribute__((packed))";
  if (P.AlignedAttr)
    Out += " __attribute__((aligned(" + std::to_string(P.AlignedAttr) + ")))";
  return Out;
}

std::string CHeaderWriter::enumText(uint32_t Id, unsigned Lvl) {
  Type T = S.type(Id);
  std::string Out = "enum";
  if (!T.name().empty())
    Out += " " + Names[Id];
  if (T.vlen() == 0)
    return Out;
  Out += " {";
  bool Signed = T.isSignedEnum();
  bool Fits32 = true;
  for (EnumValue V : T.enumValues()) {
    std::string Name = uniqueIdent(S.string(V.NameOff));
    std::string Val;
    if (T.is(Kind::Enum)) {
      Val = Signed ? std::to_string(int32_t(V.Value))
                   : std::to_string(uint32_t(V.Value));
    } else if (Signed) {
      int64_t SV = int64_t(V.Value);
      Val = SV == INT64_MIN ? "(-9223372036854775807LL - 1)"
                            : std::to_string(SV) + "LL";
      Fits32 &= SV >= INT32_MIN && SV <= UINT32_MAX;
    } else {
      Val = std::to_string(V.Value) + "ULL";
      Fits32 &= V.Value <= UINT32_MAX;
    }
    Out += "\n" + indent(Lvl + 1) + Name + " = " + Val + ",";
  }
  Out += "\n" + indent(Lvl) + "}";
  // C gives an enum 4 bytes unless a value needs 8; other sizes need a mode.
  uint32_t Natural = Fits32 ? 4 : 8;
  if (T.size() != Natural) {
    switch (T.size()) {
    case 1:
      Out += " __attribute__((mode(byte)))";
      break;
    case 2:
      Out += " __attribute__((mode(HI)))";
      break;
    case 4:
      Out += " __attribute__((mode(SI)))";
      break;
    case 8:
      Out += " __attribute__((mode(word)))";
      break;
    }
  }
  return Out;
}

/// The declaration of something of type \p Id around declarator \p Inner
/// ("name", "*name", "(*name)[4]"...): "const struct foo *(*name)[4]".
std::string CHeaderWriter::decl(uint32_t Id, std::string Inner, unsigned Lvl) {
  // One level of nesting per call (see 4. in the outline).
  struct Nest {
    unsigned &D;
    Nest(unsigned &D) : D(D) { ++D; }
    ~Nest() { --D; }
  } N(DeclDepth);
  if (DeclDepth == 1)
    DeclChars = 0;
  if (!Failure.empty())
    return "void";
  if (DeclDepth > MaxDeclNesting) {
    fail(Id, "its declaration nests more than " + Twine(MaxDeclNesting) +
                 " levels of anonymous structs and function prototypes "
                 "(clang's -fbracket-depth)");
    return "void";
  }
  std::string Out = declText(Id, std::move(Inner), Lvl);
  DeclChars += Out.size();
  if (DeclChars > MaxDeclChars) {
    fail(Id, "its declaration is longer than " + Twine(MaxDeclChars >> 20) +
                 " MiB of C");
    return "void";
  }
  return Out;
}

std::string CHeaderWriter::declText(uint32_t Id, std::string Inner,
                                    unsigned Lvl) {
  std::string Quals; // const/volatile/restrict pending for the next level.
  std::string Tags;  // btf_type_tag attributes pending.
  // Qualifiers can repeat along a chain (a const array of const char): C
  // warns about "const const", so each is written once.
  auto AddQual = [](std::string &To, StringRef Q) {
    for (StringRef Have : llvm::split(To, ' '))
      if (Have == Q)
        return;
    if (!To.empty())
      To += " ";
    To += Q.str();
  };
  for (uint32_t Guard = 0; Guard < Count; ++Guard) {
    if (Id == 0) {
      std::string Base = (Quals.empty() ? "" : Quals + " ") + "void" +
                         (Tags.empty() ? "" : " " + Tags);
      return Inner.empty() ? Base : Base + " " + Inner;
    }
    Type T = S.type(Id);
    switch (T.kind()) {
    case Kind::Const:
      AddQual(Quals, "const");
      Id = T.refType();
      continue;
    case Kind::Volatile:
      AddQual(Quals, "volatile");
      Id = T.refType();
      continue;
    case Kind::Restrict:
      AddQual(Quals, "restrict");
      Id = T.refType();
      continue;
    case Kind::TypeTag:
      AddQual(Tags,
              "__attribute__((btf_type_tag(\"" + T.name().str() + "\")))");
      Id = T.refType();
      continue;
    case Kind::Ptr: {
      std::string Q = Quals;
      if (!Tags.empty())
        AddQual(Q, Tags);
      Inner = "*" + (Q.empty() ? "" : Q + (Inner.empty() ? "" : " ")) + Inner;
      Quals.clear();
      Tags.clear();
      uint32_t Next = S.skipModifiers(T.refType());
      if (Next &&
          (S.type(Next).is(Kind::Array) || S.type(Next).is(Kind::FuncProto)))
        Inner = "(" + Inner + ")";
      Id = T.refType();
      continue;
    }
    case Kind::Array:
      Inner += "[" + std::to_string(T.array().NumElements) + "]";
      Id = T.array().ElemType;
      continue;
    case Kind::FuncProto: {
      std::string Params;
      unsigned N = T.vlen();
      for (unsigned I = 0; I < N; ++I) {
        Param P = T.param(I);
        if (I)
          Params += ", ";
        if (I + 1 == N && P.Type == 0 && P.NameOff == 0)
          Params += "...";
        else
          Params += decl(P.Type, "", Lvl);
      }
      Inner += "(" + (N ? Params : std::string("void")) + ")";
      Quals.clear();
      Tags.clear();
      Id = T.refType();
      continue;
    }
    default:
      break;
    }
    // The base type.
    std::string Base;
    switch (T.kind()) {
    case Kind::Int:
    case Kind::Float:
      Base = T.name().str();
      break;
    case Kind::Struct:
    case Kind::Union:
      if (!T.name().empty()) {
        Base = tagRef(Id);
      } else if (Inline.insert(Id).second) {
        Base = compositeText(Id, Lvl);
        Inline.erase(Id);
      } else {
        // An anonymous struct that points to itself cannot say so in C.
        Base = "void";
      }
      break;
    case Kind::Enum:
    case Kind::Enum64:
      Base = T.name().empty() ? enumText(Id, Lvl) : tagRef(Id);
      break;
    case Kind::Fwd:
      Base = tagRef(Id);
      break;
    case Kind::Typedef:
      Base = Names[Id];
      break;
    default:
      Base = "void /* " + kindName(T.kind()).str() + " */";
      break;
    }
    std::string Out = (Quals.empty() ? "" : Quals + " ") + Base;
    if (!Tags.empty())
      Out += " " + Tags;
    return Inner.empty() ? Out : Out + " " + Inner;
  }
  return "void " + Inner;
}

//===----------------------------------------------------------------------===//
// Order.
//===----------------------------------------------------------------------===//

/// Runs \p W and everything it needs first.
void CHeaderWriter::process(Work W) {
  Pending.push_back(W);
  while (!Pending.empty())
    runWork(Pending.pop_back_val());
}

/// One step of the work list. What a step needs done first is pushed after
/// it (the list is a stack), members in reverse so that they are done in
/// order: the same order as a recursive walk, without its stack.
void CHeaderWriter::runWork(Work W) {
  auto PushRequires = [&](auto Range, bool Full, bool InParams) {
    SmallVector<uint32_t, 16> Ids;
    for (auto &&E : Range)
      Ids.push_back(E.Type);
    for (uint32_t R : llvm::reverse(Ids))
      Pending.push_back({Work::Require, Full, InParams, R});
  };
  uint32_t Id = W.Id;
  Type T = S.type(Id);
  switch (W.Op) {
  case Work::Define:
    if (State[Id] == Written || State[Id] == Busy)
      return;
    State[Id] = Busy;
    Pending.push_back({Work::EndDefine, false, false, Id});
    PushRequires(T.members(), /*Full=*/true, /*InParams=*/false);
    return;
  case Work::EndDefine:
    OS << compositeText(Id, 0) << ";\n\n";
    DeclaredTags[tagRef(Id)] = true;
    State[Id] = Written;
    if (Opts.LayoutAsserts)
      addAsserts(Id, tagRef(Id));
    return;
  case Work::BeginTypedef:
    if (State[Id] != NotSeen)
      return;
    // A compiler built-in of the same layout: clang knows it already.
    if (T.name() == BuiltinVaList && isBPFVaList(Id)) {
      State[Id] = Written;
      return;
    }
    State[Id] = Busy;
    Pending.push_back({Work::EndTypedef, false, false, Id});
    Pending.push_back({Work::Require, false, false, T.refType()});
    return;
  case Work::EndTypedef: {
    OS << "typedef " << decl(T.refType(), Names[Id], 0) << ";\n\n";
    State[Id] = Written;
    uint32_t Target = S.skipModifiers(T.refType());
    if (Opts.LayoutAsserts && Target && isAnonComposite(Target))
      addAsserts(Target, Names[Id]);
    return;
  }
  case Work::EndAnonymous:
    State[Id] = Written;
    return;
  case Work::Require:
    break;
  }

  bool Full = W.Full;
  for (uint32_t Guard = 0; Id != 0 && Guard < Count; ++Guard) {
    T = S.type(Id);
    switch (T.kind()) {
    case Kind::Ptr:
      Id = T.refType();
      Full = false;
      continue;
    case Kind::Const:
    case Kind::Volatile:
    case Kind::Restrict:
    case Kind::TypeTag:
      Id = T.refType();
      continue;
    case Kind::Array:
      Id = T.array().ElemType;
      Full = true;
      continue;
    case Kind::FuncProto: {
      // The return type first, then the parameters; once per prototype
      // and InParams (a prototype whose parameters point to prototypes,
      // twice per level, would otherwise be walked 2^depth times).
      uint8_t Bit = W.InParams ? 2 : 1;
      if (ProtoDone[Id] & Bit)
        return;
      ProtoDone[Id] |= Bit;
      PushRequires(T.params(), /*Full=*/false, /*InParams=*/true);
      Pending.push_back({Work::Require, false, W.InParams, T.refType()});
      return;
    }
    case Kind::Struct:
    case Kind::Union:
      if (!T.name().empty()) {
        if (Full)
          Pending.push_back({Work::Define, false, false, Id});
        else if (W.InParams)
          declare(Id);
        return;
      }
      // Anonymous: written inline, so what it embeds must be complete.
      if (State[Id] != NotSeen)
        return;
      State[Id] = Busy;
      Pending.push_back({Work::EndAnonymous, false, false, Id});
      PushRequires(T.members(), /*Full=*/true, W.InParams);
      return;
    case Kind::Enum:
    case Kind::Enum64:
      if (!T.name().empty())
        defineEnum(Id);
      return;
    case Kind::Fwd:
      if (W.InParams)
        declare(Id);
      return;
    case Kind::Typedef:
      // The typedef, then (by value) what it names.
      if (Full)
        Pending.push_back({Work::Require, true, W.InParams, T.refType()});
      Pending.push_back({Work::BeginTypedef, false, false, Id});
      return;
    default:
      return;
    }
  }
}

void CHeaderWriter::declare(uint32_t Id) {
  if (State[Id] == Written || State[Id] == Declared)
    return;
  std::string Ref = tagRef(Id);
  if (DeclaredTags.count(Ref)) {
    if (State[Id] == NotSeen)
      State[Id] = Declared;
    return;
  }
  OS << Ref << ";\n\n";
  DeclaredTags[Ref] = true;
  if (State[Id] == NotSeen)
    State[Id] = Declared;
}

void CHeaderWriter::defineEnum(uint32_t Id) {
  if (State[Id] == Written)
    return;
  State[Id] = Written;
  OS << enumText(Id, 0) << ";\n\n";
  DeclaredTags[tagRef(Id)] = true;
}

//===----------------------------------------------------------------------===//
// Layout asserts.
//===----------------------------------------------------------------------===//

void CHeaderWriter::addAsserts(uint32_t Id, StringRef CType) {
  Type T = S.type(Id);
  Asserts += "_Static_assert(sizeof(" + CType.str() +
             ") == " + std::to_string(T.size()) + ", \"size of " + CType.str() +
             "\");\n";
  memberAsserts(Id, CType, 0, 0);
}

void CHeaderWriter::memberAsserts(uint32_t Id, StringRef CType,
                                  uint64_t BaseBits, unsigned Depth) {
  if (Depth > 64)
    return;
  Type T = S.type(Id);
  for (unsigned I = 0, E = T.vlen(); I < E; ++I) {
    Member M = T.member(I);
    if (M.BitfieldSize)
      continue;
    StringRef Name = S.string(M.NameOff);
    uint64_t Bits = BaseBits + M.BitOffset;
    if (Name.empty()) {
      uint32_t Inner = S.skipModifiers(M.Type);
      if (Inner && isAnonComposite(Inner))
        memberAsserts(Inner, CType, Bits, Depth + 1);
      continue;
    }
    if (Bits % 8)
      continue;
    Asserts += "_Static_assert(__builtin_offsetof(" + CType.str() + ", " +
               Name.str() + ") == " + std::to_string(Bits / 8) +
               ", \"offset of " + CType.str() + "::" + Name.str() + "\");\n";
  }
}

Error CHeaderWriter::run() {
  assignNames();
  ProtoDone.assign(Count, 0);

  Referenced.assign(Count, false);
  for (uint32_t Id = S.firstId(); Id < Count; ++Id) {
    Type T = S.type(Id);
    switch (T.kind()) {
    case Kind::Func:
    case Kind::Var:
    case Kind::Datasec:
    case Kind::DeclTag:
      continue;
    default:
      break;
    }
    S.forEachTypeRef(Id, [&](uint32_t R) { Referenced[R] = true; });
  }
  // Base types referenced by base types (split BTF): walk the base too.
  for (const Spec *B = S.base(); B; B = B->base())
    for (uint32_t Id : B->ownIds())
      B->forEachTypeRef(Id, [&](uint32_t R) { Referenced[R] = true; });

  OS << "#ifndef " << Opts.Guard << "\n#define " << Opts.Guard << "\n\n";
  if (Opts.PreserveAccessIndex)
    OS << "#ifndef BPF_NO_PRESERVE_ACCESS_INDEX\n"
          "#pragma clang attribute push "
          "(__attribute__((preserve_access_index)), apply_to = record)\n"
          "#endif\n\n";

  for (uint32_t Id = 1; Id < Count; ++Id) {
    Type T = S.type(Id);
    switch (T.kind()) {
    case Kind::Struct:
    case Kind::Union:
      if (!T.name().empty())
        process({Work::Define, false, false, Id});
      break;
    case Kind::Enum:
    case Kind::Enum64:
      if (!T.name().empty())
        defineEnum(Id);
      else if (!Referenced[Id] && State[Id] == NotSeen) {
        State[Id] = Written;
        OS << enumText(Id, 0) << ";\n\n";
      }
      break;
    case Kind::Typedef:
      process({Work::BeginTypedef, false, false, Id});
      break;
    case Kind::Fwd:
      declare(Id);
      break;
    default:
      break;
    }
    if (!Failure.empty())
      return makeError(ErrorCode::InvalidType,
                       "cannot write a C header: " + Failure);
  }

  if (!Asserts.empty())
    OS << Asserts << "\n";
  if (Opts.PreserveAccessIndex)
    OS << "#ifndef BPF_NO_PRESERVE_ACCESS_INDEX\n"
          "#pragma clang attribute pop\n"
          "#endif\n\n";
  OS << "#endif /* " << Opts.Guard << " */\n";
  FinalOS << Text;
  return Error::success();
}

} // namespace

Error writeCHeader(const Spec &S, raw_ostream &OS, const CHeaderOptions &Opts) {
  CHeaderWriter W(S, OS, Opts);
  return W.run();
}

} // namespace btf
} // namespace corecc
