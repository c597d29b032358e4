/* json_tree.h — the jansson tree steps shared by the JSON builders of the
 * library (analyze_report.c, cytoscape.c, html_data.c), not installed.
 *
 * A builder makes values with these and jansson's constructors, and
 * returns its tree or NULL when anything failed (out of memory, invalid
 * UTF-8 for ag__jstr); the caller owns the tree and releases it with
 * json_decref.
 *
 * ag__jset is json_object_set_new and ag__jpush json_array_append_new that
 * also fail (-1) on a NULL value, a failed constructor.  The reference to v
 * is taken either way (jansson releases v on failure, also when o or arr
 * is NULL), so a builder can chain them with || and release only its own
 * container on failure.
 */
#ifndef AG_JSON_TREE_H
#define AG_JSON_TREE_H

#include <jansson.h>

int ag__jset(json_t *o, const char *k, json_t *v);
int ag__jpush(json_t *arr, json_t *v);
/* A real, or null for a non-finite x (JSON has no NaN or infinity). */
json_t *ag__jreal(double x);
/* A string of s (NULL when s is not valid UTF-8), or null for NULL s. */
json_t *ag__jstr(const char *s);
/* A string of s with invalid UTF-8 replaced by U+FFFD (a graph read from
 * JSON is clean already; one built in memory may not be), or null for
 * NULL s; NULL when out of memory. */
json_t *ag__jtext(const char *s);

#endif
