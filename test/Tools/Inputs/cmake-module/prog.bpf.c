#include "prog.h"

__attribute__((section("socket"), used)) int prog(struct __sk_buff_min *skb) {
  return skb->len > LIMIT;
}
