#!/usr/bin/env python3
"""Writes long plain-text inputs for the memory and speed bench (BENCHMARKS.md).

The sentences come from the open treebanks under ../shared/corpus (UD English
EWT and GUM, the `# text = ...` line of each sentence), grouped into
paragraphs of a document's own consecutive sentences. When the corpus is
shorter than the size asked for, it is repeated; each repetition varies
lightly (paragraphs rotated, a part number heading each round) so that the
text is not a byte-for-byte copy of itself.

Usage: tools/make-long-input.py OUT_DIR [MEGABYTES ...]   (default 1 2 4 20)
Writes OUT_DIR/long-<N>mb.txt. Keep the files outside the repository.
"""

import glob
import os
import sys

CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "corpus")
if not os.path.isdir(CORPUS):
    CORPUS = "/work/shared/corpus"
SENTENCES_PER_PARAGRAPH = 5


def paragraphs():
    """Paragraphs of consecutive sentences of each treebank file, in file order."""
    files = sorted(glob.glob(os.path.join(CORPUS, "ud-english-ewt", "*.conllu")))
    files += sorted(glob.glob(os.path.join(CORPUS, "gum", "*.conllu")))
    out = []
    for path in files:
        current = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("# newdoc") and current:
                    out.append(" ".join(current))
                    current = []
                if line.startswith("# text = "):
                    current.append(line[len("# text = "):].strip())
                    if len(current) == SENTENCES_PER_PARAGRAPH:
                        out.append(" ".join(current))
                        current = []
        if current:
            out.append(" ".join(current))
    return out


def write(path, size, pool):
    written = 0
    round_no = 0
    with open(path, "w", encoding="utf-8") as f:
        while written < size:
            round_no += 1
            # Light variation between rounds: rotate the paragraphs by a
            # different amount and head each round with its number.
            shift = (round_no * 7919) % len(pool)
            rotated = pool[shift:] + pool[:shift]
            heading = f"Part {round_no}\n\n"
            f.write(heading)
            written += len(heading.encode("utf-8"))
            for paragraph in rotated:
                chunk = paragraph + "\n\n"
                f.write(chunk)
                written += len(chunk.encode("utf-8"))
                if written >= size:
                    break


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out_dir = sys.argv[1]
    sizes = [int(a) for a in sys.argv[2:]] or [1, 2, 4, 20]
    os.makedirs(out_dir, exist_ok=True)
    pool = paragraphs()
    for mb in sizes:
        path = os.path.join(out_dir, f"long-{mb}mb.txt")
        write(path, mb * 1_000_000, pool)
        print(path, os.path.getsize(path))


if __name__ == "__main__":
    main()
