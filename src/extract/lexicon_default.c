/* lexicon_default.c — ag_lexicon_load_default: the built image of
 * data/lexicon.json (lexicon_store.h, docs/lexicon.md "The built image"),
 * used in place.  Its own file: the image generator links the library
 * without it, as there is no image yet. */
#include <stdlib.h>

#include "lexicon_store.h"

ag_status ag_lexicon_load_default(ag_lexicon **out, ag_error *err)
{
    ag_lexicon *lx = malloc(sizeof *lx);
    if (!lx)
        return ag_error_set(err, AG_ENOMEM, "out of memory");
    *lx = ag__lx_default_image;
    lx->image = 1;
    *out = lx;
    return AG_OK;
}
