/* warta-commands.h: the subcommands of src/warta.
 *
 * src/main.c dispatches on the first argument to one of these.  Each lives
 * in src/cmd-NAME.c, which only parses that subcommand's options
 * (GOptionContext, so --help tells the truth) and calls the library; the
 * work itself is in libwarta.  Each returns the process exit status. */
#pragma once

int warta_cmd_extract (int argc, char **argv);
int warta_cmd_build (int argc, char **argv);
int warta_cmd_draw (int argc, char **argv);
int warta_cmd_canon (int argc, char **argv);
int warta_cmd_diff (int argc, char **argv);
int warta_cmd_eval (int argc, char **argv);
int warta_cmd_query (int argc, char **argv);
int warta_cmd_load (int argc, char **argv);
