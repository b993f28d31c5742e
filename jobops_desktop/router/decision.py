"""What the Smart Router decides about one message (the contract with services.inbox)."""

from __future__ import annotations

from dataclasses import dataclass

from ..vocab import STAGE_TARGETS


@dataclass(frozen=True)
class RoutingDecision:
    relevant: bool
    job_id: int | None  # suggested or auto-linked job
    stage_target: str  # one of vocab.STAGE_TARGETS
    confidence: int  # 0..100, from measured probabilities
    reason: str  # one line a person can read

    def __post_init__(self) -> None:
        if self.stage_target not in STAGE_TARGETS:
            raise ValueError(f"Unknown stage target: {self.stage_target}")
        if not 0 <= self.confidence <= 100:
            raise ValueError(f"Confidence must be 0..100, got {self.confidence}")
