// Two made-up "kernels" for the examples (examples/*.bpf.c), in the CO-RE
// differential tests: the kernel types the examples relocate against, in
// layouts no real kernel has, built by clang-19 -g -target bpf with
// -DVARIANT=1 or 2 and given to libbpf and corecc-btf as target BTF.
//
//   VARIANT 1  an "old" kernel: task_struct::state instead of __state (the
//              examples' task_struct___old flavor), fields reordered and
//              task_struct grown past 32 KiB (an ALU immediate takes the
//              offsets, a load's 16-bit offset does not), mm_struct's old
//              rss_stat, request::rq_disk instead of request_queue::disk,
//              sock::sk_protocol as a bitfield, xdp_md's data and data_end
//              swapped, __sk_buff::len grown to 8 bytes
//   VARIANT 2  a "new" kernel with fields gone: no exit_state, no
//              sched_reset_on_fork, pt_regs without di/ax (regs[] instead),
//              bitfields moved to other storage units, no tcp_sock,
//              trace_event_raw_sys_enter::args shorter than the index used
typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef signed char s8;
typedef int s32;
typedef long long s64;
typedef u16 __be16;
typedef u32 __be32;
typedef u16 __sum16;
typedef struct { long counter; } atomic_long_t;

struct list_head { struct list_head *next, *prev; };
struct signal_struct { int nr_threads; int group_exit_code; };
struct percpu_counter { s64 count; void *counters; };

#if VARIANT == 1
struct mm_rss_stat { atomic_long_t count[4]; };
struct mm_struct {
  unsigned long total_vm;
  struct mm_rss_stat rss_stat;
};
struct task_struct {
  char pad0[16];
  long state;
  unsigned int flags;
  int prio;
  char pad1[32960];
  struct task_struct *real_parent;
  int tgid;
  int pid;
  struct mm_struct *mm;
  struct signal_struct *signal;
  u64 start_time;
  char comm[16];
  int exit_code;
  int exit_state;
  unsigned sched_reset_on_fork : 1;
  unsigned in_execve : 1;
  unsigned in_iowait : 1;
  unsigned no_cgroup_migration : 1;
};
#else
struct mm_struct {
  struct percpu_counter rss_stat[4];
  unsigned long total_vm;
};
struct task_struct {
  unsigned int __state;
  unsigned int flags;
  int pid;
  int tgid;
  int prio;
  struct task_struct *real_parent;
  struct mm_struct *mm;
  struct signal_struct *signal;
  u64 start_time;
  char comm[24];
  int exit_code;
  unsigned long pad;
  unsigned no_cgroup_migration : 1;
  unsigned pad_bits : 30;
  unsigned in_iowait : 1;
  unsigned in_execve : 1;
};
#endif

struct trace_entry { unsigned short type; unsigned char flags; int pid; };
#if VARIANT == 1
struct trace_event_raw_sys_enter { struct trace_entry ent; long id; long pad; unsigned long args[6]; };
struct trace_event_raw_sys_exit { long ret; struct trace_entry ent; long id; };
#else
struct trace_event_raw_sys_enter { struct trace_entry ent; long id; unsigned long args[2]; };
struct trace_event_raw_sys_exit { struct trace_entry ent; int id; int ret; };
#endif
struct bpf_raw_tracepoint_args { u64 args[0]; };

#if VARIANT == 1
struct pt_regs { unsigned long ax, bx, cx, dx, si, di; };
#else
struct pt_regs { unsigned long regs[31]; unsigned long sp, pc; };
#endif

struct ethhdr { unsigned char h_dest[6]; unsigned char h_source[6]; __be16 h_proto; };
struct vlan_hdr { __be16 h_vlan_TCI; __be16 h_vlan_encapsulated_proto; };
struct iphdr {
#if VARIANT == 1
  u8 version : 4, ihl : 4;
#else
  u8 ihl : 4, version : 4;
#endif
  u8 tos; __be16 tot_len; __be16 id; __be16 frag_off; u8 ttl; u8 protocol;
  __sum16 check; __be32 saddr; __be32 daddr;
};
struct in6_addr { union { u8 u6_addr8[16]; __be16 u6_addr16[8]; __be32 u6_addr32[4]; } in6_u; };
struct ipv6hdr {
  u8 priority : 4, version : 4;
  u8 flow_lbl[3]; __be16 payload_len; u8 nexthdr; u8 hop_limit;
  struct in6_addr saddr; struct in6_addr daddr;
};
struct ipv6_opt_hdr { u8 nexthdr; u8 hdrlen; };
struct frag_hdr { u8 nexthdr; u8 reserved; __be16 frag_off; __be32 identification; };
struct udphdr { __be16 source; __be16 dest; __be16 len; __sum16 check; };
struct tcphdr { __be16 source; __be16 dest; __be32 seq; __be32 ack_seq; u16 res1 : 4, doff : 4, fin : 1; };

struct xdp_md {
#if VARIANT == 1
  u32 data_end; u32 data;
#else
  u32 data; u32 data_end;
#endif
  u32 data_meta; u32 ingress_ifindex; u32 rx_queue_index; u32 egress_ifindex;
};
struct __sk_buff {
#if VARIANT == 1
  unsigned long len;
#else
  u32 len;
#endif
  u32 pkt_type; u32 mark; u32 queue_mapping; u32 protocol; u32 vlan_present;
  u32 vlan_tci; u32 vlan_proto; u32 priority; u32 ingress_ifindex; u32 ifindex;
  u32 tc_index; u32 cb[5]; u32 hash; u32 tc_classid; u32 data; u32 data_end;
};
struct sk_buff {
  char pad[16];
#if VARIANT == 1
  u8 cloned : 1, pkt_type : 3, ip_summed : 2, csum_level : 2;
  u8 l4_hash : 1, sw_hash : 1, tc_at_ingress : 1;
#else
  u8 pkt_type : 3, cloned : 1;
  u16 csum_level : 2, ip_summed : 2, sw_hash : 1, l4_hash : 1, tc_at_ingress : 1;
#endif
};

struct sock_common {
#if VARIANT == 1
  u16 skc_family; __be16 skc_dport; u16 skc_num; __be32 skc_daddr; __be32 skc_rcv_saddr;
#else
  __be32 skc_daddr; __be32 skc_rcv_saddr; __be16 skc_dport; u16 skc_num; unsigned short skc_family;
#endif
  struct in6_addr skc_v6_daddr; struct in6_addr skc_v6_rcv_saddr;
};
struct sock {
  struct sock_common __sk_common;
#if VARIANT == 1
  unsigned int sk_padding : 1, sk_no_check_tx : 1, sk_protocol : 8, sk_type : 16;
#else
  u16 sk_type; u16 sk_protocol;
#endif
};
struct inet_sock { struct sock sk; __be16 inet_sport; };
#if VARIANT == 1
struct inet_connection_sock { struct inet_sock icsk_inet; };
struct tcp_sock { struct inet_connection_sock inet_conn; u32 srtt_us; };
#endif

struct gendisk { int major; int first_minor; int minors; };
struct request_queue { struct gendisk *disk; };
#if VARIANT == 1
struct request { struct request_queue *q; struct gendisk *rq_disk; unsigned int cmd_flags; };
#else
struct request { unsigned int cmd_flags; struct request_queue *q; };
#endif
struct irqaction { void *handler; const char *name; };
struct oom_control { void *zonelist; void *memcg; unsigned long totalpages; struct task_struct *chosen; long chosen_points; };
struct seq_file { char *buf; };
struct bpf_iter_meta { struct seq_file *seq; u64 session_id; u64 seq_num; };
struct bpf_iter__task { struct bpf_iter_meta *meta; struct task_struct *task; };

// Variables so that every type is in the BTF.
struct task_struct task_v;
struct trace_event_raw_sys_enter sys_enter_v;
struct trace_event_raw_sys_exit sys_exit_v;
struct bpf_raw_tracepoint_args raw_tp_v;
struct pt_regs regs_v;
struct ethhdr eth_v;
struct vlan_hdr vlan_v;
struct iphdr ip_v;
struct ipv6hdr ip6_v;
struct ipv6_opt_hdr opt_v;
struct frag_hdr frag_v;
struct udphdr udp_v;
struct tcphdr tcp_v;
struct xdp_md xdp_v;
struct __sk_buff skb_v;
struct sk_buff sk_buff_v;
struct inet_sock inet_v;
#if VARIANT == 1
struct tcp_sock tcp_sock_v;
#endif
struct request rq_v;
struct irqaction irq_v;
struct oom_control oom_v;
struct bpf_iter__task iter_v;
