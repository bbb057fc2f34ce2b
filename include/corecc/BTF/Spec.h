// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/BTF/Spec.h - A set of BTF types and strings ------*- C++ -*-===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Spec is corecc's one model of a .BTF section: the types (ids from 1, id 0
/// being void) and the string table. It is what the decoder produces, what
/// the encoder writes, what the compiler's BTF emitter builds, and what the
/// CO-RE resolver searches.
///
/// Split BTF. A Spec may sit on a base Spec (a kernel module's BTF on
/// vmlinux): its ids continue after the base's last id and its string offsets
/// continue after the base's string section. Lookups by id, by string offset
/// and by name see base and split types alike; the encoder writes only the
/// split part. The base is shared and immutable.
///
/// Building. The add*() functions append one type and return its id; names
/// go through addString(), which deduplicates (also against the base). The
/// set*() functions fix up a type after the fact, the way an emitter needs:
/// create a struct, later give it members; patch a DATASEC entry's offset and
/// size; turn a struct into a FWD. Example, the types of
/// `struct s { int a; struct s *next; };`:
///
/// \code
///   Spec S;
///   uint32_t Int = S.addInt("int", 4, IntSigned);        // [1]
///   uint32_t Str = S.addStruct("s", 16);                  // [2], no members
///   uint32_t Ptr = S.addPtr(Str);                         // [3]
///   S.setMembers(Str, {{"a", Int, 0}, {"next", Ptr, 64}});
/// \endcode
///
/// Storage. Types are kept in the wire layout, in host byte order, in one
/// array of words, with an index from id to word offset; Type views read the
/// words directly. A Spec decoded from a file in host byte order borrows the
/// (memory-mapped) file instead of copying it, and copies on the first
/// modification. A fix-up that changes a type's length moves it to the end
/// of the array; the encoder walks ids in order, so the old copy is never
/// written.
///
/// Validity. The decoder guarantees a valid Spec (see Codec.h). The builder
/// asserts argument ranges but does not re-validate the graph; run
/// validate() on a built Spec when in doubt.
///
/// Thread safety: const member functions may build lookup indexes lazily, so
/// a Spec shared between threads must have them built first (call
/// buildIndexes()).
///
//===----------------------------------------------------------------------===//

#ifndef CORECC_BTF_SPEC_H
#define CORECC_BTF_SPEC_H

#include "corecc/BTF/Types.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace corecc {
namespace btf {

/// A struct/union member as given to the builder.
struct MemberSpec {
  llvm::StringRef Name;
  uint32_t Type = 0;
  uint32_t BitOffset = 0;
  /// Non-zero for a bitfield; any bitfield makes the struct use kind_flag.
  uint32_t BitfieldSize = 0;
};

/// A FUNC_PROTO parameter as given to the builder.
struct ParamSpec {
  llvm::StringRef Name;
  uint32_t Type = 0;
};

/// An enumerator as given to the builder (see EnumValue for the encoding of
/// signed values).
struct EnumValueSpec {
  llvm::StringRef Name;
  uint64_t Value = 0;
};

class Spec {
public:
  /// An empty base BTF: only void and the empty string.
  Spec();
  /// An empty split BTF on \p Base.
  explicit Spec(std::shared_ptr<const Spec> Base);
  ~Spec();
  Spec(Spec &&) noexcept;
  Spec &operator=(Spec &&) noexcept;
  /// Copies types and strings (not the lookup indexes); the base is shared.
  Spec(const Spec &);
  Spec &operator=(const Spec &);

  //===--------------------------------------------------------------------===//
  // Ids and types.
  //===--------------------------------------------------------------------===//

  /// The first id this Spec owns: 1, or the base's typeCount().
  uint32_t firstId() const { return FirstId; }
  /// One past the last valid id (counts void and the base's types), like
  /// libbpf's btf__type_cnt().
  uint32_t typeCount() const {
    return FirstId + static_cast<uint32_t>(Offsets.size());
  }
  /// Number of types this Spec owns (not counting void or the base).
  uint32_t ownTypeCount() const {
    return static_cast<uint32_t>(Offsets.size());
  }
  bool isValidId(uint32_t Id) const { return Id < typeCount(); }
  /// True if \p Id belongs to this Spec rather than to its base or void.
  bool isOwnId(uint32_t Id) const { return Id >= FirstId && Id < typeCount(); }
  auto ownIds() const { return llvm::seq(FirstId, typeCount()); }

  const Spec *base() const { return Base.get(); }
  const std::shared_ptr<const Spec> &sharedBase() const { return Base; }

  /// The type with id \p Id (which must be valid); base ids are looked up in
  /// the base. Id 0 gives the void view.
  Type type(uint32_t Id) const {
    assert(isValidId(Id) && "type id out of range");
    if (Id >= FirstId)
      return Type(*this, wordData() + Offsets[Id - FirstId], Id);
    if (Id == 0)
      return Type(*this, VoidWords, 0);
    return Base->type(Id);
  }
  Kind kindOf(uint32_t Id) const { return type(Id).kind(); }

  //===--------------------------------------------------------------------===//
  // Strings.
  //===--------------------------------------------------------------------===//

  /// The NUL-terminated string at \p Off (global offset: base strings first).
  llvm::StringRef string(uint32_t Off) const {
    if (Off < StrBegin)
      return Base->string(Off);
    assert(Off - StrBegin < stringData().size() &&
           "string offset out of range");
    return llvm::StringRef(stringData().data() + (Off - StrBegin));
  }
  bool isValidStringOffset(uint32_t Off) const {
    return Off < StrBegin ? Base->isValidStringOffset(Off)
                          : Off - StrBegin < stringData().size();
  }
  /// Adds \p Str (without its NUL) and returns its offset. Returns the offset
  /// of an existing equal string instead, searching the base first.
  uint32_t addString(llvm::StringRef Str);
  /// The offset of a string equal to \p Str, if there is one.
  std::optional<uint32_t> findString(llvm::StringRef Str) const;
  /// Global offset of this Spec's first string byte (the base's string
  /// section size; 0 for base BTF).
  uint32_t stringsBegin() const { return StrBegin; }
  /// Global offset one past this Spec's last string byte.
  uint32_t stringsEnd() const {
    return StrBegin + static_cast<uint32_t>(stringData().size());
  }
  /// This Spec's own string section, as encoded.
  llvm::StringRef ownStrings() const { return stringData(); }

  //===--------------------------------------------------------------------===//
  // Builder. Each add*() appends a type and returns its id.
  //===--------------------------------------------------------------------===//

  /// INT of \p ByteSize bytes; \p Bits defaults to 8 * ByteSize.
  uint32_t addInt(llvm::StringRef Name, uint32_t ByteSize,
                  uint8_t Encoding = IntNone, uint32_t Bits = 0,
                  uint32_t BitOffset = 0);
  uint32_t addPtr(uint32_t Pointee);
  uint32_t addArray(uint32_t ElemType, uint32_t IndexType,
                    uint32_t NumElements);
  uint32_t addStruct(llvm::StringRef Name, uint32_t ByteSize,
                     llvm::ArrayRef<MemberSpec> Members = {});
  uint32_t addUnion(llvm::StringRef Name, uint32_t ByteSize,
                    llvm::ArrayRef<MemberSpec> Members = {});
  /// ENUM (32-bit values on the wire; ByteSize 1, 2, 4 or 8).
  uint32_t addEnum(llvm::StringRef Name, uint32_t ByteSize, bool IsSigned,
                   llvm::ArrayRef<EnumValueSpec> Values = {});
  uint32_t addEnum64(llvm::StringRef Name, uint32_t ByteSize, bool IsSigned,
                     llvm::ArrayRef<EnumValueSpec> Values = {});
  uint32_t addFwd(llvm::StringRef Name, bool IsUnion);
  uint32_t addTypedef(llvm::StringRef Name, uint32_t Type);
  uint32_t addVolatile(uint32_t Type);
  uint32_t addConst(uint32_t Type);
  uint32_t addRestrict(uint32_t Type);
  uint32_t addTypeTag(llvm::StringRef Value, uint32_t Type);
  uint32_t addFunc(llvm::StringRef Name, uint32_t Proto, FuncLinkage Linkage);
  /// FUNC_PROTO; \p Variadic appends the "..." marker parameter.
  uint32_t addFuncProto(uint32_t ReturnType, llvm::ArrayRef<ParamSpec> Params,
                        bool Variadic = false);
  uint32_t addVar(llvm::StringRef Name, uint32_t Type, VarLinkage Linkage);
  uint32_t addDatasec(llvm::StringRef Name, uint32_t ByteSize,
                      llvm::ArrayRef<VarSecInfo> Vars = {});
  uint32_t addFloat(llvm::StringRef Name, uint32_t ByteSize);
  uint32_t addDeclTag(llvm::StringRef Value, uint32_t Type,
                      int32_t ComponentIdx = -1);
  /// Appends a type given as wire words (host order), unchecked.
  uint32_t addRawType(llvm::ArrayRef<uint32_t> TypeWords);

  //===--------------------------------------------------------------------===//
  // Fix-ups of own types. Type views of the Spec are invalidated.
  //===--------------------------------------------------------------------===//

  void setName(uint32_t Id, llvm::StringRef Name);
  /// Size of INT/STRUCT/UNION/ENUM/ENUM64/FLOAT/DATASEC.
  void setSize(uint32_t Id, uint32_t ByteSize);
  /// Referenced type of PTR/TYPEDEF/modifiers/FUNC/FUNC_PROTO/VAR/tags.
  void setRefType(uint32_t Id, uint32_t Type);
  void setKindFlag(uint32_t Id, bool Flag);
  /// Replaces a STRUCT/UNION's members; kind_flag is set iff a member is a
  /// bitfield.
  void setMembers(uint32_t Id, llvm::ArrayRef<MemberSpec> Members);
  void setEnumValues(uint32_t Id, llvm::ArrayRef<EnumValueSpec> Values);
  void setParams(uint32_t Id, llvm::ArrayRef<ParamSpec> Params,
                 bool Variadic = false);
  void setArray(uint32_t Id, ArrayInfo Info);
  void setFuncLinkage(uint32_t Id, FuncLinkage Linkage);
  void setVarLinkage(uint32_t Id, VarLinkage Linkage);
  /// Patches one DATASEC entry (e.g. once the section layout is known).
  void setSecInfo(uint32_t Id, unsigned Index, VarSecInfo Var);
  /// Turns type \p Id (typically a STRUCT/UNION seen only through pointers)
  /// into a FWD of the same name.
  void makeFwd(uint32_t Id, bool IsUnion);
  /// Drops all own types after the first \p Count (keeps the strings).
  void truncateTypes(uint32_t Count);

  //===--------------------------------------------------------------------===//
  // Traversal: one visitor for every type-id and every string field, used by
  // dedup, loop checks and id remapping.
  //===--------------------------------------------------------------------===//

  /// Calls \p F with every type-id field of own type \p Id, in wire order
  /// (ARRAY: element then index type; FUNC_PROTO: return then params).
  void forEachTypeRef(uint32_t Id, llvm::function_ref<void(uint32_t &)> F);
  void forEachTypeRef(uint32_t Id, llvm::function_ref<void(uint32_t)> F) const;
  /// Calls \p F with every string-offset field of own type \p Id.
  void forEachStringRef(uint32_t Id, llvm::function_ref<void(uint32_t &)> F);
  /// Rewrites every type-id field of every own type through \p Map.
  void remapTypeIds(llvm::function_ref<uint32_t(uint32_t)> Map);

  /// Checks the whole Spec as the decoder would (ids, strings, per-kind
  /// rules, reference loops). Useful after building.
  llvm::Error validate() const;

  //===--------------------------------------------------------------------===//
  // Lookups (for the CO-RE resolver and the tools).
  //===--------------------------------------------------------------------===//

  /// Ids of all types named exactly \p Name, base types first, ascending.
  llvm::SmallVector<uint32_t, 4> findByName(llvm::StringRef Name) const;
  /// The first type named \p Name of kind \p K.
  std::optional<uint32_t> findByName(llvm::StringRef Name, Kind K) const;
  /// Ids of all types whose essential name (see essentialName()) is
  /// \p Essential, base types first, ascending.
  llvm::SmallVector<uint32_t, 4>
  findByEssentialName(llvm::StringRef Essential) const;
  /// Builds the lazy name indexes now (see the thread-safety note).
  void buildIndexes() const;

  /// Follows CONST/VOLATILE/RESTRICT/TYPE_TAG.
  uint32_t skipModifiers(uint32_t Id) const;
  /// Follows modifiers and TYPEDEFs ("resolve").
  uint32_t skipModifiersAndTypedefs(uint32_t Id) const;
  /// Size in bytes of a value of type \p Id (arrays multiply, typedefs and
  /// modifiers resolve, pointers are pointerSize()). Errors for void, FWD,
  /// FUNC, FUNC_PROTO and DECL_TAG.
  llvm::Expected<uint64_t> sizeOf(uint32_t Id) const;
  /// Natural alignment in bytes, libbpf's rules: a struct whose members are
  /// not all naturally aligned counts as packed (alignment 1).
  llvm::Expected<uint32_t> alignOf(uint32_t Id) const;
  /// Index of the direct member of STRUCT/UNION \p Id named \p Name.
  std::optional<unsigned> findMember(uint32_t Id, llvm::StringRef Name) const;

  /// Pointer size in bytes: 8 unless set, or guessed from a "long" INT of a
  /// decoded Spec (libbpf does the same).
  uint32_t pointerSize() const;
  void setPointerSize(uint32_t Bytes) { PointerSize = Bytes; }

  /// Byte order of the decoded input (native for a built Spec); the encoder's
  /// default.
  llvm::endianness endianness() const { return Endian; }
  void setEndianness(llvm::endianness E) { Endian = E; }

private:
  friend class Decoder;
  const uint32_t *wordData() const {
    return Borrowed ? BorrowedWords : Words.data();
  }
  size_t wordDataSize() const {
    return Borrowed ? NumBorrowedWords : Words.size();
  }
  llvm::StringRef stringData() const {
    return Borrowed ? BorrowedStrings : llvm::StringRef(Strings);
  }
  /// Copies borrowed storage before a modification.
  void own();
  uint32_t appendType(uint32_t NameOff, Kind K, bool KindFlag, unsigned Vlen,
                      uint32_t SizeOrType,
                      llvm::ArrayRef<uint32_t> Trailing = {});
  uint32_t *mutableWords(uint32_t Id);
  /// Replaces type \p Id by the given wire words (host order), unchecked.
  void replaceRawType(uint32_t Id, llvm::ArrayRef<uint32_t> TypeWords);
  /// Gives type \p Id room for \p NewVlen entries, moving it if needed;
  /// returns its words.
  uint32_t *resize(uint32_t Id, unsigned NewVlen);
  void invalidateIndexes();
  void buildStringIndex() const;
  struct NameIndex;
  const NameIndex &names() const;

  static const uint32_t VoidWords[3];

  std::shared_ptr<const Spec> Base;
  uint32_t FirstId = 1;
  uint32_t StrBegin = 0;
  /// Own types in wire layout, host byte order.
  std::vector<uint32_t> Words;
  /// Offsets[Id - FirstId] = index of the type's first word in Words.
  std::vector<uint32_t> Offsets;
  /// Own string section bytes (base BTF: starts with the empty string).
  std::string Strings;
  /// Borrowed storage (see "Storage" above): valid while Backing lives.
  bool Borrowed = false;
  const uint32_t *BorrowedWords = nullptr;
  size_t NumBorrowedWords = 0;
  llvm::StringRef BorrowedStrings;
  std::shared_ptr<const void> Backing;
  llvm::endianness Endian = llvm::endianness::native;
  mutable uint32_t PointerSize = 0;
  /// Lazily built: string -> offset of own strings (for addString()).
  struct StringIndex;
  mutable std::unique_ptr<StringIndex> StrIndex;
  /// Lazily built: name and essential name -> own ids.
  mutable std::unique_ptr<NameIndex> Names;
};

inline llvm::StringRef Type::name() const { return S->string(nameOffset()); }

/// The name without a libbpf "flavor" suffix: the part before the last
/// "___" that is preceded and followed by a non-underscore character.
/// "task_struct___v2" -> "task_struct"; "a___b___c" -> "a___b";
/// "____x" and "x___" are their own essential names.
llvm::StringRef essentialName(llvm::StringRef Name);

} // namespace btf
} // namespace corecc

#endif // CORECC_BTF_SPEC_H
