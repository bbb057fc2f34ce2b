// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFAsmParser.cpp - BPF assembly in llvm-objdump's syntax -------===//
//
// Reads the assembly corecc prints (the syntax llvm-objdump and llvm-mc use
// for BPF), for `corecc -c x.s` and for inline assembly such as libbpf's
// bpf_tail_call_static:
//
//   asm volatile("r1 = %[ctx]\n\tr2 = %[map]\n\tr3 = %[slot]\n\tcall 12"
//                :: [ctx]"r"(ctx), [map]"r"(map), [slot]"i"(slot)
//                : "r0", "r1", "r2", "r3", "r4", "r5");
//
// Which instruction a statement is, and how its operands map onto the
// MCInst, is decided by TableGen's matcher (CoreBPFGenAsmMatcher.inc) from
// the instructions' AsmStrings in CoreBPFInstrInfo.td; nothing here names an
// opcode. This file only cuts a statement into the operands the matcher
// compares with those strings:
//
//   - registers (r0-r10, w0-w10);
//   - operator characters, one token each: "s>>=" is s > > =, "*(u32 *)"
//     is * ( u32 * ), as CoreBPF.td's TokenizingCharacters cut the
//     AsmStrings;
//   - words (if, goto, ll, u64, be16, atomic_fetch_add, ...);
//   - values: MC expressions, parsed by the generic parser exactly as
//     llvm-mc does (with its operator precedence), wherever a value may
//     stand. A constant expression is folded to its value; the operand
//     classes (SImm32, Off16, ...) then check that it fits its field.
//
// A "+" or "-" not followed by "=" or a register starts a value, so the
// offset in "(r1 - 8)" is the value -8, as the matcher wants a base register
// and an offset; "r1 -= 8" and "r1 = -r1" stay operators.
//
//===----------------------------------------------------------------------===//

#include "MCTargetDesc/CoreBPFMCTargetDesc.h"
#include "TargetInfo/CoreBPFTargetInfo.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/MC/MCContext.h"
#include "llvm/MC/MCExpr.h"
#include "llvm/MC/MCInst.h"
#include "llvm/MC/MCInstrInfo.h"
#include "llvm/MC/MCParser/MCAsmLexer.h"
#include "llvm/MC/MCParser/MCParsedAsmOperand.h"
#include "llvm/MC/MCParser/MCTargetAsmParser.h"
#include "llvm/MC/MCRegister.h"
#include "llvm/MC/MCRegisterInfo.h"
#include "llvm/MC/MCStreamer.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/Casting.h"

using namespace llvm;

namespace {

/// One operand of a statement, as the generated matcher sees it.
class CoreBPFOperand : public MCParsedAsmOperand {
  enum class Kind { Token, Register, Value } K;
  StringRef Tok;
  MCRegister Reg;
  const MCExpr *Expr = nullptr;
  SMLoc Start, End;

  CoreBPFOperand(Kind K, SMLoc Start, SMLoc End)
      : K(K), Start(Start), End(End) {}

  /// The value when it is a constant.
  bool constant(int64_t &V) const {
    if (K != Kind::Value)
      return false;
    if (const auto *CE = dyn_cast<MCConstantExpr>(Expr)) {
      V = CE->getValue();
      return true;
    }
    return false;
  }
  /// Match when the value is a constant that Fits, near match (so that the
  /// class's diagnostic is reported) when it is a constant that does not.
  template <typename Pred> DiagnosticPredicate constantThat(Pred Fits) const {
    int64_t V;
    if (!constant(V))
      return DiagnosticPredicateTy::NoMatch;
    return Fits(V) ? DiagnosticPredicateTy::Match
                   : DiagnosticPredicateTy::NearMatch;
  }

public:
  static std::unique_ptr<CoreBPFOperand> token(StringRef S, SMLoc Loc) {
    auto Op = std::unique_ptr<CoreBPFOperand>(new CoreBPFOperand(
        Kind::Token, Loc, SMLoc::getFromPointer(Loc.getPointer() + S.size())));
    Op->Tok = S;
    return Op;
  }
  static std::unique_ptr<CoreBPFOperand> reg(MCRegister R, SMLoc S, SMLoc E) {
    auto Op = std::unique_ptr<CoreBPFOperand>(
        new CoreBPFOperand(Kind::Register, S, E));
    Op->Reg = R;
    return Op;
  }
  static std::unique_ptr<CoreBPFOperand> value(const MCExpr *X, SMLoc S,
                                               SMLoc E) {
    auto Op =
        std::unique_ptr<CoreBPFOperand>(new CoreBPFOperand(Kind::Value, S, E));
    Op->Expr = X;
    return Op;
  }

  bool isToken() const override { return K == Kind::Token; }
  bool isReg() const override { return K == Kind::Register; }
  bool isImm() const override { return K == Kind::Value; }
  bool isMem() const override { return false; }
  StringRef getToken() const { return Tok; }
  MCRegister getReg() const override { return Reg; }
  SMLoc getStartLoc() const override { return Start; }
  SMLoc getEndLoc() const override { return End; }
  void print(raw_ostream &OS) const override {
    switch (K) {
    case Kind::Token:
      OS << "'" << Tok << "'";
      break;
    case Kind::Register:
      OS << "<register " << Reg.id() << ">";
      break;
    case Kind::Value:
      OS << "<value>";
      break;
    }
  }

  // Operand classes (CoreBPFInstrInfo.td, "Operands as the assembler reads
  // them").

  /// A 32-bit immediate field takes a value written signed or unsigned; the
  /// field holds its low 32 bits (sign-extended when the instruction
  /// widens).
  static bool fitsImm32(int64_t V) { return isInt<32>(V) || isUInt<32>(V); }
  static int64_t asImm32(int64_t V) {
    return static_cast<int32_t>(static_cast<uint32_t>(V));
  }
  DiagnosticPredicate isSImm32() const { return constantThat(fitsImm32); }
  DiagnosticPredicate isMovImm() const { return constantThat(fitsImm32); }
  DiagnosticPredicate isHelperId() const { return constantThat(fitsImm32); }
  DiagnosticPredicate isOff16() const {
    return constantThat([](int64_t V) { return isInt<16>(V); });
  }
  DiagnosticPredicate isAddrSpace() const {
    return constantThat([](int64_t V) { return isUInt<16>(V); });
  }
  bool isBrTarget() const { return K == Kind::Value; }
  bool isImm64() const { return K == Kind::Value; }
  bool isCallTarget() const {
    int64_t V;
    return K == Kind::Value && !constant(V);
  }

  void addRegOperands(MCInst &Inst, unsigned N) const {
    Inst.addOperand(MCOperand::createReg(Reg));
  }
  /// A constant as an immediate, anything else as an expression (a label,
  /// a symbol, a local label), which a fixup resolves.
  void addImmOperands(MCInst &Inst, unsigned N) const {
    int64_t V;
    Inst.addOperand(constant(V) ? MCOperand::createImm(V)
                                : MCOperand::createExpr(Expr));
  }
  /// A 32-bit field's low 32 bits, as the instruction holds them.
  void addImm32Operands(MCInst &Inst, unsigned N) const {
    int64_t V = 0;
    constant(V);
    Inst.addOperand(MCOperand::createImm(asImm32(V)));
  }
  void addExprOperands(MCInst &Inst, unsigned N) const {
    Inst.addOperand(MCOperand::createExpr(Expr));
  }
};

class CoreBPFAsmParser : public MCTargetAsmParser {
#define GET_ASSEMBLER_HEADER
#include "CoreBPFGenAsmMatcher.inc"

public:
  enum CoreBPFMatchResultTy {
    Match_Dummy = FIRST_TARGET_MATCH_RESULT_TY,
#define GET_OPERAND_DIAGNOSTIC_TYPES
#include "CoreBPFGenAsmMatcher.inc"
  };

  CoreBPFAsmParser(const MCSubtargetInfo &STI, MCAsmParser &Parser,
                   const MCInstrInfo &MII, const MCTargetOptions &Options)
      : MCTargetAsmParser(Options, STI, MII) {
    setAvailableFeatures(ComputeAvailableFeatures(STI.getFeatureBits()));
  }

  bool parseRegister(MCRegister &Reg, SMLoc &StartLoc, SMLoc &EndLoc) override;
  ParseStatus tryParseRegister(MCRegister &Reg, SMLoc &StartLoc,
                               SMLoc &EndLoc) override;
  bool ParseInstruction(ParseInstructionInfo &Info, StringRef Name,
                        SMLoc NameLoc, OperandVector &Operands) override;
  bool MatchAndEmitInstruction(SMLoc IDLoc, unsigned &Opcode,
                               OperandVector &Operands, MCStreamer &Out,
                               uint64_t &ErrorInfo,
                               bool MatchingInlineAsm) override;
  bool equalIsAsmAssignment() override { return false; }
  bool starIsStartOfStatement() override { return true; }

private:
  /// Whether a value may stand next: after "=", a comparison, "[" and the
  /// words that take a target.
  bool valueMayFollow(const OperandVector &Operands) const;
  bool parseValue(OperandVector &Operands);
  void pushOperators(const AsmToken &T, OperandVector &Operands);
  bool explainMismatch(const OperandVector &Operands, uint64_t Index,
                       SMLoc IDLoc);
};

} // namespace

#define GET_REGISTER_MATCHER
#define GET_MATCHER_IMPLEMENTATION
#include "CoreBPFGenAsmMatcher.inc"

bool CoreBPFAsmParser::parseRegister(MCRegister &Reg, SMLoc &StartLoc,
                                     SMLoc &EndLoc) {
  if (!tryParseRegister(Reg, StartLoc, EndLoc).isSuccess())
    return Error(StartLoc, "expected a register");
  return false;
}

ParseStatus CoreBPFAsmParser::tryParseRegister(MCRegister &Reg, SMLoc &StartLoc,
                                               SMLoc &EndLoc) {
  const AsmToken &T = getParser().getTok();
  StartLoc = T.getLoc();
  EndLoc = T.getEndLoc();
  if (T.isNot(AsmToken::Identifier) ||
      !(Reg = MatchRegisterName(T.getIdentifier())))
    return ParseStatus::NoMatch;
  getParser().Lex();
  return ParseStatus::Success;
}

/// The words whose operand is a jump or call target.
static bool takesTarget(StringRef Word) {
  return StringSwitch<bool>(Word)
      .Cases("goto", "gotol", "may_goto", "call", true)
      .Default(false);
}

/// The last operand when it is a token, else "".
static StringRef lastToken(const OperandVector &Operands) {
  if (Operands.empty())
    return "";
  const auto &Last = static_cast<const CoreBPFOperand &>(*Operands.back());
  return Last.isToken() ? Last.getToken() : "";
}

bool CoreBPFAsmParser::valueMayFollow(const OperandVector &Operands) const {
  StringRef Last = lastToken(Operands);
  return takesTarget(Last) || StringSwitch<bool>(Last)
                                  .Cases("=", "<", ">", "&", "[", true)
                                  .Default(false);
}

bool CoreBPFAsmParser::parseValue(OperandVector &Operands) {
  SMLoc S = getLexer().getLoc(), E;
  const MCExpr *X;
  if (getParser().parseExpression(X, E))
    return true;
  int64_t V;
  if (X->evaluateAsAbsolute(V))
    X = MCConstantExpr::create(V, getContext());
  Operands.push_back(CoreBPFOperand::value(X, S, E));
  return false;
}

/// "<<=" arrives as the lexer's "<<" and "="; the matcher compares single
/// characters.
void CoreBPFAsmParser::pushOperators(const AsmToken &T,
                                     OperandVector &Operands) {
  StringRef Text = T.getString();
  for (size_t I = 0; I < Text.size(); ++I)
    Operands.push_back(CoreBPFOperand::token(
        Text.substr(I, 1), SMLoc::getFromPointer(T.getLoc().getPointer() + I)));
}

bool CoreBPFAsmParser::ParseInstruction(ParseInstructionInfo &Info,
                                        StringRef Name, SMLoc NameLoc,
                                        OperandVector &Operands) {
  SMLoc NameEnd = SMLoc::getFromPointer(NameLoc.getPointer() + Name.size());
  if (MCRegister R = MatchRegisterName(Name))
    Operands.push_back(CoreBPFOperand::reg(R, NameLoc, NameEnd));
  else
    Operands.push_back(CoreBPFOperand::token(Name, NameLoc));

  MCAsmLexer &Lexer = getLexer();
  while (Lexer.isNot(AsmToken::EndOfStatement) && Lexer.isNot(AsmToken::Eof)) {
    const AsmToken &T = Lexer.getTok();
    AsmToken Next[2];
    Lexer.peekTokens(Next);
    switch (T.getKind()) {
    case AsmToken::Comma: {
      // The matcher's strings have no commas: "xchg_64(r1 + 8, r2)" is
      // xchg_64 ( r1 +8 r2 ). What follows one is a register or a value.
      SMLoc CommaLoc = T.getLoc();
      Lex();
      if (Lexer.is(AsmToken::Comma) || Lexer.is(AsmToken::EndOfStatement))
        return Error(CommaLoc, "expected an operand after ','");
      if (Lexer.is(AsmToken::Identifier)) {
        if (MCRegister R = MatchRegisterName(Lexer.getTok().getIdentifier())) {
          Operands.push_back(CoreBPFOperand::reg(R, Lexer.getLoc(),
                                                 Lexer.getTok().getEndLoc()));
          Lex();
          continue;
        }
      }
      if (parseValue(Operands))
        return true;
      continue;
    }
    case AsmToken::Identifier: {
      if (MCRegister R = MatchRegisterName(T.getIdentifier())) {
        Operands.push_back(CoreBPFOperand::reg(R, T.getLoc(), T.getEndLoc()));
        Lex();
        continue;
      }
      // A symbol: after goto and call, or before "ll" (LD_IMM64).
      bool IsSymbol =
          takesTarget(lastToken(Operands)) ||
          (Next[0].is(AsmToken::Identifier) && Next[0].getIdentifier() == "ll");
      if (IsSymbol) {
        if (parseValue(Operands))
          return true;
        continue;
      }
      Operands.push_back(CoreBPFOperand::token(T.getString(), T.getLoc()));
      Lex();
      continue;
    }
    case AsmToken::Integer:
    case AsmToken::String:
    case AsmToken::Tilde:
    case AsmToken::Dot:
      if (parseValue(Operands))
        return true;
      continue;
    case AsmToken::Plus:
    case AsmToken::Minus: {
      // "+=", "-=" and "-rD" are operators; anything else is a signed value.
      bool IsOperator = Next[0].is(AsmToken::Equal) ||
                        (Next[0].is(AsmToken::Identifier) &&
                         MatchRegisterName(Next[0].getIdentifier()));
      if (!IsOperator) {
        if (parseValue(Operands))
          return true;
        continue;
      }
      break;
    }
    case AsmToken::LParen: {
      // After "=" or a comparison, "(" opens a value unless it is a cast
      // such as "(s8)".
      bool IsCast =
          Next[0].is(AsmToken::Identifier) && Next[1].is(AsmToken::RParen);
      if (valueMayFollow(Operands) && !IsCast) {
        if (parseValue(Operands))
          return true;
        continue;
      }
      break;
    }
    default:
      break;
    }
    pushOperators(T, Operands);
    Lex();
  }
  // The generic parser expects the end of the statement to be consumed.
  Lex();
  return false;
}

/// Says why no instruction took the statement, at the operand the matcher
/// got furthest to.
bool CoreBPFAsmParser::explainMismatch(const OperandVector &Operands,
                                       uint64_t Index, SMLoc IDLoc) {
  // The instructions with fixed registers are easy to get wrong; say
  // which registers they take.
  for (const auto &Op : Operands) {
    const auto &O = static_cast<const CoreBPFOperand &>(*Op);
    if (O.isToken() && O.getToken().starts_with("cmpxchg"))
      return Error(IDLoc, "cmpxchg compares with and returns in r0 (w0): "
                          "r0 = cmpxchg_64(rB + off, r0, rS)");
    if (O.isToken() && O.getToken() == "skb" && Operands[0]->isReg() &&
        Operands[0]->getReg() != CoreBPF::R0)
      return Error(IDLoc, "legacy packet loads write r0: "
                          "r0 = *(u8 *)skb[off]");
  }
  if (Index == ~0ULL)
    return Error(IDLoc, "invalid instruction");
  if (Index >= Operands.size()) {
    SMLoc End = Operands.back()->getEndLoc();
    return Error(End.isValid() ? End : IDLoc,
                 "the statement ends early: an operand is missing");
  }
  const auto &O = static_cast<const CoreBPFOperand &>(*Operands[Index]);
  SMLoc Loc = O.getStartLoc();
  if (O.isToken())
    return Error(Loc, "unexpected '" + O.getToken() + "'");
  if (O.isReg()) {
    // Registers of both widths in one arithmetic statement: the usual slip.
    const auto &First = static_cast<const CoreBPFOperand &>(*Operands[0]);
    auto Is32 = [](MCRegister R) {
      return CoreBPF::W0 <= R && R <= CoreBPF::W10;
    };
    if (First.isReg() && Is32(First.getReg()) != Is32(O.getReg()))
      return Error(Loc, "both operands have the same width: r registers or "
                        "w registers on both sides");
    return Error(
        Loc, "unexpected register '" +
                 StringRef(getContext().getRegisterInfo()->getName(O.getReg()))
                     .lower() +
                 "'");
  }
  return Error(Loc, "unexpected value");
}

bool CoreBPFAsmParser::MatchAndEmitInstruction(SMLoc IDLoc, unsigned &Opcode,
                                               OperandVector &Operands,
                                               MCStreamer &Out,
                                               uint64_t &ErrorInfo,
                                               bool MatchingInlineAsm) {
  MCInst Inst;
  unsigned Result =
      MatchInstructionImpl(Operands, Inst, ErrorInfo, MatchingInlineAsm);
  switch (Result) {
  case Match_Success:
    Inst.setLoc(IDLoc);
    Opcode = Inst.getOpcode();
    Out.emitInstruction(Inst, getSTI());
    return false;
  case Match_MnemonicFail:
    return Error(IDLoc,
                 "unknown instruction '" +
                     static_cast<CoreBPFOperand &>(*Operands[0]).getToken() +
                     "'");
  case Match_InvalidTiedOperand: {
    // Negation, byte swaps, fetch-and-op and xchg work in place: the
    // destination is also the operand.
    SMLoc Loc = ErrorInfo < Operands.size() ? Operands[ErrorInfo]->getStartLoc()
                                            : IDLoc;
    return Error(Loc, "this instruction works in place: the operand must be "
                      "the destination register");
  }
  case Match_MissingFeature:
    return Error(IDLoc, "the instruction needs a cpu feature this target "
                        "lacks");
  default:
    break;
  }
  if (const char *Diag =
          getMatchKindDiag(static_cast<CoreBPFMatchResultTy>(Result))) {
    // An operand class's own diagnostic is about a value; ErrorInfo may
    // point further, where another candidate ran out of operands ("ll").
    SMLoc Loc = IDLoc;
    if (ErrorInfo < Operands.size() && Operands[ErrorInfo]->isImm())
      Loc = Operands[ErrorInfo]->getStartLoc();
    else
      for (const auto &Op : Operands)
        if (Op->isImm())
          Loc = Op->getStartLoc();
    return Error(Loc, Diag);
  }
  return explainMismatch(Operands, ErrorInfo, IDLoc);
}

extern "C" void LLVMInitializeCoreBPFAsmParser() {
  static bool Done = false;
  if (Done)
    return;
  Done = true;
  RegisterMCAsmParser<CoreBPFAsmParser> X(getTheCoreBPFTarget());
}
