"""The fixed split of ../shared/eval/dev.jsonl into a working part and a held-out fifth.

A document is held out when the SHA-256 of «rasid-dev-split:<doc_id>» is divisible by 5: about a fifth of the
reports, fixed for good, chosen without looking at them. Development reads the errors of the working part only;
the held-out figure is the one that predicts reports Rasid has never seen. (313 Arabic reports: 249 working,
64 held out; 54 English: 48 working, 6 held out.)

The working part is cut again into two halves (session 23): errors are read on half A only, and half B is scored in
aggregate only, so that a rule can be checked on working reports nobody read for it before it is kept
(Arabic: 122 in A, 127 in B; English: 21 and 27).
"""
from __future__ import annotations

import hashlib


def held_out(doc_id: str) -> bool:
    digest = hashlib.sha256(f"rasid-dev-split:{doc_id}".encode("utf-8")).hexdigest()
    return int(digest, 16) % 5 == 0


def working_half(doc_id: str) -> str:
    """«A» (errors may be read) or «B» (aggregate only) for a document of the working part."""
    digest = hashlib.sha1(f"ab:{doc_id}".encode("utf-8")).hexdigest()
    return "A" if int(digest, 16) % 2 == 0 else "B"
