"""Output targets added after the library: each module turns the corpus into the data one target needs."""
