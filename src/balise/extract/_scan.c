/* Per-character scans of the normalisation layers, in C (balise.extract._scan).
 *
 * Each function here has a Python twin in normalise.py, which is the specification and the
 * fallback when this module is not built (BALISE_PURE_PYTHON=1, or a tree that was never
 * installed). tests/extract/test_scan.py compares the two on random Unicode text. Keep them
 * small: a loop over code points and nothing else (no rules live here).
 *
 *   split_words(folded)       the [a-z0-9]+ words and the separators between them
 *   non_ascii_runs(text)      (start, end) of each maximal run of non-ASCII characters
 *   token_starts(text, prefixes, whole)  starts of the [a-z0-9]+ words that begin with
 *                             (whole: are) one of the prefixes
 *   word_starts(text, wholes, prefixes)  starts of the [a-z0-9]+ words that are one of
 *                             wholes or begin with one of prefixes
 *   digit_runs(text)          (start, end, next) of each maximal [0-9]+ run, next the first
 *                             character after it that is not white space ('' at the end)
 *   fold_lower(text, table)   normalise.fold / normalise.lowered (None: let Python do it)
 *   occurrences(text, needles)  every (position, needle index), overlapping ones included
 *   lookalike_windows(text)   where a look-alike letter may stand for a digit (see
 *                             normalise._lookalike_windows_py for why these windows suffice)
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#define IS_WORD(c) (((c) >= 'a' && (c) <= 'z') || ((c) >= '0' && (c) <= '9'))
#define IS_DIGIT(c) ((c) >= '0' && (c) <= '9')
/* normalise._LOOKALIKE_CHARS: O o I l | Z S B and the round symbol U+25CB */
#define IS_LOOKALIKE(c)                                                                      \
    ((c) == 'O' || (c) == 'o' || (c) == 'I' || (c) == 'l' || (c) == '|' || (c) == 'Z' ||     \
     (c) == 'S' || (c) == 'B' || (c) == 0x25CB)
/* normalise._WORD_LETTERS: ASCII letters that are not look-alikes */
#define IS_ASCII_LETTER(c) (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z'))
#define IS_WORD_LETTER(c)                                                                    \
    (IS_ASCII_LETTER(c) && (c) != 'O' && (c) != 'o' && (c) != 'I' && (c) != 'l' &&          \
     (c) != 'Z' && (c) != 'S' && (c) != 'B')
/* normalise._TOKEN_CHARS */
#define IS_TOKEN(c) (IS_ASCII_LETTER(c) || IS_DIGIT(c) || (c) == '|' || (c) == 0x25CB)

/* ``result = loop(kind, ...)`` with the loop compiled once per string kind (each copy has
   the kind as a constant, so its ``PyUnicode_READ`` is one load of the right width) */
#define BY_KIND(kind, result, loop, ...)                                                     \
    switch (kind) {                                                                          \
    case PyUnicode_1BYTE_KIND:                                                               \
        result = loop(PyUnicode_1BYTE_KIND, __VA_ARGS__);                                    \
        break;                                                                               \
    case PyUnicode_2BYTE_KIND:                                                               \
        result = loop(PyUnicode_2BYTE_KIND, __VA_ARGS__);                                    \
        break;                                                                               \
    default:                                                                                 \
        result = loop(PyUnicode_4BYTE_KIND, __VA_ARGS__);                                    \
        break;                                                                               \
    }

/* normalise._LOOKALIKE_MARGIN and _LOOKALIKE_REACH (checked equal at import) */
#define MARGIN 32
#define REACH 4

static int
append_substring(PyObject *list, PyObject *text, Py_ssize_t start, Py_ssize_t end)
{
    PyObject *s = PyUnicode_Substring(text, start, end);
    if (s == NULL) {
        return -1;
    }
    int rc = PyList_Append(list, s);
    Py_DECREF(s);
    return rc;
}

static int
append_pair(PyObject *list, Py_ssize_t a, Py_ssize_t b)
{
    PyObject *t = Py_BuildValue("(nn)", a, b);
    if (t == NULL) {
        return -1;
    }
    int rc = PyList_Append(list, t);
    Py_DECREF(t);
    return rc;
}

static int
check_str(PyObject *arg)
{
    if (!PyUnicode_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "expected str, got %.100s", Py_TYPE(arg)->tp_name);
        return -1;
    }
    return PyUnicode_READY(arg);
}

static inline __attribute__((always_inline)) Py_ssize_t
split_words_loop(const int kind, const void *data, const Py_ssize_t n, PyObject *text,
                 PyObject *parts)
{
    /* the words and the separators before them; returns where the last separator starts */
    Py_ssize_t sep = 0, k = 0;
    while (k < n) {
        Py_UCS4 c = PyUnicode_READ(kind, data, k);
        if (IS_WORD(c)) {
            Py_ssize_t e = k + 1;
            while (e < n && IS_WORD(PyUnicode_READ(kind, data, e))) {
                e++;
            }
            if (append_substring(parts, text, sep, k) < 0 ||
                append_substring(parts, text, k, e) < 0) {
                return -1;
            }
            sep = k = e;
        }
        else {
            k++;
        }
    }
    return sep;
}

static PyObject *
split_words(PyObject *module, PyObject *text)
{
    if (check_str(text) < 0) {
        return NULL;
    }
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *parts = PyList_New(0);
    if (parts == NULL) {
        return NULL;
    }
    Py_ssize_t sep;
    BY_KIND(kind, sep, split_words_loop, data, n, text, parts);
    if (sep < 0) {
        Py_DECREF(parts);
        return NULL;
    }
    if (append_substring(parts, text, sep, n) < 0) {
        Py_DECREF(parts);
        return NULL;
    }
    return parts;
}

static PyObject *
non_ascii_runs(PyObject *module, PyObject *text)
{
    if (check_str(text) < 0) {
        return NULL;
    }
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *runs = PyList_New(0);
    if (runs == NULL || PyUnicode_IS_ASCII(text)) {
        return runs;
    }
    Py_ssize_t k = 0;
    while (k < n) {
        if (PyUnicode_READ(kind, data, k) < 128) {
            k++;
            continue;
        }
        Py_ssize_t e = k + 1;
        while (e < n && PyUnicode_READ(kind, data, e) >= 128) {
            e++;
        }
        if (append_pair(runs, k, e) < 0) {
            Py_DECREF(runs);
            return NULL;
        }
        k = e;
    }
    return runs;
}

static PyObject *
lookalike_windows(PyObject *module, PyObject *text)
{
    if (check_str(text) < 0) {
        return NULL;
    }
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *windows = PyList_New(0);
    if (windows == NULL) {
        return NULL;
    }
    Py_ssize_t last = -1;          /* the highest position examined for an anchor */
    Py_ssize_t last_end = 0;       /* where the last window ends */
    Py_ssize_t win_start = -1;     /* the open window, not yet appended */
    Py_ssize_t k = 0;
    while (k < n) {
        if (!IS_DIGIT(PyUnicode_READ(kind, data, k))) {
            k++;
            continue;
        }
        Py_ssize_t b = k + 1; /* the digit run is [k, b) */
        while (b < n && IS_DIGIT(PyUnicode_READ(kind, data, b))) {
            b++;
        }
        Py_ssize_t lo = k - REACH > last + 1 ? k - REACH : last + 1;
        Py_ssize_t hi = b + REACH < n ? b + REACH : n;
        for (Py_ssize_t q = lo; q < hi; q++) {
            Py_UCS4 c = PyUnicode_READ(kind, data, q);
            if (!IS_LOOKALIKE(c)) {
                continue;
            }
            Py_UCS4 before = q > 0 ? PyUnicode_READ(kind, data, q - 1) : ' ';
            Py_UCS4 after = q + 1 < n ? PyUnicode_READ(kind, data, q + 1) : ' ';
            if (!IS_DIGIT(before) && !IS_DIGIT(after) &&
                (IS_WORD_LETTER(before) || IS_WORD_LETTER(after))) {
                continue;
            }
            /* an anchor at q: its window, merged with the open one when they touch */
            Py_ssize_t s = q - MARGIN > last_end ? q - MARGIN : last_end;
            while (s > last_end && IS_TOKEN(PyUnicode_READ(kind, data, s - 1))) {
                s--;
            }
            Py_ssize_t e = q + 1 + MARGIN < n ? q + 1 + MARGIN : n;
            if (e < last_end) {
                e = last_end;
            }
            while (e < n && IS_TOKEN(PyUnicode_READ(kind, data, e))) {
                e++;
            }
            if (win_start < 0 || s > last_end) {
                if (win_start >= 0 && append_pair(windows, win_start, last_end) < 0) {
                    Py_DECREF(windows);
                    return NULL;
                }
                win_start = s;
            }
            last_end = e;
        }
        if (hi - 1 > last) {
            last = hi - 1;
        }
        k = b;
    }
    if (win_start >= 0 && append_pair(windows, win_start, last_end) < 0) {
        Py_DECREF(windows);
        return NULL;
    }
    return windows;
}

#define MAX_WORDS 64

/* The words a word is compared with: their first characters, lengths and data. */
typedef struct {
    Py_ssize_t n;
    Py_ssize_t len[MAX_WORDS];
    int kind[MAX_WORDS];
    const void *data[MAX_WORDS];
    int empty;               /* an empty word (as a prefix it begins every word) */
    signed char head[128];   /* the first word that begins with each ASCII character, or -1 */
    signed char next[MAX_WORDS]; /* the next word with the same first character, or -1 */
} word_list;

static int
read_words(PyObject *words, word_list *out, unsigned char *firsts)
{
    if (!PyTuple_Check(words) || PyTuple_GET_SIZE(words) > MAX_WORDS) {
        PyErr_SetString(PyExc_TypeError, "expected a tuple of at most 64 str");
        return -1;
    }
    out->n = PyTuple_GET_SIZE(words);
    out->empty = 0;
    memset(out->head, -1, sizeof(out->head));
    /* linked from the last word back, so each chain lists its words in tuple order */
    for (Py_ssize_t i = out->n - 1; i >= 0; i--) {
        PyObject *w = PyTuple_GET_ITEM(words, i);
        if (check_str(w) < 0) {
            return -1;
        }
        out->len[i] = PyUnicode_GET_LENGTH(w);
        out->kind[i] = PyUnicode_KIND(w);
        out->data[i] = PyUnicode_DATA(w);
        out->next[i] = -1;
        if (out->len[i] == 0) {
            out->empty = 1;
            continue;
        }
        Py_UCS4 first = PyUnicode_READ(out->kind[i], out->data[i], 0);
        if (first < 128) { /* a word of [a-z0-9] never begins with another character */
            firsts[first] = 1;
            out->next[i] = out->head[first];
            out->head[first] = (signed char)i;
        }
    }
    return 0;
}

/* whether the word [k, e) is one of ws (whole) or begins with one of them; c0 is its first
   character (ASCII) */
static inline __attribute__((always_inline)) int
word_in(const int kind, const void *data, const Py_ssize_t k, const Py_ssize_t e,
        const Py_UCS4 c0, const word_list *ws, const int whole)
{
    if (ws->empty && !whole) {
        return 1;
    }
    for (int i = ws->head[c0]; i >= 0; i = ws->next[i]) {
        const Py_ssize_t len = ws->len[i];
        if (whole ? len != e - k : len > e - k) {
            continue;
        }
        Py_ssize_t j = 1;
        while (j < len && PyUnicode_READ(ws->kind[i], ws->data[i], j) ==
                              PyUnicode_READ(kind, data, k + j)) {
            j++;
        }
        if (j == len) {
            return 1;
        }
    }
    return 0;
}

static inline __attribute__((always_inline)) int
word_starts_loop(const int kind, const void *data, const Py_ssize_t n, const word_list *wholes,
                 const word_list *prefixes, const unsigned char *firsts, const int any_first,
                 PyObject *starts)
{
    Py_ssize_t k = 0;
    while (k < n) {
        Py_UCS4 c0 = PyUnicode_READ(kind, data, k);
        if (!IS_WORD(c0)) {
            k++;
            continue;
        }
        Py_ssize_t e = k + 1; /* the word is [k, e) */
        while (e < n && IS_WORD(PyUnicode_READ(kind, data, e))) {
            e++;
        }
        if ((any_first || firsts[c0]) &&
            (word_in(kind, data, k, e, c0, prefixes, 0) ||
             word_in(kind, data, k, e, c0, wholes, 1))) {
            PyObject *pos = PyLong_FromSsize_t(k);
            if (pos == NULL || PyList_Append(starts, pos) < 0) {
                Py_XDECREF(pos);
                return -1;
            }
            Py_DECREF(pos);
        }
        k = e;
    }
    return 0;
}

/* the starts of the words of text that are one of wholes or begin with one of prefixes */
static PyObject *
word_starts_of(PyObject *text, PyObject *wholes_t, PyObject *prefixes_t)
{
    if (check_str(text) < 0) {
        return NULL;
    }
    /* the first characters of the words: a word whose first is none of them is skipped
       without comparing (an empty prefix begins every word) */
    unsigned char firsts[128] = {0};
    word_list wholes, prefixes;
    if (read_words(wholes_t, &wholes, firsts) < 0 || read_words(prefixes_t, &prefixes, firsts) < 0) {
        return NULL;
    }
    const int any_first = prefixes.empty; /* an empty whole word never matches a word */
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *starts = PyList_New(0);
    if (starts == NULL) {
        return NULL;
    }
    int rc;
    BY_KIND(kind, rc, word_starts_loop, data, n, &wholes, &prefixes, firsts, any_first, starts);
    if (rc < 0) {
        Py_DECREF(starts);
        return NULL;
    }
    return starts;
}

static PyObject *
token_starts(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3) {
        PyErr_SetString(PyExc_TypeError, "token_starts(text, prefixes, whole)");
        return NULL;
    }
    const int whole = PyObject_IsTrue(args[2]);
    if (whole < 0) {
        return NULL;
    }
    PyObject *none = PyTuple_New(0);
    if (none == NULL) {
        return NULL;
    }
    PyObject *starts = whole ? word_starts_of(args[0], args[1], none)
                             : word_starts_of(args[0], none, args[1]);
    Py_DECREF(none);
    return starts;
}

static PyObject *
word_starts(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3) {
        PyErr_SetString(PyExc_TypeError, "word_starts(text, wholes, prefixes)");
        return NULL;
    }
    return word_starts_of(args[0], args[1], args[2]);
}

static inline __attribute__((always_inline)) int
digit_runs_loop(const int kind, const void *data, const Py_ssize_t n, PyObject *runs)
{
    Py_ssize_t k = 0;
    while (k < n) {
        if (!IS_DIGIT(PyUnicode_READ(kind, data, k))) {
            k++;
            continue;
        }
        const Py_ssize_t start = k;
        while (k < n && IS_DIGIT(PyUnicode_READ(kind, data, k))) {
            k++;
        }
        Py_ssize_t j = k; /* the run is [start, k); then white space, then the next character */
        while (j < n && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, j))) {
            j++;
        }
        PyObject *next = j < n ? PyUnicode_FromOrdinal(PyUnicode_READ(kind, data, j))
                               : PyUnicode_New(0, 0);
        if (next == NULL) {
            return -1;
        }
        PyObject *run = Py_BuildValue("(nnN)", start, k, next);
        if (run == NULL || PyList_Append(runs, run) < 0) {
            Py_XDECREF(run);
            return -1;
        }
        Py_DECREF(run);
    }
    return 0;
}

static PyObject *
digit_runs(PyObject *module, PyObject *text)
{
    if (check_str(text) < 0) {
        return NULL;
    }
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *runs = PyList_New(0);
    if (runs == NULL) {
        return NULL;
    }
    int rc;
    BY_KIND(kind, rc, digit_runs_loop, data, n, runs);
    if (rc < 0) {
        Py_DECREF(runs);
        return NULL;
    }
    return runs;
}

static PyObject *
fold_lower(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "fold_lower(text, table)");
        return NULL;
    }
    PyObject *text = args[0], *table = args[1];
    if (check_str(text) < 0 || check_str(table) < 0) {
        return NULL;
    }
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    const Py_ssize_t tn = PyUnicode_GET_LENGTH(table);
    const int kind = PyUnicode_KIND(text), tkind = PyUnicode_KIND(table);
    const void *data = PyUnicode_DATA(text), *tdata = PyUnicode_DATA(table);
    if (PyUnicode_IS_ASCII(text)) {
        /* what str.lower() gives (a table maps no ASCII character) */
        PyObject *out = PyUnicode_New(n, 127);
        if (out == NULL) {
            return NULL;
        }
        const Py_UCS1 *src = PyUnicode_1BYTE_DATA(text);
        Py_UCS1 *dst = PyUnicode_1BYTE_DATA(out);
        for (Py_ssize_t k = 0; k < n; k++) {
            Py_UCS1 c = src[k];
            dst[k] = (c >= 'A' && c <= 'Z') ? (Py_UCS1)(c + 32) : c;
        }
        return out;
    }
    Py_UCS4 *buf = PyMem_New(Py_UCS4, n > 0 ? n : 1);
    if (buf == NULL) {
        return PyErr_NoMemory();
    }
    for (Py_ssize_t k = 0; k < n; k++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, k);
        if (c < 128) {
            buf[k] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
            continue;
        }
        if ((Py_ssize_t)c < tn) {
            Py_UCS4 t = PyUnicode_READ(tkind, tdata, c);
            if (t != c) {
                buf[k] = t; /* the table's replacement, already lower case */
                continue;
            }
        }
        if (c == 0x03A3 || c == 0x0130) {
            /* capital sigma: its lower case depends on the letters around it; dotted capital
               I (when the table leaves it): its lower case is two characters. Python does it. */
            PyMem_Free(buf);
            Py_RETURN_NONE;
        }
        buf[k] = Py_UNICODE_TOLOWER(c); /* equal to the full mapping for all others */
    }
    PyObject *out = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, n);
    PyMem_Free(buf);
    return out;
}

#define MAX_NEEDLES 64

static inline __attribute__((always_inline)) int
occurrences_loop(const int kind, const void *data, const Py_ssize_t n, const Py_ssize_t nn,
                 const int *nkind, const void *const *ndata, const Py_ssize_t *nlen,
                 const Py_UCS4 *nfirst, const unsigned char *ascii_first, const int wide_first,
                 PyObject *found)
{
    for (Py_ssize_t k = 0; k < n; k++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, k);
        if (c < 128 ? !ascii_first[c] : !wide_first) {
            continue;
        }
        for (Py_ssize_t i = 0; i < nn; i++) {
            if (nfirst[i] != c || nlen[i] > n - k) {
                continue;
            }
            Py_ssize_t j = 1;
            while (j < nlen[i] &&
                   PyUnicode_READ(nkind[i], ndata[i], j) == PyUnicode_READ(kind, data, k + j)) {
                j++;
            }
            if (j == nlen[i] && append_pair(found, k, i) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

static PyObject *
occurrences(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "occurrences(text, needles)");
        return NULL;
    }
    PyObject *text = args[0], *needles = args[1];
    if (check_str(text) < 0) {
        return NULL;
    }
    if (!PyTuple_Check(needles) || PyTuple_GET_SIZE(needles) > MAX_NEEDLES) {
        PyErr_SetString(PyExc_TypeError, "needles must be a tuple of at most 64 str");
        return NULL;
    }
    const Py_ssize_t nn = PyTuple_GET_SIZE(needles);
    int nkind[MAX_NEEDLES];
    const void *ndata[MAX_NEEDLES];
    Py_ssize_t nlen[MAX_NEEDLES];
    Py_UCS4 nfirst[MAX_NEEDLES];
    unsigned char ascii_first[128] = {0}; /* an ASCII character that starts a needle */
    int wide_first = 0;                   /* a needle starts with a non-ASCII character */
    for (Py_ssize_t i = 0; i < nn; i++) {
        PyObject *needle = PyTuple_GET_ITEM(needles, i);
        if (check_str(needle) < 0) {
            return NULL;
        }
        nlen[i] = PyUnicode_GET_LENGTH(needle);
        if (nlen[i] == 0) {
            PyErr_SetString(PyExc_ValueError, "empty needle");
            return NULL;
        }
        nkind[i] = PyUnicode_KIND(needle);
        ndata[i] = PyUnicode_DATA(needle);
        nfirst[i] = PyUnicode_READ(nkind[i], ndata[i], 0);
        if (nfirst[i] < 128) {
            ascii_first[nfirst[i]] = 1;
        }
        else {
            wide_first = 1;
        }
    }
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *found = PyList_New(0);
    if (found == NULL) {
        return NULL;
    }
    int rc;
    BY_KIND(kind, rc, occurrences_loop, data, n, nn, nkind, ndata, nlen, nfirst, ascii_first,
            wide_first, found);
    if (rc < 0) {
        Py_DECREF(found);
        return NULL;
    }
    return found;
}

static PyMethodDef scan_methods[] = {
    {"split_words", split_words, METH_O,
     "The [a-z0-9]+ words of a text and the separators between them (normalise.split_words)."},
    {"non_ascii_runs", non_ascii_runs, METH_O,
     "(start, end) of each maximal run of non-ASCII characters (normalise.non_ascii_runs)."},
    {"token_starts", (PyCFunction)(void (*)(void))token_starts, METH_FASTCALL,
     "Starts of the [a-z0-9]+ words that begin with (or, whole, are) one of the prefixes "
     "(normalise.token_starts)."},
    {"word_starts", (PyCFunction)(void (*)(void))word_starts, METH_FASTCALL,
     "Starts of the [a-z0-9]+ words that are one of the wholes or begin with one of the "
     "prefixes (normalise.word_starts)."},
    {"digit_runs", digit_runs, METH_O,
     "(start, end, next) of each maximal [0-9]+ run, next the character after it and the white "
     "space that follows it, or '' (normalise.digit_runs)."},
    {"fold_lower", (PyCFunction)(void (*)(void))fold_lower, METH_FASTCALL,
     "The text translated by the table (one character each) then lower-cased; None when "
     "Python must do it (normalise.fold, normalise.lowered)."},
    {"occurrences", (PyCFunction)(void (*)(void))occurrences, METH_FASTCALL,
     "(position, needle index) of every occurrence of the needles, in text order "
     "(normalise.occurrences)."},
    {"lookalike_windows", lookalike_windows, METH_O,
     "Ranges where a look-alike letter may stand for a digit (normalise.lookalike_windows)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef scan_module = {
    PyModuleDef_HEAD_INIT,
    "balise.extract._scan",
    "Per-character scans of balise.extract.normalise, in C (the Python twins are the "
    "specification).",
    -1,
    scan_methods,
};

PyMODINIT_FUNC
PyInit__scan(void)
{
    PyObject *m = PyModule_Create(&scan_module);
    if (m == NULL) {
        return NULL;
    }
    if (PyModule_AddIntConstant(m, "MARGIN", MARGIN) < 0 ||
        PyModule_AddIntConstant(m, "REACH", REACH) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
