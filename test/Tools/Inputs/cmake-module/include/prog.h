struct __sk_buff_min {
  unsigned len;
};
#define LIMIT 64
