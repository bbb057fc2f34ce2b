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
//
// Exit status: 0 success, 1 unreadable or malformed input (or a failed
// check), 2 usage error.
//
//===----------------------------------------------------------------------===//

#include "corecc/BTF/BTF.h"
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

namespace {

enum ExitCode { ExitOk = 0, ExitBadInput = 1, ExitUsage = 2 };

const char *const Usage = R"(usage: corecc-btf <command> [options] FILE

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

Common options:
  --base FILE, -B FILE  FILE's BTF is split BTF on this base (the kernel's
                        BTF is the implicit base of /sys/kernel/btf/<module>)
  -h, --help            this help
  --version             version

FILE is a raw BTF file (e.g. /sys/kernel/btf/vmlinux) or an ELF file with a
.BTF section (a BPF object, a vmlinux, a kernel module), of either byte order.

Exit status: 0 success; 1 the input cannot be read or is malformed (or a
roundtrip differs); 2 usage error.
)";

struct Options {
  std::string Command;
  std::string Input;
  std::string Base;
  std::string Output;
  std::string Format = "raw";
  std::string Guard = "__VMLINUX_H__";
  std::string Endian;
  bool NoPragma = false;
  bool LayoutAsserts = false;
  bool FromMemory = false;
  unsigned Runs = 20;
};

int usageError(const Twine &Msg) {
  errs() << "corecc-btf: error: " << Msg << "\n";
  errs() << "Try 'corecc-btf --help' for more information.\n";
  return ExitUsage;
}

int inputError(Error E) {
  errs() << "corecc-btf: error: " << toString(std::move(E)) << "\n";
  return ExitBadInput;
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
      outs() << "corecc-btf (corecc) 0.1.0\n";
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
  if (Positional.size() > 2)
    return usageError("unexpected argument '" + Positional[2] + "'");
  O.Input = Positional[1].str();
  if (O.Format != "raw" && O.Format != "c")
    return usageError("unknown format '" + O.Format + "' (raw or c)");
  if (!O.Endian.empty() && O.Endian != "little" && O.Endian != "big")
    return usageError("unknown byte order '" + O.Endian + "'");
  return std::nullopt;
}

Expected<std::shared_ptr<const Spec>> loadBase(const Options &O) {
  if (O.Base.empty())
    return nullptr;
  Expected<Spec> B = readBTF(O.Base);
  if (!B)
    return B.takeError();
  return std::make_shared<const Spec>(std::move(*B));
}

int writeFile(StringRef Path, ArrayRef<uint8_t> Bytes) {
  std::error_code EC;
  raw_fd_ostream Out(Path, EC, sys::fs::OF_None);
  if (EC) {
    errs() << "corecc-btf: error: " << Path << ": " << EC.message() << "\n";
    return ExitBadInput;
  }
  Out.write(reinterpret_cast<const char *>(Bytes.data()), Bytes.size());
  return ExitOk;
}

int cmdDump(const Options &O, std::shared_ptr<const Spec> Base) {
  Expected<Spec> S = readBTF(O.Input, std::move(Base));
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
  Expected<ObjectBTF> Obj = readObjectBTF(O.Input, std::move(Base));
  if (!Obj)
    return inputError(Obj.takeError());
  if (!Obj->Ext)
    return inputError(
        makeError(ErrorCode::NoBTFSection, O.Input + ": no .BTF.ext section"));
  dumpExt(Obj->Types, *Obj->Ext, outs());
  return ExitOk;
}

int cmdSplit(const Options &O, std::shared_ptr<const Spec> Base) {
  if (!Base)
    return usageError("split needs --base");
  if (O.Output.empty())
    return usageError("split needs -o OUT");
  Expected<Spec> Src = readBTF(O.Input);
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
  Expected<Spec> S = readBTF(O.Input, std::move(Base));
  if (!S)
    return inputError(S.takeError());
  endianness E = O.Endian.empty()    ? S->endianness()
                 : O.Endian == "big" ? endianness::big
                                     : endianness::little;
  return writeFile(O.Output, encodeBTF(*S, E));
}

int cmdRoundtrip(const Options &O, std::shared_ptr<const Spec> Base) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> MB =
      MemoryBuffer::getFile(O.Input, false, false);
  if (!MB)
    return inputError(makeError(ErrorCode::ReadError,
                                O.Input + ": " + MB.getError().message()));
  if (!Base && isKernelModuleBTFPath(O.Input)) {
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
        MemoryBuffer::getFileAsStream(O.Input);
    if (!MB)
      return inputError(makeError(ErrorCode::ReadError,
                                  O.Input + ": " + MB.getError().message()));
    InMemory = std::move(*MB);
  }
  for (unsigned I = 0; I <= O.Runs; ++I) {
    auto Start = Clock::now();
    Expected<Spec> S = InMemory ? readBTF(InMemory->getMemBufferRef(), Base)
                                : readBTF(O.Input, Base);
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
