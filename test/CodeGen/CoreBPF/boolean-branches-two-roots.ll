; Two booleans of compares in one block, the second one's inner node placed
; before the first one: each becomes a chain of jumps (CoreBPFBooleanBranches
; handles the later root first, so the earlier tree stays whole, and moves
; each compare right before its jump). Before, the second tree's first
; compare stayed behind the split and was computed as a value (a diamond).
;
; RUN: %corecc-llc -O2 -mcpu=v3 %s -o - | FileCheck %s

target triple = "bpfel"
define i32 @two(i8 %a, i8 %b, i8 %c, i8 %d, i8 %e) {
entry:
  %c3 = icmp eq i8 %c, 3
  %c4 = icmp eq i8 %d, 4
  %c5 = icmp eq i8 %e, 5
  %y1 = select i1 %c3, i1 %c4, i1 false
  %c1 = icmp eq i8 %a, 1
  %c2 = icmp eq i8 %b, 2
  %x = select i1 %c1, i1 %c2, i1 false
  %y = select i1 %y1, i1 %c5, i1 false
  %zx = zext i1 %x to i32
  %zy = zext i1 %y to i32
  %zy2 = shl i32 %zy, 1
  %s = or i32 %zx, %zy2
  ret i32 %s
}

; CHECK-LABEL: two:
; CHECK-NOT:   = 1
; CHECK:       if w{{[0-9]}} != 1 goto
; CHECK:       if w{{[0-9]}} != 2 goto
; CHECK:       if w{{[0-9]}} != 3 goto
; CHECK:       if w{{[0-9]}} != 4 goto
; CHECK:       if w{{[0-9]}} != 5 goto
; CHECK-NOT:   &= w
; CHECK:       exit
