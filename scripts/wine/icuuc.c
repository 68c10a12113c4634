/* Stub of Windows' system ICU (icuuc.dll), which Wine 8.0 lacks and Qt6Core 6.12 imports
   (20 ucnv_* functions). Every converter fails to open, so Qt uses its own codecs.
   Build-machine only: compiled with mingw-w64 into the Wine prefix, never shipped. */
#include <stddef.h>
#include <stdint.h>
typedef int32_t UErrorCode;
#define X __declspec(dllexport)
static void fail(UErrorCode *e) { if (e && *e <= 0) *e = 4; /* U_FILE_ACCESS_ERROR */ }
X void *ucnv_open(const char *n, UErrorCode *e) { (void)n; fail(e); return NULL; }
X void ucnv_close(void *c) { (void)c; }
X void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
X void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
X void ucnv_reset(void *c) { (void)c; }
X int8_t ucnv_getMaxCharSize(const void *c) { (void)c; return 1; }
X const char *ucnv_getName(const void *c, UErrorCode *e) { (void)c; fail(e); return ""; }
X void ucnv_getToUCallBack(const void *c, void **a, const void **b) { (void)c; if (a) *a = NULL; if (b) *b = NULL; }
X void ucnv_getFromUCallBack(const void *c, void **a, const void **b) { (void)c; if (a) *a = NULL; if (b) *b = NULL; }
X void ucnv_setToUCallBack(void *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *e) { (void)c; (void)n; (void)nc; if (o) *o = NULL; if (oc) *oc = NULL; fail(e); }
X void ucnv_setFromUCallBack(void *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *e) { (void)c; (void)n; (void)nc; if (o) *o = NULL; if (oc) *oc = NULL; fail(e); }
X void ucnv_cbToUWriteUChars(void *a, const void *s, int32_t l, int32_t o, UErrorCode *e) { (void)a; (void)s; (void)l; (void)o; fail(e); }
X void ucnv_cbFromUWriteUChars(void *a, const void **s, const void *sl, int32_t o, UErrorCode *e) { (void)a; (void)s; (void)sl; (void)o; fail(e); }
X void ucnv_toUnicode(void *c, void **t, const void *tl, const char **s, const char *sl, int32_t *o, int8_t f, UErrorCode *e) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(e); }
X void ucnv_fromUnicode(void *c, char **t, const char *tl, const void **s, const void *sl, int32_t *o, int8_t f, UErrorCode *e) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(e); }
X int32_t ucnv_toUCountPending(const void *c, UErrorCode *e) { (void)c; (void)e; return 0; }
X int32_t ucnv_fromUCountPending(const void *c, UErrorCode *e) { (void)c; (void)e; return 0; }
X const char *ucnv_getStandardName(const char *n, const char *s, UErrorCode *e) { (void)n; (void)s; fail(e); return NULL; }
X const char *ucnv_getAvailableName(int32_t i) { (void)i; return NULL; }
X int32_t ucnv_countAvailable(void) { return 0; }
