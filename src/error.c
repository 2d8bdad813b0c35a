/* error.c: the WARTA_ERROR quark.  Nothing else lives here. */
#include "warta-error.h"

G_DEFINE_QUARK (warta-error-quark, warta_error)
