"""The Arabic text layer: normalisation, tokens, lexicons, sentences, numbers and dates."""
