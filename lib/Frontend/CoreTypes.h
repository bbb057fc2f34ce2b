// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreTypes.h - What the checks call a CO-RE type ----------*- C++ -*-===//
//
// The questions every check asks about a type or a source location:
//
//   - is this record a CO-RE type (preserve_access_index, written on it or
//     applied by `#pragma clang attribute`, e.g. vmlinux.h's);
//   - is its layout fixed by a wire format or the BPF UAPI (ethhdr, iphdr,
//     __sk_buff...), so that this compile's sizes and bit positions are the
//     kernel's whatever the kernel (vmlinux.h marks these CO-RE too);
//   - would libbpf find the type a relocation is rooted at by name;
//   - was this token written by the user or inside one of libbpf's CO-RE
//     macros (bpf_core_read.h), whose internals are the portable forms the
//     checks recommend.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_LIB_FRONTEND_CORETYPES_H
#define CORECC_LIB_FRONTEND_CORETYPES_H

#include "clang/AST/Type.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace clang {
class ASTContext;
class Expr;
class RecordDecl;
class SourceManager;
class LangOptions;
} // namespace clang

namespace corecc {
namespace plugin {

/// Whether RD (its definition, when there is one) has preserve_access_index.
bool isCoreRecord(const clang::RecordDecl *RD);

/// The record T names after sugar and arrays (struct s[4] -> struct s), or
/// null.
const clang::RecordDecl *recordOf(const clang::ASTContext &Ctx,
                                  clang::QualType T);

/// Whether RD's layout is the same on every kernel: network headers and the
/// BPF UAPI's context and helper types. The checks about sizes, offsets,
/// bitfields and copies leave these alone.
bool hasStableLayout(const clang::RecordDecl *RD);

/// The anonymous struct, union or enum a relocation rooted at type T would
/// name, or null when T names a type libbpf can find: a tag with a name, or
/// a typedef (clang roots the relocation at the typedef then). Qualifiers,
/// typeof and parentheses are looked through, as clang's debug types do.
const clang::TagDecl *anonymousRoot(clang::QualType T);

/// Whether Loc was spelled inside one of libbpf's CO-RE macros
/// (bpf_core_read.h): BPF_CORE_READ's sizeof(*(dst)), its __r copy, and so
/// on are what the checks recommend, not what they look for.
bool isInCoreMacro(const clang::SourceManager &SM, clang::SourceLocation Loc);

/// Whether E (an lvalue) is storage of this program: a variable, a compound
/// literal, a member of a record that is not CO-RE (an event, a map value),
/// or a member or array element of one of these; not a CO-RE object reached
/// through a pointer.
bool isOwnStorage(const clang::Expr *E);

/// The text of R as written in the file, or "" when R is not one piece of
/// one file (split across macro arguments, say).
std::string sourceText(const clang::SourceManager &SM,
                       const clang::LangOptions &LO, clang::SourceRange R);

/// R as a range of the file that a fix-it can replace, or an invalid range.
clang::CharSourceRange fileRange(const clang::SourceManager &SM,
                                 const clang::LangOptions &LO,
                                 clang::SourceRange R);

} // namespace plugin
} // namespace corecc

#endif
