// The few Linux calls Glibc's Swift module hides behind _GNU_SOURCE.
#include <unistd.h>

extern int syncfs(int fd);

static inline int thidua_syncfs(int fd) { return syncfs(fd); }
