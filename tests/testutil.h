/* testutil.h — what every Check test file shares: a main() that runs the
 * file's suite in fork mode (a crash fails one test, not the run), and the
 * internal headers. */
#ifndef AG_TESTUTIL_H
#define AG_TESTUTIL_H

#include <check.h>
#include <stdlib.h>

/* The tests see the library's internals: the bodies of its opaque types. */
#include "graph_int.h"
#include "input_int.h"
#include "lexicon_int.h"
#include "model_int.h"

#define AG_TEST_MAIN(suite_fn)                                   \
    int main(void)                                               \
    {                                                            \
        SRunner *sr = srunner_create(suite_fn());                \
        srunner_run_all(sr, CK_NORMAL);                          \
        int failed = srunner_ntests_failed(sr);                  \
        srunner_free(sr);                                        \
        return failed ? EXIT_FAILURE : EXIT_SUCCESS;             \
    }

#endif
