// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFRegisterInfo.td - BPF registers --------------*- tablegen -*-===//
//
// Eleven 64-bit registers: R0 (return value), R1-R5 (arguments, clobbered by
// calls), R6-R9 (preserved across calls), R10 (read-only frame pointer).
// With ALU32 each has a 32-bit view, W0-W10; writing Wn zeroes the upper half
// of Rn.
//
//===----------------------------------------------------------------------===//

let Namespace = "CoreBPF" in {
  def sub_32 : SubRegIndex<32>;
}

class Wi<bits<16> Enc, string n> : Register<n> {
  let HWEncoding = Enc;
  let Namespace = "CoreBPF";
}

class Ri<bits<16> Enc, string n, list<Register> subregs>
    : RegisterWithSubRegs<n, subregs> {
  let HWEncoding = Enc;
  let Namespace = "CoreBPF";
  let SubRegIndices = [sub_32];
}

foreach I = 0-10 in {
  def W#I : Wi<I, "w"#I>, DwarfRegNum<[I]>;
  def R#I : Ri<I, "r"#I, [!cast<Register>("W"#I)]>, DwarfRegNum<[I]>;
}

// Allocation order: caller-saved scratch registers first, then the argument
// registers in reverse (so that r1 stays free longest for calls), then the
// callee-saved ones. R10 is reserved.
//
// A function that returns nothing never gets r0 for a value of its own (r0
// still carries what calls return). It exits with whatever r0 last held,
// and the verifier refuses a subprogram that exits with a stack pointer in
// r0 ("cannot return stack pointer to the caller") even when the caller
// never reads it: a pointer to the caller's stack left there by chance
// (netobserv's fill_l4info) made a whole program unloadable.
defvar VoidFunctionOrder = [{
  return MF.getFunction().getReturnType()->isVoidTy() ? 1 : 0;
}];
def GPR : RegisterClass<"CoreBPF", [i64], 64,
    (add R0, R5, R4, R3, R2, R1, R6, R7, R8, R9, R10)> {
  let AltOrders = [(sub GPR, R0)];
  let AltOrderSelect = VoidFunctionOrder;
}
// A 32-bit register spills into a slot of its own 8 bytes. The verifier
// tracks a 4-byte spill only while nothing else is written to the rest of
// its 8-byte stack slot: a 4-byte local placed in the other half (a counter
// whose address a helper takes) turned a spilled, bounded length into
// unknown bytes ("R2 unbounded memory access" at the bpf_probe_read that
// reloaded it; eunomia's bpf-developer-tutorial, 27-replace).
def GPR32 : RegisterClass<"CoreBPF", [i32], 64,
    (add W0, W5, W4, W3, W2, W1, W6, W7, W8, W9, W10)> {
  let AltOrders = [(sub GPR32, W0)];
  let AltOrderSelect = VoidFunctionOrder;
  let Size = 64;
}
