// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc-btf.cpp - Inspect BTF and .BTF.ext --------------------------===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//
//
// corecc-btf dump [--base FILE] [--format raw|c] FILE
// corecc-btf ext [--base FILE] FILE
// corecc-btf split --base FILE FILE -o OUT
// corecc-btf convert [--base FILE] [--endian little|big] FILE -o OUT
// corecc-btf roundtrip [--base FILE] FILE
// corecc-btf bench-decode [--base FILE] [-n N] [--from-memory] FILE
// corecc-btf relocs [--json] FILE.o...                          (Relocs.cpp)
// corecc-btf check FILE.o... --target BTF [--module BTF]... ... (Check.cpp)
// corecc-btf min FILE.o... --target BTF [--module BTF]... -o OUT (Min.cpp)
// corecc-btf distill SPLIT --base BASE -o OUT                  (Distill.cpp)
// corecc-btf relocate SPLIT --distilled DBASE --base NEWBASE -o OUT
//
// Exit status: 0 success, 1 unreadable or malformed input (or a failed
// roundtrip), 2 usage error, 3 a kernel would reject the object (check,
// min). docs/core-tools.md has the CO-RE commands.
//
//===----------------------------------------------------------------------===//

#include "Common.h"
#include "corecc/BTF/BTF.h"
#include "corecc/Config.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

using namespace llvm;
using namespace corecc::btf;
using namespace corecc::btftool;

namespace {

const char *const Usage = R"USAGE(usage: corecc-btf <command> [options] FILE...

Commands:
  dump FILE             print every type, one per line, as
                        `bpftool btf dump file FILE` does
    --format raw|c      raw (default) or a compilable C header (vmlinux.h)
    --guard NAME        include guard of the C header (__VMLINUX_H__)
    --no-pragma         C header without the preserve_access_index pragma
    --layout-asserts    C header with _Static_asserts of sizes and offsets
  ext FILE              print the .BTF.ext of an object: func_info,
                        line_info and CO-RE relocations per section
  split FILE -o OUT     write FILE's BTF as split BTF on --base (types equal
                        to a base type are dropped), as raw BTF
  convert FILE -o OUT   write FILE's BTF as raw BTF
    --endian little|big byte order of OUT (default: that of FILE)
  roundtrip FILE        decode and re-encode FILE's .BTF (and .BTF.ext);
                        fails unless the bytes are identical
  bench-decode FILE     time reading + decoding FILE (median of -n runs)
    -n N                number of timed runs (default 20)
    --from-memory       read the file once, time only the decoding

CO-RE commands (docs/core-tools.md):
  relocs FILE.o...      every CO-RE relocation: section, relocation index,
                        instruction, program, kind, root type, access string,
                        C path, the value as compiled, libbpf's spec
  check FILE.o... --target BTF...
                        resolve every relocation against each target kernel
                        as libbpf would; print a relocation x kernel matrix
                        (new value, "0 (missing)", "guarded: missing",
                        POISONED, FAILED) and the reasons
    --target [NAME=]BTF a target kernel's BTF: a raw file, an ELF file with
                        .BTF, /sys/kernel/btf/vmlinux, either inside a
                        .tar.xz, .tar or .xz (BTFHub's archives), or a
                        directory (DIR/vmlinux plus every other file as a
                        module); repeatable
    --module BTF        a module of the last --target: split BTF on its
                        vmlinux (raw or .ko); searched only for types
                        vmlinux has no candidate for, as libbpf does
    --prog NAME         relocate only these programs, as if the others had
                        autoload off (repeatable; subprograms always)
    -v, --verbose       also list the candidates tried and libbpf's specs
  min FILE.o... --target BTF [--module BTF]... -o OUT
                        the smallest BTF that resolves every relocation of
                        the objects as the target does (for btf_custom_path
                        on kernels without BTF); fails if one does not
                        resolve
    --keep-going        write OUT even then (the exit status stays 3)
    --prog NAME         only these programs' relocations (repeatable)
  distill SPLIT --base BASE -o OUT [--distilled-out DBASE]
                        split a module's BTF from its base: a distilled base
                        (INT, FLOAT, FWD whole; named structs, unions and
                        enums as sized, memberless types) and a new split
                        BTF on it; OUT is an ELF file with .BTF and
                        .BTF.base, or with --distilled-out two raw files
  relocate SPLIT [--distilled DBASE] --base NEWBASE -o OUT
                        move SPLIT (raw, on DBASE, or an ELF file with .BTF
                        and .BTF.base) onto NEWBASE, matching the distilled
                        types by name, kind and size; writes raw split BTF

Common options:
  --base FILE, -B FILE  FILE's BTF is split BTF on this base (the kernel's
                        BTF is the implicit base of /sys/kernel/btf/<module>,
                        an ELF file's .BTF.base that of its .BTF)
  --json                JSON output (relocs, check, min)
  -h, --help            this help
  --version             version

FILE is a raw BTF file (e.g. /sys/kernel/btf/vmlinux) or an ELF file with a
.BTF section (a BPF object, a vmlinux, a kernel module), of either byte order.

Exit status: 0 success; 1 the input cannot be read or is malformed (or a
roundtrip differs, or relocate finds no unique match); 2 usage error;
3 check: some target would reject an object, min: a relocation does not
resolve.
)USAGE";

} // namespace

int corecc::btftool::usageError(const Twine &Msg) {
  errs() << "corecc-btf: error: " << Msg << "\n";
  errs() << "Try 'corecc-btf --help' for more information.\n";
  return ExitUsage;
}

int corecc::btftool::inputError(Error E) {
  errs() << "corecc-btf: error: " << toString(std::move(E)) << "\n";
  return ExitBadInput;
}

endianness corecc::btftool::outputEndian(const Options &O, endianness Default) {
  return O.Endian.empty()    ? Default
         : O.Endian == "big" ? endianness::big
                             : endianness::little;
}

namespace {

/// Commands that take several inputs.
bool takesManyInputs(StringRef Command) {
  return Command == "relocs" || Command == "check" || Command == "min";
}

/// Parses argv; returns an exit code to stop with, or std::nullopt.
std::optional<int> parseArgs(int Argc, char **Argv, Options &O) {
  SmallVector<StringRef, 8> Positional;
  for (int I = 1; I < Argc; ++I) {
    StringRef A = Argv[I];
    auto Value = [&](std::string &To) -> bool {
      if (I + 1 >= Argc)
        return false;
      To = Argv[++I];
      return true;
    };
    if (A == "-h" || A == "--help" || A == "help") {
      outs() << Usage;
      return ExitOk;
    }
    if (A == "--version") {
      outs() << "corecc-btf (corecc) " << CORECC_VERSION << "\n";
      return ExitOk;
    }
    bool Ok = true;
    if (A == "--base" || A == "-B" || A == "--base-btf")
      Ok = Value(O.Base);
    else if (A.consume_front("--base="))
      O.Base = A.str();
    else if (A == "--format" || A == "-f")
      Ok = Value(O.Format);
    else if (A.consume_front("--format="))
      O.Format = A.str();
    else if (A == "--guard")
      Ok = Value(O.Guard);
    else if (A == "--endian")
      Ok = Value(O.Endian);
    else if (A == "-o")
      Ok = Value(O.Output);
    else if (A == "-n") {
      std::string N;
      Ok = Value(N);
      if (Ok && (!to_integer(N, O.Runs) || O.Runs == 0))
        return usageError("-n needs a positive number, not '" + N + "'");
    } else if (A == "--no-pragma")
      O.NoPragma = true;
    else if (A == "--layout-asserts")
      O.LayoutAsserts = true;
    else if (A == "--from-memory")
      O.FromMemory = true;
    else if (A == "--json")
      O.Json = true;
    else if (A == "-v" || A == "--verbose")
      O.Verbose = true;
    else if (A == "--target" || A == "-t") {
      std::string T;
      Ok = Value(T);
      if (Ok) {
        TargetOption TO;
        StringRef TS = T;
        size_t Eq = TS.find('=');
        if (Eq != StringRef::npos && Eq > 0 &&
            !TS.take_front(Eq).contains('/')) {
          TO.Name = TS.take_front(Eq).str();
          TO.Path = TS.drop_front(Eq + 1).str();
        } else {
          TO.Path = T;
        }
        if (TO.Path.empty())
          return usageError("--target needs a BTF file");
        if (TO.Name.empty())
          TO.Name = TO.Path;
        O.Targets.push_back(std::move(TO));
      }
    } else if (A == "--module" || A == "-m") {
      std::string M;
      Ok = Value(M);
      if (Ok) {
        if (O.Targets.empty())
          return usageError("--module '" + M +
                            "' comes before any --target (a module belongs "
                            "to the --target before it)");
        O.Targets.back().Modules.push_back(M);
      }
    } else if (A == "--prog") {
      std::string P;
      Ok = Value(P);
      if (Ok)
        O.Programs.push_back(P);
    } else if (A == "--distilled")
      Ok = Value(O.Distilled);
    else if (A == "--distilled-out")
      Ok = Value(O.DistilledOut);
    else if (A == "--keep-going")
      O.KeepGoing = true;
    else if (A.starts_with("-") && A.size() > 1)
      return usageError("unknown option '" + A + "'");
    else
      Positional.push_back(A);
    if (!Ok)
      return usageError("option '" + A + "' needs a value");
  }
  if (Positional.empty())
    return usageError("no command given");
  O.Command = Positional[0].str();
  if (Positional.size() < 2)
    return usageError("'" + O.Command + "' needs an input file");
  if (Positional.size() > 2 && !takesManyInputs(O.Command))
    return usageError("unexpected argument '" + Positional[2] + "'");
  for (StringRef P : ArrayRef(Positional).drop_front())
    O.Inputs.push_back(P.str());
  for (size_t I = 0; I < O.Targets.size(); ++I)
    for (size_t J = 0; J < I; ++J)
      if (O.Targets[I].Name == O.Targets[J].Name)
        return usageError("two targets are named '" + O.Targets[I].Name +
                          "' (name them: --target NAME=BTF)");
  if (O.Format != "raw" && O.Format != "c")
    return usageError("unknown format '" + O.Format + "' (raw or c)");
  if (!O.Endian.empty() && O.Endian != "little" && O.Endian != "big")
    return usageError("unknown byte order '" + O.Endian + "'");
  return std::nullopt;
}

Expected<std::shared_ptr<const Spec>> loadBase(const Options &O) {
  if (O.Base.empty() && !O.Inputs.empty() &&
      (O.Command == "dump" || O.Command == "convert")) {
    // The output of `distill`, like a module built with a distilled base,
    // is an ELF file whose .BTF is split BTF on its .BTF.base.
    ErrorOr<std::unique_ptr<MemoryBuffer>> MB =
        MemoryBuffer::getFile(O.Inputs[0], false, false);
    if (MB && !hasBTFMagic(arrayRefFromStringRef((*MB)->getBuffer()))) {
      std::vector<uint8_t> Storage;
      Expected<ArrayRef<uint8_t>> Bytes =
          findBTFBytes((*MB)->getMemBufferRef(), Storage, ".BTF.base");
      if (!Bytes) {
        consumeError(Bytes.takeError());
        return nullptr;
      }
      Expected<Spec> B = decodeBTF(*Bytes);
      if (!B)
        return B.takeError();
      return std::make_shared<const Spec>(std::move(*B));
    }
    return nullptr;
  }
  if (O.Base.empty())
    return nullptr;
  Expected<Spec> B = readBTF(O.Base);
  if (!B)
    return B.takeError();
  return std::make_shared<const Spec>(std::move(*B));
}

} // namespace

int corecc::btftool::writeFile(StringRef Path, ArrayRef<uint8_t> Bytes) {
  std::error_code EC;
  raw_fd_ostream Out(Path, EC, sys::fs::OF_None);
  if (EC) {
    errs() << "corecc-btf: error: " << Path << ": " << EC.message() << "\n";
    return ExitBadInput;
  }
  Out.write(reinterpret_cast<const char *>(Bytes.data()), Bytes.size());
  Out.close();
  if (Out.has_error()) {
    errs() << "corecc-btf: error: " << Path << ": " << Out.error().message()
           << "\n";
    Out.clear_error();
    return ExitBadInput;
  }
  return ExitOk;
}

namespace {

int cmdDump(const Options &O, std::shared_ptr<const Spec> Base) {
  Expected<Spec> S = readBTF(O.Inputs[0], std::move(Base));
  if (!S)
    return inputError(S.takeError());
  if (O.Format == "c") {
    CHeaderOptions CO;
    CO.Guard = O.Guard;
    CO.PreserveAccessIndex = !O.NoPragma;
    CO.LayoutAsserts = O.LayoutAsserts;
    if (Error E = writeCHeader(*S, outs(), CO))
      return inputError(std::move(E));
  } else {
    dumpTypes(*S, outs());
  }
  return ExitOk;
}

int cmdExt(const Options &O, std::shared_ptr<const Spec> Base) {
  Expected<ObjectBTF> Obj = readObjectBTF(O.Inputs[0], std::move(Base));
  if (!Obj)
    return inputError(Obj.takeError());
  if (!Obj->Ext)
    return inputError(makeError(ErrorCode::NoBTFSection,
                                O.Inputs[0] + ": no .BTF.ext section"));
  dumpExt(Obj->Types, *Obj->Ext, outs());
  return ExitOk;
}

int cmdSplit(const Options &O, std::shared_ptr<const Spec> Base) {
  if (!Base)
    return usageError("split needs --base");
  if (O.Output.empty())
    return usageError("split needs -o OUT");
  Expected<Spec> Src = readBTF(O.Inputs[0]);
  if (!Src)
    return inputError(Src.takeError());
  Expected<Spec> Split = splitOnBase(*Src, Base);
  if (!Split)
    return inputError(Split.takeError());
  endianness E = O.Endian.empty()    ? Src->endianness()
                 : O.Endian == "big" ? endianness::big
                                     : endianness::little;
  return writeFile(O.Output, encodeBTF(*Split, E));
}

int cmdConvert(const Options &O, std::shared_ptr<const Spec> Base) {
  if (O.Output.empty())
    return usageError("convert needs -o OUT");
  Expected<Spec> S = readBTF(O.Inputs[0], std::move(Base));
  if (!S)
    return inputError(S.takeError());
  endianness E = O.Endian.empty()    ? S->endianness()
                 : O.Endian == "big" ? endianness::big
                                     : endianness::little;
  return writeFile(O.Output, encodeBTF(*S, E));
}

int cmdRoundtrip(const Options &O, std::shared_ptr<const Spec> Base) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> MB =
      MemoryBuffer::getFile(O.Inputs[0], false, false);
  if (!MB)
    return inputError(makeError(ErrorCode::ReadError,
                                O.Inputs[0] + ": " + MB.getError().message()));
  if (!Base && isKernelModuleBTFPath(O.Inputs[0])) {
    Expected<std::shared_ptr<const Spec>> K = readKernelBTF();
    if (!K)
      return inputError(K.takeError());
    Base = *K;
  }
  std::vector<uint8_t> Storage;
  Expected<ArrayRef<uint8_t>> Bytes =
      findBTFBytes((*MB)->getMemBufferRef(), Storage);
  if (!Bytes)
    return inputError(Bytes.takeError());
  Expected<Spec> S = decodeBTF(*Bytes, Base);
  if (!S)
    return inputError(S.takeError());
  std::vector<uint8_t> Again = encodeBTF(*S);
  bool Same = ArrayRef<uint8_t>(Again) == *Bytes;
  outs() << ".BTF: " << S->ownTypeCount() << " types, " << Bytes->size()
         << " bytes, "
         << (S->endianness() == endianness::little ? "little" : "big")
         << " endian: " << (Same ? "identical" : "DIFFERENT") << "\n";
  if (!Same) {
    size_t I = 0;
    while (I < Again.size() && I < Bytes->size() && Again[I] == (*Bytes)[I])
      ++I;
    errs() << "corecc-btf: error: re-encoded .BTF differs at byte " << I << " ("
           << Again.size() << " vs " << Bytes->size() << " bytes)\n";
    return ExitBadInput;
  }

  std::vector<uint8_t> ExtStorage;
  Expected<ArrayRef<uint8_t>> ExtBytes =
      findBTFBytes((*MB)->getMemBufferRef(), ExtStorage, ".BTF.ext");
  if (!ExtBytes) {
    // No .BTF.ext (raw files, kernels) is fine.
    if (errorCodeOf(ExtBytes.takeError()) == ErrorCode::NoBTFSection ||
        hasBTFMagic(arrayRefFromStringRef((*MB)->getBuffer())))
      return ExitOk;
    return ExitBadInput;
  }
  if (hasBTFMagic(arrayRefFromStringRef((*MB)->getBuffer())))
    return ExitOk; // A raw file: findBTFBytes gave the whole file again.
  Expected<ExtInfo> Ext = decodeExt(*ExtBytes, *S);
  if (!Ext)
    return inputError(Ext.takeError());
  std::vector<uint8_t> ExtAgain = encodeExt(*Ext, S->endianness());
  bool ExtSame = ArrayRef<uint8_t>(ExtAgain) == *ExtBytes;
  outs() << ".BTF.ext: " << Ext->FuncInfos.recordCount() << " func_info, "
         << Ext->LineInfos.recordCount() << " line_info, "
         << Ext->CoreRelocs.recordCount() << " core_relo, " << ExtBytes->size()
         << " bytes: " << (ExtSame ? "identical" : "DIFFERENT") << "\n";
  return ExtSame ? ExitOk : ExitBadInput;
}

int cmdBenchDecode(const Options &O, std::shared_ptr<const Spec> Base) {
  using Clock = std::chrono::steady_clock;
  std::vector<double> Ms;
  uint32_t Types = 0;
  std::unique_ptr<MemoryBuffer> InMemory;
  if (O.FromMemory) {
    ErrorOr<std::unique_ptr<MemoryBuffer>> MB =
        MemoryBuffer::getFileAsStream(O.Inputs[0]);
    if (!MB)
      return inputError(makeError(
          ErrorCode::ReadError, O.Inputs[0] + ": " + MB.getError().message()));
    InMemory = std::move(*MB);
  }
  for (unsigned I = 0; I <= O.Runs; ++I) {
    auto Start = Clock::now();
    Expected<Spec> S = InMemory ? readBTF(InMemory->getMemBufferRef(), Base)
                                : readBTF(O.Inputs[0], Base);
    auto End = Clock::now();
    if (!S)
      return inputError(S.takeError());
    Types = S->ownTypeCount();
    if (I > 0) // The first run warms the page cache and is not counted.
      Ms.push_back(
          std::chrono::duration<double, std::milli>(End - Start).count());
  }
  std::sort(Ms.begin(), Ms.end());
  double Median = Ms.size() % 2
                      ? Ms[Ms.size() / 2]
                      : (Ms[Ms.size() / 2 - 1] + Ms[Ms.size() / 2]) / 2;
  outs() << format("decoder=corecc median_ms=%.3f min_ms=%.3f max_ms=%.3f "
                   "runs=%zu types=%u\n",
                   Median, Ms.front(), Ms.back(), Ms.size(), Types);
  return ExitOk;
}

} // namespace

int main(int Argc, char **Argv) {
  Options O;
  if (std::optional<int> Stop = parseArgs(Argc, Argv, O))
    return *Stop;
  using Handler = int (*)(const Options &, std::shared_ptr<const Spec>);
  Handler H = StringSwitch<Handler>(O.Command)
                  .Case("dump", cmdDump)
                  .Case("ext", cmdExt)
                  .Case("split", cmdSplit)
                  .Case("convert", cmdConvert)
                  .Case("roundtrip", cmdRoundtrip)
                  .Case("bench-decode", cmdBenchDecode)
                  .Case("relocs", cmdRelocs)
                  .Case("check", cmdCheck)
                  .Case("min", cmdMin)
                  .Case("distill", cmdDistill)
                  .Case("relocate", cmdRelocate)
                  .Default(nullptr);
  if (!H)
    return usageError("unknown command '" + O.Command + "'");
  Expected<std::shared_ptr<const Spec>> Base = loadBase(O);
  if (!Base)
    return inputError(Base.takeError());
  int RC = H(O, std::move(*Base));
  outs().flush();
  if (outs().has_error()) {
    outs().clear_error();
    errs() << "corecc-btf: error: cannot write the output\n";
    return ExitBadInput;
  }
  return RC;
}
