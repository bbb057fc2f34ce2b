// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreFieldPath.cpp - CO-RE access paths over debug types ------------===//
//
// The values computed here must be the ones libbpf computes from the
// program's own BTF (which corecc derives from the same debug types), so
// that libbpf's validation of the original instruction value passes and a
// relocation against an unchanged layout changes nothing:
//
//   byte_off   bit offset / 8; for a bitfield, the start of the smallest
//              naturally aligned 1/2/4/8-byte unit (at least the size of the
//              member's type) that holds it
//   byte_sz    size of the field's type; for a bitfield, that unit's size
//   signed     the field's type is a signed integer or a signed enum
//   lshift_u64 / rshift_u64
//              the shifts that extract the field from a 64-bit load of the
//              unit: 64 - (end bit - unit start) and 64 - bit size
//   exists     1
//
// Array elements (the last step is an index) have only byte_off and byte_sz.
//
//===----------------------------------------------------------------------===//

#include "CoreFieldPath.h"
#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/DebugInfo/BTF/BTF.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace corecc;

static Error pathError(const Twine &Msg) {
  return createStringError(inconvertibleErrorCode(), Msg);
}

/// \p T without the typedefs (when \p Typedefs) and qualifiers on top.
static const DIType *strip(const DIType *T, bool Typedefs) {
  while (auto *D = dyn_cast_or_null<DIDerivedType>(T)) {
    switch (D->getTag()) {
    case dwarf::DW_TAG_typedef:
      if (!Typedefs)
        return T;
      [[fallthrough]];
    case dwarf::DW_TAG_const_type:
    case dwarf::DW_TAG_volatile_type:
    case dwarf::DW_TAG_restrict_type:
    case dwarf::DW_TAG_atomic_type:
      T = D->getBaseType();
      continue;
    default:
      return T;
    }
  }
  return T;
}

const DIType *corecc::stripTypedefsAndQualifiers(const DIType *T) {
  return strip(T, /*Typedefs=*/true);
}

const DIType *corecc::stripQualifiers(const DIType *T) {
  return strip(T, /*Typedefs=*/false);
}

const DIType *corecc::relocRootType(const DIType *T) {
  const DIType *InnermostTypedef = nullptr;
  for (T = stripQualifiers(T);
       T && T->getTag() == dwarf::DW_TAG_typedef && !T->getName().empty();
       T = stripQualifiers(cast<DIDerivedType>(T)->getBaseType()))
    InnermostTypedef = T;
  if (auto *C = dyn_cast_or_null<DICompositeType>(T);
      C && C->getName().empty() && InnermostTypedef)
    return InnermostTypedef;
  return T;
}

std::string corecc::typeDisplayName(const DIType *T) {
  if (!T)
    return "void";
  std::string Name =
      T->getName().empty() ? std::string("<anon>") : T->getName().str();
  switch (T->getTag()) {
  case dwarf::DW_TAG_structure_type:
  case dwarf::DW_TAG_class_type:
    return "struct " + Name;
  case dwarf::DW_TAG_union_type:
    return "union " + Name;
  case dwarf::DW_TAG_enumeration_type:
    return "enum " + Name;
  case dwarf::DW_TAG_typedef:
    return "typedef " + Name;
  default:
    return Name;
  }
}

uint64_t corecc::typeByteSize(const DIType *T) {
  T = stripTypedefsAndQualifiers(T);
  if (!T)
    return 0;
  if (auto *C = dyn_cast<DICompositeType>(T);
      C && C->getTag() == dwarf::DW_TAG_array_type && C->getSizeInBits() == 0) {
    // Clang leaves the size of some arrays implicit: elements * dims.
    uint64_t N = typeByteSize(C->getBaseType());
    for (const DINode *E : C->getElements())
      if (auto *SR = dyn_cast_or_null<DISubrange>(E))
        if (auto *Cnt = dyn_cast_if_present<ConstantInt *>(SR->getCount()))
          N *= std::max<int64_t>(Cnt->getSExtValue(), 0);
    return N;
  }
  return T->getSizeInBits() / 8;
}

/// Dimensions of an array type, outermost first (0 for a flexible array).
static SmallVector<uint64_t, 4> arrayDims(const DICompositeType *A) {
  SmallVector<uint64_t, 4> Dims;
  for (const DINode *E : A->getElements()) {
    auto *SR = dyn_cast_or_null<DISubrange>(E);
    if (!SR)
      continue;
    uint64_t N = 0;
    if (auto *C = dyn_cast_if_present<ConstantInt *>(SR->getCount()))
      N = C->getSExtValue() > 0 ? C->getSExtValue() : 0;
    Dims.push_back(N);
  }
  return Dims;
}

static bool isArray(const DIType *T) {
  auto *C = dyn_cast_or_null<DICompositeType>(T);
  return C && C->getTag() == dwarf::DW_TAG_array_type;
}

CoreFieldPath::CoreFieldPath(const DIType *Root, uint64_t FirstIndex)
    : Root(Root), Current(stripTypedefsAndQualifiers(Root)) {
  Access.push_back(FirstIndex);
  BitOffset = FirstIndex * typeByteSize(Root) * 8;
  RootName = Root ? Root->getName().str() : "";
  if (RootName.empty())
    RootName = "<anon>";
  if (FirstIndex)
    Steps = "[" + std::to_string(FirstIndex) + "]";
}

Error CoreFieldPath::addMember(unsigned DIIndex) {
  auto *C = dyn_cast_or_null<DICompositeType>(Current);
  if (!C || (C->getTag() != dwarf::DW_TAG_structure_type &&
             C->getTag() != dwarf::DW_TAG_union_type &&
             C->getTag() != dwarf::DW_TAG_class_type))
    return pathError("member access into a type that is not a struct or "
                     "union");
  DINodeArray Elements = C->getElements();
  if (DIIndex >= Elements.size())
    return pathError("member index " + Twine(DIIndex) + " out of range");
  auto *M = dyn_cast_or_null<DIDerivedType>(Elements[DIIndex]);
  if (!M || M->getTag() != dwarf::DW_TAG_member)
    return pathError("member index " + Twine(DIIndex) + " is not a member");

  BitOffset += M->getOffsetInBits();
  Access.push_back(DIIndex);
  Steps += Access.size() == 2 && Access[0] == 0 ? "::" : ".";
  if (M->getName().empty())
    Steps += "<anon " + std::to_string(DIIndex) + ">";
  else
    Steps += M->getName().str();
  Member = M;
  Current = stripTypedefsAndQualifiers(M->getBaseType());
  ArrayDimsUsed = 0;
  return Error::success();
}

Error CoreFieldPath::addElement(uint64_t Index) {
  if (!isArray(Current))
    return pathError("array index into a type that is not an array");
  auto *A = cast<DICompositeType>(Current);
  SmallVector<uint64_t, 4> Dims = arrayDims(A);
  if (Dims.empty())
    Dims.push_back(0);
  uint64_t ElemBytes = typeByteSize(A->getBaseType());
  for (unsigned I = ArrayDimsUsed + 1; I < Dims.size(); ++I)
    ElemBytes *= Dims[I];
  BitOffset += Index * ElemBytes * 8;
  Access.push_back(Index);
  Steps += "[" + std::to_string(Index) + "]";
  Member = nullptr;
  if (++ArrayDimsUsed == Dims.size()) {
    Current = stripTypedefsAndQualifiers(A->getBaseType());
    ArrayDimsUsed = 0;
  }
  return Error::success();
}

std::string CoreFieldPath::accessString() const {
  std::string S;
  raw_string_ostream OS(S);
  for (unsigned I = 0; I < Access.size(); ++I)
    OS << (I ? ":" : "") << Access[I];
  return S;
}

std::string CoreFieldPath::cPath() const { return RootName + Steps; }

/// Whether a field type is signed, as libbpf decides for FIELD_SIGNED.
static bool isSignedType(const DIType *T) {
  T = stripTypedefsAndQualifiers(T);
  if (auto *B = dyn_cast_or_null<DIBasicType>(T))
    return B->getEncoding() == dwarf::DW_ATE_signed ||
           B->getEncoding() == dwarf::DW_ATE_signed_char;
  if (auto *C = dyn_cast_or_null<DICompositeType>(T);
      C && C->getTag() == dwarf::DW_TAG_enumeration_type) {
    if (auto *Base = dyn_cast_or_null<DIBasicType>(C->getBaseType()))
      return Base->getEncoding() == dwarf::DW_ATE_signed ||
             Base->getEncoding() == dwarf::DW_ATE_signed_char;
    for (const DINode *E : C->getElements())
      if (auto *En = dyn_cast_or_null<DIEnumerator>(E))
        return !En->isUnsigned();
    return true;
  }
  return false;
}

Expected<uint64_t> CoreFieldPath::fieldValue(uint32_t Kind,
                                             bool IsLittleEndian) const {
  if (Kind == BTF::FIELD_EXISTENCE)
    return 1;

  // The size of what the path ends on: a member's type, an element, or a
  // sub-array of a multi-dimensional array.
  uint64_t FieldBytes = typeByteSize(Current);
  if (ArrayDimsUsed) {
    auto *A = cast<DICompositeType>(Current);
    SmallVector<uint64_t, 4> Dims = arrayDims(A);
    FieldBytes = typeByteSize(A->getBaseType());
    for (unsigned I = ArrayDimsUsed; I < Dims.size(); ++I)
      FieldBytes *= Dims[I];
  }

  if (!Member) {
    if (Kind == BTF::FIELD_BYTE_OFFSET)
      return BitOffset / 8;
    if (Kind == BTF::FIELD_BYTE_SIZE)
      return FieldBytes;
    // clang and GCC emit these, and libbpf then refuses the object on every
    // kernel: it computes even the local value only for named members.
    return pathError("this field query does not apply to an array element: "
                     "libbpf applies only byte_off, byte_sz and field_exists "
                     "to one (\"can't be applied to array access\"), so no "
                     "kernel would load the program");
  }

  uint64_t BitSize = Member->isBitField() ? Member->getSizeInBits() : 0;
  uint64_t ByteSize, ByteOff;
  if (BitSize) {
    ByteSize = typeByteSize(Member->getBaseType());
    if (ByteSize == 0)
      return pathError("bitfield of a type without a size");
    ByteOff = BitOffset / 8 / ByteSize * ByteSize;
    while (BitOffset + BitSize - ByteOff * 8 > ByteSize * 8) {
      if (ByteSize >= 8)
        return pathError("bitfield cannot be read with one 8-byte load");
      ByteSize *= 2;
      ByteOff = BitOffset / 8 / ByteSize * ByteSize;
    }
  } else {
    ByteSize = FieldBytes;
    ByteOff = BitOffset / 8;
    BitSize = ByteSize * 8;
  }

  switch (Kind) {
  case BTF::FIELD_BYTE_OFFSET:
    return ByteOff;
  case BTF::FIELD_BYTE_SIZE:
    return ByteSize;
  case BTF::FIELD_SIGNEDNESS:
    return isSignedType(Member->getBaseType()) ? 1 : 0;
  case BTF::FIELD_LSHIFT_U64:
    if (IsLittleEndian)
      return 64 - (BitOffset + BitSize - ByteOff * 8);
    return (8 - ByteSize) * 8 + (BitOffset - ByteOff * 8);
  case BTF::FIELD_RSHIFT_U64:
    return 64 - BitSize;
  default:
    return pathError("not a field relocation kind");
  }
}
