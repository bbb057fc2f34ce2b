// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- RelocKind.cpp - CO-RE relocation kinds -----------------------------===//

#include "corecc/CORE/RelocKind.h"

using namespace llvm;

StringRef corecc::core::relocKindName(uint32_t Kind) {
  // The names llvm-objdump-19 and libbpf's debug log use.
  switch (Kind) {
  case BTF::FIELD_BYTE_OFFSET:
    return "byte_off";
  case BTF::FIELD_BYTE_SIZE:
    return "byte_sz";
  case BTF::FIELD_EXISTENCE:
    return "field_exists";
  case BTF::FIELD_SIGNEDNESS:
    return "signed";
  case BTF::FIELD_LSHIFT_U64:
    return "lshift_u64";
  case BTF::FIELD_RSHIFT_U64:
    return "rshift_u64";
  case BTF::BTF_TYPE_ID_LOCAL:
    return "local_type_id";
  case BTF::BTF_TYPE_ID_REMOTE:
    return "target_type_id";
  case BTF::TYPE_EXISTENCE:
    return "type_exists";
  case BTF::TYPE_SIZE:
    return "type_size";
  case BTF::ENUM_VALUE_EXISTENCE:
    return "enumval_exists";
  case BTF::ENUM_VALUE:
    return "enumval_value";
  case BTF::TYPE_MATCH:
    return "type_matches";
  default:
    return "unknown";
  }
}
