#!/bin/sh
# fetch.sh SRC [CLONES]: writes SRC/NAME.csv, the file html/holders21.csv of
# each repository NAME of sources.tsv at its commit, the input of
# `go run ./extract/dict/gen/wikidata -src SRC`.
#
# CLONES, if given, is a folder holding a git clone (bare or not) of each
# repository, as CLONES/NAME, CLONES/NAME.git or
# CLONES/every-politician-scrapers+NAME[/repo]. Without it, each
# repository is cloned (bare, without blobs but the one needed) from
# https://github.com/every-politician-scrapers/NAME into a temporary
# folder, which is removed at the end. A repository or commit that cannot
# be had is an error naming it; the other files are still written.
#
# Cost: one `git show` a repository (183); a few minutes over the network.
set -u
here=$(cd "$(dirname "$0")" && pwd)
manifest=$here/sources.tsv
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
	echo "usage: $0 SRC [CLONES]" >&2
	exit 2
fi
src=$1
clones=${2:-}
mkdir -p "$src" || exit 1
tmp=
if [ -z "$clones" ]; then
	tmp=$(mktemp -d) || exit 1
	trap 'rm -rf "$tmp"' EXIT
fi
failed=0
while IFS="$(printf '\t')" read -r repo commit date state; do
	case $repo in '' | '#'*) continue ;; esac
	git=
	if [ -n "$clones" ]; then
		for d in "$clones/$repo" "$clones/$repo.git" "$clones/every-politician-scrapers+$repo/repo" "$clones/every-politician-scrapers+$repo"; do
			if [ -d "$d" ] && git -C "$d" rev-parse --git-dir >/dev/null 2>&1; then
				git=$d
				break
			fi
		done
	else
		git=$tmp/$repo.git
		git clone -q --bare --filter=blob:none "https://github.com/every-politician-scrapers/$repo" "$git" || git=
	fi
	if [ -z "$git" ]; then
		echo "fetch.sh: $repo: no clone" >&2
		failed=1
		continue
	fi
	if ! git -C "$git" show "$commit:html/holders21.csv" >"$src/$repo.csv.tmp"; then
		echo "fetch.sh: $repo: no html/holders21.csv at $commit ($date, $state)" >&2
		rm -f "$src/$repo.csv.tmp"
		failed=1
		continue
	fi
	mv "$src/$repo.csv.tmp" "$src/$repo.csv"
done <"$manifest"
exit $failed
