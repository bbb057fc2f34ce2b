// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Spec.cpp - A set of BTF types and strings --------------------------===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//
//
// Storage, builder, fix-ups, traversal and lookups of Spec. Validation lives
// with the decoder (Decoder.cpp), which shares it with Spec::validate().
//
//===----------------------------------------------------------------------===//

#include "corecc/BTF/Spec.h"
#include "corecc/BTF/Error.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include <algorithm>

using namespace llvm;

namespace corecc {
namespace btf {

const uint32_t Spec::VoidWords[3] = {0, 0, 0};

struct Spec::StringIndex {
  StringMap<uint32_t> Offsets;
};

/// Ids by name, and the ids of flavored names ("task_struct___v2") by their
/// essential name. A plain name is its own essential name, so only the few
/// flavored ones need an entry of their own (a vmlinux has none: one map of
/// 100k names instead of two).
struct Spec::NameIndex {
  StringMap<SmallVector<uint32_t, 1>> ByName;
  StringMap<SmallVector<uint32_t, 1>> FlavoredByEssentialName;
};

//===----------------------------------------------------------------------===//
// Construction.
//===----------------------------------------------------------------------===//

Spec::Spec() : Strings(1, '\0') {}

Spec::Spec(std::shared_ptr<const Spec> B) : Base(std::move(B)) {
  if (Base) {
    FirstId = Base->typeCount();
    StrBegin = Base->stringsEnd();
    Endian = Base->endianness();
  } else {
    Strings.assign(1, '\0');
  }
}

Spec::~Spec() = default;
Spec::Spec(Spec &&) noexcept = default;
Spec &Spec::operator=(Spec &&) noexcept = default;

Spec::Spec(const Spec &O)
    : Base(O.Base), FirstId(O.FirstId), StrBegin(O.StrBegin), Words(O.Words),
      Offsets(O.Offsets), Strings(O.Strings), Borrowed(O.Borrowed),
      BorrowedWords(O.BorrowedWords), NumBorrowedWords(O.NumBorrowedWords),
      BorrowedStrings(O.BorrowedStrings), Backing(O.Backing), Endian(O.Endian),
      PointerSize(O.PointerSize) {}

Spec &Spec::operator=(const Spec &O) {
  if (this != &O) {
    Spec Copy(O);
    *this = std::move(Copy);
  }
  return *this;
}

void Spec::invalidateIndexes() { Names.reset(); }

void Spec::own() {
  if (!Borrowed)
    return;
  Words.assign(BorrowedWords, BorrowedWords + NumBorrowedWords);
  Strings.assign(BorrowedStrings.begin(), BorrowedStrings.end());
  Borrowed = false;
  BorrowedWords = nullptr;
  NumBorrowedWords = 0;
  BorrowedStrings = StringRef();
  Backing.reset();
  // The string index keys point into its own storage; offsets are unchanged.
}

//===----------------------------------------------------------------------===//
// Strings.
//===----------------------------------------------------------------------===//

void Spec::buildStringIndex() const {
  if (StrIndex)
    return;
  StrIndex = std::make_unique<StringIndex>();
  // Index every string start; the first occurrence of a string wins.
  StringRef Data = stringData();
  size_t Pos = 0;
  while (Pos < Data.size()) {
    size_t End = Data.find('\0', Pos);
    if (End == StringRef::npos)
      break;
    StrIndex->Offsets.try_emplace(Data.slice(Pos, End), StrBegin + Pos);
    Pos = End + 1;
  }
}

std::optional<uint32_t> Spec::findString(StringRef Str) const {
  if (Str.empty())
    return 0;
  if (Base)
    if (std::optional<uint32_t> Off = Base->findString(Str))
      return Off;
  buildStringIndex();
  auto It = StrIndex->Offsets.find(Str);
  if (It == StrIndex->Offsets.end())
    return std::nullopt;
  return It->second;
}

uint32_t Spec::addString(StringRef Str) {
  if (std::optional<uint32_t> Off = findString(Str))
    return *Off;
  buildStringIndex();
  own();
  uint32_t Off = StrBegin + static_cast<uint32_t>(Strings.size());
  Strings.append(Str.begin(), Str.end());
  Strings.push_back('\0');
  StrIndex->Offsets.try_emplace(Str, Off);
  return Off;
}

//===----------------------------------------------------------------------===//
// Builder.
//===----------------------------------------------------------------------===//

static uint32_t makeInfo(Kind K, bool KindFlag, unsigned Vlen) {
  assert(Vlen <= llvm::BTF::MAX_VLEN && "too many entries");
  return (uint32_t(KindFlag) << 31) | (uint32_t(K) << 24) | Vlen;
}

uint32_t Spec::appendType(uint32_t NameOff, Kind K, bool KindFlag,
                          unsigned Vlen, uint32_t SizeOrType,
                          ArrayRef<uint32_t> Trailing) {
  assert(Trailing.size() == trailingWords(K, Vlen) && "bad trailing size");
  own();
  uint32_t Id = typeCount();
  Offsets.push_back(static_cast<uint32_t>(Words.size()));
  Words.push_back(NameOff);
  Words.push_back(makeInfo(K, KindFlag, Vlen));
  Words.push_back(SizeOrType);
  Words.insert(Words.end(), Trailing.begin(), Trailing.end());
  invalidateIndexes();
  return Id;
}

uint32_t Spec::addInt(StringRef Name, uint32_t ByteSize, uint8_t Encoding,
                      uint32_t Bits, uint32_t BitOffset) {
  if (Bits == 0)
    Bits = ByteSize * 8;
  assert(Bits <= 128 && BitOffset <= 255 && Encoding <= 0xf);
  uint32_t IntWord = (uint32_t(Encoding) << 24) | (BitOffset << 16) | Bits;
  return appendType(addString(Name), Kind::Int, false, 0, ByteSize, {IntWord});
}

uint32_t Spec::addPtr(uint32_t Pointee) {
  return appendType(0, Kind::Ptr, false, 0, Pointee);
}

uint32_t Spec::addArray(uint32_t ElemType, uint32_t IndexType,
                        uint32_t NumElements) {
  return appendType(0, Kind::Array, false, 0, 0,
                    {ElemType, IndexType, NumElements});
}

/// Member words for \p Members; sets \p KindFlag if any is a bitfield.
static SmallVector<uint32_t, 24>
memberWords(Spec &S, ArrayRef<MemberSpec> Members, bool &KindFlag) {
  KindFlag =
      llvm::any_of(Members, [](const MemberSpec &M) { return M.BitfieldSize; });
  SmallVector<uint32_t, 24> W;
  W.reserve(Members.size() * 3);
  for (const MemberSpec &M : Members) {
    W.push_back(S.addString(M.Name));
    W.push_back(M.Type);
    if (KindFlag) {
      assert(M.BitOffset < (1u << 24) && M.BitfieldSize < 256 &&
             "bitfield member does not fit the kind_flag encoding");
      W.push_back((M.BitfieldSize << 24) | M.BitOffset);
    } else {
      W.push_back(M.BitOffset);
    }
  }
  return W;
}

uint32_t Spec::addStruct(StringRef Name, uint32_t ByteSize,
                         ArrayRef<MemberSpec> Members) {
  uint32_t NameOff = addString(Name);
  bool KF;
  SmallVector<uint32_t, 24> W = memberWords(*this, Members, KF);
  return appendType(NameOff, Kind::Struct, KF, Members.size(), ByteSize, W);
}

uint32_t Spec::addUnion(StringRef Name, uint32_t ByteSize,
                        ArrayRef<MemberSpec> Members) {
  uint32_t NameOff = addString(Name);
  bool KF;
  SmallVector<uint32_t, 24> W = memberWords(*this, Members, KF);
  return appendType(NameOff, Kind::Union, KF, Members.size(), ByteSize, W);
}

static SmallVector<uint32_t, 16> enumWords(Spec &S, Kind K,
                                           ArrayRef<EnumValueSpec> Values) {
  SmallVector<uint32_t, 16> W;
  for (const EnumValueSpec &V : Values) {
    W.push_back(S.addString(V.Name));
    W.push_back(static_cast<uint32_t>(V.Value));
    if (K == Kind::Enum64)
      W.push_back(static_cast<uint32_t>(V.Value >> 32));
  }
  return W;
}

uint32_t Spec::addEnum(StringRef Name, uint32_t ByteSize, bool IsSigned,
                       ArrayRef<EnumValueSpec> Values) {
  uint32_t NameOff = addString(Name);
  SmallVector<uint32_t, 16> W = enumWords(*this, Kind::Enum, Values);
  return appendType(NameOff, Kind::Enum, IsSigned, Values.size(), ByteSize, W);
}

uint32_t Spec::addEnum64(StringRef Name, uint32_t ByteSize, bool IsSigned,
                         ArrayRef<EnumValueSpec> Values) {
  uint32_t NameOff = addString(Name);
  SmallVector<uint32_t, 16> W = enumWords(*this, Kind::Enum64, Values);
  return appendType(NameOff, Kind::Enum64, IsSigned, Values.size(), ByteSize,
                    W);
}

uint32_t Spec::addFwd(StringRef Name, bool IsUnion) {
  return appendType(addString(Name), Kind::Fwd, IsUnion, 0, 0);
}

uint32_t Spec::addTypedef(StringRef Name, uint32_t Type) {
  return appendType(addString(Name), Kind::Typedef, false, 0, Type);
}

uint32_t Spec::addVolatile(uint32_t Type) {
  return appendType(0, Kind::Volatile, false, 0, Type);
}

uint32_t Spec::addConst(uint32_t Type) {
  return appendType(0, Kind::Const, false, 0, Type);
}

uint32_t Spec::addRestrict(uint32_t Type) {
  return appendType(0, Kind::Restrict, false, 0, Type);
}

uint32_t Spec::addTypeTag(StringRef Value, uint32_t Type) {
  return appendType(addString(Value), Kind::TypeTag, false, 0, Type);
}

uint32_t Spec::addFunc(StringRef Name, uint32_t Proto, FuncLinkage Linkage) {
  return appendType(addString(Name), Kind::Func, false,
                    static_cast<unsigned>(Linkage), Proto);
}

static SmallVector<uint32_t, 16> paramWords(Spec &S, ArrayRef<ParamSpec> Params,
                                            bool Variadic) {
  SmallVector<uint32_t, 16> W;
  for (const ParamSpec &P : Params) {
    W.push_back(S.addString(P.Name));
    W.push_back(P.Type);
  }
  if (Variadic) {
    W.push_back(0);
    W.push_back(0);
  }
  return W;
}

uint32_t Spec::addFuncProto(uint32_t ReturnType, ArrayRef<ParamSpec> Params,
                            bool Variadic) {
  SmallVector<uint32_t, 16> W = paramWords(*this, Params, Variadic);
  return appendType(0, Kind::FuncProto, false, W.size() / 2, ReturnType, W);
}

uint32_t Spec::addVar(StringRef Name, uint32_t Type, VarLinkage Linkage) {
  return appendType(addString(Name), Kind::Var, false, 0, Type,
                    {static_cast<uint32_t>(Linkage)});
}

static SmallVector<uint32_t, 24> secInfoWords(ArrayRef<VarSecInfo> Vars) {
  SmallVector<uint32_t, 24> W;
  for (const VarSecInfo &V : Vars) {
    W.push_back(V.Type);
    W.push_back(V.Offset);
    W.push_back(V.Size);
  }
  return W;
}

uint32_t Spec::addDatasec(StringRef Name, uint32_t ByteSize,
                          ArrayRef<VarSecInfo> Vars) {
  return appendType(addString(Name), Kind::Datasec, false, Vars.size(),
                    ByteSize, secInfoWords(Vars));
}

uint32_t Spec::addFloat(StringRef Name, uint32_t ByteSize) {
  return appendType(addString(Name), Kind::Float, false, 0, ByteSize);
}

uint32_t Spec::addDeclTag(StringRef Value, uint32_t Type,
                          int32_t ComponentIdx) {
  return appendType(addString(Value), Kind::DeclTag, false, 0, Type,
                    {static_cast<uint32_t>(ComponentIdx)});
}

uint32_t Spec::addRawType(ArrayRef<uint32_t> TypeWords) {
  assert(TypeWords.size() >= 3 && "a type has at least three words");
  own();
  uint32_t Id = typeCount();
  Offsets.push_back(static_cast<uint32_t>(Words.size()));
  Words.insert(Words.end(), TypeWords.begin(), TypeWords.end());
  invalidateIndexes();
  return Id;
}

//===----------------------------------------------------------------------===//
// Fix-ups.
//===----------------------------------------------------------------------===//

uint32_t *Spec::mutableWords(uint32_t Id) {
  assert(isOwnId(Id) && "only own types can be modified");
  own();
  invalidateIndexes();
  return Words.data() + Offsets[Id - FirstId];
}

uint32_t *Spec::resize(uint32_t Id, unsigned NewVlen) {
  uint32_t *W = mutableWords(Id);
  Kind K = static_cast<Kind>((W[1] >> 24) & 0x1f);
  unsigned OldCount = 3 + trailingWords(K, W[1] & 0xffff);
  unsigned NewCount = 3 + trailingWords(K, NewVlen);
  uint32_t Start = Offsets[Id - FirstId];
  bool IsLast = Start + OldCount == Words.size();
  if (IsLast) {
    Words.resize(Start + NewCount);
  } else if (NewCount > OldCount) {
    // Move the type to the end; its old words become unreachable.
    uint32_t NewStart = static_cast<uint32_t>(Words.size());
    Words.resize(NewStart + NewCount);
    std::copy_n(Words.data() + Start, OldCount, Words.data() + NewStart);
    Offsets[Id - FirstId] = NewStart;
    Start = NewStart;
  }
  W = Words.data() + Start;
  W[1] = (W[1] & ~0xffffu) | NewVlen;
  return W;
}

void Spec::setName(uint32_t Id, StringRef Name) {
  uint32_t Off = addString(Name);
  mutableWords(Id)[0] = Off;
}

void Spec::setSize(uint32_t Id, uint32_t ByteSize) {
  assert(type(Id).hasSize());
  mutableWords(Id)[2] = ByteSize;
}

void Spec::setRefType(uint32_t Id, uint32_t Type) {
  assert(type(Id).hasRefType());
  mutableWords(Id)[2] = Type;
}

void Spec::setKindFlag(uint32_t Id, bool Flag) {
  uint32_t *W = mutableWords(Id);
  W[1] = (W[1] & 0x7fffffffu) | (uint32_t(Flag) << 31);
}

void Spec::setMembers(uint32_t Id, ArrayRef<MemberSpec> Members) {
  assert(type(Id).isComposite());
  bool KF;
  SmallVector<uint32_t, 24> MW = memberWords(*this, Members, KF);
  uint32_t *W = resize(Id, Members.size());
  std::copy(MW.begin(), MW.end(), W + 3);
  W[1] = (W[1] & 0x7fffffffu) | (uint32_t(KF) << 31);
}

void Spec::setEnumValues(uint32_t Id, ArrayRef<EnumValueSpec> Values) {
  Kind K = type(Id).kind();
  assert(K == Kind::Enum || K == Kind::Enum64);
  SmallVector<uint32_t, 16> EW = enumWords(*this, K, Values);
  uint32_t *W = resize(Id, Values.size());
  std::copy(EW.begin(), EW.end(), W + 3);
}

void Spec::setParams(uint32_t Id, ArrayRef<ParamSpec> Params, bool Variadic) {
  assert(type(Id).is(Kind::FuncProto));
  SmallVector<uint32_t, 16> PW = paramWords(*this, Params, Variadic);
  uint32_t *W = resize(Id, PW.size() / 2);
  std::copy(PW.begin(), PW.end(), W + 3);
}

void Spec::setArray(uint32_t Id, ArrayInfo Info) {
  assert(type(Id).is(Kind::Array));
  uint32_t *W = mutableWords(Id);
  W[3] = Info.ElemType;
  W[4] = Info.IndexType;
  W[5] = Info.NumElements;
}

void Spec::setFuncLinkage(uint32_t Id, FuncLinkage Linkage) {
  assert(type(Id).is(Kind::Func));
  uint32_t *W = mutableWords(Id);
  W[1] = (W[1] & ~0xffffu) | static_cast<uint32_t>(Linkage);
}

void Spec::setVarLinkage(uint32_t Id, VarLinkage Linkage) {
  assert(type(Id).is(Kind::Var));
  mutableWords(Id)[3] = static_cast<uint32_t>(Linkage);
}

void Spec::setSecInfo(uint32_t Id, unsigned Index, VarSecInfo Var) {
  assert(type(Id).is(Kind::Datasec) && Index < type(Id).vlen());
  uint32_t *W = mutableWords(Id) + 3 + 3 * Index;
  W[0] = Var.Type;
  W[1] = Var.Offset;
  W[2] = Var.Size;
}

void Spec::replaceRawType(uint32_t Id, ArrayRef<uint32_t> TypeWords) {
  assert(TypeWords.size() >= 3 && "a type has at least three words");
  uint32_t *W = mutableWords(Id);
  unsigned OldCount = Type(*this, W, Id).wordCount();
  uint32_t Start = Offsets[Id - FirstId];
  if (Start + OldCount == Words.size()) {
    Words.resize(Start);
    Words.insert(Words.end(), TypeWords.begin(), TypeWords.end());
  } else if (TypeWords.size() <= OldCount) {
    std::copy(TypeWords.begin(), TypeWords.end(), Words.begin() + Start);
  } else {
    Offsets[Id - FirstId] = static_cast<uint32_t>(Words.size());
    Words.insert(Words.end(), TypeWords.begin(), TypeWords.end());
  }
}

void Spec::makeFwd(uint32_t Id, bool IsUnion) {
  uint32_t NameOff = type(Id).nameOffset();
  replaceRawType(Id, {NameOff, makeInfo(Kind::Fwd, IsUnion, 0), 0});
}

void Spec::truncateTypes(uint32_t Count) {
  if (Count >= Offsets.size())
    return;
  own();
  Offsets.resize(Count);
  size_t End = 0;
  for (uint32_t I = 0; I < Count; ++I)
    End = std::max<size_t>(
        End,
        Offsets[I] +
            Type(*this, Words.data() + Offsets[I], FirstId + I).wordCount());
  Words.resize(End);
  invalidateIndexes();
}

//===----------------------------------------------------------------------===//
// Traversal.
//===----------------------------------------------------------------------===//

void Spec::forEachTypeRef(uint32_t Id, function_ref<void(uint32_t &)> F) {
  visitTypeRefWords(mutableWords(Id), F);
}

void Spec::forEachTypeRef(uint32_t Id, function_ref<void(uint32_t)> F) const {
  assert(isOwnId(Id));
  visitTypeRefWords(wordData() + Offsets[Id - FirstId],
                    [&](uint32_t R) { F(R); });
}

void Spec::forEachStringRef(uint32_t Id, function_ref<void(uint32_t &)> F) {
  uint32_t *W = mutableWords(Id);
  F(W[0]);
  const KindInfo &KI = kindInfo(static_cast<Kind>((W[1] >> 24) & 0x1f));
  if (KI.EntryName < 0)
    return;
  uint32_t *E = W + 3 + KI.FixedWords + KI.EntryName;
  for (unsigned I = 0, N = W[1] & 0xffff; I < N; ++I, E += KI.EntryWords)
    F(*E);
}

void Spec::remapTypeIds(function_ref<uint32_t(uint32_t)> Map) {
  own();
  for (uint32_t Id : ownIds())
    visitTypeRefWords(Words.data() + Offsets[Id - FirstId],
                      [&](uint32_t &R) { R = Map(R); });
  invalidateIndexes();
}

//===----------------------------------------------------------------------===//
// Lookups.
//===----------------------------------------------------------------------===//

StringRef essentialName(StringRef Name) {
  // A flavor separator is "___" with a non-underscore on both sides; the
  // last one wins (libbpf's rule).
  for (size_t I = Name.size() >= 5 ? Name.size() - 5 + 1 : 0; I-- > 0;) {
    if (Name[I] != '_' && Name[I + 1] == '_' && Name[I + 2] == '_' &&
        Name[I + 3] == '_' && Name[I + 4] != '_')
      return Name.take_front(I + 1);
  }
  return Name;
}

const Spec::NameIndex &Spec::names() const {
  if (!Names) {
    Names = std::make_unique<NameIndex>();
    for (uint32_t Id : ownIds()) {
      const uint32_t *W = wordData() + Offsets[Id - FirstId];
      if (!W[0])
        continue;
      StringRef N = string(W[0]);
      if (N.empty())
        continue;
      Names->ByName[N].push_back(Id);
      StringRef E = essentialName(N);
      if (E.size() != N.size())
        Names->FlavoredByEssentialName[E].push_back(Id);
    }
  }
  return *Names;
}

void Spec::buildIndexes() const {
  if (Base)
    Base->buildIndexes();
  names();
  buildStringIndex();
  pointerSize();
}

SmallVector<uint32_t, 4> Spec::findByName(StringRef Name) const {
  SmallVector<uint32_t, 4> Result;
  if (Base)
    Result = Base->findByName(Name);
  auto It = names().ByName.find(Name);
  if (It != names().ByName.end())
    Result.append(It->second.begin(), It->second.end());
  return Result;
}

std::optional<uint32_t> Spec::findByName(StringRef Name, Kind K) const {
  for (uint32_t Id : findByName(Name))
    if (kindOf(Id) == K)
      return Id;
  return std::nullopt;
}

SmallVector<uint32_t, 4> Spec::findByEssentialName(StringRef Essential) const {
  SmallVector<uint32_t, 4> Result;
  if (Base)
    Result = Base->findByEssentialName(Essential);
  // Plain and flavored names, merged in id order.
  const NameIndex &N = names();
  auto Plain = N.ByName.find(Essential);
  auto Flavored = N.FlavoredByEssentialName.find(Essential);
  ArrayRef<uint32_t> A, B;
  if (Plain != N.ByName.end() && essentialName(Essential) == Essential)
    A = Plain->second;
  if (Flavored != N.FlavoredByEssentialName.end())
    B = Flavored->second;
  size_t Own = Result.size();
  Result.append(A.begin(), A.end());
  Result.append(B.begin(), B.end());
  std::inplace_merge(Result.begin() + Own, Result.begin() + Own + A.size(),
                     Result.end());
  return Result;
}

/// Bounds every walk along references, so that a Spec that was built (not
/// decoded) with a loop cannot hang a lookup.
static constexpr unsigned MaxChain = 4096;

uint32_t Spec::skipModifiers(uint32_t Id) const {
  for (unsigned I = 0; I < MaxChain && isValidId(Id); ++I) {
    Type T = type(Id);
    if (!T.isModifier())
      return Id;
    Id = T.refType();
  }
  return Id;
}

uint32_t Spec::skipModifiersAndTypedefs(uint32_t Id) const {
  for (unsigned I = 0; I < MaxChain && isValidId(Id); ++I) {
    Type T = type(Id);
    if (!T.isModifier() && !T.is(Kind::Typedef))
      return Id;
    Id = T.refType();
  }
  return Id;
}

uint32_t Spec::pointerSize() const {
  if (PointerSize)
    return PointerSize;
  if (Base)
    return PointerSize = Base->pointerSize();
  PointerSize = 8;
  for (StringRef N : {"long", "long int", "unsigned long", "long unsigned int",
                      "long unsigned"}) {
    if (std::optional<uint32_t> Id = findByName(N, Kind::Int)) {
      uint32_t Sz = type(*Id).size();
      if (Sz == 4 || Sz == 8)
        PointerSize = Sz;
      break;
    }
  }
  return PointerSize;
}

Expected<uint64_t> Spec::sizeOf(uint32_t Id) const {
  uint64_t Mult = 1;
  uint32_t Start = Id;
  for (unsigned Depth = 0; Depth < MaxChain; ++Depth) {
    if (!isValidId(Id))
      return makeError(ErrorCode::TypeIdOutOfRange,
                       "type id " + Twine(Id) + " out of range", 0, Start);
    Type T = type(Id);
    uint64_t Size;
    switch (T.kind()) {
    case Kind::Int:
    case Kind::Enum:
    case Kind::Enum64:
    case Kind::Struct:
    case Kind::Union:
    case Kind::Float:
    case Kind::Datasec:
      Size = T.size();
      break;
    case Kind::Ptr:
      Size = pointerSize();
      break;
    case Kind::Typedef:
    case Kind::Volatile:
    case Kind::Const:
    case Kind::Restrict:
    case Kind::TypeTag:
    case Kind::Var:
      Id = T.refType();
      continue;
    case Kind::Array: {
      ArrayInfo A = T.array();
      if (A.NumElements && Mult > UINT64_MAX / A.NumElements)
        return makeError(ErrorCode::InvalidType, "array size overflows", 0,
                         Start);
      Mult *= A.NumElements;
      Id = A.ElemType;
      continue;
    }
    default:
      return makeError(ErrorCode::InvalidType,
                       "type " + Twine(Id) + " (" + kindName(T.kind()) +
                           ") has no size",
                       0, Start);
    }
    if (Size && Mult > UINT64_MAX / Size)
      return makeError(ErrorCode::InvalidType, "type size overflows", 0, Start);
    return Mult * Size;
  }
  return makeError(ErrorCode::ReferenceLoop, "reference chain too long", 0,
                   Start);
}

/// The types whose alignment decides \p T's: the referenced type, the
/// element type, or the member types.
template <typename Fn> static void forEachAlignInput(Type T, Fn F) {
  switch (T.kind()) {
  case Kind::Typedef:
  case Kind::Volatile:
  case Kind::Const:
  case Kind::Restrict:
  case Kind::TypeTag:
  case Kind::Var:
    F(T.refType());
    break;
  case Kind::Array:
    F(T.array().ElemType);
    break;
  case Kind::Struct:
  case Kind::Union:
    for (Member M : T.members())
      F(M.Type);
    break;
  default:
    break;
  }
}

/// Alignment of every type below \p Root, each computed once, in post-order
/// with an explicit stack: a struct of two members of one struct type, that
/// of two of another... is linear work, and a chain of any length fits.
Expected<uint32_t> Spec::alignOf(uint32_t Root) const {
  constexpr uint32_t Busy = 0, Failed = ~0u;
  DenseMap<uint32_t, uint32_t> Align;
  Error Err = Error::success();
  auto Fail = [&](uint32_t Id, ErrorCode C, const Twine &Msg) {
    if (!Err) // keep the first error
      Err = makeError(C, Msg, 0, Id);
    Align[Id] = Failed;
  };
  // (id, children pushed)
  SmallVector<std::pair<uint32_t, bool>, 32> Stack = {{Root, false}};
  while (!Stack.empty()) {
    auto [Id, Expanded] = Stack.pop_back_val();
    if (!Expanded) {
      auto It = Align.find(Id);
      if (It != Align.end()) {
        if (It->second == Busy)
          Fail(Id, ErrorCode::ReferenceLoop,
               "reference loop through type " + Twine(Id));
        continue;
      }
      if (!isValidId(Id)) {
        Fail(Id, ErrorCode::TypeIdOutOfRange,
             "type id " + Twine(Id) + " out of range");
        continue;
      }
      Align[Id] = Busy;
      Stack.push_back({Id, true});
      forEachAlignInput(type(Id), [&](uint32_t R) {
        auto It = Align.find(R);
        if (It == Align.end() || It->second == Busy)
          Stack.push_back({R, false});
      });
      continue;
    }
    if (Align[Id] != Busy)
      continue; // a loop failed it meanwhile
    Type T = type(Id);
    auto Of = [&](uint32_t R) { return Align.lookup(R); };
    uint32_t A = Failed;
    switch (T.kind()) {
    case Kind::Int:
    case Kind::Enum:
    case Kind::Enum64:
    case Kind::Float:
      A = std::max<uint32_t>(1, std::min(pointerSize(), T.size()));
      break;
    case Kind::Ptr:
      A = pointerSize();
      break;
    case Kind::Typedef:
    case Kind::Volatile:
    case Kind::Const:
    case Kind::Restrict:
    case Kind::TypeTag:
    case Kind::Var:
      A = Of(T.refType());
      break;
    case Kind::Array:
      A = Of(T.array().ElemType);
      break;
    case Kind::Struct:
    case Kind::Union: {
      uint32_t MaxAlign = 1;
      for (Member M : T.members()) {
        uint32_t MA = Of(M.Type);
        if (MA == Failed || MA == Busy) {
          MaxAlign = Failed;
          break;
        }
        MaxAlign = std::max(MaxAlign, MA);
        // A member off its natural alignment means the struct is packed.
        if (!M.BitfieldSize && M.BitOffset % (8 * MA)) {
          MaxAlign = 1;
          break;
        }
      }
      A = MaxAlign != Failed && T.size() % MaxAlign ? 1 : MaxAlign;
      break;
    }
    default:
      Fail(Id, ErrorCode::InvalidType,
           "type " + Twine(Id) + " (" + kindName(T.kind()) +
               ") has no alignment");
      continue;
    }
    Align[Id] = A == Busy ? Failed : A;
  }
  uint32_t A = Align.lookup(Root);
  if (A != Failed && A != Busy) {
    consumeError(std::move(Err));
    return A;
  }
  if (!Err)
    return makeError(ErrorCode::InvalidType,
                     "type " + Twine(Root) + " has no alignment", 0, Root);
  return std::move(Err);
}

std::optional<unsigned> Spec::findMember(uint32_t Id, StringRef Name) const {
  if (!isValidId(Id))
    return std::nullopt;
  Type T = type(Id);
  if (!T.isComposite())
    return std::nullopt;
  for (unsigned I = 0, E = T.vlen(); I < E; ++I)
    if (string(T.member(I).NameOff) == Name)
      return I;
  return std::nullopt;
}

} // namespace btf
} // namespace corecc
