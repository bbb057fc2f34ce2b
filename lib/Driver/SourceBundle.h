// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- SourceBundle.h - The sources a preprocessed file came from ---------===//
//
// A distributed compile (distcc, icecream) preprocesses on the client and
// compiles the .i on another machine. The .i alone cannot give the object
// a local compile gives: macro expansions have moved every column, the
// files' MD5 sums and the source lines that .BTF.ext quotes are on the
// client, and the compilation directory is the server's. So corecc -E with
// debug information appends, in a comment at the end of the .i, the files
// the preprocessor read, the working directory and the job's cc1
// arguments. A compile of that .i preprocesses the carried files again, in
// memory, with the compile's own options; when that gives back the .i's
// text byte for byte, it compiles them as the client would have (the
// object is the local one), and otherwise it compiles the text (an edited
// .i, other options). docs/build-systems.md has the rules.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_LIB_DRIVER_SOURCEBUNDLE_H
#define CORECC_LIB_DRIVER_SOURCEBUNDLE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/IntrusiveRefCntPtr.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class CompilerInstance;
class CompilerInvocation;
} // namespace clang

namespace llvm::vfs {
class FileSystem;
} // namespace llvm::vfs

namespace corecc {

struct SourceBundle {
  /// The client's working directory: relative names are relative to it.
  std::string WorkingDir;
  /// The preprocessing job's cc1 arguments (without "-cc1").
  std::vector<std::string> CC1Args;
  /// Every file the preprocessor looked up and found, by absolute path.
  std::vector<std::pair<std::string, std::string>> Files;
  /// The .i, and its text before the bundle.
  std::unique_ptr<llvm::MemoryBuffer> Input;
  llvm::StringRef Text;
};

/// Whether a -E job of \p CI can write a bundle: the output has line
/// markers, and the one input is a source file (the driver adds: and the
/// compile would have line information).
bool wantsSourceBundle(const clang::CompilerInstance &CI);

/// After the -E job \p CI (its cc1 arguments \p CC1Args) wrote \p TextPath:
/// writes the text and the bundle to \p OutputPath ("-": standard output;
/// the same path as TextPath: appends).
llvm::Error writeSourceBundle(clang::CompilerInstance &CI,
                              llvm::ArrayRef<std::string> CC1Args,
                              llvm::StringRef TextPath,
                              llvm::StringRef OutputPath);

/// The bundle at the end of the preprocessed file \p Path, if it has one.
llvm::Expected<std::optional<SourceBundle>>
readSourceBundle(llvm::StringRef Path);
/// The same for text in memory; a bundle found takes \p Buf.
llvm::Expected<std::optional<SourceBundle>>
readSourceBundle(std::unique_ptr<llvm::MemoryBuffer> &Buf);
/// A cheap test of the text's end: false means no bundle.
bool mayHaveSourceBundle(llvm::StringRef Text);

/// The bundle's files over the real file system.
llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>
bundleFileSystem(const SourceBundle &B);

/// Makes \p Inv, a compile of the .i, a compile of the bundle's main file
/// with the client's preprocessing options, working directory and debug
/// names (the compilation directory only if \p KeepCompilationDir is
/// false). Its other options stay.
llvm::Error importSourceBundle(clang::CompilerInvocation &Inv,
                               const SourceBundle &B, bool KeepCompilationDir);

/// Whether preprocessing the bundle's files with \p Inv (as made by
/// importSourceBundle) on \p FS gives the .i's text byte for byte.
bool reproducesText(const clang::CompilerInvocation &Inv,
                    llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS,
                    const SourceBundle &B);

} // namespace corecc

#endif
