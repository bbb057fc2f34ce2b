// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFInstPrinter.cpp - BPF assembly printer ----------------------===//

#include "MCTargetDesc/CoreBPFInstPrinter.h"
#include "MCTargetDesc/CoreBPFMCTargetDesc.h"
#include "llvm/MC/MCAsmInfo.h"
#include "llvm/MC/MCExpr.h"
#include "llvm/MC/MCInst.h"
#include "llvm/MC/MCRegisterInfo.h"
#include "llvm/MC/MCSymbol.h"
#include "llvm/Support/FormattedStream.h"

using namespace llvm;

#define DEBUG_TYPE "asm-printer"

#include "CoreBPFGenAsmWriter.inc"

void CoreBPFInstPrinter::printInst(const MCInst *MI, uint64_t Address,
                                   StringRef Annot, const MCSubtargetInfo &STI,
                                   raw_ostream &O) {
  printInstruction(MI, Address, O);
  printAnnotation(O, Annot);
}

void CoreBPFInstPrinter::printRegName(raw_ostream &O, MCRegister Reg) const {
  O << getRegisterName(Reg);
}

static void printExpr(const MCExpr *E, const MCAsmInfo &MAI, raw_ostream &O) {
  E->print(O, &MAI);
}

void CoreBPFInstPrinter::printOperand(const MCInst *MI, unsigned OpNo,
                                      raw_ostream &O) {
  const MCOperand &Op = MI->getOperand(OpNo);
  if (Op.isReg())
    printRegName(O, Op.getReg());
  else if (Op.isImm())
    O << formatImm(Op.getImm());
  else
    printExpr(Op.getExpr(), MAI, O);
}

void CoreBPFInstPrinter::printMemOperand(const MCInst *MI, unsigned OpNo,
                                         raw_ostream &O) {
  printRegName(O, MI->getOperand(OpNo).getReg());
  const MCOperand &Off = MI->getOperand(OpNo + 1);
  if (!Off.isImm()) {
    O << " + ";
    printExpr(Off.getExpr(), MAI, O);
    return;
  }
  int64_t V = static_cast<int16_t>(Off.getImm());
  if (V < 0)
    O << " - " << formatImm(-V);
  else
    O << " + " << formatImm(V);
}

void CoreBPFInstPrinter::printImmOperand(const MCInst *MI, unsigned OpNo,
                                         raw_ostream &O) {
  const MCOperand &Op = MI->getOperand(OpNo);
  if (Op.isImm())
    O << formatImm(static_cast<int32_t>(Op.getImm()));
  else
    printExpr(Op.getExpr(), MAI, O);
}

void CoreBPFInstPrinter::printImm64Operand(const MCInst *MI, unsigned OpNo,
                                           raw_ostream &O) {
  const MCOperand &Op = MI->getOperand(OpNo);
  if (Op.isImm())
    O << formatImm(Op.getImm());
  else
    printExpr(Op.getExpr(), MAI, O);
}

void CoreBPFInstPrinter::printBrTargetOperand(const MCInst *MI,
                                              uint64_t Address, unsigned OpNo,
                                              raw_ostream &O) {
  const MCOperand &Op = MI->getOperand(OpNo);
  if (!Op.isImm()) {
    printExpr(Op.getExpr(), MAI, O);
    return;
  }
  int64_t V = MI->getOpcode() == CoreBPF::JMPL
                  ? static_cast<int64_t>(static_cast<int32_t>(Op.getImm()))
                  : static_cast<int64_t>(static_cast<int16_t>(Op.getImm()));
  O << (V < 0 ? "-" : "+") << formatImm(V < 0 ? -V : V);
}

void CoreBPFInstPrinter::printRegAsW(const MCInst *MI, unsigned OpNo,
                                     raw_ostream &O) {
  // MOV_32_64 works on the r registers but reads and writes 32 bits.
  StringRef Name = getRegisterName(MI->getOperand(OpNo).getReg());
  O << 'w' << Name.drop_front();
}
