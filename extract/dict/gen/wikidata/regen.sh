#!/bin/sh
# regen.sh [CLONES]: remakes extract/dict/gen/officials-wikidata.txt and
# then extract/dict/officials.jsonl, from the repository root, whatever the
# current directory: fetch.sh writes the CSVs of sources.tsv into a
# temporary folder (from CLONES, or from GitHub when none is given), the
# converter reads them, the generator turns all tables into
# officials.jsonl. Nothing needs cutting first: the converter never reads
# its own table nor officials.jsonl (see its doc comment). Needs git, Go and
# /usr/share/dict/words (Debian: wamerican). Check the result with
# `git diff --stat extract/dict`.
set -eu
root=$(cd "$(dirname "$0")/../../../.." && pwd)
cd "$root"
src=$(mktemp -d)
trap 'rm -rf "$src"' EXIT
extract/dict/gen/wikidata/fetch.sh "$src" "$@"
go run ./extract/dict/gen/wikidata -src "$src"
go run ./extract/dict/gen
