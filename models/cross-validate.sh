#!/usr/bin/env bash
# Cross-validated entity scores of the name classifier: trains on N-1 folds
# of an annotated set, extracts the held-out fold with that model and scores
# it with the shared evaluator, then sums the folds. The bundled model is
# trained on every document, so only these scores say how it does on text
# it has not seen.
#
#   models/cross-validate.sh [DATA.json] [FOLDS]
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/corpus/redocred/dev_revised.json}
folds=${2:-5}
eval_py=../shared/eval/entity_eval.py
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cargo build --release --quiet --bin kg --example train_name_model
for ((k = 0; k < folds; k++)); do
    target/release/examples/train_name_model "$data" --fold "$k/$folds" \
        --out "$tmp/model$k.bin" --held-out "$tmp/held$k.json" ${EPOCHS:+--epochs $EPOCHS}
    python3 "$eval_py" redocred "$tmp/held$k.json" 100000 \
        "target/release/kg extract --name-model $tmp/model$k.bin {file} --format ntriples" |
        tee -a "$tmp/scores"
done
awk '{ for (i = 1; i < NF; i++) { if ($i == "tp") tp += $(i+1); if ($i == "fp") fp += $(i+1); if ($i == "fn") fn += $(i+1) } }
     END { p = tp / (tp + fp); r = tp / (tp + fn);
           printf "cross-validated (%d folds): tp %d fp %d fn %d  precision %.3f recall %.3f F1 %.3f\n", '"$folds"', tp, fp, fn, p, r, 2 * p * r / (p + r) }' "$tmp/scores"
