#!/bin/sh
# fetch.sh: get Universal Dependencies English-EWT v2.16 and train the
# parse package's model from it.
#
#   sh extract/parse/fetch.sh [DIR]     (DIR defaults to ./ewt; run from the repository root)
#
# The treebank is CC BY-SA 4.0 (see LICENSE-model.md). It is not part of
# this repository; only the model trained from it is.
#
# At the pinned commit the repository holds the dev and test files, but its
# training file is assembled from the per-document sources in
# not-to-release/sources, in the order given by
# not-to-release/file-lists/files.train (the treebank's own build does the
# same). The files the committed model was trained on
# were made this way.
set -eu

DIR=${1:-ewt}
REPO=https://github.com/UniversalDependencies/UD_English-EWT.git
COMMIT=15d613d8447b3478787d4c278730a1e48a945efb # v2.16, 2025-05-15

if [ ! -d "$DIR/UD_English-EWT" ]; then
	mkdir -p "$DIR"
	git clone --quiet "$REPO" "$DIR/UD_English-EWT"
fi
git -C "$DIR/UD_English-EWT" checkout --quiet "$COMMIT"

UD="$DIR/UD_English-EWT"
cp "$UD/en_ewt-ud-dev.conllu" "$DIR/dev.conllu"
cp "$UD/en_ewt-ud-test.conllu" "$DIR/test.conllu"

# Assemble train: each listed source in order, each ending in a blank line.
: >"$DIR/train.conllu"
while IFS= read -r f || [ -n "$f" ]; do
	[ -n "$f" ] || continue
	src="$UD/not-to-release/sources/$f"
	[ -f "$src" ] || { echo "fetch.sh: missing source $src" >&2; exit 1; }
	cat "$src" >>"$DIR/train.conllu"
	[ -z "$(tail -c 1 "$src")" ] || echo >>"$DIR/train.conllu"
done <"$UD/not-to-release/file-lists/files.train"
echo "fetch.sh: $(grep -c '^# sent_id' "$DIR/train.conllu") training sentences (12,544 expected)"

# Train (deterministic; about 70 s on one core) and score on dev and test.
go run ./extract/parse/train \
	--train "$DIR/train.conllu" --dev "$DIR/dev.conllu" --test "$DIR/test.conllu" \
	--out extract/parse/model.bin.gz
