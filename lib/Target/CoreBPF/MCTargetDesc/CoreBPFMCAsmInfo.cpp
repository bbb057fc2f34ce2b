// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFMCAsmInfo.cpp - BPF assembly syntax properties --------------===//

#include "MCTargetDesc/CoreBPFMCAsmInfo.h"
#include "llvm/TargetParser/Triple.h"

using namespace llvm;

CoreBPFMCAsmInfo::CoreBPFMCAsmInfo(const Triple &TT) {
  IsLittleEndian = TT.getArch() == Triple::bpfel;
  CodePointerSize = 8;
  CalleeSaveStackSlotSize = 8;
  CommentString = "#";
  PrivateGlobalPrefix = ".L";
  PrivateLabelPrefix = ".L";
  WeakRefDirective = "\t.weak\t";
  HasIdentDirective = true;
  Data8bitsDirective = "\t.byte\t";
  Data16bitsDirective = "\t.short\t";
  Data32bitsDirective = "\t.long\t";
  Data64bitsDirective = "\t.quad\t";
  ZeroDirective = "\t.zero\t";
  UsesELFSectionDirectiveForBSS = true;
  HasSingleParameterDotFile = true;
  HasDotTypeDotSizeDirective = true;
  SupportsDebugInformation = true;
  // BPF has no unwinder: no .eh_frame, and no CFI in .debug_frame either.
  ExceptionsType = ExceptionHandling::None;
  MinInstAlignment = 8;
  // The kernel loads instructions in 8-byte slots.
  MaxInstLength = 16;
}
