// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Format.cpp - Text forms of BTF and .BTF.ext ------------------------===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//
//
// The one-line type form is bpftool's `btf dump file X` (raw format), kept
// character for character so that our dump diffs clean against bpftool's.
// Where bpftool prints a name it prints '(anon)' for name offset 0 (not for
// an empty string elsewhere); we do the same.
//
// CO-RE relocation descriptions follow llvm-objdump (LLVM's BTFParser), with
// one deliberate difference: a 32-bit unsigned enumerator of 2^31 or more is
// printed as its value, where LLVM 19 sign-extends it first.
//
//===----------------------------------------------------------------------===//

#include "corecc/BTF/Format.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"

using namespace llvm;

namespace corecc {
namespace btf {

namespace {
StringRef quotedName(const Spec &S, uint32_t NameOff) {
  if (NameOff == 0)
    return "(anon)";
  return S.string(NameOff);
}

StringRef intEncodingName(uint8_t Enc) {
  switch (Enc) {
  case IntNone:
    return "(none)";
  case IntSigned:
    return "SIGNED";
  case IntChar:
    return "CHAR";
  case IntBool:
    return "BOOL";
  default:
    return "UNKN";
  }
}

StringRef linkageName(uint32_t L) {
  switch (L) {
  case 0:
    return "static";
  case 1:
    return "global";
  case 2:
    return "extern";
  default:
    return "(unknown)";
  }
}
} // namespace

void printType(const Spec &S, uint32_t Id, raw_ostream &OS) {
  Type T = S.type(Id);
  Kind K = T.kind();
  OS << '[' << Id << "] " << kindName(K) << " '"
     << quotedName(S, T.nameOffset()) << '\'';
  switch (K) {
  case Kind::Int:
    OS << " size=" << T.size() << " bits_offset=" << unsigned(T.intBitOffset())
       << " nr_bits=" << unsigned(T.intBits())
       << " encoding=" << intEncodingName(T.intEncoding());
    break;
  case Kind::Ptr:
  case Kind::Const:
  case Kind::Volatile:
  case Kind::Restrict:
  case Kind::Typedef:
  case Kind::TypeTag:
    OS << " type_id=" << T.refType();
    break;
  case Kind::Array: {
    ArrayInfo A = T.array();
    OS << " type_id=" << A.ElemType << " index_type_id=" << A.IndexType
       << " nr_elems=" << A.NumElements;
    break;
  }
  case Kind::Struct:
  case Kind::Union:
    OS << " size=" << T.size() << " vlen=" << T.vlen();
    for (Member M : T.members()) {
      OS << "\n\t'" << quotedName(S, M.NameOff) << "' type_id=" << M.Type
         << " bits_offset=" << M.BitOffset;
      if (M.BitfieldSize)
        OS << " bitfield_size=" << M.BitfieldSize;
    }
    break;
  case Kind::Enum:
  case Kind::Enum64: {
    bool Signed = T.isSignedEnum();
    OS << " encoding=" << (Signed ? "SIGNED" : "UNSIGNED")
       << " size=" << T.size() << " vlen=" << T.vlen();
    for (EnumValue V : T.enumValues()) {
      OS << "\n\t'" << quotedName(S, V.NameOff) << "' val=";
      if (K == Kind::Enum) {
        if (Signed)
          OS << int32_t(V.Value);
        else
          OS << uint32_t(V.Value);
      } else {
        if (Signed)
          OS << int64_t(V.Value) << "LL";
        else
          OS << V.Value << "ULL";
      }
    }
    break;
  }
  case Kind::Fwd:
    OS << " fwd_kind=" << (T.isFwdUnion() ? "union" : "struct");
    break;
  case Kind::Func:
    OS << " type_id=" << T.refType() << " linkage=" << linkageName(T.vlen());
    break;
  case Kind::FuncProto:
    OS << " ret_type_id=" << T.refType() << " vlen=" << T.vlen();
    for (Param P : T.params())
      OS << "\n\t'" << quotedName(S, P.NameOff) << "' type_id=" << P.Type;
    break;
  case Kind::Var:
    OS << " type_id=" << T.refType()
       << ", linkage=" << linkageName(uint32_t(T.varLinkage()));
    break;
  case Kind::Datasec:
    OS << " size=" << T.size() << " vlen=" << T.vlen();
    for (VarSecInfo V : T.secInfos()) {
      OS << "\n\ttype_id=" << V.Type << " offset=" << V.Offset
         << " size=" << V.Size;
      if (S.isValidId(V.Type)) {
        Type VT = S.type(V.Type);
        OS << " (" << kindName(VT.kind()) << " '"
           << quotedName(S, VT.nameOffset()) << "')";
      }
    }
    break;
  case Kind::Float:
    OS << " size=" << T.size();
    break;
  case Kind::DeclTag:
    OS << " type_id=" << T.refType() << " component_idx=" << T.componentIdx();
    break;
  case Kind::Unknown:
    break;
  }
  OS << '\n';
}

std::string formatType(const Spec &S, uint32_t Id) {
  std::string Out;
  raw_string_ostream OS(Out);
  printType(S, Id, OS);
  OS.flush();
  if (!Out.empty() && Out.back() == '\n')
    Out.pop_back();
  return Out;
}

void dumpTypes(const Spec &S, raw_ostream &OS) {
  for (uint32_t Id : S.ownIds())
    printType(S, Id, OS);
}

//===----------------------------------------------------------------------===//
// CO-RE relocation descriptions.
//===----------------------------------------------------------------------===//

namespace {
void printRelocKind(uint32_t K, raw_ostream &OS) {
  StringRef Name = relocKindName(K);
  if (Name.empty())
    OS << "<reloc kind #" << K << '>';
  else
    OS << '<' << Name << '>';
}

/// A name, or "<anon N>" for an empty one (N: the index or id).
void printNameOr(const Spec &S, uint32_t NameOff, uint32_t N, raw_ostream &OS) {
  StringRef Name = S.isValidStringOffset(NameOff) ? S.string(NameOff) : "";
  if (Name.empty())
    OS << "<anon " << N << '>';
  else
    OS << Name;
}
} // namespace

std::string describeCoreReloc(const Spec &S, const CoreReloc &R) {
  std::string Out;
  raw_string_ostream OS(Out);
  StringRef Access =
      S.isValidStringOffset(R.AccessStrOff) ? S.string(R.AccessStrOff) : "";
  auto Fail = [&](const Twine &Why) {
    Out.clear();
    printRelocKind(R.Kind, OS);
    OS << " [" << R.TypeId << "] '" << Access << "' <" << Why << '>';
    return Out;
  };

  SmallVector<uint32_t, 8> Indexes;
  std::string Why;
  if (!parseAccessString(Access, Indexes, Why))
    return Fail(Why);

  printRelocKind(R.Kind, OS);
  uint32_t Id = R.TypeId;
  if (!S.isValidId(Id))
    return Fail("unknown type id: " + Twine(Id));
  OS << " [" << Id << ']';

  // Modifiers of the root type, then its kind and name.
  for (unsigned Chain = 0;; ++Chain) {
    Type T = S.type(Id);
    if (!T.isModifier() || Id == 0)
      break;
    if (Chain >= 32)
      return Fail("modifiers chain is too long");
    switch (T.kind()) {
    case Kind::Const:
      OS << " const";
      break;
    case Kind::Volatile:
      OS << " volatile";
      break;
    case Kind::Restrict:
      OS << " restrict";
      break;
    default:
      OS << " type_tag(\"" << T.name() << "\")";
      break;
    }
    Id = T.refType();
  }
  if (Id == 0) {
    OS << " void";
  } else {
    Type T = S.type(Id);
    switch (T.kind()) {
    case Kind::Typedef:
      OS << " typedef";
      break;
    case Kind::Struct:
      OS << " struct";
      break;
    case Kind::Union:
      OS << " union";
      break;
    case Kind::Enum:
    case Kind::Enum64:
      OS << " enum";
      break;
    case Kind::Fwd:
      OS << (T.isFwdUnion() ? " fwd union" : " fwd struct");
      break;
    default:
      break;
    }
    OS << ' ';
    printNameOr(S, T.nameOffset(), Id, OS);
  }

  RelocGroup G = relocGroup(R.Kind);
  if (G == RelocGroup::Type) {
    if (Indexes.size() != 1 || Indexes[0] != 0)
      return Fail("unexpected type-based relocation spec: should be '0'");
    return Out;
  }
  if (G == RelocGroup::Unknown)
    return Fail("unknown relocation kind: " + Twine(R.Kind));
  OS << "::";

  if (G == RelocGroup::EnumValue) {
    Type T = S.type(S.skipModifiersAndTypedefs(Id));
    if (Indexes.size() != 1)
      return Fail("unexpected enumval relocation spec size");
    if (!T.isEnumLike())
      return Fail("unexpected type kind for enum relocation: " +
                  Twine(unsigned(T.kind())));
    if (Indexes[0] >= T.vlen())
      return Fail("bad value index: " + Twine(Indexes[0]));
    EnumValue V = T.enumValue(Indexes[0]);
    printNameOr(S, V.NameOff, Indexes[0], OS);
    if (T.isSignedEnum())
      OS << " = " << int64_t(V.Value);
    else
      OS << " = " << V.Value;
    return Out;
  }

  // Field relocations: the first number indexes the root pointer (printed
  // only when not 0), the rest walk members and array elements.
  if (Indexes.empty())
    return Fail("field spec too short");
  if (Indexes[0] != 0)
    OS << '[' << Indexes[0] << ']';
  for (size_t I = 1; I < Indexes.size(); ++I) {
    Type T = S.type(S.skipModifiersAndTypedefs(Id));
    uint64_t Idx = Indexes[I];
    if (T.isComposite()) {
      if (Idx >= T.vlen())
        return Fail("member index " + Twine(Idx) + " for spec sub-string " +
                    Twine(I) + " is out of range");
      Member M = T.member(Idx);
      if (I != 1 || Indexes[0] != 0)
        OS << '.';
      printNameOr(S, M.NameOff, Idx, OS);
      Id = M.Type;
    } else if (T.is(Kind::Array)) {
      OS << '[' << Idx << ']';
      Id = T.array().ElemType;
    } else {
      return Fail("unexpected type kind " + Twine(unsigned(T.kind())) +
                  " for spec sub-string " + Twine(I));
    }
  }
  OS << " (" << Access << ')';
  return Out;
}

//===----------------------------------------------------------------------===//
// .BTF.ext listing.
//===----------------------------------------------------------------------===//

namespace {
template <typename R, typename Fn>
void dumpSubsection(const Spec &S, StringRef Title, const ExtSubsection<R> &Sub,
                    raw_ostream &OS, Fn &&Print) {
  for (const ExtSection<R> &Sec : Sub.Sections) {
    OS << Title << ": section '" << S.string(Sec.SecNameOff) << "' ("
       << Sec.Records.size() << " records)\n";
    for (const R &Rec : Sec.Records) {
      OS << "  insn_off=" << Rec.Insn << ' ';
      Print(Rec);
      OS << '\n';
    }
  }
}
} // namespace

void dumpExt(const Spec &S, const ExtInfo &Ext, raw_ostream &OS) {
  dumpSubsection(S, "func_info", Ext.FuncInfos, OS, [&](const FuncInfo &F) {
    Type T = S.type(F.TypeId);
    OS << "type_id=" << F.TypeId << " (" << kindName(T.kind()) << " '"
       << quotedName(S, T.nameOffset()) << "')";
  });
  dumpSubsection(S, "line_info", Ext.LineInfos, OS, [&](const LineInfo &L) {
    OS << "file='" << S.string(L.FileNameOff) << "' line=" << L.Line
       << " col=" << L.Column << " text='" << S.string(L.LineOff) << '\'';
  });
  dumpSubsection(S, "core_relo", Ext.CoreRelocs, OS, [&](const CoreReloc &C) {
    OS << "CO-RE " << describeCoreReloc(S, C);
  });
}

} // namespace btf
} // namespace corecc
