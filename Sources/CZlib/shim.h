#ifndef THIDUA_CZLIB_SHIM_H
#define THIDUA_CZLIB_SHIM_H
#include <zlib.h>
// inflateInit2/deflateInit2 are macros and do not import into Swift.
static inline int thidua_inflateInit2(z_streamp s, int windowBits) {
    return inflateInit2(s, windowBits);
}
static inline int thidua_deflateInit2(z_streamp s, int level, int windowBits, int memLevel, int strategy) {
    return deflateInit2(s, level, Z_DEFLATED, windowBits, memLevel, strategy);
}
#endif
