// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Types.cpp - BTF kinds ----------------------------------------------===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//

#include "corecc/BTF/Types.h"

using namespace llvm;

namespace corecc {
namespace btf {

// Keep the layout table in step with the wire structs LLVM defines.
static_assert(llvm::BTF::BTFMemberSize == 3 * 4, "member layout");
static_assert(llvm::BTF::BTFEnumSize == 2 * 4, "enum layout");
static_assert(llvm::BTF::BTFEnum64Size == 3 * 4, "enum64 layout");
static_assert(llvm::BTF::BTFParamSize == 2 * 4, "param layout");
static_assert(llvm::BTF::BTFArraySize == 3 * 4, "array layout");
static_assert(llvm::BTF::BTFDataSecVarSize == 3 * 4, "datasec layout");
static_assert(llvm::BTF::CommonTypeSize == 3 * 4, "common header layout");

StringRef kindName(Kind K) {
  switch (K) {
  case Kind::Unknown:
    return "UNKNOWN";
  case Kind::Int:
    return "INT";
  case Kind::Ptr:
    return "PTR";
  case Kind::Array:
    return "ARRAY";
  case Kind::Struct:
    return "STRUCT";
  case Kind::Union:
    return "UNION";
  case Kind::Enum:
    return "ENUM";
  case Kind::Fwd:
    return "FWD";
  case Kind::Typedef:
    return "TYPEDEF";
  case Kind::Volatile:
    return "VOLATILE";
  case Kind::Const:
    return "CONST";
  case Kind::Restrict:
    return "RESTRICT";
  case Kind::Func:
    return "FUNC";
  case Kind::FuncProto:
    return "FUNC_PROTO";
  case Kind::Var:
    return "VAR";
  case Kind::Datasec:
    return "DATASEC";
  case Kind::Float:
    return "FLOAT";
  case Kind::DeclTag:
    return "DECL_TAG";
  case Kind::TypeTag:
    return "TYPE_TAG";
  case Kind::Enum64:
    return "ENUM64";
  }
  return "UNKNOWN";
}

} // namespace btf
} // namespace corecc
