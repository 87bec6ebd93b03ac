"""The fixed split of ../shared/eval/dev.jsonl into a working part and a held-out fifth.

A document is held out when the SHA-256 of «rasid-dev-split:<doc_id>» is divisible by 5: about a fifth of the
reports, fixed for good, chosen without looking at them. Development reads the errors of the working part only;
the held-out figure is the one that predicts reports Rasid has never seen. (313 Arabic reports: 249 working,
64 held out; 54 English: 48 working, 6 held out.)
"""
from __future__ import annotations

import hashlib


def held_out(doc_id: str) -> bool:
    digest = hashlib.sha256(f"rasid-dev-split:{doc_id}".encode("utf-8")).hexdigest()
    return int(digest, 16) % 5 == 0
