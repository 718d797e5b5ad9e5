#ifndef THIDUA_CLIBXML2_SHIM_H
#define THIDUA_CLIBXML2_SHIM_H
// Debian builds libxml2 with ICU; its <unicode/ucnv.h> clashes with Foundation's ICU module.
// Hiding LIBXML_ICU_ENABLED only drops two trailing fields of xmlCharEncodingHandler,
// which Swift never allocates.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>

// xmlFree is a C global variable, which Swift 6 rejects as not concurrency-safe.
static inline void thidua_xmlFree(void *p) { xmlFree(p); }
#endif
