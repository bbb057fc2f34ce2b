// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFBTFEmitter.cpp - .BTF and .BTF.ext emission -----------------===//
//
// What libbpf and the kernel need from the compiler, built from the
// module's debug information and encoded by corecc's BTF library:
//
//   .BTF      every type reachable from the program's functions, global
//             variables and maps; a FUNC per function (static, global or
//             extern linkage); a VAR per global variable and a DATASEC per
//             data section (.data, .bss, .rodata, .maps, .kconfig, .ksyms,
//             custom .data.*/.rodata.*).
//   .BTF.ext  per code section: func_info (where each function starts),
//             line_info (instruction -> file, line, column, source text),
//             and CO-RE relocations.
//
// Instruction offsets in .BTF.ext are references to labels placed while
// the code is emitted; the assembler turns them into section offsets (with
// R_BPF_64_NODYLD32 relocations, as libbpf expects).
//
// DATASEC sizes and variable offsets are label differences the assembler
// resolves ("var - .Lsection_begin"), so they are exact in the object, where
// clang leaves zeroes for libbpf to fill in. libbpf keeps non-zero values.
//
//===----------------------------------------------------------------------===//

#include "CoreBPFBTFEmitter.h"
#include "CoreBPFDiagnostics.h"
#include "CoreBPFTargetMachine.h"
#include "corecc/BTF/Codec.h"
#include "corecc/BTF/Dedup.h"
#include "corecc/BTF/Sink.h"
#include "corecc/TimeReport.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/CodeGen/AsmPrinter.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/MCContext.h"
#include "llvm/MC/MCExpr.h"
#include "llvm/MC/MCSectionELF.h"
#include "llvm/MC/MCStreamer.h"
#include "llvm/Pass.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Timer.h"
#include "llvm/Target/TargetLoweringObjectFile.h"
#include "llvm/Target/TargetMachine.h"

using namespace llvm;
using namespace corecc;

namespace {

/// Feeds the BTF encoders into the assembler: one directive per field with
/// the encoder's comment (visible in -S output), label references for
/// instruction offsets, and expressions where the value is only known after
/// layout (patched by byte position in the stream).
class StreamerSink : public btf::BTFSink {
  MCStreamer &OS;
  ArrayRef<MCSymbol *> Labels;
  const DenseMap<uint64_t, const MCExpr *> *Patches;
  uint64_t Pos = 0;

  void comment(const Twine &C) {
    if (!C.isTriviallyEmpty())
      OS.AddComment(C);
  }

public:
  StreamerSink(MCStreamer &OS, ArrayRef<MCSymbol *> Labels,
               const DenseMap<uint64_t, const MCExpr *> *Patches = nullptr)
      : OS(OS), Labels(Labels), Patches(Patches) {}

  void u8(uint8_t V, const Twine &C) override {
    comment(C);
    OS.emitInt8(V);
    Pos += 1;
  }
  void u16(uint16_t V, const Twine &C) override {
    comment(C);
    OS.emitInt16(V);
    Pos += 2;
  }
  void u32(uint32_t V, const Twine &C) override {
    comment(C);
    if (Patches) {
      auto It = Patches->find(Pos);
      if (It != Patches->end()) {
        OS.emitValue(It->second, 4);
        Pos += 4;
        return;
      }
    }
    OS.emitInt32(V);
    Pos += 4;
  }
  void string(StringRef S, const Twine &C) override {
    comment(C);
    OS.emitBytes(S);
    OS.emitInt8(0);
    Pos += S.size() + 1;
  }
  void insnOffset(uint64_t Ref, const Twine &C) override {
    comment(C);
    OS.emitSymbolValue(Labels[Ref], 4);
    Pos += 4;
  }
};

bool isExternSection(StringRef Name) {
  return Name == ".kconfig" || Name == ".ksyms";
}

/// Whether a global gets a VAR: variables with debug information and a
/// symbol libbpf can find them by (the linkages clang-19 describes). Not
/// string literals (private ".str", which recent Clang gives debug
/// information) or LLVM's own globals.
bool describedByBTF(const GlobalVariable &G) {
  if (G.getName().starts_with("llvm."))
    return false;
  switch (G.getLinkage()) {
  case GlobalValue::InternalLinkage:
  case GlobalValue::ExternalLinkage:
  case GlobalValue::WeakAnyLinkage:
  case GlobalValue::WeakODRLinkage:
  case GlobalValue::ExternalWeakLinkage:
    break;
  default:
    return false;
  }
  SmallVector<DIGlobalVariableExpression *, 1> GVEs;
  G.getDebugInfo(GVEs);
  return !GVEs.empty();
}

} // namespace

CoreBPFBTFEmitter::CoreBPFBTFEmitter(AsmPrinter &AP) : AP(AP), Builder(Types) {
  Types.setEndianness(AP.getDataLayout().isLittleEndian() ? endianness::little
                                                          : endianness::big);
  Types.setPointerSize(8);
}

CoreBPFBTFEmitter::~CoreBPFBTFEmitter() = default;

bool CoreBPFBTFEmitter::wanted(const Module &M) {
  if (auto *Flag =
          mdconst::extract_or_null<ConstantInt>(M.getModuleFlag("corecc.btf")))
    return !Flag->isZero();
  return !M.debug_compile_units().empty();
}

uint64_t CoreBPFBTFEmitter::newInsnLabel(MCSymbol *Sym) {
  InsnLabels.push_back(Sym);
  return InsnLabels.size() - 1;
}

CoreBPFBTFEmitter::DataSection &CoreBPFBTFEmitter::section(StringRef Name) {
  auto [It, New] = SectionIndex.try_emplace(Name, Sections.size());
  if (New) {
    Sections.push_back({});
    Sections.back().Name = Name.str();
    Sections.back().Extern = isExternSection(Name);
  }
  return Sections[It->second];
}

/// Places a label at the start of every data section the module defines
/// variables in, before any variable is emitted.
void CoreBPFBTFEmitter::beginModule(Module *Mod) {
  M = Mod;
  MCStreamer &OS = *AP.OutStreamer;
  const TargetLoweringObjectFile &TLOF = AP.getObjFileLowering();
  MCSection *Saved = OS.getCurrentSectionOnly();
  for (const GlobalVariable &G : M->globals()) {
    if (G.isDeclaration() || !describedByBTF(G))
      continue;
    auto *Sec = dyn_cast<MCSectionELF>(TLOF.SectionForGlobal(&G, AP.TM));
    if (!Sec)
      continue;
    DataSection &DS = section(Sec->getName());
    if (DS.Begin)
      continue;
    DS.Begin = AP.OutContext.createTempSymbol("btf_sec_begin");
    DS.Section = Sec;
    OS.switchSection(Sec);
    OS.emitLabel(DS.Begin);
  }
  if (Saved)
    OS.switchSection(Saved);
}

void CoreBPFBTFEmitter::beginFunction(const MachineFunction *MF) {
  const Function &F = MF->getFunction();
  const DISubprogram *SP = F.getSubprogram();
  LastLine = {};
  InFunction = SP != nullptr;
  if (!SP)
    return;

  // Parameter names from the code, for what the subprogram lacks.
  for (const MachineBasicBlock &MBB : *MF)
    for (const MachineInstr &MI : MBB)
      if (MI.isDebugValue())
        Builder.noteArgument(SP, MI.getDebugVariable());
  for (const auto &VI : MF->getVariableDbgInfo())
    Builder.noteArgument(SP, VI.Var);

  btf::FuncLinkage Linkage =
      F.hasLocalLinkage() ? btf::FuncLinkage::Static : btf::FuncLinkage::Global;
  uint32_t FuncId = Builder.funcId(SP, Linkage);

  MCStreamer &OS = *AP.OutStreamer;
  auto *Sec = cast<MCSectionELF>(OS.getCurrentSectionOnly());
  CurSecNameOff = Types.addString(Sec->getName());

  MCSymbol *Begin = AP.OutContext.createTempSymbol("btf_func");
  OS.emitLabel(Begin);
  uint64_t Ref = newInsnLabel(Begin);
  Ext.FuncInfos.section(CurSecNameOff).Records.push_back({Ref, FuncId});

  // The kernel wants a line_info at the start of every function: the first
  // instruction's location, or else the line of the declaration, column 0.
  LastLine = {SP->getFile(), SP->getLine(), 0};
  PendingLabel = Begin;
  PendingLine = LastLine;
}

void CoreBPFBTFEmitter::endFunction(const MachineFunction *MF) {
  flushLineInfo();
}

/// Writes the line_info record waiting for its instruction. Only then are
/// its strings added: a function's declaration line that the first
/// instruction's location replaced leaves nothing behind in .BTF.
void CoreBPFBTFEmitter::flushLineInfo() {
  if (!PendingLabel)
    return;
  addLineInfo(PendingLabel, PendingLine.File, PendingLine.Line,
              PendingLine.Column);
  PendingLabel = nullptr;
}

void CoreBPFBTFEmitter::beginInstruction(const MachineInstr *MI) {
  // A new instruction: the relocation label of the previous one is not
  // its label, even if MI has the address a freed instruction had.
  LastRelocMI = nullptr;
  if (!InFunction)
    return;
  // MI is emitted right after this: the pending record is MI's.
  auto Flush = make_scope_exit([&] { flushLineInfo(); });
  const DebugLoc &DL = MI->getDebugLoc();
  if (!DL || DL.getLine() == 0)
    return;
  auto *Scope = cast<DIScope>(DL.getScope());
  LineKey Key{Scope->getFile(), DL.getLine(), DL.getCol()};
  if (Key == LastLine)
    return;
  LastLine = Key;
  // The kernel wants strictly increasing offsets: a location for the
  // instruction a record already waits for (the function's first) replaces
  // that record's.
  if (!PendingLabel) {
    PendingLabel = AP.OutContext.createTempSymbol("btf_line");
    AP.OutStreamer->emitLabel(PendingLabel);
  }
  PendingLine = Key;
}

MCOperand CoreBPFBTFEmitter::coreRelocOperand(const MachineInstr *MI,
                                              const core::IRReloc &R) {
  uint32_t Kind = R.Kind & ~core::IRRelocValueOnly;
  if (!(R.Kind & core::IRRelocValueOnly) && InFunction) {
    if (LastRelocMI != MI) {
      LastRelocMI = MI;
      LastRelocLabel = AP.OutContext.createTempSymbol("core_reloc");
      AP.OutStreamer->emitLabel(LastRelocLabel);
    }
    btf::CoreReloc Rec;
    Rec.Insn = newInsnLabel(LastRelocLabel);
    Rec.TypeId = Builder.typeId(R.Root);
    Rec.AccessStrOff = Types.addString(R.Access);
    Rec.Kind = Kind;
    Ext.CoreRelocs.section(CurSecNameOff).Records.push_back(Rec);
  }
  if (Kind == BTF::BTF_TYPE_ID_LOCAL || Kind == BTF::BTF_TYPE_ID_REMOTE) {
    Builder.typeId(R.Root);
    MCSymbol *&Sym = TypeIdSymbols[R.Root];
    if (!Sym)
      Sym = AP.OutContext.createTempSymbol("btf_type_id");
    return MCOperand::createExpr(MCSymbolRefExpr::create(Sym, AP.OutContext));
  }
  return MCOperand::createImm(static_cast<int64_t>(R.Value));
}

void CoreBPFBTFEmitter::addLineInfo(MCSymbol *Label, const DIFile *File,
                                    unsigned Line, unsigned Column) {
  btf::LineInfo LI;
  LI.Insn = newInsnLabel(Label);
  SmallString<256> Path;
  if (File) {
    Path = File->getFilename();
    if (!sys::path::is_absolute(Path) && !File->getDirectory().empty()) {
      Path = File->getDirectory();
      sys::path::append(Path, File->getFilename());
    }
  }
  LI.FileNameOff = Types.addString(Path);
  LI.LineOff = Types.addString(lineText(File, Line));
  // The wire format has 22 bits of line and 10 of column.
  LI.Line = std::min(Line, (1u << 22) - 1);
  LI.Column = std::min(Column, (1u << 10) - 1);
  Ext.LineInfos.section(CurSecNameOff).Records.push_back(LI);
}

StringRef CoreBPFBTFEmitter::lineText(const DIFile *File, unsigned Line) {
  if (!File || !Line)
    return "";
  auto [It, New] = FileLines.try_emplace(File);
  std::vector<std::string> &Lines = It->second;
  if (New) {
    std::unique_ptr<MemoryBuffer> Buf;
    StringRef Text = corebpf::sourceTextOf(
        File, static_cast<const CoreBPFTargetMachine &>(AP.TM).sourceFS(), Buf);
    SmallVector<StringRef, 0> Split;
    Text.split(Split, '\n');
    for (StringRef L : Split)
      Lines.push_back(L.rtrim("\r").str());
  }
  if (Line > Lines.size())
    return "";
  return Lines[Line - 1];
}

void CoreBPFBTFEmitter::collectGlobals() {
  const TargetLoweringObjectFile &TLOF = AP.getObjFileLowering();
  const DataLayout &DL = M->getDataLayout();
  for (const GlobalVariable &G : M->globals()) {
    if (!describedByBTF(G))
      continue;
    SmallVector<DIGlobalVariableExpression *, 1> GVEs;
    G.getDebugInfo(GVEs);
    const DIGlobalVariable *DIGV = GVEs.front()->getVariable();

    StringRef SecName;
    btf::VarLinkage Linkage;
    if (G.isDeclaration()) {
      // Externs are variables libbpf provides (.kconfig), resolves against
      // the kernel (.ksyms), or that the static linker (bpftool gen object)
      // resolves against another object: those have no section, but the
      // linker needs their VAR to match types.
      Linkage = btf::VarLinkage::Extern;
      if (!G.hasSection()) {
        Builder.varId(DIGV, G.getName(), Linkage);
        continue;
      }
      SecName = G.getSection();
    } else {
      auto *Sec = dyn_cast<MCSectionELF>(TLOF.SectionForGlobal(&G, AP.TM));
      if (!Sec)
        continue;
      SecName = Sec->getName();
      Linkage = G.hasLocalLinkage() ? btf::VarLinkage::Static
                                    : btf::VarLinkage::Global;
    }
    if (SecName.starts_with(".maps"))
      Builder.mapDefTypeId(DIGV->getType());
    uint32_t VarId = Builder.varId(DIGV, G.getName(), Linkage);
    uint32_t Size =
        static_cast<uint32_t>(DL.getTypeAllocSize(G.getValueType()));
    DataSection &DS = section(SecName);
    DS.Entries.push_back(
        {VarId, G.isDeclaration() ? nullptr : AP.getSymbol(&G), Size});
  }
}

/// Extern functions the program calls: kfuncs in .ksyms (FUNC, extern
/// linkage, listed in the .ksyms DATASEC).
void CoreBPFBTFEmitter::collectExternFunctions() {
  for (const Function &F : *M) {
    if (!F.isDeclaration() || F.isIntrinsic() || F.use_empty())
      continue;
    const DISubprogram *SP = F.getSubprogram();
    if (!SP)
      continue;
    uint32_t FuncId = Builder.funcId(SP, btf::FuncLinkage::Extern);
    if (F.hasSection())
      section(F.getSection()).Entries.push_back({FuncId, nullptr, 0});
  }
}

void CoreBPFBTFEmitter::endModule() {
  // Inside code generation's line of corecc's -ftime-report table.
  NamedRegionTimer T("btf", "(in code generation) .BTF and .BTF.ext",
                     TimeReportGroup, TimeReportTitle, TimePassesIsEnabled);
  MCStreamer &OS = *AP.OutStreamer;
  MCContext &Ctx = AP.OutContext;

  collectGlobals();
  collectExternFunctions();
  // Every type is in: pruned member pointers get their records or FWDs.
  Builder.finish();

  // Close the defined data sections: the end label gives their size.
  for (DataSection &DS : Sections) {
    if (DS.Extern || !DS.Begin)
      continue;
    DS.End = Ctx.createTempSymbol("btf_sec_end");
    OS.switchSection(DS.Section);
    OS.emitLabel(DS.End);
  }

  // DATASECs, ordered by name as clang does.
  std::vector<DataSection *> Ordered;
  for (DataSection &DS : Sections)
    if (!DS.Entries.empty())
      Ordered.push_back(&DS);
  llvm::sort(Ordered, [](const DataSection *A, const DataSection *B) {
    return A->Name < B->Name;
  });
  SmallVector<std::pair<uint32_t, DataSection *>, 8> Datasecs;
  for (DataSection *DS : Ordered) {
    SmallVector<btf::VarSecInfo, 16> Infos;
    for (const DataSection::Entry &E : DS->Entries)
      Infos.push_back({E.TypeId, 0, E.Size});
    Datasecs.push_back({Types.addDatasec(DS->Name, 0, Infos), DS});
  }

  // Equivalent types collapse to one id; remap every id we hold.
  btf::DedupResult D = btf::dedup(Types);
  auto Remap = [&](uint32_t &Id) {
    if (Id < D.Remap.size())
      Id = D.Remap[Id];
  };
  for (auto &Sec : Ext.FuncInfos.Sections)
    for (btf::FuncInfo &FI : Sec.Records)
      Remap(FI.TypeId);
  for (auto &Sec : Ext.CoreRelocs.Sections)
    for (btf::CoreReloc &R : Sec.Records)
      Remap(R.TypeId);
  for (auto &[Id, DS] : Datasecs)
    Remap(Id);
  // The type ids that instructions carry, in the order the symbols were
  // made (not the map's, which follows pointer values: -S output would
  // differ from run to run).
  std::vector<std::pair<MCSymbol *, const DIType *>> IdSyms;
  for (auto &[Ty, Sym] : TypeIdSymbols)
    IdSyms.push_back({Sym, Ty});
  llvm::sort(IdSyms, [](const auto &A, const auto &B) {
    StringRef NA = A.first->getName(), NB = B.first->getName();
    return NA.size() != NB.size() ? NA.size() < NB.size() : NA < NB;
  });
  for (auto &[Sym, Ty] : IdSyms) {
    uint32_t Id = Builder.typeId(Ty);
    Remap(Id);
    OS.emitAssignment(Sym, MCConstantExpr::create(Id, Ctx));
  }

  // Byte positions of the DATASEC fields the assembler fills in.
  DenseMap<uint32_t, uint64_t> TypePos;
  uint64_t Pos = BTF::HeaderSize;
  for (uint32_t Id : Types.ownIds()) {
    TypePos[Id] = Pos;
    Pos += 4 * Types.type(Id).wordCount();
  }
  DenseMap<uint64_t, const MCExpr *> Patches;
  for (auto &[Id, DS] : Datasecs) {
    if (DS->Extern || !DS->Begin)
      continue;
    uint64_t At = TypePos[Id];
    const MCExpr *Begin = MCSymbolRefExpr::create(DS->Begin, Ctx);
    Patches[At + 8] = MCBinaryExpr::createSub(
        MCSymbolRefExpr::create(DS->End, Ctx), Begin, Ctx);
    for (unsigned I = 0; I < DS->Entries.size(); ++I) {
      const MCSymbol *Sym = DS->Entries[I].Sym;
      if (!Sym)
        continue;
      Patches[At + 12 + 12 * I + 4] = MCBinaryExpr::createSub(
          MCSymbolRefExpr::create(Sym, Ctx), Begin, Ctx);
    }
  }

  OS.switchSection(Ctx.getELFSection(".BTF", ELF::SHT_PROGBITS, 0));
  OS.emitValueToAlignment(Align(4));
  StreamerSink TypeSink(OS, InsnLabels, &Patches);
  btf::encodeBTF(Types, TypeSink);

  if (!Ext.empty()) {
    OS.switchSection(Ctx.getELFSection(".BTF.ext", ELF::SHT_PROGBITS, 0));
    OS.emitValueToAlignment(Align(4));
    StreamerSink ExtSink(OS, InsnLabels);
    btf::encodeExt(Ext, ExtSink);
  }
}
