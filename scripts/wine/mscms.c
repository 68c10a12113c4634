/* Native stand-in for Wine 8.0's mscms.dll, whose WcsCreateIccProfile is a stub that makes
   qwindows.dll's screen set-up fail. Loaded only for the GUI run (WINEDLLOVERRIDES=mscms=n).
   Build-machine only. */
#include <windows.h>
__declspec(dllexport) HANDLE WINAPI OpenColorProfileW(void *p, DWORD a, DWORD s, DWORD c) { (void)p; (void)a; (void)s; (void)c; SetLastError(ERROR_NOT_SUPPORTED); return NULL; }
__declspec(dllexport) BOOL WINAPI CloseColorProfile(HANDLE h) { (void)h; return TRUE; }
__declspec(dllexport) BOOL WINAPI GetColorProfileFromHandle(HANDLE h, BYTE *b, DWORD *n) { (void)h; (void)b; if (n) *n = 0; SetLastError(ERROR_NOT_SUPPORTED); return FALSE; }
__declspec(dllexport) HANDLE WINAPI WcsCreateIccProfile(HANDLE h, DWORD f) { (void)h; (void)f; SetLastError(ERROR_NOT_SUPPORTED); return NULL; }
