# Reads a catalog as `msgcat --no-wrap` writes it and exits 1 when a
# translation's {N} placeholders differ from its source string's (each
# plural form against the source's), naming the string on stderr.
function placeholders(text,    out, list, n, i, sorted) {
  n = 0
  while (match(text, /\{[0-9]\}/)) { list[++n] = substr(text, RSTART, RLENGTH); text = substr(text, RSTART + RLENGTH) }
  # insertion sort: a handful at most
  for (i = 2; i <= n; i++) { v = list[i]; j = i - 1; while (j > 0 && list[j] > v) { list[j + 1] = list[j]; j-- } list[j + 1] = v }
  out = ""; for (i = 1; i <= n; i++) out = out list[i]
  return out
}
function unquote(line) { sub(/^[^"]*"/, "", line); sub(/"[ \t]*$/, "", line); return line }
function check(    k, want) {
  if (id == "") { delete str; ns = 0; return }
  want = placeholders(id)
  for (k = 1; k <= ns; k++)
    if (str[k] != "" && placeholders(str[k]) != want) { print "placeholders differ in: " id > "/dev/stderr"; bad = 1 }
  delete str; ns = 0
}
/^#/ { next }
/^msgid / { check(); id = unquote($0); field = "id"; next }
/^msgid_plural / { field = "plural"; next }
/^msgstr/ { str[++ns] = unquote($0); field = "str"; next }
/^"/ { if (field == "id") id = id unquote($0); else if (field == "str") str[ns] = str[ns] unquote($0); next }
END { check(); exit bad }
