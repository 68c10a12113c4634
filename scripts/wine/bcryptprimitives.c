/* Stub of bcryptprimitives.dll (ProcessPrng), which Wine 8.0 lacks and Rust >= 1.78 std
   needs (cryptography's _rust.pyd, a test-only dependency). Build-machine only. */
#include <windows.h>
BOOLEAN WINAPI SystemFunction036(PVOID, ULONG);
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len) {
        ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!SystemFunction036(data, n)) return FALSE;
        data += n; len -= n;
    }
    return TRUE;
}
