// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFCallingConv.td - BPF calling convention ------*- tablegen -*-===//
//
// Up to five arguments in R1-R5, the result in R0. There is no argument
// stack: ISel reports an error for a sixth argument instead of using one.
//
//===----------------------------------------------------------------------===//

// Without ALU32 every scalar travels as 64 bits.
def CC_CoreBPF64 : CallingConv<[
  CCIfType<[i8, i16, i32], CCPromoteToType<i64>>,
  CCIfType<[i64], CCAssignToReg<[R1, R2, R3, R4, R5]>>
]>;

def RetCC_CoreBPF64 : CallingConv<[
  CCIfType<[i8, i16, i32], CCPromoteToType<i64>>,
  CCIfType<[i64], CCAssignToReg<[R0]>>
]>;

// With ALU32, 32-bit values use the W views of the same registers.
def CC_CoreBPF32 : CallingConv<[
  CCIfType<[i8, i16], CCPromoteToType<i32>>,
  CCIfType<[i32], CCAssignToRegWithShadow<[W1, W2, W3, W4, W5],
                                          [R1, R2, R3, R4, R5]>>,
  CCIfType<[i64], CCAssignToRegWithShadow<[R1, R2, R3, R4, R5],
                                          [W1, W2, W3, W4, W5]>>
]>;

def RetCC_CoreBPF32 : CallingConv<[
  CCIfType<[i8, i16], CCPromoteToType<i32>>,
  CCIfType<[i32], CCAssignToReg<[W0]>>,
  CCIfType<[i64], CCAssignToReg<[R0]>>
]>;

// The kernel keeps R6-R9 across BPF-to-BPF calls for the caller; R10 is the
// frame pointer of each frame.
def CSR : CalleeSavedRegs<(add R6, R7, R8, R9, R10)>;
