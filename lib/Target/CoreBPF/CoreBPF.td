// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPF.td - CoreBPF target description -------------*- tablegen -*-===//
//
// Top of the CoreBPF target: pulls in the register, calling-convention and
// instruction descriptions and declares the CPU versions.
//
// The BPF ISA grows by "cpu versions". Each is a named processor here and a
// set of features:
//   v1  64-bit ALU and JMP, LD/ST/LDX/STX, LD_IMM64, atomic add (no fetch)
//   v2  + JLT/JLE/JSLT/JSLE
//   v3  + ALU32 with 32-bit subregisters, JMP32, atomic fetch ops, xchg,
//         cmpxchg
//   v4  + sign-extending loads, MOVSX, signed div/mod, BSWAP, GOTOL
// corecc's default is v3 (kernels >= 5.1 run it); clang-19's is v1.
//
//===----------------------------------------------------------------------===//

include "llvm/Target/Target.td"
include "llvm/TableGen/SearchableTable.td"

//===----------------------------------------------------------------------===//
// Features
//===----------------------------------------------------------------------===//

def FeatureJmpExt : SubtargetFeature<"jmp-ext", "HasJmpExt", "true",
    "Conditional jumps on less-than (JLT, JLE, JSLT, JSLE)">;
def FeatureALU32 : SubtargetFeature<"alu32", "HasALU32", "true",
    "32-bit ALU and JMP32 instructions on 32-bit subregisters">;
def FeatureAtomicFetch : SubtargetFeature<"atomic-fetch", "HasAtomicFetch",
    "true", "Atomic fetch-and-op, xchg and cmpxchg">;
def FeatureCPUv4 : SubtargetFeature<"cpuv4", "HasCPUv4", "true",
    "Sign-extending loads and moves, signed div/mod, bswap, gotol">;

def HasJmpExt : Predicate<"Subtarget->hasJmpExt()">;
def NoJmpExt : Predicate<"!Subtarget->hasJmpExt()">;
def HasALU32 : Predicate<"Subtarget->hasALU32()">;
def NoALU32 : Predicate<"!Subtarget->hasALU32()">;
def HasAtomicFetch : Predicate<"Subtarget->hasAtomicFetch()">;
def NoAtomicFetch : Predicate<"!Subtarget->hasAtomicFetch()">;
def HasCPUv4 : Predicate<"Subtarget->hasCPUv4()">;
def NoCPUv4 : Predicate<"!Subtarget->hasCPUv4()">;
def IsLittleEndian : Predicate<"Subtarget->isLittleEndian()">;
def IsBigEndian : Predicate<"!Subtarget->isLittleEndian()">;

//===----------------------------------------------------------------------===//
// Descriptions
//===----------------------------------------------------------------------===//

include "CoreBPFRegisterInfo.td"
include "CoreBPFCallingConv.td"
include "CoreBPFInstrInfo.td"

def CoreBPFInstrInfo : InstrInfo;

//===----------------------------------------------------------------------===//
// Processors
//===----------------------------------------------------------------------===//

// Atomic fetch-and-op, xchg and cmpxchg at every cpu, as clang-19 emits
// them: the kernel (5.12 and later) accepts them whatever cpu a program was
// built for; "-mattr=-atomic-fetch" leaves only the v1 atomic add.
defvar CPUv1 = [FeatureAtomicFetch];
defvar CPUv2 = [FeatureJmpExt, FeatureAtomicFetch];
defvar CPUv3 = [FeatureJmpExt, FeatureALU32, FeatureAtomicFetch];
defvar CPUv4 = [FeatureJmpExt, FeatureALU32, FeatureAtomicFetch, FeatureCPUv4];

def : ProcessorModel<"v1", NoSchedModel, CPUv1>;
def : ProcessorModel<"v2", NoSchedModel, CPUv2>;
def : ProcessorModel<"v3", NoSchedModel, CPUv3>;
def : ProcessorModel<"v4", NoSchedModel, CPUv4>;
// Clang's BPF front end also accepts "generic" and "probe". Both mean
// corecc's default, v3 (see docs/usage.md).
def : ProcessorModel<"generic", NoSchedModel, CPUv3>;
def : ProcessorModel<"probe", NoSchedModel, CPUv3>;

//===----------------------------------------------------------------------===//
// Target
//===----------------------------------------------------------------------===//

def CoreBPFAsmWriter : AsmWriter {
  string AsmWriterClassName = "InstPrinter";
  bit isMCAsmWriter = 1;
}

// The assembler is TableGen's matcher over the instructions' AsmStrings.
// Statements are C-like ("r1 += 4", "if w1 s< 3 goto +2"), so an
// instruction need not start with a mnemonic, and every operator character
// is a token of its own: "s>>=" is the four tokens s > > =, which is how
// CoreBPFAsmParser.cpp splits what it reads.
def CoreBPFAsmParser : AsmParser {
  let HasMnemonicFirst = 0;
}
def CoreBPFAsmParserVariant : AsmParserVariant {
  let TokenizingCharacters = "()[]=*+-/%|&^<>!~";
}

def CoreBPF : Target {
  let InstructionSet = CoreBPFInstrInfo;
  let AssemblyWriters = [CoreBPFAsmWriter];
  let AssemblyParsers = [CoreBPFAsmParser];
  let AssemblyParserVariants = [CoreBPFAsmParserVariant];
  let AllowRegisterRenaming = 1;
}
