/* Thin wrappers around libedit's histedit API.
 * el_set() and history() are variadic C functions, which Swift cannot call directly, so each
 * use gets a fixed-signature static inline wrapper here. Glibc's stdin/stdout/stderr are
 * mutable globals that Swift 6 rejects, so they are only touched from C. */
#include <stdio.h>
#include <histedit.h>
#include <signal.h>
#include <pthread.h>
#include <string.h>

typedef char *_Nullable (*cel_prompt_fn)(EditLine *_Nonnull);
typedef unsigned char (*cel_cmd_fn)(EditLine *_Nonnull, int);

static inline EditLine *_Nullable cel_init(const char *_Nonnull prog) { return el_init(prog, stdin, stdout, stderr); }
static inline int cel_set_prompt(EditLine *_Nonnull el, cel_prompt_fn _Nonnull fn) { return el_set(el, EL_PROMPT, fn); }
static inline int cel_set_editor(EditLine *_Nonnull el, const char *_Nonnull mode) { return el_set(el, EL_EDITOR, mode); }
static inline int cel_set_signal(EditLine *_Nonnull el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int cel_set_hist(EditLine *_Nonnull el, History *_Nonnull h) { return el_set(el, EL_HIST, history, h); }
static inline int cel_set_clientdata(EditLine *_Nonnull el, void *_Nullable p) { return el_set(el, EL_CLIENTDATA, p); }
static inline void *_Nullable cel_get_clientdata(EditLine *_Nonnull el) { void *p = NULL; el_get(el, EL_CLIENTDATA, &p); return p; }
static inline int cel_add_fn(EditLine *_Nonnull el, const char *_Nonnull name, const char *_Nonnull help, cel_cmd_fn _Nonnull fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int cel_bind(EditLine *_Nonnull el, const char *_Nonnull key, const char *_Nonnull fn) {
    return el_set(el, EL_BIND, key, fn, NULL);
}
static inline int cel_prep_term(EditLine *_Nonnull el, int on) { return el_set(el, EL_PREP_TERM, on); }
static inline const char *_Nullable cel_get_editor(EditLine *_Nonnull el) { const char *m = NULL; if (el_get(el, EL_EDITOR, &m) != 0) return NULL; return m; }
static inline int cel_source(EditLine *_Nonnull el, const char *_Nullable path) { return el_source(el, path); }
static inline int cel_hist_setsize(History *_Nonnull h, HistEvent *_Nonnull ev, int n) { return history(h, ev, H_SETSIZE, n); }
static inline int cel_hist_setunique(History *_Nonnull h, HistEvent *_Nonnull ev, int on) { return history(h, ev, H_SETUNIQUE, on); }
static inline int cel_hist_enter(History *_Nonnull h, HistEvent *_Nonnull ev, const char *_Nonnull s) { return history(h, ev, H_ENTER, s); }
static inline int cel_hist_load(History *_Nonnull h, HistEvent *_Nonnull ev, const char *_Nonnull p) { return history(h, ev, H_LOAD, p); }
static inline int cel_hist_save(History *_Nonnull h, HistEvent *_Nonnull ev, const char *_Nonnull p) { return history(h, ev, H_SAVE, p); }
static inline void cel_puts_stdout(const char *_Nonnull s) { fputs(s, stdout); fflush(stdout); }

/* SIGINT interrupts the blocking read (no SA_RESTART) so el_gets returns NULL with count -1. */
static inline volatile sig_atomic_t *_Nonnull cel_sigint_flag(void) { static volatile sig_atomic_t f; return &f; }
static inline void cel_sigint_handler(int s) { (void)s; *cel_sigint_flag() = 1; }
static inline void cel_install_sigint(void) {
    struct sigaction sa; memset(&sa, 0, sizeof sa);
    sa.sa_handler = cel_sigint_handler; sigemptyset(&sa.sa_mask); sa.sa_flags = 0;
    sigaction(SIGINT, &sa, NULL);
}
/* A parent may start planq with SIGINT blocked (test runners do), and libedit restores the
   mask it found after each line: unblock it while a statement runs, or Ctrl-C would stay
   pending and never stop a query or a listing. */
static inline void cel_unblock_sigint(void) {
    sigset_t set; sigemptyset(&set); sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}
static inline int cel_take_sigint(void) { int v = *cel_sigint_flag(); *cel_sigint_flag() = 0; return v; }
static inline int cel_peek_sigint(void) { return *cel_sigint_flag(); }
