// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/BTF/BTF.h - The BTF library, all of it -----------*- C++ -*-===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Convenience header: everything of the BTF library.
///
///   Error.h    BTFError and its ErrorCode
///   Types.h    Kind, Member/Param/EnumValue/VarSecInfo, the Type view
///   Spec.h     Spec: types + strings, builder, fix-ups, lookups, split BTF
///   Sink.h     BTFSink (encoder output) and ByteSink
///   Codec.h    encodeBTF / decodeBTF
///   Ext.h      .BTF.ext model, encodeExt / decodeExt
///   Reader.h   raw files, ELF .BTF/.BTF.ext, /sys/kernel/btf
///   Dedup.h    dedup, splitOnBase
///   Format.h   bpftool one-line form, .BTF.ext listing
///   CHeader.h  vmlinux.h-style C header
///
//===----------------------------------------------------------------------===//

#ifndef CORECC_BTF_BTF_H
#define CORECC_BTF_BTF_H

#include "corecc/BTF/CHeader.h"
#include "corecc/BTF/Codec.h"
#include "corecc/BTF/Dedup.h"
#include "corecc/BTF/Error.h"
#include "corecc/BTF/Ext.h"
#include "corecc/BTF/Format.h"
#include "corecc/BTF/Reader.h"
#include "corecc/BTF/Sink.h"
#include "corecc/BTF/Spec.h"
#include "corecc/BTF/Types.h"

#endif // CORECC_BTF_BTF_H
