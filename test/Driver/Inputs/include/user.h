#define USER_VALUE 40
