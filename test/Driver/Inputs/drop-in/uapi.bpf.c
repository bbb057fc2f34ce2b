// A BPF program on UAPI headers rather than vmlinux.h, as libbpf-bootstrap's
// minimal, sockfilter and usdt examples are: <linux/bpf.h> needs
// <asm/types.h>, which is in the host's multiarch directory.
#include <linux/bpf.h>
#include <linux/types.h>

__attribute__((section("socket"), used)) int count(struct __sk_buff *skb) {
  return skb->len > 64 ? BPF_MAP_TYPE_HASH : 0;
}

char LICENSE[] __attribute__((section("license"), used)) = "GPL";
