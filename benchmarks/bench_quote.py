"""Quote of a 100-line basket (target: median under 500 us)."""

from __future__ import annotations

import statistics
import time
from decimal import Decimal

from pos_app.loyalty import Line, QuoteRequest, Rules, quote


def basket(n: int = 100) -> QuoteRequest:
    cats = ["phones", "laptops", "gift_card", "tv", "audio"]
    lines = tuple(
        Line(
            sku=f"SKU{i:05d}",
            price=Decimal(f"{(i * 7919) % 50000 + 99}.{i % 100:02d}"),
            qty=1 + i % 3,
            category=cats[i % len(cats)],
            bonus_points=(i * 13) % 700,
            on_sale=i % 11 == 0,
        )
        for i in range(n)
    )
    return QuoteRequest(lines=lines, rules=Rules(), available_points=250_000, redeem_points="max")


def run(repeats: int = 2000) -> list[str]:
    request = basket()
    for _ in range(50):
        quote(request)
    samples = []
    for _ in range(repeats):
        t0 = time.perf_counter_ns()
        quote(request)
        samples.append(time.perf_counter_ns() - t0)
    median_us = statistics.median(samples) / 1000
    p95_us = sorted(samples)[int(len(samples) * 0.95)] / 1000
    return [f"quote, 100-line basket: median {median_us:.0f} us, p95 {p95_us:.0f} us (target median < 500 us)"]
