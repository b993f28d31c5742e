"""The one llama.cpp model of the process, scoring fixed choices by token log-probabilities.

The model never writes free text for the router: after the prompt it is asked for the next
token, and only the first tokens of a fixed set of answer words are compared (a softmax over
those logits). The fixed prompt prefix (instructions + job list) is evaluated once; each
message then only evaluates its own suffix, reusing the prefix's KV cache by truncating the
context back to the prefix length (llama.cpp removes the stale cells on the next eval).
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from .model_files import quick_check

log = logging.getLogger("jobops.router.engine")


class ModelUnavailable(Exception):
    """The model file is missing, damaged or not loadable by this llama.cpp."""


@dataclass(frozen=True)
class ChoiceScores:
    probabilities: dict[str, float]  # choice -> probability (sums to 1 over the choices)

    @property
    def best(self) -> tuple[str, float]:
        choice = max(self.probabilities, key=self.probabilities.__getitem__)
        return choice, self.probabilities[choice]


def _threads() -> int:
    """Threads for llama.cpp: all cores on an idle machine, else one.

    llama.cpp's threads wait on each other, so a preempted thread stalls them all: on 2
    shared cores, 2 threads ran 6x slower than 1 at load 7.5 and 12x slower at load 4, while
    at best (load 2.7) they were 1.6x faster. One thread is the safe choice on a busy box.
    """
    override = os.environ.get("JOBOPS_ROUTER_THREADS", "")
    if override.isdigit() and int(override) > 0:
        return int(override)
    cores = max(1, min(4, os.cpu_count() or 1))
    try:
        busy = os.getloadavg()[0]
    except OSError:
        busy = 0.0
    return cores if busy < 0.75 else 1


class Engine:
    """A loaded GGUF model. Use from one thread at a time (the routing lane)."""

    def __init__(self, path: Path, *, n_ctx: int = 2048) -> None:
        problem = quick_check(path)
        if problem:
            raise ModelUnavailable(problem)
        try:
            import llama_cpp  # noqa: F401  (imported lazily: heavy, and optional at runtime)
        except ImportError as exc:
            raise ModelUnavailable(f"llama-cpp-python is not installed ({exc})") from exc
        from llama_cpp import Llama

        self.path = Path(path)
        threads = _threads()
        try:
            with open(os.devnull, "w") as sink, contextlib.redirect_stderr(sink):
                self.llm = Llama(model_path=str(path), n_ctx=n_ctx, n_threads=threads,
                                 n_threads_batch=threads, n_batch=512, verbose=False,
                                 logits_all=False)
        except Exception as exc:  # llama.cpp raises ValueError/RuntimeError for bad files
            raise ModelUnavailable(f"cannot load {Path(path).name}: {exc}") from exc
        self.architecture = str(self.llm.metadata.get("general.architecture", ""))
        self.lock = threading.Lock()
        self._prefix_text: str | None = None
        self._prefix_len = 0
        self._choice_tokens: dict[tuple[str, ...], list[int]] = {}

    @property
    def n_ctx(self) -> int:
        return self.llm.n_ctx()

    def tokenize(self, text: str, *, bos: bool = False) -> list[int]:
        return self.llm.tokenize(text.encode("utf-8"), add_bos=bos, special=True)

    def tokenize_plain(self, text: str) -> list[int]:
        """Untrusted text: special-token strings in it stay plain text."""
        return self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=False)

    def set_prefix(self, prefix: str) -> None:
        """Evaluate the fixed prompt prefix once; later calls with the same text are free."""
        if prefix == self._prefix_text:
            return
        tokens = self.tokenize(prefix, bos=True)
        if len(tokens) > self.n_ctx - 256:
            raise ModelUnavailable("the prompt prefix does not fit the model's context")
        self.llm.reset()
        self.llm.eval(tokens)
        self._prefix_text, self._prefix_len = prefix, len(tokens)

    def _first_tokens(self, choices: tuple[str, ...]) -> list[int]:
        cached = self._choice_tokens.get(choices)
        if cached is None:
            cached = [self.tokenize(" " + c)[0] for c in choices]
            if len(set(cached)) != len(cached):
                raise ValueError(f"choices share a first token: {choices}")
            self._choice_tokens[choices] = cached
        return cached

    def score(self, suffix_tokens: list[int], choices: tuple[str, ...]) -> ChoiceScores:
        """Probabilities of each choice as the next word after prefix + suffix."""
        import llama_cpp
        import numpy as np

        token_ids = self._first_tokens(choices)
        room = self.n_ctx - self._prefix_len - 1
        suffix_tokens = suffix_tokens[-room:]
        self.llm.n_tokens = self._prefix_len  # drop the previous message, keep the prefix
        self.llm.eval(suffix_tokens)
        logits = np.ctypeslib.as_array(llama_cpp.llama_get_logits(self.llm.ctx),
                                       shape=(self.llm.n_vocab(),))
        picked = [float(logits[t]) for t in token_ids]
        top = max(picked)
        weights = [math.exp(v - top) for v in picked]
        total = sum(weights)
        return ChoiceScores({c: w / total for c, w in zip(choices, weights, strict=False)})


_engine: Engine | None = None
_engine_error: str = ""
_engine_path: Path | None = None
_load_lock = threading.Lock()


def get_engine(path: Path) -> Engine:
    """The process's engine for `path`, loaded on first use (and again if the path changes).

    A failed load is remembered for that path so a batch does not retry it per message.
    """
    global _engine, _engine_error, _engine_path
    path = Path(path)
    with _load_lock:
        if _engine_path == path:
            if _engine is not None:
                return _engine
            raise ModelUnavailable(_engine_error)
        _engine, _engine_error, _engine_path = None, "", path
        try:
            _engine = Engine(path)
            log.info("model loaded: %s (%s)", path.name, _engine.architecture)
            return _engine
        except ModelUnavailable as exc:
            _engine_error = str(exc)
            log.warning("model unavailable: %s", exc)
            raise


def forget_engine() -> None:
    """Drop the loaded model (tests, or after the model path setting changed)."""
    global _engine, _engine_error, _engine_path
    with _load_lock:
        _engine, _engine_error, _engine_path = None, "", None
