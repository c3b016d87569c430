#!/usr/bin/env bash
# Bash completion for familynight-cli (installer/debian/familynight-cli.bash-completion):
# subcommands and options come from the program's own --help.
source "$(dirname "$0")/lib.sh" "$1"
source "$TESTS_DIR/../../installer/debian/familynight-cli.bash-completion"
mkdir -p "$WORK/bin" && ln -s "$CLI" "$WORK/bin/familynight-cli"
PATH="$WORK/bin:$PATH"

complete_words() {  # complete_words WORD... (the last one is being typed)
  COMP_WORDS=(familynight-cli "$@")
  COMP_CWORD=$#
  COMPREPLY=()
  _familynight_cli
  echo "${COMPREPLY[*]}"
}
expect_contains "top-level subcommands" "$(complete_words do)" "door"
expect_eq "a subcommand's subcommands" "$(complete_words door "")" "search log revert prepare sync status decide wipe"
expect_contains "options of a subcommand" "$(complete_words door search --)" "--limit"
expect_contains "global options" "$(complete_words --)" "--json"
touch "$WORK/school.db"
expect_contains "--db completes file names" "$(complete_words --db sch)" "school.db"
finish
